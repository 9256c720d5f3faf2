/**
 * What the `faro` package exports (package.json `exports`): load a model file Faro wrote and score rows,
 * Tables or whole CSV files with it, in Node or a browser, with per-row reasons and the stability check.
 * @example
 * import { loadBundle } from 'faro';
 * const model = await loadBundle(readFileSync('model.json', 'utf8'));
 * const [row] = await model.predict([{ Age: 35, Sex: 'male', 'Credit amount': 2500 }], { reasons: true });
 * console.log(row.label, row.probabilities, row.explanation?.reasons.map((r) => r.text));
 */
export {
	loadBundle,
	scoreCsv,
	validateBundle,
	summarizeDrift,
	type LoadedBundle,
	type InputRow,
	type RowPrediction,
	type ModelBundle,
	type ScoreWork,
	type ScoreSummary,
	type TablePredictions
} from './bundle';
export type { RowExplanation } from './bundle/load-bundle';
export { chooseBackend, type BackendName } from './models';
export { FaroError, type FaroErrorCode } from './shared/errors';
