/**
 * SMOTE (Chawla et al., 2002) as imbalanced-learn 0.10 `SMOTE` implements it: per class to over-sample, the k
 * nearest neighbours (Euclidean) among that class's rows, then each synthetic row is a uniformly chosen base
 * row plus gap × (one of its k neighbours, chosen uniformly − base), gap uniform in [0, 1). Our seeded Rng is
 * not numpy's, so rows differ from imblearn's, while the counts per class and the neighbour sets match it.
 */
import type { Text } from '../i18n/text';
import type { LongWork } from '../shared/progress';
import type { Rng } from '../shared/rng';
import { gatherRows, neighborCountFor, rowsOfClass } from './class-rows';
import { kNearest } from './knn';
import { countClasses, targetCounts, type SamplingStrategy } from './strategy';
import { validateDense, type Dense } from './validate';

/** New rows and where each came from (input row indices), for tests and run provenance. */
export type Synthetic = {
	/** `y.length × width` values, row-major. */
	x: Float32Array;
	y: Int32Array;
	/** The base row of each synthetic row. */
	base: Int32Array;
	/** The neighbour it moved towards. */
	neighbor: Int32Array;
	/** How far: new = base + gap × (neighbor − base). */
	gap: Float64Array;
	/** Adjustments the user should see (e.g. k reduced for a small class). */
	notes: Text[];
};

export type SmoteOptions = { k?: number; strategy: SamplingStrategy; rng: Rng } & LongWork;

/**
 * Synthetic rows for every class `targetCounts(…, 'over')` asks for, appended nowhere: the caller adds them to
 * the training rows. The input is not modified.
 * @example const extra = await oversampleSmote({ x, width, y, classCount: 2 }, { strategy: { kind: 'auto' }, rng });
 * @throws FaroError settings-invalid (NaN, shapes, ratio), class-too-small (a class to grow has one row),
 *   cancelled.
 */
export async function oversampleSmote(data: Dense, options: SmoteOptions): Promise<Synthetic> {
	validateDense(data);
	const { x, width, y, classCount } = data;
	const wanted = targetCounts(countClasses(y, classCount), options.strategy, 'over');
	const parts = new SyntheticBuilder(
		width,
		wanted.reduce((a, b) => a + b, 0)
	);
	for (let c = 0; c < classCount; c++) {
		if (wanted[c] === 0) continue;
		const rows = rowsOfClass(y, c);
		const k = neighborCountFor(options.k ?? 5, rows.length, c, parts.notes);
		const values = gatherRows(x, width, rows);
		const nn = await kNearest(values, width, k, {
			...options,
			phase: `SMOTE: neighbours in class ${c}`
		});
		for (let s = 0; s < wanted[c]; s++) {
			const b = options.rng.int(rows.length);
			const nb = nn.indices[b * k + options.rng.int(k)];
			parts.add(c, values, b, nb, options.rng.next(), rows);
		}
	}
	return parts.finish();
}

/** Accumulates synthetic rows into preallocated arrays. */
export class SyntheticBuilder {
	readonly notes: Text[] = [];
	#count = 0;
	readonly #x: Float32Array;
	readonly #y: Int32Array;
	readonly #base: Int32Array;
	readonly #neighbor: Int32Array;
	readonly #gap: Float64Array;
	constructor(
		readonly width: number,
		capacity: number
	) {
		this.#x = new Float32Array(capacity * width);
		this.#y = new Int32Array(capacity);
		this.#base = new Int32Array(capacity);
		this.#neighbor = new Int32Array(capacity);
		this.#gap = new Float64Array(capacity);
	}

	/** Adds base + gap × (neighbour − base), `b` and `nb` being rows of `values`, `rows` mapping them back. */
	add(c: number, values: Float64Array, b: number, nb: number, gap: number, rows: Int32Array): void {
		const w = this.width;
		const at = this.#count++;
		for (let j = 0; j < w; j++) {
			const from = values[b * w + j];
			this.#x[at * w + j] = from + gap * (values[nb * w + j] - from);
		}
		this.#y[at] = c;
		this.#base[at] = rows[b];
		this.#neighbor[at] = rows[nb];
		this.#gap[at] = gap;
	}

	finish(): Synthetic {
		const n = this.#count;
		return {
			x: this.#x.slice(0, n * this.width),
			y: this.#y.slice(0, n),
			base: this.#base.slice(0, n),
			neighbor: this.#neighbor.slice(0, n),
			gap: this.#gap.slice(0, n),
			notes: this.notes
		};
	}
}
