/**
 * Why the model scored a row as it did: each input column's contribution to the row's margin, by the method
 * that is exact or standard for the model's family.
 *
 * - The margin: binary targets, the log-odds of the positive class; more classes, the log-probability of the
 *   row's predicted class less the mean log-probability over classes (the softmax logit, centred).
 * - Logistic regression (one softmax Dense layer): exact linear contributions w·(x − x̄) per feature, x̄ the
 *   training rows' mean; they add up to the margin less the margin of the mean row.
 * - Gradient-boosted trees: path-dependent TreeSHAP (tree-shap.ts) per feature; they add up to the raw score
 *   less its expectation over the training rows.
 * - MLPs and blends: Shapley values over input columns against a baseline row of typical values
 *   (column-shapley.ts), exact up to 8 columns, sampled above; they add up to the margin less the baseline's.
 *
 * Feature contributions roll up to the column each feature is made from (one-hot levels, missing indicators,
 * date parts and TF-IDF terms to their column); a feature made from two columns (a derived ratio, a date
 * difference) gives each half.
 */
import type { Table } from '$lib/data/table';
import { applyRecipe, featureColumns, type FittedRecipe } from '$lib/features';
import { featureWidth, type FeatureMatrix } from '$lib/shared/feature-matrix';
import type { FittedModel } from '$lib/models/fitted-model';
import { predictTable } from '$lib/bundle/predict';
import { readDenseChain } from '$lib/models/predict-js';
import { text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { GbdtArtifacts } from '$lib/models/gbdt/types';
import {
	columnShapley,
	EXACT_MAX_COLUMNS,
	SHAPLEY_PERMUTATIONS,
	type ShapleyOptions
} from './column-shapley';
import type { TrainingReference } from './reference';
import { checkCovers, treeShap } from './tree-shap';

export type ExplainMethod = 'linear' | 'tree-shap' | 'shapley-exact' | 'shapley-sampled';

const METHOD_KEYS = {
	linear: 'predict_method_linear',
	'tree-shap': 'predict_method_tree_shap',
	'shapley-exact': 'predict_method_shapley_exact'
} as const;

/**
 * How `method` computes per-row reasons, in words (a Text: the page shows it in the reader's language).
 * @example inEnglish(methodText('tree-shap')) // "TreeSHAP (exact Shapley values of the trees, path-dependent)"
 */
export const methodText = (method: ExplainMethod): Text =>
	method === 'shapley-sampled'
		? text('predict_method_shapley_sampled', { count: SHAPLEY_PERMUTATIONS })
		: text(METHOD_KEYS[method]);

/** One column's push on a row's margin (positive: toward `explained`). */
export type ColumnContribution = { column: string; contribution: number };

export type RowExplanations = {
	method: ExplainMethod;
	/** The label whose margin is explained, per row (binary: always the positive class). */
	explained: string[];
	scale: 'log-odds' | 'centred log-probability';
	columns: string[];
	/** Row-major rows × columns. */
	contributions: Float64Array;
	/** The margin the contributions start from (per row: the reference row's margin), and the row's margin. */
	base: Float64Array;
	margin: Float64Array;
};

export type ExplainBundle = {
	labels: string[];
	positiveLabel?: string;
	recipe: FittedRecipe;
	reference?: TrainingReference;
};

/** Probabilities below this are clipped before taking logs (a tree or softmax can round to exactly 0 or 1). */
const EPS = 1e-12;

/**
 * Explains every row of `table` (which has the model's input columns), each for its `predicted` label.
 * @param columns the input columns to attribute to (the bundle's inputs)
 * @throws FaroError reasons-unavailable when the model lacks what its method needs (a file from an older Faro)
 */
export async function explainRows(
	model: FittedModel,
	bundle: ExplainBundle,
	table: Table,
	predicted: string[],
	columns: string[],
	options: ShapleyOptions = {}
): Promise<RowExplanations> {
	const { labels } = bundle;
	const binary = labels.length === 2;
	const positive = binary ? labels.indexOf(bundle.positiveLabel ?? labels[1]) : -1;
	const target = Int32Array.from(predicted, (label) => (binary ? positive : labels.indexOf(label)));
	const explained = Array.from(target, (c) => labels[c]);
	const scale = binary ? 'log-odds' : 'centred log-probability';
	if (model.kind === 'gbdt') {
		checkCovers(model.trees);
		const x = applyRecipe(bundle.recipe, table);
		return {
			...perFeature(x, bundle.recipe, columns, target, (row, out, cls) =>
				treeRow(model.trees, row, cls, out)
			),
			method: 'tree-shap',
			explained,
			scale,
			columns
		};
	}
	if (model.kind === 'tfjs') {
		const chain = await readDenseChain(model.layers);
		if (chain && chain.length === 1 && chain[0].activation === 'softmax') {
			const means = bundle.reference?.featureMeans;
			const x = applyRecipe(bundle.recipe, table);
			if (!means || means.length !== featureWidth(x)) throw unavailable();
			const { kernel, bias, units } = chain[0];
			return {
				...perFeature(x, bundle.recipe, columns, target, (row, out, cls) =>
					linearRow(kernel, bias, units, means, row, cls, binary ? 1 - positive : -1, out)
				),
				method: 'linear',
				explained,
				scale,
				columns
			};
		}
	}
	const baseline = baselineRow(bundle.reference, columns);
	const margins = async (hybrid: Table, origin: Int32Array) => {
		const proba = await predictTable(model, bundle.recipe, hybrid);
		const k = labels.length;
		const out = new Float64Array(hybrid.rowCount);
		for (let h = 0; h < out.length; h++)
			out[h] = marginOf(proba, h * k, k, target[origin[h]], binary);
		return out;
	};
	const { phi, base, value } = await columnShapley(table, columns, baseline, margins, options);
	return {
		method: columns.length <= EXACT_MAX_COLUMNS ? 'shapley-exact' : 'shapley-sampled',
		explained,
		scale,
		columns,
		contributions: phi,
		base,
		margin: value
	};
}

/** The margin of class `c` from a probability row (see the module comment). */
export function marginOf(
	proba: ArrayLike<number>,
	at: number,
	k: number,
	c: number,
	binary: boolean
): number {
	const log = (p: number) => Math.log(Math.min(1 - EPS, Math.max(EPS, p)));
	if (binary) return log(proba[at + c]) - log(proba[at + 1 - c]);
	let mean = 0;
	for (let j = 0; j < k; j++) mean += log(proba[at + j]);
	return log(proba[at + c]) - mean / k;
}

const unavailable = () =>
	new FaroError('reasons-unavailable', text('err_reasons_unavailable'), {
		hint: text('err_reasons_unavailable_hint')
	});

/** Baseline cells from the reference (dates as ISO strings so any storage reads them). */
function baselineRow(
	reference: TrainingReference | undefined,
	columns: string[]
): Map<string, string | number | null> {
	if (!reference) throw unavailable();
	const out = new Map<string, string | number | null>();
	for (const name of columns) {
		const profile = reference.columns.find((c) => c.name === name);
		if (!profile) throw unavailable();
		const b = profile.baseline;
		out.set(name, profile.kind === 'date' && typeof b === 'number' ? new Date(b).toISOString() : b);
	}
	return out;
}

/**
 * Per-feature contributions rolled up to `columns`: `row(r, phi, class)` writes row r's feature contributions
 * into `phi` (zeroed) and returns [base, margin].
 */
function perFeature(
	x: FeatureMatrix,
	recipe: FittedRecipe,
	columns: string[],
	target: Int32Array,
	row: (values: Float32Array, phi: Float64Array, cls: number) => [number, number]
): Pick<RowExplanations, 'contributions' | 'base' | 'margin'> {
	const sources = featureColumns(recipe);
	const slot = new Map(columns.map((c, i) => [c, i]));
	const shares = sources.map((cols) => cols.map((c) => slot.get(c) ?? -1).filter((i) => i >= 0));
	const width = featureWidth(x);
	const d = columns.length;
	const contributions = new Float64Array(x.rowCount * d);
	const base = new Float64Array(x.rowCount);
	const margin = new Float64Array(x.rowCount);
	const values = new Float32Array(width);
	const phi = new Float64Array(width);
	for (let r = 0; r < x.rowCount; r++) {
		values.set(x.dense.subarray(r * x.denseWidth, (r + 1) * x.denseWidth));
		if (x.sparse) {
			values.fill(0, x.denseWidth);
			const { rowPtr, indices, values: v } = x.sparse;
			for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) values[x.denseWidth + indices[k]] = v[k];
		}
		phi.fill(0);
		[base[r], margin[r]] = row(values, phi, target[r]);
		for (let f = 0; f < width; f++) {
			if (phi[f] === 0) continue;
			const to = shares[f];
			for (const c of to) contributions[r * d + c] += phi[f] / to.length;
		}
	}
	return { contributions, base, margin };
}

/**
 * Tree contributions to the margin of class `cls`: binary, output 0 is the log-odds of class 1 (negated for
 * class 0); more classes, output c less the mean over outputs. Returns [expected margin, the row's margin].
 */
function treeRow(
	model: GbdtArtifacts,
	values: Float32Array,
	cls: number,
	out: Float64Array
): [number, number] {
	const { phi, expected } = treeShap(model, values);
	const { featureCount: width, outputs } = model;
	let base: number;
	if (outputs === 1) {
		const sign = cls === 1 ? 1 : -1;
		for (let f = 0; f < width; f++) out[f] = sign * phi[f];
		base = sign * expected[0];
	} else {
		for (let f = 0; f < width; f++) {
			let m = 0;
			for (let k = 0; k < outputs; k++) m += phi[k * width + f];
			out[f] = phi[cls * width + f] - m / outputs;
		}
		base = expected[cls] - mean(expected, 0, outputs);
	}
	let margin = base;
	for (let f = 0; f < width; f++) margin += out[f];
	return [base, margin];
}

/**
 * Linear contributions to class `cls`'s margin: binary (`other` ≥ 0), w = W[:, cls] − W[:, other]; else
 * w = W[:, cls] − mean over classes. Returns [margin of the mean row, margin of the row].
 */
function linearRow(
	kernel: Float32Array,
	bias: Float32Array,
	units: number,
	means: number[],
	values: Float32Array,
	cls: number,
	other: number,
	out: Float64Array
): [number, number] {
	const b = other >= 0 ? bias[cls] - bias[other] : bias[cls] - mean(bias, 0, units);
	let base = b;
	let margin = b;
	for (let f = 0; f < values.length; f++) {
		const at = f * units;
		const w =
			other >= 0
				? kernel[at + cls] - kernel[at + other]
				: kernel[at + cls] - mean(kernel, at, units);
		if (w === 0) continue;
		out[f] = w * (values[f] - means[f]);
		base += w * means[f];
		margin += w * values[f];
	}
	return [base, margin];
}

function mean(v: ArrayLike<number>, at: number, n: number): number {
	let s = 0;
	for (let i = 0; i < n; i++) s += v[at + i];
	return s / n;
}
