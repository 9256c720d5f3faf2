/**
 * Descriptions become data: a NEW dataset with the same rows, every original column, and a `description`
 * text column (plus an `llm_label` category when the model labelled rows). Its record says which describer,
 * model and prompt produced it, so "no descriptions", "template" and "LLM" are three datasets trained and
 * compared as usual. It keeps the source's fingerprint: same rows, same seed → same split, so the compare
 * view lines the runs up on the same test rows. Runs in a worker (it reads the stored table): the template
 * job in the data worker, the LLM job in the LLM worker.
 */
import {
	cellAsString,
	isMissing,
	type Column,
	type Table,
	type TextColumn,
	type CategoryColumn
} from '$lib/data/table';
import { profileColumn } from '$lib/data/profile';
import type { DatasetProfile } from '$lib/data/profile-types';
import { getDataset, loadTable, saveDataset } from '$lib/storage/datasets-db';
import type { DatasetRecord } from '$lib/storage/dataset-record';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import type { LongWork } from '$lib/shared/progress';
import type { DescribedBy, DescribeRow, Language } from './describer';
import { createTemplateDescriber } from './template-describer';

/** Descriptions made elsewhere (by the LLM, ./describe-with-llm.ts), one per table row, in order. */
export type ProvidedDescriptions = {
	descriptions: string[];
	labels?: (string | null)[];
	describedBy: DescribedBy;
	/** Rows where the template sentence stood in for the model. */
	fallbackCount: number;
};

/** A template describe job. */
export type DescribeDatasetRequest = { datasetId: string; language: Language };

/** The columns a describer may see: features only (never the target, ids or ignored columns). */
export function describableColumns(record: DatasetRecord): string[] {
	return record.settings.columns
		.filter((c) => c.role === 'feature' && c.kind !== 'id')
		.map((c) => c.name);
}

/** Rows `start`..`end` (exclusive) of `columns` as describer input; ids are the row indices. */
export function readDescribeRows(
	table: Table,
	columns: readonly string[],
	start = 0,
	end = table.rowCount
): DescribeRow[] {
	const picked = columns
		.map((name) => table.columns.find((c) => c.name === name))
		.filter((c): c is Column => !!c);
	const rows: DescribeRow[] = [];
	for (let i = start; i < Math.min(end, table.rowCount); i++) {
		const values: DescribeRow['values'] = {};
		for (const column of picked) {
			values[column.name] = isMissing(column, i)
				? null
				: column.storage === 'number'
					? column.values[i]
					: cellAsString(column, i);
		}
		rows.push({ id: String(i), values });
	}
	return rows;
}

/** The profile with each column's kind as the user set it (the template follows the user's kinds). */
export function profileWithUserKinds(record: DatasetRecord): DatasetProfile {
	const kinds = new Map(record.settings.columns.map((c) => [c.name, c.kind]));
	return {
		...record.profile,
		columns: record.profile.columns.map((c) => ({ ...c, kind: kinds.get(c.name) ?? c.kind }))
	};
}

const freeName = (table: Table, base: string): string => {
	const taken = new Set(table.columns.map((c) => c.name));
	let name = base;
	for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
	return name;
};

function labelColumn(name: string, labels: (string | null)[]): CategoryColumn {
	const levels = [...new Set(labels.filter((l): l is string => l !== null))].sort();
	const index = new Map(levels.map((l, i) => [l, i]));
	return {
		name,
		storage: 'category',
		levels,
		codes: Int32Array.from(labels, (l) => (l === null ? -1 : (index.get(l) ?? -1)))
	};
}

/** The new record and table: the source plus the description (and label) columns. Pure. */
export function buildDescribedDataset(
	source: DatasetRecord,
	table: Table,
	provided: ProvidedDescriptions,
	id: string,
	createdAt: string
): { record: DatasetRecord; table: Table } {
	if (provided.descriptions.length !== table.rowCount) {
		throw new FaroError(
			'internal',
			text('err_llm_description_count', {
				descriptions: provided.descriptions.length,
				rows: table.rowCount
			})
		);
	}
	const descriptionColumn: TextColumn = {
		name: freeName(table, 'description'),
		storage: 'text',
		values: provided.descriptions
	};
	const added: Column[] = [descriptionColumn];
	const hasLabels = provided.labels?.some((l) => l !== null) ?? false;
	if (hasLabels && provided.labels)
		added.push(labelColumn(freeName(table, 'llm_label'), provided.labels));
	const described: Table = { rowCount: table.rowCount, columns: [...table.columns, ...added] };
	const addedProfiles = added.map((c) => ({
		...profileColumn(c, table.rowCount),
		kind: c.storage === 'text' ? ('text' as const) : ('categorical' as const),
		suggestedRole: 'feature' as const
	}));
	const columnCount = described.columns.length;
	const by = provided.describedBy;
	const what =
		by.describer === 'template' ? 'template descriptions' : `LLM descriptions (${by.model})`;
	const record: DatasetRecord = {
		...source,
		id,
		createdAt,
		name: `${source.name} + ${what}`,
		meta: { ...source.meta, columnCount },
		profile: {
			...source.profile,
			columnCount,
			columns: [...source.profile.columns, ...addedProfiles]
		},
		preview: source.preview.map((row, i) => [...row, ...added.map((c) => cellAsString(c, i))]),
		settings: {
			...source.settings,
			columns: [
				...source.settings.columns,
				...addedProfiles.map((p) => ({ name: p.name, kind: p.kind, role: 'feature' as const }))
			]
		},
		describedBy: { ...by, fallbackCount: provided.fallbackCount }
	};
	return { record, table: described };
}

/**
 * Reads a stored dataset, describes it with the template and stores the new dataset. The LLM job
 * (./describe-with-llm.ts) calls `storeDescribed` with its own descriptions.
 * @throws FaroError dataset-not-found, cancelled, storage-quota
 */
export async function describeDataset(
	request: DescribeDatasetRequest,
	work: LongWork = {}
): Promise<DatasetRecord> {
	const source = await getDataset(request.datasetId);
	const table = await loadTable(request.datasetId);
	const describer = createTemplateDescriber(profileWithUserKinds(source), request.language);
	const rows = readDescribeRows(table, describableColumns(source));
	const made = await describer.describe(rows, work);
	const provided = {
		descriptions: made.map((d) => d.description),
		describedBy: describer.describedBy,
		fallbackCount: 0
	};
	return storeDescribed(source, table, provided, work);
}

/**
 * Stores `source` plus the descriptions as a new dataset (a new id; the source is untouched).
 * @throws FaroError cancelled, storage-quota
 */
export async function storeDescribed(
	source: DatasetRecord,
	table: Table,
	provided: ProvidedDescriptions,
	work: LongWork = {}
): Promise<DatasetRecord> {
	throwIfAborted(work.signal);
	work.onProgress?.({ phase: 'Saving in the browser', done: 0, total: 0 });
	const { record, table: described } = buildDescribedDataset(
		source,
		table,
		provided,
		crypto.randomUUID(),
		new Date().toISOString()
	);
	await saveDataset(record, described);
	return record;
}
