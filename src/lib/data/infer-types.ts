/**
 * Column kinds from column facts. Storage (decided while parsing) says how values are held; the kind says
 * how a model should treat them:
 * - no present value, or a single distinct one → `constant`;
 * - the leading unnamed index column, integers that are unique and consecutive (or unique under an id-like
 *   name such as `customer_id`), and strings unique per row in a column of at least 10 rows → `id`;
 * - numbers whose only values are 0 and 1 → `boolean` (they stay numbers in storage), other numbers →
 *   `numeric`, integer-coded low-cardinality numbers included (the user may switch them to categorical);
 * - two string levels from true/false, yes/no, y/n, t/f, sí/no → `boolean`;
 * - strings with many distinct values (> 50, or > 50 % of at least 20 present) that are long (mean ≥ 30
 *   characters) or several words (mean ≥ 3) → `text`; other strings → `categorical`.
 */
import type { Column, ColumnKind, ColumnRole } from './table';

/** What the kind decision looks at, computed by the profiler. */
export type ColumnFacts = {
	name: string;
	storage: Column['storage'];
	rowCount: number;
	presentCount: number;
	distinctCount: number;
	isIndexColumn: boolean;
	/** Numbers only. */
	isInteger?: boolean;
	isConsecutive?: boolean;
	isZeroOne?: boolean;
	/** Strings only. */
	levels?: string[];
	meanLength?: number;
	meanWords?: number;
};

const ID_NAME = /(^|[^a-z])(id|ids|key|uuid|index|idx)$|^(id|row|row_?number|index)$|_id$|Id$/i;
const BOOLEAN_PAIRS = [
	['true', 'false'],
	['yes', 'no'],
	['y', 'n'],
	['t', 'f'],
	['sí', 'no'],
	['si', 'no']
];

/** Whether a column is many-valued for a category: > 50 levels, or > 50 % distinct among ≥ 20 values. */
export const isHighCardinality = (distinct: number, present: number): boolean =>
	distinct > 50 || (present >= 20 && distinct > 0.5 * present);

/** The kind of a column. */
export function inferKind(f: ColumnFacts): ColumnKind {
	if (f.distinctCount <= 1) return 'constant';
	if (f.storage === 'date') return 'date';
	if (f.isIndexColumn) return 'id';
	const uniquePerRow = f.presentCount === f.rowCount && f.distinctCount === f.rowCount;
	if (f.storage === 'number') {
		if (f.isInteger && uniquePerRow && (f.isConsecutive || ID_NAME.test(f.name))) return 'id';
		return f.isZeroOne ? 'boolean' : 'numeric';
	}
	if (f.distinctCount === 2 && f.levels && isBooleanPair(f.levels)) return 'boolean';
	const isWordy = (f.meanLength ?? 0) >= 30 || (f.meanWords ?? 0) >= 3;
	if (isHighCardinality(f.distinctCount, f.presentCount) && isWordy) return 'text';
	if (uniquePerRow && f.rowCount >= 10) return 'id';
	return 'categorical';
}

/** The role a column of this kind starts with: ids are kept for output, constants ignored. */
export function suggestRole(kind: ColumnKind): ColumnRole {
	if (kind === 'id') return 'id';
	if (kind === 'constant') return 'ignore';
	return 'feature';
}

function isBooleanPair(levels: string[]): boolean {
	const pair = levels.map((l) => l.trim().toLowerCase()).sort();
	return BOOLEAN_PAIRS.some((p) => {
		const sorted = [...p].sort();
		return sorted[0] === pair[0] && sorted[1] === pair[1];
	});
}
