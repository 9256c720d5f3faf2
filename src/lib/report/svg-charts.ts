/**
 * The report's charts as inline SVG strings, drawn by hand rather than with Observable Plot: Plot needs a DOM
 * to render into, which Node (the unit tests, a command line) does not have, and these few chart shapes (lines,
 * steps, bars, rules) are short to write. Every series has its own dash pattern as well as its own colour, so
 * the charts still read when printed in black and white. All text goes through `html`, so labels from the
 * user's data are escaped.
 */
import { html, raw, type Html } from './html';
import { linearScale, niceDomain, px, thinPoints, type Scale } from './svg-scale';
import { formatPercent } from './format';
import { decimalSeparator } from '../i18n/format';

/** Colour and dash of the n-th series (up to six runs in a comparison). */
export const SERIES_STYLES: { color: string; dash: string }[] = [
	{ color: '#0f5c8c', dash: '' },
	{ color: '#d1495b', dash: '7 3' },
	{ color: '#2a9d8f', dash: '2 2' },
	{ color: '#b7791f', dash: '9 3 2 3' },
	{ color: '#6a4c93', dash: '1 3' },
	{ color: '#444444', dash: '12 4' }
];

/** Both axes from 0 to 1 (rates, probabilities, shares). */
export const UNIT_DOMAINS: { xDomain: [number, number]; yDomain: [number, number] } = {
	xDomain: [0, 1],
	yDomain: [0, 1]
};

export type LineSeries = {
	name: string;
	points: { x: number; y: number }[];
	/** `step-after`: flat to the next x, then up (ROC); `step-before`: up first (precision–recall). */
	curve?: 'linear' | 'step-after' | 'step-before';
	dots?: boolean;
};

export type LineChartOptions = {
	/** Read by screen readers and shown as the figure's title. */
	label: string;
	xLabel: string;
	yLabel: string;
	series: LineSeries[];
	xDomain?: [number, number];
	yDomain?: [number, number];
	/** Axis ticks as percentages. */
	percent?: boolean;
	/** The dashed y = x line (chance for ROC, perfect calibration). */
	diagonal?: boolean;
	/** Dashed vertical / horizontal rules (the threshold, lift 1). */
	rulesX?: number[];
	rulesY?: number[];
	/** Solid vertical segments (the KS gap). */
	segments?: { x: number; y1: number; y2: number }[];
	width?: number;
	height?: number;
};

type Frame = { x: Scale; y: Scale; width: number; height: number };
const MARGIN = { top: 12, right: 14, bottom: 40, left: 48 };
const LEGEND_LINE = 14;

/** A line chart of one or more series, with axes, grid, legend and optional rules. */
export function lineChart(o: LineChartOptions): Html {
	const width = o.width ?? 340;
	const height = o.height ?? 260;
	const all = o.series.flatMap((s) => s.points);
	const x = linearScale(
		o.xDomain ?? niceDomain(all.map((p) => p.x)),
		MARGIN.left,
		width - MARGIN.right
	);
	const y = linearScale(
		o.yDomain ?? niceDomain(all.map((p) => p.y)),
		height - MARGIN.bottom,
		MARGIN.top
	);
	const frame = { x, y, width, height };
	const [x0, x1] = x.domain;
	const [y0, y1] = y.domain;
	const dashed = 'stroke="#777" stroke-dasharray="4 3" fill="none"';
	const marks = [
		o.diagonal &&
			raw(
				`<line x1="${px(x(Math.max(x0, y0)))}" y1="${px(y(Math.max(x0, y0)))}" x2="${px(x(Math.min(x1, y1)))}" y2="${px(y(Math.min(x1, y1)))}" ${dashed}/>`
			),
		(o.rulesX ?? []).map((v) =>
			raw(`<line x1="${px(x(v))}" x2="${px(x(v))}" y1="${px(y(y0))}" y2="${px(y(y1))}" ${dashed}/>`)
		),
		(o.rulesY ?? []).map((v) =>
			raw(`<line y1="${px(y(v))}" y2="${px(y(v))}" x1="${px(x(x0))}" x2="${px(x(x1))}" ${dashed}/>`)
		),
		o.series.map((s, i) => seriesPath(s, i, frame)),
		(o.segments ?? []).map((g) =>
			raw(
				`<line x1="${px(x(g.x))}" x2="${px(x(g.x))}" y1="${px(y(g.y1))}" y2="${px(y(g.y2))}" stroke="#111" stroke-width="2.5"/>`
			)
		)
	];
	return figure(o.label, frame, o, marks, o.series.length > 1 ? o.series.map((s) => s.name) : []);
}

function seriesPath(s: LineSeries, index: number, { x, y }: Frame): Html {
	const style = SERIES_STYLES[index % SERIES_STYLES.length];
	const points = thinPoints(s.points).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
	if (points.length === 0) return html``;
	let d = `M${px(x(points[0].x))},${px(y(points[0].y))}`;
	for (let i = 1; i < points.length; i++) {
		const p = points[i];
		if (s.curve === 'step-after') d += `H${px(x(p.x))}`;
		else if (s.curve === 'step-before') d += `V${px(y(p.y))}`;
		d += `L${px(x(p.x))},${px(y(p.y))}`;
	}
	const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
	const dots = s.dots
		? points.map((p) =>
				raw(`<circle cx="${px(x(p.x))}" cy="${px(y(p.y))}" r="2.5" fill="${style.color}"/>`)
			)
		: [];
	return html`<g
		><title>${s.name}</title
		>${raw(`<path d="${d}" fill="none" stroke="${style.color}" stroke-width="1.8"${dash}/>`)}${dots}</g
	>`;
}

export type BarRow = { label: string; value: number; low?: number; high?: number };

/** Horizontal bars, one per row (permutation importance), with optional ± ranges and a rule at 0. */
export function horizontalBarChart(o: {
	label: string;
	xLabel: string;
	rows: BarRow[];
	width?: number;
}): Html {
	const width = o.width ?? 560;
	const left = 170;
	const rowHeight = 20;
	const height = MARGIN.top + MARGIN.bottom + rowHeight * o.rows.length;
	const values = o.rows.flatMap((r) => [r.value, r.low ?? r.value, r.high ?? r.value]);
	const x = linearScale(niceDomain(values, true), left, width - MARGIN.right);
	const y = linearScale([0, Math.max(1, o.rows.length)], MARGIN.top, height - MARGIN.bottom);
	y.ticks = [];
	const marks = o.rows.map((r, i) => {
		const top = y(i) + 3;
		const from = x(Math.min(0, r.value));
		const bar = raw(
			`<rect x="${px(from)}" y="${px(top)}" width="${px(Math.abs(x(r.value) - x(0)))}" height="${rowHeight - 6}" fill="#9cc3de" stroke="#0f5c8c" stroke-width="0.8"/>`
		);
		const mid = px(top + (rowHeight - 6) / 2);
		const range =
			r.low !== undefined && r.high !== undefined
				? raw(
						`<line x1="${px(x(r.low))}" x2="${px(x(r.high))}" y1="${mid}" y2="${mid}" stroke="#111" stroke-width="1.2"/>`
					)
				: '';
		const name = r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label;
		return html`<g
			><title>${r.label}</title>${bar}${range}<text
				x="${left - 6}"
				y="${mid}"
				dy="0.32em"
				text-anchor="end"
				>${name}</text
			></g
		>`;
	});
	marks.push(
		raw(
			`<line x1="${px(x(0))}" x2="${px(x(0))}" y1="${MARGIN.top}" y2="${px(height - MARGIN.bottom)}" stroke="#111"/>`
		)
	);
	return figure(o.label, { x, y, width, height }, { xLabel: o.xLabel, yLabel: '' }, marks, []);
}

/** Vertical bars over categories 1…n (lift per decile) with optional line series over them. */
export function columnChart(o: {
	label: string;
	xLabel: string;
	yLabel: string;
	bars: { x: number; value: number }[];
	lines?: LineSeries[];
	rulesY?: number[];
	width?: number;
	height?: number;
}): Html {
	const width = o.width ?? 340;
	const height = o.height ?? 240;
	const n = o.bars.length;
	const x = linearScale([0.5, n + 0.5], MARGIN.left, width - MARGIN.right);
	x.ticks = o.bars.map((b) => b.x);
	const lineValues = (o.lines ?? []).flatMap((s) => s.points.map((p) => p.y));
	const y = linearScale(
		// 5% headroom, so the tallest bar does not touch the frame
		niceDomain([...o.bars.map((b) => b.value * 1.05), ...lineValues, ...(o.rulesY ?? [])], true),
		height - MARGIN.bottom,
		MARGIN.top
	);
	const frame = { x, y, width, height };
	const band = (x(1.5) - x(0.5)) * 0.7;
	const marks = [
		o.bars.map((b) =>
			raw(
				`<rect x="${px(x(b.x) - band / 2)}" y="${px(y(Math.max(0, b.value)))}" width="${px(band)}" height="${px(Math.abs(y(b.value) - y(0)))}" fill="#cfe1ee" stroke="#0f5c8c" stroke-width="0.8"/>`
			)
		),
		(o.rulesY ?? []).map((v) =>
			raw(
				`<line y1="${px(y(v))}" y2="${px(y(v))}" x1="${px(x(0.5))}" x2="${px(x(n + 0.5))}" stroke="#777" stroke-dasharray="4 3"/>`
			)
		),
		(o.lines ?? []).map((s, i) => seriesPath(s, i, frame))
	];
	return figure(o.label, frame, o, marks, []);
}

/** The SVG around the marks: grid, axes with ticks and labels, legend; `percent` formats the ticks. */
function figure(
	label: string,
	{ x, y, width, height }: Frame,
	o: { xLabel: string; yLabel: string; percent?: boolean },
	marks: unknown[],
	legend: string[]
): Html {
	// ticks in the language's notation: "20%" / "20 %", "0.5" / "0,5" (`+ 0` turns -0 into 0)
	const tick = (v: number) =>
		o.percent
			? formatPercent(Math.round(v * 100) / 100 + 0, 0)
			: String(v).replace('.', decimalSeparator());
	const bottom = height - MARGIN.bottom;
	const [xa, xb] = [x(x.domain[0]), x(x.domain[1])];
	const grid = [
		x.ticks.map((t) =>
			raw(
				`<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${MARGIN.top}" y2="${px(bottom)}" stroke="#e4e4e4"/>`
			)
		),
		y.ticks.map((t) =>
			raw(
				`<line y1="${px(y(t))}" y2="${px(y(t))}" x1="${px(xa)}" x2="${px(xb)}" stroke="#e4e4e4"/>`
			)
		)
	];
	const axes = [
		raw(
			`<line x1="${px(xa)}" x2="${px(xb)}" y1="${px(bottom)}" y2="${px(bottom)}" stroke="#333"/>`
		),
		y.ticks.length
			? raw(
					`<line x1="${px(xa)}" x2="${px(xa)}" y1="${MARGIN.top}" y2="${px(bottom)}" stroke="#333"/>`
				)
			: '',
		x.ticks.map(
			(t) =>
				html`<text x="${px(x(t))}" y="${px(bottom + 14)}" text-anchor="middle">${tick(t)}</text>`
		),
		y.ticks.map(
			(t) =>
				html`<text x="${px(xa - 5)}" y="${px(y(t))}" dy="0.32em" text-anchor="end"
					>${tick(t)}</text
				>`
		),
		html`<text x="${px((xa + xb) / 2)}" y="${height - 6}" text-anchor="middle" class="axis-label"
			>${o.xLabel}</text
		>`,
		o.yLabel
			? html`<text
					transform="translate(12 ${px((MARGIN.top + bottom) / 2)}) rotate(-90)"
					text-anchor="middle"
					class="axis-label"
					>${o.yLabel}</text
				>`
			: ''
	];
	// the legend goes under the chart, one line per series, so it never hides a curve
	const keys = legend.map((name, i) => {
		const style = SERIES_STYLES[i % SERIES_STYLES.length];
		const top = height + 8 + i * LEGEND_LINE;
		const left = MARGIN.left;
		const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
		const short = name.length > 48 ? `${name.slice(0, 47)}…` : name;
		return html`${raw(`<line x1="${left}" x2="${left + 26}" y1="${px(top)}" y2="${px(top)}" stroke="${style.color}" stroke-width="2"${dash}/>`)}<text
				x="${left + 32}"
				y="${px(top)}"
				dy="0.32em"
				>${short}</text
			>`;
	});
	const total = height + (legend.length ? legend.length * LEGEND_LINE + 6 : 0);
	return html`<svg
		viewBox="0 0 ${width} ${total}"
		width="${width}"
		height="${total}"
		role="img"
		aria-label="${label}"
		font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"
		font-size="10"
	>
		<title>${label}</title>
		${grid}${marks as Html[]}${axes}${keys}
	</svg>`;
}
