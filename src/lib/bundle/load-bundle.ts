/**
 * Opening a model bundle: JSON → validated bundle → model (TF.js from memory, no network; trees, plain JSON;
 * or a blend of those, every member loaded) → a self-check that scores one all-missing row, so a file that
 * passes validation but still cannot score fails here, with `bundle-invalid`, not later in the middle of a
 * batch.
 */
import { BASE_LOCALE, text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { rowsToTable, type Table } from '$lib/data';
import { inputColumns, type FittedRecipe } from '$lib/features';
import { disposeFitted, loadFitted, type FittedModel } from '$lib/models/fitted-model';
import { isEnsembleArtifacts, isTfArtifacts, type ModelArtifacts } from '$lib/models/artifacts';
import type { ModelBundle } from './bundle-types';
import { validateBundle } from './validate-bundle';
import { jsonErrorPosition } from './json-error-position';
import {
	checkInputKinds,
	checkTableHasInputs,
	missingColumnsError,
	type InputColumn
} from './check-columns';
import { predictTableRows, type TablePredictions } from './predict';
import { explainRows, type ExplainMethod, type RowExplanations } from '$lib/explain/explain';
import type { ShapleyOptions } from '$lib/explain/column-shapley';
import { cellWords, reasonsFor, type Reason } from '$lib/explain/reasons';
import { renderCell, type CellWords } from '$lib/explain/words';

/** One row to score: column name → cell (null or a missing token = missing). Extra keys are ignored. */
export type InputRow = Record<string, string | number | null>;

/** A row's prediction: the label and one probability per label, in bundle order; with reasons when asked. */
export type RowPrediction = {
	label: string;
	probabilities: Record<string, number>;
	explanation?: RowExplanation;
};

/** Why one row got its score (explain/explain.ts): every column's contribution, and the top reasons in words. */
export type RowExplanation = {
	method: ExplainMethod;
	explained: string;
	scale: RowExplanations['scale'];
	base: number;
	margin: number;
	/**
	 * Largest push first (by size); the row's cell in English (`cell`) and as data (`words`, which the page
	 * words in the reader's language).
	 */
	contributions: { column: string; contribution: number; cell: string; words: CellWords }[];
	reasons: Reason[];
};

/** A bundle ready to score rows. Call `dispose()` to free the model's memory. */
export type LoadedBundle = {
	bundle: ModelBundle;
	/** The columns rows must have, with the kind the model reads them as. */
	inputColumns: InputColumn[];
	predict(rows: InputRow[], options?: { reasons?: boolean }): Promise<RowPrediction[]>;
	predictTable(table: Table): Promise<TablePredictions>;
	/**
	 * Each row's column contributions toward the label it was given (`predicted`, from `predictTable`).
	 * @throws FaroError reasons-unavailable for a model file from a Faro that did not store what they need
	 */
	explain(table: Table, predicted: string[], options?: ShapleyOptions): Promise<RowExplanations>;
	/** The model (for callers that score Tables themselves, with `predictTable` of ./predict.ts). */
	model: FittedModel;
	dispose(): void;
};

export type LoadOptions = {
	/** Called before a TF.js model is built (e.g. to choose its backend); trees (alone or blended) never call it. */
	prepareTfjs?: () => Promise<unknown>;
};

/**
 * Parses, validates and loads a model bundle. Works in Node and in the browser.
 * @throws FaroError bundle-invalid (not JSON, with the position; or the field that is wrong)
 * @example
 * const loaded = await loadBundle(await file.text());
 * const [first] = await loaded.predict([{ Age: 35, Sex: 'male', 'Credit amount': 2500 }]);
 * console.log(first.label, first.probabilities); // "good" { bad: 0.21, good: 0.79 }
 * loaded.dispose();
 */
export async function loadBundle(
	jsonText: string,
	options: LoadOptions = {}
): Promise<LoadedBundle> {
	return loadBundleValue(parseJson(jsonText), options);
}

/**
 * `loadBundle` for a bundle already in memory as a value (a stored run's `writeBundle` output): the same
 * validation and self-check, without a round trip through JSON text.
 * @throws FaroError bundle-invalid naming the field that is wrong
 */
export async function loadBundleValue(
	value: unknown,
	options: LoadOptions = {}
): Promise<LoadedBundle> {
	const bundle = validateBundle(value);
	if (usesTfjs(bundle.model)) await options.prepareTfjs?.();
	let model: FittedModel;
	try {
		model = await loadFitted(bundle.model);
	} catch (err) {
		throw cannotLoad('model', err);
	}
	const inputs = bundleInputs(bundle);
	const predictTable = async (table: Table): Promise<TablePredictions> => {
		checkTableHasInputs(table, inputs, text('err_where_table_to_score'));
		checkInputKinds(table, inputs, text('err_where_table_to_score'));
		return predictTableRows(model, bundle, table);
	};
	const loaded: LoadedBundle = {
		bundle,
		inputColumns: inputs,
		model,
		predictTable,
		explain: (table, predicted, options) =>
			explainRows(
				model,
				bundle,
				table,
				predicted,
				inputs.map((c) => c.name),
				options
			),
		predict: async (rows, options = {}) => {
			const table = rowsTable(rows, inputs);
			const { labels, proba } = await predictTable(table);
			const k = bundle.labels.length;
			const explained = options.reasons ? await loaded.explain(table, labels) : null;
			return labels.map((label, i) => ({
				label,
				probabilities: Object.fromEntries(bundle.labels.map((name, c) => [name, proba[i * k + c]])),
				...(explained && { explanation: rowExplanation(explained, table, i, label, bundle) })
			}));
		},
		dispose: () => disposeFitted(model)
	};
	try {
		await predictTableRows(model, bundle, rowsTable([{}], inputs, false));
	} catch (err) {
		disposeFitted(model);
		throw cannotLoad('recipe', err);
	}
	return loaded;
}

function rowExplanation(
	all: RowExplanations,
	table: Table,
	row: number,
	label: string,
	bundle: ModelBundle
): RowExplanation {
	const d = all.columns.length;
	const contributions = all.columns
		.map((column, c) => {
			const profile = bundle.reference?.columns.find((p) => p.name === column);
			const words = cellWords(table, column, row, profile);
			return {
				column,
				contribution: all.contributions[row * d + c],
				cell: renderCell(words, BASE_LOCALE),
				words
			};
		})
		.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
	return {
		method: all.method,
		explained: all.explained[row],
		scale: all.scale,
		base: all.base[row],
		margin: all.margin[row],
		contributions,
		reasons: reasonsFor(all, table, row, label, bundle.reference)
	};
}

/** True when the model (or a member of the blend) is a TF.js model. */
const usesTfjs = (model: ModelArtifacts): boolean =>
	isEnsembleArtifacts(model)
		? model.members.some((m) => isTfArtifacts(m.model))
		: isTfArtifacts(model);

/**
 * The columns a table must have: the bundle recipe's inputs, then (a blend) any other column a member's
 * recipe reads, in member order. Validation checked every one against the input schema, so kinds agree.
 */
function bundleInputs(bundle: ModelBundle): InputColumn[] {
	const recipes: FittedRecipe[] = [bundle.recipe];
	if (isEnsembleArtifacts(bundle.model)) recipes.push(...bundle.model.members.map((m) => m.recipe));
	const byName = new Map<string, InputColumn>();
	for (const column of recipes.flatMap(inputColumns))
		if (!byName.has(column.name)) byName.set(column.name, column);
	return [...byName.values()];
}

/** @throws FaroError bundle-invalid with the position of the first JSON error */
function parseJson(source: string): unknown {
	if (source.trim() === '') {
		throw new FaroError('bundle-invalid', text('err_bundle_empty'), {
			where: text('err_where_whole_file'),
			hint: text('err_bundle_choose_json_hint')
		});
	}
	try {
		return JSON.parse(source);
	} catch {
		const position = jsonErrorPosition(source);
		const before = source.slice(0, position);
		const line = before.split('\n').length;
		const column = position - before.lastIndexOf('\n');
		throw new FaroError('bundle-invalid', text('err_bundle_not_json', { line, column }), {
			where: text('err_where_json_position', { line, column, position }),
			hint: text('err_bundle_not_json_hint')
		});
	}
}

function cannotLoad(part: 'model' | 'recipe', err: unknown): FaroError {
	if (err instanceof FaroError && err.code === 'bundle-invalid') return err;
	const message = err instanceof Error ? err.message : String(err);
	return new FaroError(
		'bundle-invalid',
		part === 'model'
			? text('err_bundle_unusable_model', { error: message })
			: text('err_bundle_unusable_recipe', { error: message }),
		{
			where: part,
			hint: text('err_bundle_download_again_hint')
		}
	);
}

/**
 * Rows given as objects → a Table of the input columns, typed as a CSV file would be.
 * @throws FaroError predict-columns-missing listing the columns some row lacks
 */
function rowsTable(rows: InputRow[], inputs: InputColumn[], strict = true): Table {
	if (strict) {
		const missing = inputs
			.filter((c) => rows.some((row) => !Object.hasOwn(row, c.name)))
			.map((c) => c.name);
		if (missing.length > 0) throw missingColumnsError(missing, text('err_where_rows_to_score'));
	}
	const cells = rows.map((row) => inputs.map((c) => cellText(row[c.name])));
	return rowsToTable(
		cells,
		inputs.map((c, index) => ({ index, name: c.name }))
	);
}

function cellText(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	return value;
}
