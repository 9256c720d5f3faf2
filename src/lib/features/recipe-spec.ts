/**
 * The RecipeSpec: what the user chose about turning raw columns into model inputs. Plain JSON (the UI edits
 * it, runs store it). Per-kind defaults apply to every column of that kind; `overrides[column]` changes
 * them for one column (a derived feature or a date difference is overridden by its own name).
 */
import type { ColumnKind, ColumnRole } from '$lib/data/table';
import { defaultTfidfOptions, type TfidfOptions } from '$lib/text/tfidf';

export type RecipeColumn = { name: string; kind: ColumnKind; role: ColumnRole };

export type NumericOptions = {
	/** How a missing value is filled; `constant` uses `constant`. */
	impute: 'median' | 'mean' | 'constant';
	constant: number;
	/** `auto`: a 0/1 "(missing)" column only when the column has missing values in the training rows. */
	missingIndicator: 'auto' | 'always' | 'never';
	/** `standard`: (x − mean) / population std (std 0 → 1); `minmax`: (x − min) / (max − min) (range 0 → 1). */
	scale: 'standard' | 'minmax' | 'none';
	/** log(1 + x) before imputing and scaling (values ≤ −1 become missing). */
	log1p: boolean;
};

export type CategoricalOptions = {
	/** `own-level`: a missing value becomes the level `missingLevel`; `most-frequent`: the commonest level. */
	impute: 'own-level' | 'most-frequent';
	missingLevel: string;
	/** `onehot`: one 0/1 column per kept level (+ "other"); `ordinal`: one column, the level's index. */
	encoding: 'onehot' | 'ordinal';
	/** One-hot keeps the `maxLevels` most frequent training levels; the rest share an "(other)" column. */
	maxLevels: number;
};

export type DatePart = 'year' | 'month' | 'weekday';
export type DateOptions = { parts: DatePart[] };

/** Per-column changes to the per-kind defaults. */
export type ColumnOverride = {
	numeric?: Partial<NumericOptions>;
	categorical?: Partial<CategoricalOptions>;
	date?: Partial<DateOptions>;
	text?: Partial<TfidfOptions>;
};

/** A feature computed from two raw numeric columns before imputation (ratio by 0 or missing → missing). */
export type DerivedSpec = {
	name: string;
	op: 'ratio' | 'difference' | 'product';
	left: string;
	right: string;
};

/** Days from date column `from` to date column `to` (to − from), as a numeric feature called `name`. */
export type DateDiffSpec = { name: string; from: string; to: string };

export type RecipeSpec = {
	columns: RecipeColumn[];
	numeric: NumericOptions;
	categorical: CategoricalOptions;
	date: DateOptions;
	text: TfidfOptions;
	overrides: Record<string, ColumnOverride>;
	derived: DerivedSpec[];
	dateDiffs: DateDiffSpec[];
};

/** Default numeric step: median fill, indicator when needed, standard scaling, no log. */
export const defaultNumericOptions = (): NumericOptions => ({
	impute: 'median',
	constant: 0,
	missingIndicator: 'auto',
	scale: 'standard',
	log1p: false
});

/** Default categorical step: missing as its own level "no info", one-hot of the 20 commonest levels. */
export const defaultCategoricalOptions = (): CategoricalOptions => ({
	impute: 'own-level',
	missingLevel: 'no info',
	encoding: 'onehot',
	maxLevels: 20
});

/**
 * The default Recipe for these columns: per-kind defaults, no overrides, no derived features.
 * @example
 * const spec = defaultRecipeSpec([{ name: 'Age', kind: 'numeric', role: 'feature' }]);
 */
export function defaultRecipeSpec(columns: RecipeColumn[]): RecipeSpec {
	return {
		columns: columns.map(({ name, kind, role }) => ({ name, kind, role })),
		numeric: defaultNumericOptions(),
		categorical: defaultCategoricalOptions(),
		date: { parts: ['year', 'month', 'weekday'] },
		text: defaultTfidfOptions(),
		overrides: {},
		derived: [],
		dateDiffs: []
	};
}

/** The numeric options for the feature `name` (kind defaults + its override). */
export const numericOptionsFor = (spec: RecipeSpec, name: string): NumericOptions => ({
	...spec.numeric,
	...spec.overrides[name]?.numeric
});

/** The categorical options for column `name`. */
export const categoricalOptionsFor = (spec: RecipeSpec, name: string): CategoricalOptions => ({
	...spec.categorical,
	...spec.overrides[name]?.categorical
});

/** The date options for column `name`. */
export const dateOptionsFor = (spec: RecipeSpec, name: string): DateOptions => ({
	...spec.date,
	...spec.overrides[name]?.date
});

/** The TF-IDF options for column `name`. */
export const textOptionsFor = (spec: RecipeSpec, name: string): TfidfOptions => ({
	...spec.text,
	...spec.overrides[name]?.text
});
