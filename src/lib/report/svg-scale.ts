/** Linear scales, "nice" ticks and point thinning for the report's hand-built SVG charts. */

/** Maps a domain onto a pixel range, linearly. */
export type Scale = { (value: number): number; domain: [number, number]; ticks: number[] };

/** Tick values at 1, 2 or 5 × 10ⁿ steps covering `[min, max]`, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
	if (!(max > min)) return [min];
	const rough = (max - min) / count;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
	const ticks: number[] = [];
	// integer multiples of the step, so 0.1 + 0.2 never prints as 0.30000000000000004
	for (let i = Math.ceil(min / step - 1e-9); i * step <= max + step * 1e-9; i++) {
		ticks.push(Number((i * step).toPrecision(12)));
	}
	return ticks;
}

/** The range of `values` widened to nice ticks; `zero` keeps 0 inside it. */
export function niceDomain(values: number[], zero = false): [number, number] {
	const finite = values.filter(Number.isFinite);
	let min = finite.length ? Math.min(...finite) : 0;
	let max = finite.length ? Math.max(...finite) : 1;
	if (zero) {
		min = Math.min(0, min);
		max = Math.max(0, max);
	}
	if (min === max) {
		min -= 0.5;
		max += 0.5;
	}
	const ticks = niceTicks(min, max);
	return [Math.min(min, ticks[0]), Math.max(max, ticks[ticks.length - 1])];
}

/** A linear scale from `domain` to `[from, to]` pixels, with its ticks. */
export function linearScale(domain: [number, number], from: number, to: number): Scale {
	const [d0, d1] = domain;
	const span = d1 - d0 || 1;
	const scale = ((value: number) => from + ((value - d0) / span) * (to - from)) as Scale;
	scale.domain = domain;
	scale.ticks = niceTicks(d0, d1).filter((t) => t >= d0 - 1e-9 && t <= d1 + 1e-9);
	return scale;
}

/** A pixel coordinate with one decimal: smaller files, no visible difference. */
export const px = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * At most `max` points of a curve, evenly spaced by index, the first and last kept: a ROC curve of 100,000
 * test rows would otherwise put every distinct score into the file.
 */
export function thinPoints<T>(points: T[], max = 400): T[] {
	if (points.length <= max) return points;
	const step = (points.length - 1) / (max - 1);
	return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]);
}
