/**
 * The signal screen against scikit-learn 1.2 / scipy 1.10 / pandas 1.5 (tests/fixtures/reference/scripts/
 * signal_reference.py): German credit with the binary target Risk and the 3-class target Housing, and a
 * hand-made table with ties across decile edges, missing cells in features and target, an empty WoE cell, a
 * column constant where present and a 0/1 numeric column. Numbers to 1e-9, bins exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileTable, rowsToTable, type ColumnKind, type Table } from '$lib/data';
import { screenSignal, type ColumnSignal, type SignalRequest } from '$lib/data/signal';
import { binLevels, binNumbers, decileEdges, quantileLinear } from '$lib/data/signal-bins';
import { cramersV, informationValue, rocAucOf } from '$lib/data/signal-measures';
import { expectClose } from '../helpers/expect-close';
import { fixturePath, parseFixture } from './read-fixture';

type ReferenceBin = {
	value?: number;
	lower?: number;
	upper?: number;
	level?: string;
	missing?: boolean;
	rows: number;
	positives: number;
	positiveRate: number;
	woe: number;
};
type ReferenceColumn = {
	column: string;
	kind: ColumnKind;
	rows: number;
	missing: number;
	bins?: number;
	auc?: number | null;
	direction?: 'higher' | 'lower' | null;
	cramersV?: number | null;
	iv?: number;
	woeBins?: ReferenceBin[];
};
type ReferenceCase = {
	name: string;
	target: string;
	labels: string[];
	positiveLabel: string | null;
	rows: number;
	droppedTargetMissing: number;
	columns: ReferenceColumn[];
	source?: string;
	header?: string[];
	cells?: string[][];
};
const reference = JSON.parse(readFileSync(fixturePath('reference/signal.json'), 'utf8')) as {
	cases: ReferenceCase[];
};

async function tableOf(c: ReferenceCase): Promise<{ table: Table; request: SignalRequest }> {
	const kinds = Object.fromEntries(c.columns.map((col) => [col.column, col.kind]));
	if (c.source) {
		const parsed = await parseFixture(c.source);
		const profile = profileTable(parsed.table, parsed.meta);
		// the reference's columns, and the row index (an id: skipped)
		const columns = profile.columns
			.filter((col) => col.name in kinds || col.name === 'row')
			.map((col) => ({
				name: col.name,
				kind: kinds[col.name] ?? col.kind,
				role: col.suggestedRole
			}));
		return { table: parsed.table, request: { target: c.target, columns } };
	}
	const header = c.header ?? [];
	const table = rowsToTable(
		c.cells ?? [],
		header.map((name, index) => ({ index, name }))
	);
	const columns = header
		.filter((name) => name in kinds)
		.map((name) => ({ name, kind: kinds[name], role: 'feature' as const }));
	return {
		table,
		request: { target: c.target, columns, positiveLabel: c.positiveLabel }
	};
}

/** The reference's bin description in signal-bins' shape. */
function describeBin(b: ReferenceBin) {
	if (b.missing) return { kind: 'missing' };
	if (b.level !== undefined) return { kind: 'level', level: b.level };
	if (b.value !== undefined) return { kind: 'value', value: b.value };
	return { kind: 'range', lower: b.lower, upper: b.upper };
}

describe.each(reference.cases.map((c) => [c.name, c] as const))('screenSignal, %s', (_name, c) => {
	it('matches scikit-learn AUC, scipy Cramér V and pandas WoE / IV for every column', async () => {
		const { table, request } = await tableOf(c);
		const screen = await screenSignal(table, request);
		expect(screen.labels).toEqual(c.labels);
		expect(screen.positiveLabel).toBe(c.positiveLabel);
		expect(screen.rows).toBe(c.rows);
		expect(screen.droppedTargetMissing).toBe(c.droppedTargetMissing);
		expect(screen.columns.map((s) => s.column).sort()).toEqual(
			c.columns.map((col) => col.column).sort()
		);
		for (const expected of c.columns) {
			const got = screen.columns.find((s) => s.column === expected.column) as ColumnSignal;
			const at = `${c.name}.${expected.column}`;
			expect(got.rows, at).toBe(expected.rows);
			expect(got.missing, at).toBe(expected.missing);
			if (expected.bins !== undefined) expect(got.binCount, at).toBe(expected.bins);
			if (expected.auc !== undefined) {
				expect(got.measure, at).toBe('auc');
				expectClose(got.value, expected.auc, { digits: 9, path: `${at}.auc` });
				expect(got.direction, at).toBe(expected.direction);
			} else {
				expect(got.measure, at).toBe('cramers-v');
				expectClose(got.value, expected.cramersV, { digits: 9, path: `${at}.V` });
			}
			if (expected.woeBins) {
				expectClose(got.iv, expected.iv, { digits: 9, path: `${at}.iv` });
				const bins = got.bins ?? [];
				expect(
					bins.map((b) => b.bin),
					at
				).toEqual(expected.woeBins.map(describeBin));
				expect(bins.map((b) => [b.rows, b.positives])).toEqual(
					expected.woeBins.map((b) => [b.rows, b.positives])
				);
				expectClose(
					bins.map((b) => [b.positiveRate, b.woe]),
					expected.woeBins.map((b) => [b.positiveRate, b.woe]),
					{ digits: 9, path: `${at}.bins` }
				);
			} else {
				expect(got.iv, at).toBeNull();
				expect(got.bins, at).toBeNull();
			}
		}
	});
});

describe('screenSignal on German credit', () => {
	it('puts Checking account first by IV, skips the row index, and raises no leak flag', async () => {
		const c = reference.cases[0];
		const { table, request } = await tableOf(c);
		const screen = await screenSignal(table, request);
		expect(screen.columns.slice(0, 3).map((s) => s.column)).toEqual([
			'Checking account',
			'Duration',
			'Saving accounts'
		]);
		expect(screen.columns[0].band).toBe('suspicious'); // IV 0.666 > 0.5
		expect(screen.skipped).toEqual([
			{ column: 'row', kind: 'id', reason: 'id column: a row key, not screened' }
		]);
		expect(screen.columns.filter((s) => s.flag === 'leak')).toEqual([]);
		// Job: IV 0.009 and AUC 0.519
		expect(screen.columns.find((s) => s.column === 'Job')?.flag).toBe('none');
	});

	it('reports progress per column and stops when cancelled', async () => {
		const { table, request } = await tableOf(reference.cases[0]);
		const reports: { done: number; total: number }[] = [];
		await screenSignal(table, request, { onProgress: (p) => reports.push(p) });
		expect(reports.at(-1)).toMatchObject({ done: 10, total: 10 }); // nine features and the row index
		const controller = new AbortController();
		controller.abort();
		await expect(screenSignal(table, request, { signal: controller.signal })).rejects.toMatchObject(
			{
				code: 'cancelled'
			}
		);
	});
});

describe('the measures by hand', () => {
	it('gives AUC 0.75 on the four-point textbook case, and 0.25 the other way', () => {
		const values = new Float64Array([0.1, 0.4, 0.35, 0.8]);
		expect(rocAucOf(values, Uint8Array.from([0, 0, 1, 1]))).toBeCloseTo(0.75, 12);
		expect(rocAucOf(values, Uint8Array.from([1, 1, 0, 0]))).toBeCloseTo(0.25, 12);
		expect(rocAucOf(new Float64Array([1, NaN, 1]), Uint8Array.from([0, 1, 1]))).toBeNull();
	});

	it('gives Cramér V 1 for a perfect 2×2 table, 0 for independence, null for one level', () => {
		const classes = Int32Array.from([0, 0, 1, 1]);
		expect(cramersV(Int32Array.from([0, 0, 1, 1]), 2, classes, 2)).toBeCloseTo(1, 12);
		expect(cramersV(Int32Array.from([0, 1, 0, 1]), 2, classes, 2)).toBeCloseTo(0, 12);
		expect(cramersV(Int32Array.from([0, 0, 0, 0]), 1, classes, 2)).toBeNull();
	});

	it('replaces only an empty cell by 0.5 in WoE: ln((0.5/2) / (2/2)) for a bin without positives', () => {
		// bin 0: 2 negatives, no positive; bin 1: 2 positives, no negative
		const { iv, bins } = informationValue(
			Int32Array.from([0, 0, 1, 1]),
			2,
			Uint8Array.from([0, 0, 1, 1])
		);
		expect(bins[0].woe).toBeCloseTo(Math.log(0.25 / 1), 12);
		expect(bins[1].woe).toBeCloseTo(Math.log(1 / 0.25), 12);
		expect(iv).toBeCloseTo(2 * 0.75 * Math.log(4), 12);
	});

	it('cuts deciles like pandas.qcut: numpy linear quantiles, repeated edges dropped, lowest edge in bin 1', () => {
		const sorted = Float64Array.from({ length: 11 }, (_, i) => i); // 0 … 10
		expect(quantileLinear(sorted, 0.25)).toBe(2.5);
		// numpy: (11 − 1) · (3 · 0.1) = 3.0000000000000004, and so on
		expect(decileEdges(sorted)).toEqual([
			0, 1, 2, 3.0000000000000004, 4, 5, 6.000000000000001, 7.000000000000001, 8, 9, 10
		]);
		// numpy.quantile(…, numpy.linspace(0, 1, 11)): seven edges at 1 collapse into one
		expect(decileEdges(Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5]))).toEqual([
			1, 1.700000000000001, 2.8000000000000007, 3.9000000000000004, 5
		]);
		const binned = binNumbers(Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, NaN]));
		expect(Array.from(binned.codes)).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(binned.bins.at(-1)).toEqual({ kind: 'missing' });
	});

	it('gives one bin per distinct value up to 10, and one per level with missing last', () => {
		expect(binNumbers(Float64Array.from([1, 0, 1, NaN])).bins).toEqual([
			{ kind: 'value', value: 0 },
			{ kind: 'value', value: 1 },
			{ kind: 'missing' }
		]);
		const levels = binLevels(['b', null, 'a', 'Z']);
		expect(levels.bins.map((b) => (b.kind === 'level' ? b.level : b.kind))).toEqual([
			'Z',
			'a',
			'b',
			'missing'
		]);
		expect(Array.from(levels.codes)).toEqual([2, 3, 1, 0]);
	});
});

describe('screenSignal edge cases', () => {
	const header = ['leak', 'noise', 'code', 'note', 'empty', 'same', 'y'];
	const rows = Array.from({ length: 40 }, (_, i) => {
		const y = i % 2 === 0 ? 'yes' : 'no';
		return [
			y === 'yes' ? String(100 + i) : String(i), // separates the classes perfectly
			String(i % 3 === 0 ? 1 : 2),
			`C${i}`,
			`free text ${i}`,
			'',
			'7',
			i === 39 ? '' : y
		];
	});
	const kinds: ColumnKind[] = [
		'numeric',
		'numeric',
		'categorical',
		'text',
		'numeric',
		'constant',
		'categorical'
	];
	const table = rowsToTable(
		rows,
		header.map((name, index) => ({ index, name }))
	);
	const columns = header.map((name, i) => ({ name, kind: kinds[i], role: 'feature' as const }));

	it('flags a leak, says "no signal", and skips text, constant and all-missing columns with the reason', async () => {
		const screen = await screenSignal(table, { target: 'y', columns });
		expect(screen.droppedTargetMissing).toBe(1);
		expect(screen.rows).toBe(39);
		const leak = screen.columns[0];
		expect(leak).toMatchObject({
			column: 'leak',
			measure: 'auc',
			value: 1,
			direction: 'lower', // the positive class is the minority "no" (19 rows), with the low values
			flag: 'leak'
		});
		expect(leak.flagReason).toBe('AUC 1.000 ≥ 0.95');
		// one level per row: V is 1, but an id-like column is not called a leak
		const code = screen.columns.find((s) => s.column === 'code');
		expect(code?.value).toBeCloseTo(1, 12);
		expect(code?.flag).not.toBe('leak');
		expect(code?.note).toMatch(/39 levels for 39 rows/);
		expect(screen.skipped.map((s) => [s.column, s.reason])).toEqual([
			['note', 'text: not screened'],
			['empty', 'all missing in the rows with a target'],
			['same', 'constant: the same value in every row']
		]);
	});

	it('uses Cramér V on bins for a multiclass target, with no IV', async () => {
		const three = rowsToTable(
			rows.map((r, i) => [...r.slice(0, 6), ['a', 'b', 'c'][i % 3]]),
			header.map((name, index) => ({ index, name }))
		);
		const screen = await screenSignal(three, { target: 'y', columns });
		expect(screen.positiveLabel).toBeNull();
		const noise = screen.columns.find((s) => s.column === 'noise');
		expect(noise).toMatchObject({ measure: 'cramers-v', iv: null, bins: null, value: 1 });
		expect(noise?.flag).toBe('leak'); // noise is i % 3 == 0, the class is i % 3
	});

	it('refuses a one-class target, and a positive class that is not a class', async () => {
		const one = rowsToTable(
			rows.map((r) => [...r.slice(0, 6), 'yes']),
			header.map((name, index) => ({ index, name }))
		);
		await expect(screenSignal(one, { target: 'y', columns })).rejects.toMatchObject({
			code: 'target-single-class'
		});
		await expect(
			screenSignal(table, { target: 'y', columns, positiveLabel: 'maybe' })
		).rejects.toMatchObject({ code: 'settings-invalid' });
		await expect(screenSignal(table, { target: 'nope', columns })).rejects.toMatchObject({
			code: 'settings-invalid'
		});
	});
});
