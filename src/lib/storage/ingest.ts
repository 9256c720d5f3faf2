/**
 * Ingesting a CSV: parse (streaming) → profile → fingerprint → store. Runs in the data worker; the page only
 * receives the DatasetRecord (profile and preview), never the table.
 */
import { parseCsv, profileTable, suggestTarget, type ParseOptions } from '$lib/data';
import { fingerprintBlob } from '$lib/shared/fingerprint';
import { throwIfAborted } from '$lib/shared/errors';
import type { LongWork } from '$lib/shared/progress';
import { defaultSettings, type DatasetRecord } from './dataset-record';
import { saveDataset } from './datasets-db';

export type IngestOptions = Pick<ParseOptions, 'raggedRows' | 'invalidQuotes' | 'maxBytes'> & {
	name: string;
};

/**
 * Parses, profiles and stores a CSV file; returns what the page shows.
 * @throws FaroError csv-* codes from the parser, `cancelled`, `storage-quota`
 */
export async function ingestDataset(
	file: Blob,
	options: IngestOptions,
	work: LongWork = {}
): Promise<DatasetRecord> {
	const { signal, onProgress } = work;
	const parsed = await parseCsv(file, {
		fileName: options.name,
		raggedRows: options.raggedRows,
		invalidQuotes: options.invalidQuotes,
		maxBytes: options.maxBytes,
		signal,
		onProgress
	});
	onProgress?.({ phase: 'Profiling columns', done: 0, total: 0 });
	const profile = profileTable(parsed.table, parsed.meta);
	throwIfAborted(signal);
	onProgress?.({ phase: 'Fingerprinting', done: 0, total: 0 });
	const fingerprint = await fingerprintBlob(file, signal);
	const record: DatasetRecord = {
		id: crypto.randomUUID(),
		name: options.name,
		createdAt: new Date().toISOString(),
		fingerprint,
		meta: parsed.meta,
		profile,
		preview: parsed.preview,
		settings: defaultSettings(profile, suggestTarget(profile))
	};
	throwIfAborted(signal);
	onProgress?.({ phase: 'Saving in the browser', done: 0, total: 0 });
	await saveDataset(record, parsed.table);
	return record;
}
