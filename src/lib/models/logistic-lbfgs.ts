/**
 * Logistic regression solved to its optimum with L-BFGS (lbfgs.ts), as scikit-learn's
 * `LogisticRegression(solver='lbfgs')` solves it, instead of Adam's mini-batches: the objective is the one
 * the Adam path follows, `Σ wᵢ · CE(softmax(xᵢW + b), yᵢ) / n + l2 · ‖W‖²` (intercepts unpenalised), in
 * float64 over every training row, the dense block and the sparse TF-IDF block read in place. That is
 * scikit-learn's multinomial objective with C = 1 / (2 · n · l2); with two classes the two-unit softmax is
 * scikit-learn's binary model with C = 1 / (n · l2) (its coefficients are the difference of the two columns).
 * The optimum is unique (strictly convex for l2 > 0), so no seed, learning rate, batch size or early stopping
 * changes it: `maxEpochs` caps the solver's iterations (scikit-learn's `max_iter`), and the validation rows
 * only give the curve and the threshold. Weights go into the same Dense softmax model as the Adam path's, so
 * prediction and bundles do not change.
 */
import * as tf from '@tensorflow/tfjs';
import { featureWidth, type FeatureMatrix } from '$lib/shared/feature-matrix';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import { createRng } from '$lib/shared/rng';
import { buildModel } from './build';
import { meanCrossEntropy } from './cross-entropy';
import { minimizeLbfgs } from './lbfgs';
import { rowWeights } from './row-weights';
import type { EpochReport, TrainedModel, TrainInput, TrainWork } from './train-types';

/**
 * Largest gradient entry at which the solver stops (the objective is a mean, so this does not grow with the
 * rows). 1e-7 puts probabilities within ~1e-6 of the optimum's (tests/fixtures/logistic); 1e-6 stops about a
 * quarter sooner, 3e-5 away.
 */
const GRADIENT_TOLERANCE = 1e-7;
const YIELD_EVERY_MS = 50;

/**
 * Mean weighted cross-entropy plus `l2 · ‖W‖²` of the softmax model with parameters `theta` (kernel
 * `width × classes` row-major as a Dense kernel, then the biases), its gradient into `gradient`.
 */
export function logisticObjective(
	x: FeatureMatrix,
	y: Int32Array,
	classCount: number,
	rowWeights: Float64Array | null,
	l2: number
): (theta: Float64Array, gradient: Float64Array) => number {
	const n = x.rowCount;
	const k = classCount;
	const width = featureWidth(x);
	const biasAt = width * k;
	const { dense, denseWidth: dw, sparse } = x;
	const z = new Float64Array(k);
	return (theta, gradient) => {
		gradient.fill(0);
		let loss = 0;
		for (let i = 0; i < n; i++) {
			rowScores(x, i, theta, k, z);
			let max = z[0];
			for (let c = 1; c < k; c++) if (z[c] > max) max = z[c];
			let sum = 0;
			for (let c = 0; c < k; c++) {
				z[c] = Math.exp(z[c] - max);
				sum += z[c];
			}
			const w = rowWeights ? rowWeights[i] : 1;
			const target = y[i];
			loss += w * (Math.log(sum) - Math.log(z[target]));
			// z becomes the row's gradient of the mean loss with respect to its scores
			const scale = w / n;
			for (let c = 0; c < k; c++) z[c] = scale * (z[c] / sum - (c === target ? 1 : 0));
			for (let c = 0; c < k; c++) gradient[biasAt + c] += z[c];
			const row = i * dw;
			for (let j = 0; j < dw; j++) {
				const v = dense[row + j];
				if (v === 0) continue;
				const at = j * k;
				for (let c = 0; c < k; c++) gradient[at + c] += v * z[c];
			}
			if (sparse) {
				for (let p = sparse.rowPtr[i]; p < sparse.rowPtr[i + 1]; p++) {
					const v = sparse.values[p];
					const at = (dw + sparse.indices[p]) * k;
					for (let c = 0; c < k; c++) gradient[at + c] += v * z[c];
				}
			}
		}
		let penalty = 0;
		for (let q = 0; q < biasAt; q++) {
			penalty += theta[q] * theta[q];
			gradient[q] += 2 * l2 * theta[q];
		}
		return loss / n + l2 * penalty;
	};
}

/** Row i's raw class scores xᵢW + b into `z`, from the dense block and the sparse block in place. */
function rowScores(
	x: FeatureMatrix,
	i: number,
	theta: Float64Array,
	k: number,
	z: Float64Array
): void {
	const { dense, denseWidth: dw, sparse } = x;
	const biasAt = featureWidth(x) * k;
	for (let c = 0; c < k; c++) z[c] = theta[biasAt + c];
	const row = i * dw;
	for (let j = 0; j < dw; j++) {
		const v = dense[row + j];
		if (v === 0) continue;
		const at = j * k;
		for (let c = 0; c < k; c++) z[c] += v * theta[at + c];
	}
	if (!sparse) return;
	for (let p = sparse.rowPtr[i]; p < sparse.rowPtr[i + 1]; p++) {
		const v = sparse.values[p];
		const at = (dw + sparse.indices[p]) * k;
		for (let c = 0; c < k; c++) z[c] += v * theta[at + c];
	}
}

/** Class probabilities (row-major rows × classes) of the softmax model `theta` on `x`. */
export function logisticProba(
	x: FeatureMatrix,
	classCount: number,
	theta: Float64Array
): Float32Array {
	const k = classCount;
	const out = new Float32Array(x.rowCount * k);
	const z = new Float64Array(k);
	for (let i = 0; i < x.rowCount; i++) {
		rowScores(x, i, theta, k, z);
		let max = z[0];
		for (let c = 1; c < k; c++) if (z[c] > max) max = z[c];
		let sum = 0;
		for (let c = 0; c < k; c++) sum += Math.exp(z[c] - max);
		for (let c = 0; c < k; c++) out[i * k + c] = Math.exp(z[c] - max) / sum;
	}
	return out;
}

/**
 * Fits the logistic model of `input` with L-BFGS; one report per solver iteration (`loss`: the training rows'
 * mean weighted cross-entropy without the L2 term, `valLoss` as the Adam path reports it).
 * @throws FaroError cancelled, training-diverged (a non-finite loss: features too large to exponentiate)
 */
export async function trainLogisticLbfgs(
	input: TrainInput,
	work: TrainWork = {}
): Promise<TrainedModel> {
	const { train, validation, classCount, spec } = input;
	const width = featureWidth(train.x);
	const weights = rowWeights(train.y, spec.classWeights ?? null, train.sampleWeight ?? null);
	const objective = logisticObjective(train.x, train.y, classCount, weights, spec.l2);
	const theta0 = new Float64Array((width + 1) * classCount);
	const history: EpochReport[] = [];
	const startedMs = performance.now();
	let yieldedMs = startedMs;
	const penaltyOf = (theta: Float64Array) => {
		let sum = 0;
		for (let q = 0; q < width * classCount; q++) sum += theta[q] * theta[q];
		return spec.l2 * sum;
	};
	let current: Float64Array = theta0;
	const tracked = (theta: Float64Array, gradient: Float64Array) => {
		current = theta;
		return objective(theta, gradient);
	};
	const result = await minimizeLbfgs(tracked, theta0, {
		maxIterations: spec.maxEpochs,
		gradientTolerance: GRADIENT_TOLERANCE,
		relativeTolerance: 1e-14,
		onIteration: async (iteration, value) => {
			if (!Number.isFinite(value)) throw diverged(iteration);
			const valLoss =
				validation.x.rowCount > 0
					? meanCrossEntropy(
							logisticProba(validation.x, classCount, current),
							validation.y,
							classCount,
							spec.classWeights
						)
					: NaN;
			const elapsedMs = performance.now() - startedMs;
			const report: EpochReport = {
				epoch: iteration,
				loss: value - penaltyOf(current),
				valLoss,
				elapsedMs,
				etaMs: (elapsedMs / (iteration + 1)) * (spec.maxEpochs - iteration - 1)
			};
			history.push(report);
			work.onEpoch?.(report);
			work.onProgress?.({
				phase: `Solver iteration ${iteration + 1} of at most ${spec.maxEpochs}`,
				done: iteration + 1,
				total: spec.maxEpochs
			});
			if (performance.now() - yieldedMs > YIELD_EVERY_MS) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				yieldedMs = performance.now();
			}
			throwIfAborted(work.signal);
		}
	});
	throwIfAborted(work.signal);
	if (!Number.isFinite(result.value)) throw diverged(result.iterations);
	const { model } = buildModel(spec, width, classCount, createRng(input.seed));
	const kernel = Float32Array.from(result.x.subarray(0, width * classCount));
	const bias = Float32Array.from(result.x.subarray(width * classCount));
	tf.tidy(() => model.setWeights([tf.tensor2d(kernel, [width, classCount]), tf.tensor1d(bias)]));
	return {
		model,
		history,
		bestEpoch: Math.max(0, history.length - 1),
		stoppedEarly: false
	};
}

function diverged(iteration: number): FaroError {
	return new FaroError(
		'training-diverged',
		text('err_solver_diverged', { iteration: iteration + 1 }),
		{ hint: text('err_solver_diverged_hint') }
	);
}
