/** The German credit fixture, parsed and profiled once per test file (real parser, real profile). */
import { openAsBlob } from 'node:fs';
import { parseCsv, profileTable, type DatasetProfile, type Table } from '$lib/data';
import { GERMAN_CREDIT_CSV } from '../features/tables';

export async function loadGermanCredit(): Promise<{ table: Table; profile: DatasetProfile }> {
	const { table, meta } = await parseCsv(await openAsBlob(GERMAN_CREDIT_CSV), { fileName: 'german_credit.csv' });
	return { table, profile: profileTable(table, meta) };
}
