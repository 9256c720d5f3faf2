export * from './bundle-types';
export * from './write-bundle';
export { validateBundle } from './validate-bundle';
export {
	loadBundle,
	loadBundleValue,
	type LoadedBundle,
	type InputRow,
	type RowPrediction
} from './load-bundle';
export { scoreCsv, SCORE_PREVIEW_ROWS, type ScoreWork, type ScoreSummary } from './score-csv';
export { decideLabels, type TablePredictions } from './predict';
export { blendShares, describeBundleModel, type BlendShare } from './describe-model';
export { formatProbability, predictionsHeader, toCsvLines } from './csv-cells';
export type { InputColumn } from './check-columns';
export {
	createDriftCounter,
	psi,
	psiBand,
	summarizeDrift,
	PSI_FLOOR,
	PSI_SHIFTED,
	PSI_WATCH,
	type ColumnDrift,
	type Drift,
	type DriftBin,
	type DriftReport,
	type PsiBand,
	type ScoreDrift
} from '$lib/explain/drift';
