import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	columnAsNumbers,
	findColumn,
	parseCsv,
	rowsToTable,
	takeRows,
	type Table
} from '$lib/data';
import type { ColumnKind } from '$lib/data/table';
import { scoreProfile, trainingReference, type TrainingReference } from '$lib/explain/reference';
import {
	createDriftCounter,
	NO_REFERENCE_MESSAGE,
	psi,
	psiBand,
	PSI_FLOOR,
	summarizeDrift,
	type Drift,
	type DriftReport
} from '$lib/explain/drift';
import reference from '../../fixtures/reference/psi.json';
import { expectClose } from '../helpers/expect-close';
import { GERMAN_CREDIT } from '../bundle/train-fixture';

const LABELS = ['bad', 'good'];

/** A one-column table of `cells` named x. */
const tableOf = (cells: string[], name = 'x'): Table =>
	rowsToTable(
		cells.map((c) => [c]),
		[{ index: 0, name }]
	);

const reportOf = (drift: Drift): DriftReport => {
	if (!drift.available) throw new Error(drift.message);
	return drift.report;
};

/** The drift of column x between `train` and `next` (no score). */
function columnDrift(train: Table, next: Table, kind: ColumnKind, chunkRows = Infinity): Drift {
	const inputs = [{ name: train.columns[0].name, kind }];
	const counter = createDriftCounter(trainingReference(train, inputs), inputs, LABELS);
	for (let start = 0; start < next.rowCount; start += chunkRows) {
		const end = Math.min(next.rowCount, start + chunkRows);
		const chunk = takeRows(
			next,
			Int32Array.from({ length: end - start }, (_, i) => start + i)
		);
		counter.add(chunk, new Float32Array(chunk.rowCount * 2));
	}
	return counter.result();
}

async function germanColumn(name: string): Promise<Table> {
	const { table } = await parseCsv(await openAsBlob(GERMAN_CREDIT), {
		fileName: 'german_credit.csv'
	});
	const column = findColumn(table, name);
	if (!column) throw new Error(`no ${name}`);
	return { rowCount: table.rowCount, columns: [column] };
}

describe('psi', () => {
	it('is Σ (a − e)·ln(a / e), with an empty bin counted as 0.0001 on either side', () => {
		const e = [0.5, 0.5, 0];
		const a = [0.25, 0.75, 0];
		expect(psi(e, a)).toBeCloseTo(-0.25 * Math.log(0.5) + 0.25 * Math.log(1.5), 14);
		expect(psi([1, 0], [0, 1])).toBeCloseTo(2 * (1 - PSI_FLOOR) * Math.log(1 / PSI_FLOOR), 12);
	});

	it('bands < 0.1 stable, 0.1 – 0.25 watch, > 0.25 shifted', () => {
		expect([0, 0.0999, 0.1, 0.25, 0.2501].map(psiBand)).toEqual([
			'stable',
			'stable',
			'watch',
			'watch',
			'shifted'
		]);
	});
});

describe('createDriftCounter on columns', () => {
	const inline = reference.columns.filter(
		(c) => 'train' in c
	) as ((typeof reference.columns)[number] & {
		train: string[];
		new: string[];
	})[];

	it.each(inline.map((c) => [c.name, c] as const))('matches numpy/pandas on %s', (_, c) => {
		const report = reportOf(columnDrift(tableOf(c.train), tableOf(c.new), c.kind as ColumnKind));
		const [column] = report.columns;
		expect(report.rows).toBe(c.new.length);
		expectClose(column.psi, c.psi, { digits: 12 });
		expectClose(
			column.bins.map((b) => b.expected),
			c.expected,
			{ digits: 12 }
		);
		expectClose(
			column.bins.map((b) => b.actual),
			c.actual,
			{ digits: 12 }
		);
		if ('levels' in c)
			expect(column.bins.map((b) => b.label)).toEqual([
				...(c.levels as string[]),
				'other',
				'missing'
			]);
	});

	const german = reference.columns.filter(
		(c) => 'source' in c
	) as ((typeof reference.columns)[number] & {
		column: string;
		change: { add?: number; multiply?: number };
	})[];

	it.each(german.map((c) => [c.name, c] as const))('matches numpy on %s', async (_, c) => {
		const train = await germanColumn(c.column);
		const values = columnAsNumbers(train.columns[0]);
		const changed = Array.from(values, (v) =>
			String(v * (c.change.multiply ?? 1) + (c.change.add ?? 0))
		);
		const report = reportOf(columnDrift(train, tableOf(changed, c.column), 'numeric'));
		expectClose(report.columns[0].psi, c.psi, { digits: 12 });
		expectClose(
			report.columns[0].bins.map((b) => b.actual),
			c.actual,
			{ digits: 12 }
		);
	});

	it('labels numeric bins by their edges: "≤ 23", "23 – 26" … "> 52", "missing"', async () => {
		const age = await germanColumn('Age');
		const labels = reportOf(columnDrift(age, age, 'numeric')).columns[0].bins.map((b) => b.label);
		expect(labels).toEqual([
			'≤ 23',
			'23 – 26',
			'26 – 28',
			'28 – 30',
			'30 – 33',
			'33 – 36',
			'36 – 39',
			'39 – 45',
			'45 – 52',
			'> 52',
			'missing'
		]);
		const amount = await germanColumn('Credit amount');
		const bins = reportOf(columnDrift(amount, amount, 'numeric')).columns[0].bins;
		expect(bins[0].label).toBe('≤ 932');
		expect(bins[2].label).toBe('1,262 – 1,479');
	});

	it('gives PSI 0 for the training data itself', async () => {
		const age = await germanColumn('Age');
		const drift = columnDrift(age, age, 'numeric');
		const [column] = reportOf(drift).columns;
		expect(column.psi).toBe(0);
		expect(column.band).toBe('stable');
		expect(summarizeDrift(drift)).toBe('Every column stable (largest: Age 0.00)');
	});

	it('counts in chunks exactly as in one pass', () => {
		const c = inline[0];
		const once = reportOf(columnDrift(tableOf(c.train), tableOf(c.new), 'numeric'));
		const chunked = reportOf(columnDrift(tableOf(c.train), tableOf(c.new), 'numeric', 7));
		expect(chunked).toEqual(once);
		const cat = inline.find((x) => x.kind === 'categorical');
		if (!cat) throw new Error('no categorical case');
		expect(reportOf(columnDrift(tableOf(cat.train), tableOf(cat.new), 'categorical', 13))).toEqual(
			reportOf(columnDrift(tableOf(cat.train), tableOf(cat.new), 'categorical'))
		);
	});

	it('puts every new row in the missing bin when all are missing', () => {
		const c = inline[0];
		const [column] = reportOf(
			columnDrift(tableOf(c.train), tableOf(['', '', 'NA']), 'numeric')
		).columns;
		expect(column.bins.at(-1)).toMatchObject({ label: 'missing', actual: 1 });
		expect(column.band).toBe('shifted');
	});

	it('compares only the missing share of a text column', () => {
		const train = tableOf(['a long note', 'another', '', 'more words']);
		const [column] = reportOf(columnDrift(train, tableOf(['x', '', '', 'y']), 'text')).columns;
		expect(column.bins).toEqual([
			{ kind: 'present', label: 'present', expected: 0.75, actual: 0.5 },
			{ kind: 'missing', label: 'missing', expected: 0.25, actual: 0.5 }
		]);
		expectClose(column.psi, psi([0.75, 0.25], [0.5, 0.5]), { digits: 14 });
		expect(column.note).toMatch(/missing/);
	});

	it('sorts columns by PSI, largest first, and names them in one line', async () => {
		const { table } = await parseCsv(await openAsBlob(GERMAN_CREDIT), {
			fileName: 'german_credit.csv'
		});
		const inputs = [
			{ name: 'Sex', kind: 'categorical' as const },
			{ name: 'Age', kind: 'numeric' as const },
			{ name: 'Credit amount', kind: 'numeric' as const }
		];
		const counter = createDriftCounter(trainingReference(table, inputs), inputs, LABELS);
		const age = await germanColumn('Age');
		const older = tableOf(
			Array.from(columnAsNumbers(age.columns[0]), (v) => String(v + 30)),
			'Age'
		);
		const columns = [...table.columns.filter((c) => c.name !== 'Age'), ...older.columns];
		counter.add({ rowCount: table.rowCount, columns }, new Float32Array(table.rowCount * 2));
		const drift = counter.result();
		const report = reportOf(drift);
		expect(report.columns.map((c) => c.column)).toEqual(['Age', 'Sex', 'Credit amount']);
		expect(report.columns.map((c) => c.band)).toEqual(['shifted', 'stable', 'stable']);
		expect(summarizeDrift(drift)).toBe(
			'Most shifted: Age 7.60 (shifted), Sex 0.00 (stable), Credit amount 0.00 (stable)'
		);
	});
});

describe('createDriftCounter on the score', () => {
	it.each(reference.scores.map((c) => [c.name, c] as const))('matches numpy on %s', (_, c) => {
		const k = c.labels.length;
		const train = Float32Array.from(c.trainProba);
		const ref: TrainingReference = {
			version: 1,
			rows: train.length / k,
			columns: [],
			score: scoreProfile(train, c.labels, c.positiveLabel)
		};
		const counter = createDriftCounter(ref, [], c.labels);
		const next = Float32Array.from(c.newProba);
		const rows = next.length / k;
		// two chunks
		const half = Math.floor(rows / 2);
		counter.add({ rowCount: half, columns: [] }, next.subarray(0, half * k));
		counter.add({ rowCount: rows - half, columns: [] }, next.subarray(half * k));
		const report = reportOf(counter.result());
		if (!report.score) throw new Error('no score drift');
		expect(report.rows).toBe(rows);
		expect(report.score.kind).toBe(c.positiveLabel === null ? 'label' : 'probability');
		expectClose(report.score.psi, c.psi, { digits: 12 });
		expectClose(
			report.score.bins.map((b) => b.expected),
			c.expected,
			{ digits: 12 }
		);
		expectClose(
			report.score.bins.map((b) => b.actual),
			c.actual,
			{ digits: 12 }
		);
		expect(summarizeDrift({ available: true, report })).toMatch(
			/^Score PSI \d\.\d\d \((stable|watch|shifted)\)$/
		);
	});

	it('gives the score PSI 0 on the test rows themselves', () => {
		const [c] = reference.scores;
		const proba = Float32Array.from(c.trainProba);
		const ref: TrainingReference = {
			version: 1,
			rows: proba.length / 2,
			columns: [],
			score: scoreProfile(proba, c.labels, c.positiveLabel)
		};
		const counter = createDriftCounter(ref, [], c.labels);
		counter.add({ rowCount: proba.length / 2, columns: [] }, proba);
		expect(reportOf(counter.result()).score?.psi).toBe(0);
	});
});

describe('createDriftCounter without what it needs', () => {
	it('says so for a model file written before Faro stored its training profile', () => {
		const counter = createDriftCounter(undefined, [{ name: 'x', kind: 'numeric' }], LABELS);
		counter.add(tableOf(['1', '2']), new Float32Array(4));
		const drift = counter.result();
		expect(drift).toEqual({
			available: false,
			message: NO_REFERENCE_MESSAGE,
			text: { key: 'predict_drift_no_reference' }
		});
		expect(NO_REFERENCE_MESSAGE).toMatch(/written before Faro stored its training profile/);
		expect(summarizeDrift(drift)).toBe(NO_REFERENCE_MESSAGE);
	});

	it('says there is nothing to compare when no row was scored', () => {
		const train = tableOf(['1', '2', '3']);
		const drift = columnDrift(train, tableOf([]), 'numeric');
		expect(drift.available).toBe(false);
	});

	it('notes an input column the profile lacks', () => {
		const inputs = [{ name: 'x', kind: 'numeric' as const }];
		const ref = trainingReference(tableOf(['1', '2']), inputs);
		const counter = createDriftCounter(ref, [...inputs, { name: 'y', kind: 'numeric' }], LABELS);
		counter.add(tableOf(['1']), new Float32Array(2));
		const report = reportOf(counter.result());
		expect(report.columns.map((c) => c.column)).toEqual(['x']);
		expect(report.notes).toEqual(['"y" has no training profile, so its stability is not checked.']);
		expect(report.noteTexts).toEqual([
			{ key: 'predict_drift_no_profile', params: { column: 'y' } }
		]);
	});
});
