/**
 * Histogram gradient boosting for classification, after scikit-learn 1.2's HistGradientBoostingClassifier
 * (sklearn/ensemble/_hist_gradient_boosting): features binned once (binning.ts), then per iteration the
 * gradients and hessians of the log loss at the current raw scores (loss.ts) and one tree per output grown
 * best-first on them (grower.ts). With the same data and settings (early stopping off) it gives scikit-learn's
 * trees and probabilities (tests/fixtures/gbdt). Early stopping is Faro's: the validation rows' cross-entropy
 * after every iteration, the best iteration's trees kept, `patience` iterations without a lower one end it.
 */
import { rowWeights } from '../row-weights';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { featureWidth } from '$lib/shared/feature-matrix';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import { throttleProgress } from '$lib/shared/progress';
import { createRng } from '$lib/shared/rng';
import { DEFAULT_TREE_SPEC, validateModelSpec, type ModelSpec } from '../spec';
import type { EngineOptions, EpochReport, TrainInput, TrainWork } from '../train-types';
import { checkClassWeights } from '../train-input';
import { binFeatures } from './binning';
import {
	createGrowerScratch,
	growTree,
	HISTOGRAM_BUDGET_BYTES,
	histogramsWithin,
	type GrowParams
} from './grower';
import { createDenseKernel } from './dense-kernel';
import { histogramLayout } from './histogram';
import { baselineScores, computeGradients, meanCrossEntropy, scoresToProba } from './loss';
import { accumulateScores, compileTrees } from './predict';
import { GBDT_FORMAT, GBDT_VERSION, type GbdtArtifacts, type GbdtTree } from './types';

/** The trees up to the best iteration, the report of every iteration run, and whether patience ran out. */
export type GbdtFit = {
	model: GbdtArtifacts;
	history: EpochReport[];
	bestEpoch: number;
	stoppedEarly: boolean;
};

// Hand the event loop a turn this often, so an abort (a worker message, a timer) can land mid-iteration.
const YIELD_EVERY_MS = 50;

/**
 * Fits gradient-boosted trees on `input.train`. Each iteration's report has the training rows' weighted mean log
 * loss (`loss`) and the validation rows' mean cross-entropy (`valLoss`, class-weighted when class weights are
 * set, like the other families); with no validation rows `valLoss` is NaN, nothing stops early and every
 * iteration is kept. Row weights are `classWeights[y] × sampleWeight`. Same data, spec and seed → the same trees.
 * @throws FaroError settings-invalid, target-single-class, no-features, class-too-small, internal (inconsistent
 *   shapes), cancelled, training-diverged
 * @example
 * const spec = defaultModelSpec('gbdt', train.x.rowCount);
 * const { model, history } = await fitGbdt({ train, validation, classCount: 2, spec, seed: 42 }, { signal });
 * const proba = predictGbdt(model, test.x);
 */
export async function fitGbdt(
	input: TrainInput,
	work: TrainWork = {},
	options: EngineOptions = {}
): Promise<GbdtFit> {
	validateModelSpec(input.spec);
	checkInput(input);
	const { train, validation, classCount, spec } = input;
	const treeSpec = spec.trees ?? DEFAULT_TREE_SPEC;
	const outputs = classCount === 2 ? 1 : classCount;
	const n = train.x.rowCount;
	const startedMs = performance.now();
	const report = throttleProgress(work.onProgress, 250);
	let yieldedMs = performance.now();
	const pause = async () => {
		if (performance.now() - yieldedMs < YIELD_EVERY_MS) return;
		await new Promise((resolve) => setTimeout(resolve, 0));
		yieldedMs = performance.now();
		throwIfAborted(work.signal);
	};

	throwIfAborted(work.signal);
	report({ phase: 'Binning the features', done: 0, total: 0 }, true);
	const binnedHere = await binFeatures(train.x, treeSpec.maxBins, createRng(input.seed), pause);
	const layout = histogramLayout(binnedHere, treeSpec.maxBins, treeSpec.minSamplesLeaf);
	// a grower keeps at most one histogram per node waiting in its heap (fewer than maxLeafNodes) plus the two
	// being built, and two more past its cap when no waiting node has one to give up (grower.ts)
	const slots =
		Math.min(histogramsWithin(HISTOGRAM_BUDGET_BYTES, layout), treeSpec.maxLeafNodes + 2) + 2;
	const kernel =
		(options.wasm ?? true)
			? createDenseKernel(n, binnedHere.denseWidth, layout, outputs, slots)
			: null;
	// with the kernel, the bins and gradients live in its memory
	kernel?.dense.set(binnedHere.dense);
	const binned = kernel ? { ...binnedHere, dense: kernel.dense } : binnedHere;
	const weights = rowWeights(train.y, spec.classWeights ?? null, train.sampleWeight ?? null);
	const baseline = baselineScores(train.y, classCount, weights);
	const raw = filled(n, baseline);
	const validationRaw = filled(validation.x.rowCount, baseline);
	const validationProba = new Float32Array(validation.x.rowCount * classCount);
	const gradients =
		kernel?.gradients ?? Array.from({ length: outputs }, () => new Float64Array(2 * n));
	computeGradients(raw, train.y, outputs, weights, gradients);
	const scratch = createGrowerScratch(n, kernel);
	const params: GrowParams = {
		maxLeafNodes: treeSpec.maxLeafNodes,
		maxDepth: treeSpec.maxDepth,
		minSamplesLeaf: treeSpec.minSamplesLeaf,
		l2: spec.l2,
		shrinkage: spec.learningRate
	};
	/** Output k's tree on its gradients, its leaf values added to the training rows' raw scores. */
	const growAndApply = async (k: number): Promise<GbdtTree> => {
		const grown = await growTree(binned, layout, gradients[k], params, scratch, pause);
		for (const leaf of grown.leaves) {
			for (let i = leaf.start; i < leaf.stop; i++)
				raw[scratch.partition[i] * outputs + k] += leaf.value;
		}
		return grown.tree;
	};
	const hasValidation = validation.x.rowCount > 0;
	const trees: GbdtTree[] = [];
	const history: EpochReport[] = [];
	let best = { valLoss: Infinity, epoch: -1 };
	let stoppedEarly = false;
	for (let epoch = 0; epoch < spec.maxEpochs; epoch++) {
		await pause();
		throwIfAborted(work.signal);
		const iterationTrees: GbdtTree[] = [];
		for (let k = 0; k < outputs; k++) {
			report({
				phase: `Iteration ${epoch + 1} of at most ${spec.maxEpochs}`,
				done: epoch * outputs + k,
				total: spec.maxEpochs * outputs
			});
			iterationTrees.push(await growAndApply(k));
		}
		trees.push(...iterationTrees);
		// the loss after this iteration, and the gradients of the next one
		const loss = computeGradients(raw, train.y, outputs, weights, gradients);
		let valLoss = NaN;
		if (hasValidation) {
			accumulateScores(compileTrees(iterationTrees), validation.x, validationRaw, outputs);
			scoresToProba(validationRaw, outputs, validation.x.rowCount, validationProba);
			valLoss = meanCrossEntropy(validationProba, validation.y, classCount, spec.classWeights);
		}
		if (!Number.isFinite(loss) || (hasValidation && !Number.isFinite(valLoss)))
			throw diverged(epoch, spec);
		const elapsedMs = performance.now() - startedMs;
		const epochReport = {
			epoch,
			loss,
			valLoss,
			elapsedMs,
			etaMs: (elapsedMs / (epoch + 1)) * (spec.maxEpochs - epoch - 1)
		};
		history.push(epochReport);
		if (!hasValidation || valLoss < best.valLoss) best = { valLoss, epoch };
		work.onEpoch?.(epochReport);
		if (
			hasValidation &&
			epoch - best.epoch >= Math.max(1, spec.patience) &&
			epoch < spec.maxEpochs - 1
		) {
			stoppedEarly = true;
			break;
		}
	}
	report(
		{ phase: 'Boosting done', done: spec.maxEpochs * outputs, total: spec.maxEpochs * outputs },
		true
	);
	const model: GbdtArtifacts = {
		format: GBDT_FORMAT,
		version: GBDT_VERSION,
		classCount,
		featureCount: binned.featureCount,
		outputs,
		baseline,
		trees: trees.slice(0, (best.epoch + 1) * outputs)
	};
	return { model, history, bestEpoch: best.epoch, stoppedEarly };
}

const filled = (rows: number, baseline: number[]): Float64Array => {
	const out = new Float64Array(rows * baseline.length);
	for (let i = 0; i < out.length; i += baseline.length) {
		for (let k = 0; k < baseline.length; k++) out[i + k] = baseline[k];
	}
	return out;
};

/** The checks of models/train-input.ts, except that missing values (NaN) and an empty validation part are fine. */
function checkInput(input: TrainInput): void {
	const { train, validation, classCount, spec } = input;
	if (!Number.isInteger(classCount) || classCount < 2) {
		throw new FaroError(
			'target-single-class',
			text('err_train_single_class', { count: String(classCount) }),
			{
				hint: text('err_train_single_class_hint')
			}
		);
	}
	if (featureWidth(train.x) === 0) {
		throw new FaroError('no-features', text('err_train_no_features'), {
			hint: text('err_train_no_features_hint')
		});
	}
	if (train.x.rowCount === 0) {
		throw new FaroError('class-too-small', text('err_gbdt_empty_train'), {
			where: text('err_train_where_rows', {
				train: train.x.rowCount,
				validation: validation.x.rowCount
			}),
			hint: text('err_gbdt_empty_train_hint')
		});
	}
	checkClassWeights(spec.classWeights, classCount);
	checkPart('training', train.x, train.y, classCount);
	checkPart('validation', validation.x, validation.y, classCount);
	if (featureWidth(validation.x) !== featureWidth(train.x)) {
		throw internal(
			`validation has ${featureWidth(validation.x)} features, training ${featureWidth(train.x)}`
		);
	}
	const sampleWeight = train.sampleWeight;
	if (sampleWeight && sampleWeight.length !== train.y.length) {
		throw internal(`${sampleWeight.length} sample weights for ${train.y.length} training rows`);
	}
	if (sampleWeight?.some((w) => !(w >= 0 && Number.isFinite(w))))
		throw internal('a sample weight is negative or not a number');
	const total = rowWeights(train.y, spec.classWeights ?? null, sampleWeight ?? null)?.reduce(
		(s, w) => s + w,
		0
	);
	if (total === 0) {
		throw new FaroError('settings-invalid', text('err_gbdt_zero_weights'), {
			where: 'model.classWeights',
			hint: text('err_gbdt_zero_weights_hint')
		});
	}
}

function checkPart(
	name: 'training' | 'validation',
	x: FeatureMatrix,
	y: Int32Array,
	classCount: number
): void {
	if (y.length !== x.rowCount)
		throw internal(`${name} has ${x.rowCount} feature rows but ${y.length} labels`);
	if (x.dense.length !== x.rowCount * x.denseWidth)
		throw internal(`${name} has a dense block of the wrong size`);
	if (y.some((c) => !(c >= 0 && c < classCount)))
		throw internal(`${name} has a label outside 0..${classCount - 1}`);
	const infinite = x.dense.findIndex((v) => v === Infinity || v === -Infinity);
	if (infinite >= 0) {
		const feature = x.names[infinite % x.denseWidth] ?? `feature ${infinite % x.denseWidth}`;
		throw new FaroError('settings-invalid', text('err_gbdt_value_too_large', { feature }), {
			where: text(
				name === 'training' ? 'err_gbdt_where_training_row' : 'err_gbdt_where_validation_row',
				{ row: Math.floor(infinite / x.denseWidth) + 1 }
			),
			hint: text('err_gbdt_value_too_large_hint')
		});
	}
	if (x.sparse && x.sparse.rowPtr.length !== x.rowCount + 1)
		throw internal(`${name} has a sparse block of the wrong size`);
}

const internal = (what: string) =>
	new FaroError('internal', text('err_train_internal', { what }), {
		hint: text('err_train_bug_hint')
	});

function diverged(epoch: number, spec: ModelSpec): FaroError {
	return new FaroError('training-diverged', text('err_gbdt_diverged', { iteration: epoch + 1 }), {
		where: text('err_train_where_learning_rate', { rate: String(spec.learningRate) }),
		hint: text('err_gbdt_diverged_hint')
	});
}
