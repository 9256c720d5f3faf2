/**
 * The model inputs a fitted Recipe produces: a dense row-major block (numbers, one-hot, dates) and an
 * optional sparse block in CSR form (TF-IDF text features). Text stays sparse until training densifies one
 * batch at a time (`denseBatch`), so memory stays bounded on large text datasets.
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';

/** Compressed sparse rows: row i holds `indices/values[rowPtr[i] .. rowPtr[i + 1])`, columns in [0, width). */
export type SparseRows = {
	rowPtr: Int32Array;
	indices: Int32Array;
	values: Float32Array;
	width: number;
};

/** Model inputs: dense part row-major (rowCount × denseWidth) then an optional sparse part (CSR). */
export type FeatureMatrix = {
	rowCount: number;
	dense: Float32Array;
	denseWidth: number;
	sparse: SparseRows | null;
	/** One name per feature: the `denseWidth` dense names, then the `sparse.width` sparse names. */
	names: string[];
};

/** Number of features: dense plus sparse columns. */
export const featureWidth = (m: FeatureMatrix): number => m.denseWidth + (m.sparse?.width ?? 0);

/**
 * Densifies the rows `rows` (indices into `m`) into one row-major Float32Array batch of
 * `rows.length × featureWidth(m)`: dense columns first, then the sparse ones. `out` is reused when given
 * (it must be at least that long; only the first `rows.length` rows are written).
 */
export function denseBatch(
	m: FeatureMatrix,
	rows: Int32Array | number[],
	out?: Float32Array
): Float32Array {
	const width = featureWidth(m);
	const size = rows.length * width;
	const batch = out && out.length >= size ? out : new Float32Array(size);
	const { dense, denseWidth, sparse } = m;
	for (let r = 0; r < rows.length; r++) {
		const row = rows[r];
		const base = r * width;
		batch.set(dense.subarray(row * denseWidth, (row + 1) * denseWidth), base);
		if (!sparse) continue;
		const at = base + denseWidth;
		batch.fill(0, at, base + width);
		for (let k = sparse.rowPtr[row]; k < sparse.rowPtr[row + 1]; k++) {
			batch[at + sparse.indices[k]] = sparse.values[k];
		}
	}
	return batch;
}

/** The rows at `rows`, in that order (repeats allowed), as a new FeatureMatrix. */
export function takeFeatureRows(m: FeatureMatrix, rows: Int32Array): FeatureMatrix {
	const { denseWidth } = m;
	const dense = new Float32Array(rows.length * denseWidth);
	for (let r = 0; r < rows.length; r++) {
		const row = rows[r];
		dense.set(m.dense.subarray(row * denseWidth, (row + 1) * denseWidth), r * denseWidth);
	}
	return {
		rowCount: rows.length,
		dense,
		denseWidth,
		sparse: m.sparse && takeSparseRows(m.sparse, rows),
		names: m.names
	};
}

function takeSparseRows(s: SparseRows, rows: Int32Array): SparseRows {
	const rowPtr = new Int32Array(rows.length + 1);
	for (let r = 0; r < rows.length; r++) {
		rowPtr[r + 1] = rowPtr[r] + s.rowPtr[rows[r] + 1] - s.rowPtr[rows[r]];
	}
	const indices = new Int32Array(rowPtr[rows.length]);
	const values = new Float32Array(rowPtr[rows.length]);
	for (let r = 0; r < rows.length; r++) {
		const from = s.rowPtr[rows[r]];
		const to = s.rowPtr[rows[r] + 1];
		indices.set(s.indices.subarray(from, to), rowPtr[r]);
		values.set(s.values.subarray(from, to), rowPtr[r]);
	}
	return { rowPtr, indices, values, width: s.width };
}

/**
 * The rows of `a` followed by the rows of `b` (e.g. synthetic rows from oversampling).
 * @throws FaroError internal when the two matrices do not have the same features
 */
export function appendRows(a: FeatureMatrix, b: FeatureMatrix): FeatureMatrix {
	const sameShape =
		a.denseWidth === b.denseWidth &&
		(a.sparse === null) === (b.sparse === null) &&
		(a.sparse?.width ?? 0) === (b.sparse?.width ?? 0);
	if (!sameShape) {
		throw new FaroError('internal', text('err_matrix_different_features'), {
			where: text('err_where_widths', { a: featureWidth(a), b: featureWidth(b) }),
			hint: text('err_internal_hint')
		});
	}
	const dense = new Float32Array(a.dense.length + b.dense.length);
	dense.set(a.dense);
	dense.set(b.dense, a.dense.length);
	const sparse = a.sparse && b.sparse ? appendSparse(a.sparse, b.sparse) : null;
	return {
		rowCount: a.rowCount + b.rowCount,
		dense,
		denseWidth: a.denseWidth,
		sparse,
		names: a.names
	};
}

function appendSparse(a: SparseRows, b: SparseRows): SparseRows {
	const aRows = a.rowPtr.length - 1;
	const aNnz = a.rowPtr[aRows];
	const bRows = b.rowPtr.length - 1;
	const bNnz = b.rowPtr[bRows];
	const rowPtr = new Int32Array(aRows + bRows + 1);
	rowPtr.set(a.rowPtr);
	for (let r = 1; r <= bRows; r++) rowPtr[aRows + r] = aNnz + b.rowPtr[r];
	const indices = new Int32Array(aNnz + bNnz);
	indices.set(a.indices.subarray(0, aNnz));
	indices.set(b.indices.subarray(0, bNnz), aNnz);
	const values = new Float32Array(aNnz + bNnz);
	values.set(a.values.subarray(0, aNnz));
	values.set(b.values.subarray(0, bNnz), aNnz);
	return { rowPtr, indices, values, width: a.width };
}

/** Concatenates sparse blocks side by side (same row count): block k's columns are shifted by the widths before it. */
export function hstackSparse(blocks: SparseRows[], rowCount: number): SparseRows {
	const rowPtr = new Int32Array(rowCount + 1);
	for (let r = 0; r < rowCount; r++) {
		let n = 0;
		for (const s of blocks) n += s.rowPtr[r + 1] - s.rowPtr[r];
		rowPtr[r + 1] = rowPtr[r] + n;
	}
	const indices = new Int32Array(rowPtr[rowCount]);
	const values = new Float32Array(rowPtr[rowCount]);
	for (let r = 0; r < rowCount; r++) {
		let at = rowPtr[r];
		let offset = 0;
		for (const s of blocks) {
			for (let k = s.rowPtr[r]; k < s.rowPtr[r + 1]; k++, at++) {
				indices[at] = s.indices[k] + offset;
				values[at] = s.values[k];
			}
			offset += s.width;
		}
	}
	return { rowPtr, indices, values, width: blocks.reduce((w, s) => w + s.width, 0) };
}
