/**
 * The training loop: a seeded permutation per epoch, one batch of row indices at a time (the step densifies
 * dense-only batches; text features stay sparse throughout), the hand-written step (kernel-step.ts in
 * WebAssembly on the wasm and cpu backends, step.ts in TF.js on the GPU ones), validation loss per epoch,
 * early stopping that restores the best weights, cancel between batches, progress a few times a second.
 */
import { featureWidth } from '$lib/shared/feature-matrix';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import { throttleProgress } from '$lib/shared/progress';
import { createRng, shuffledIndices } from '$lib/shared/rng';
import { buildModel } from './build';
import { meanCrossEntropy, predictProba } from './predict';
import { validateModelSpec, type ModelSpec } from './spec';
import { createKernelTrainer } from './kernel-step';
import { createTrainer, type Trainer, type TrainerSnapshot } from './step';
import { validateTrainInput } from './train-input';
import { trainLogisticLbfgs } from './logistic-lbfgs';

export type {
	EngineOptions,
	EpochReport,
	TrainedModel,
	TrainInput,
	TrainWork
} from './train-types';
import type {
	EngineOptions,
	EpochReport,
	TrainedModel,
	TrainInput,
	TrainWork
} from './train-types';

// Hand the event loop a turn this often, so an abort (a worker message, a timer) can land mid-epoch.
const YIELD_EVERY_MS = 50;

/**
 * Trains a softmax model (logistic regression or MLP) with Adam on mean weighted cross-entropy + L2; a
 * logistic model with `solver: 'lbfgs'` is solved by logistic-lbfgs.ts instead.
 * `loss` in the reports is the training rows' weighted cross-entropy averaged over the epoch (dropout on,
 * no L2 term); `valLoss` is `meanCrossEntropy` on the validation rows (class-weighted when weights are set).
 * Same data, spec and seed on the same backend give bit-identical weights.
 * @throws FaroError settings-invalid, cancelled (the model is disposed), training-diverged (NaN loss)
 * @example
 * const { model, history } = await trainModel({ train, validation, classCount: 2, spec: defaultModelSpec('mlp', n), seed: 42 }, {});
 */
export async function trainModel(
	input: TrainInput,
	work: TrainWork = {},
	options: EngineOptions = {}
): Promise<TrainedModel> {
	validateModelSpec(input.spec);
	validateTrainInput(input);
	if (input.spec.family === 'logistic' && input.spec.solver === 'lbfgs')
		return trainLogisticLbfgs(input, work);
	const { train, validation, classCount, spec } = input;
	const rng = createRng(input.seed);
	const { model, layers } = buildModel(spec, featureWidth(train.x), classCount, rng);
	const trainerOptions = {
		learningRate: spec.learningRate,
		l2: spec.l2,
		rng: createRng(rng.seed()),
		sparseInput: train.x.sparse !== null,
		batchSize: spec.batchSize
	};
	const trainer =
		((options.wasm ?? true) && createKernelTrainer(model, layers, trainerOptions)) ||
		createTrainer(model, layers, trainerOptions);
	const shuffleRng = createRng(rng.seed());
	const rowWeights = combinedRowWeights(
		train.y,
		spec.classWeights ?? null,
		train.sampleWeight ?? null
	);
	const history: EpochReport[] = [];
	let best: { valLoss: number; epoch: number; params: TrainerSnapshot } | null = null;
	let stoppedEarly = false;
	try {
		const startedMs = performance.now();
		const order = Int32Array.from({ length: train.x.rowCount }, (_, i) => i);
		for (let epoch = 0; epoch < spec.maxEpochs; epoch++) {
			shuffledIndices(order.length, shuffleRng, order);
			await runEpoch(trainer, train, order, rowWeights, classCount, spec, epoch, work);
			const loss = await trainer.takeEpochLoss(order.length);
			trainer.writeTo(model);
			const proba = await predictProba(model, validation.x);
			const valLoss = meanCrossEntropy(proba, validation.y, classCount, spec.classWeights);
			if (!Number.isFinite(loss) || !Number.isFinite(valLoss)) throw diverged(epoch, spec);
			const elapsedMs = performance.now() - startedMs;
			const report = {
				epoch,
				loss,
				valLoss,
				elapsedMs,
				etaMs: (elapsedMs / (epoch + 1)) * (spec.maxEpochs - epoch - 1)
			};
			history.push(report);
			if (!best || valLoss < best.valLoss) {
				best?.params.dispose();
				best = { valLoss, epoch, params: trainer.snapshot() };
			}
			work.onEpoch?.(report);
			if (epoch - best.epoch >= Math.max(1, spec.patience) && epoch < spec.maxEpochs - 1) {
				stoppedEarly = true;
				break;
			}
		}
		if (best) trainer.writeTo(model, best.params);
		return { model, history, bestEpoch: best?.epoch ?? 0, stoppedEarly };
	} catch (err) {
		model.dispose();
		throw err;
	} finally {
		best?.params.dispose();
		trainer.dispose();
	}
}

async function runEpoch(
	trainer: Trainer,
	train: TrainInput['train'],
	order: Int32Array,
	rowWeights: Float32Array | null,
	classCount: number,
	spec: ModelSpec,
	epoch: number,
	work: TrainWork
): Promise<void> {
	const report = throttleProgress(work.onProgress, 250);
	const phase = `Epoch ${epoch + 1} of at most ${spec.maxEpochs}`;
	let yieldedMs = performance.now();
	for (let start = 0; start < order.length; start += spec.batchSize) {
		if (performance.now() - yieldedMs > YIELD_EVERY_MS) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			yieldedMs = performance.now();
		}
		throwIfAborted(work.signal);
		const rows = order.subarray(start, Math.min(order.length, start + spec.batchSize));
		trainer.step(train.x, rows, weightedOneHot(train.y, rows, classCount, rowWeights));
		report({ phase, done: start + rows.length, total: order.length });
	}
}

/** One-hot targets scaled by each row's weight, so the plain cross-entropy sum is the weighted loss. */
function weightedOneHot(
	y: Int32Array,
	rows: Int32Array,
	classCount: number,
	rowWeights: Float32Array | null
): Float32Array {
	const out = new Float32Array(rows.length * classCount);
	for (let r = 0; r < rows.length; r++)
		out[r * classCount + y[rows[r]]] = rowWeights ? rowWeights[rows[r]] : 1;
	return out;
}

/** classWeights[yᵢ] × sampleWeight[i] per training row, or null when every row weighs 1. */
function combinedRowWeights(
	y: Int32Array,
	classWeights: number[] | null,
	sampleWeight: Float32Array | null
): Float32Array | null {
	if (!classWeights && !sampleWeight) return null;
	return Float32Array.from(
		y,
		(c, i) => (classWeights ? classWeights[c] : 1) * (sampleWeight ? sampleWeight[i] : 1)
	);
}

function diverged(epoch: number, spec: ModelSpec): FaroError {
	return new FaroError('training-diverged', text('err_train_diverged', { epoch: epoch + 1 }), {
		where: text('err_train_where_learning_rate', { rate: String(spec.learningRate) }),
		hint: text('err_train_diverged_hint')
	});
}
