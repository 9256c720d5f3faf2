/**
 * Models: seeded stratified split, TF.js model builders (logistic regression, MLP), the training loop
 * (early stopping, cancel, progress), batched prediction, and the choice of compute backend.
 */
export {
	ACTIVATIONS,
	MODEL_FAMILIES,
	defaultBatchSize,
	defaultModelSpec,
	validateModelSpec,
	type Activation,
	type ModelFamily,
	type ModelSpec
} from './spec';
export { stratifiedSplit, type Split, type SplitFractions } from './split';
export { buildModel, planLayers, type BuiltModel, type DenseLayerPlan } from './build';
export {
	trainModel,
	type EpochReport,
	type TrainInput,
	type TrainWork,
	type TrainedModel
} from './train';
export { meanCrossEntropy, outputWidth, predictProba } from './predict';
export {
	BACKEND_NAMES,
	chooseBackend,
	type BackendAttempt,
	type BackendChoice,
	type BackendName
} from './backend';
