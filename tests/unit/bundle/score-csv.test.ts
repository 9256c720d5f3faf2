import { openAsBlob, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBackend } from '$lib/models';
import { loadBundle, scoreCsv, type LoadedBundle, type ScoreWork } from '$lib/bundle';
import { FaroError } from '$lib/shared/errors';
import { GERMAN_CREDIT } from './train-fixture';
import { trickyCsv } from './tricky-csv';
import { FORMULA_RULE } from './formula-rule';

// A real bundle (logistic regression on Age, Sex, Duration; tests/fixtures/bundles/README.md).
const VALID = fileURLToPath(new URL('../../fixtures/bundles/valid-small.json', import.meta.url));

let loaded: LoadedBundle;
beforeAll(async () => {
	await chooseBackend('cpu');
	loaded = await loadBundle(readFileSync(VALID, 'utf8'));
});
afterAll(() => loaded.dispose());

async function score(
	source: string | Blob,
	work: ScoreWork = {}
): Promise<{ text: string; rowCount: number; preview: string[][] }> {
	const chunks: string[] = [];
	const blob = typeof source === 'string' ? new Blob([source]) : source;
	const { rowCount, preview } = await scoreCsv(loaded, blob, {
		...work,
		onRows: (t) => void chunks.push(t)
	});
	return { text: chunks.join(''), rowCount, preview };
}

async function scoreError(source: string, work: ScoreWork = {}): Promise<FaroError> {
	const error = await score(source, work).then(
		() => null,
		(err: unknown) => err
	);
	expect(error).toBeInstanceOf(FaroError);
	return error as FaroError;
}

const parse = (text: string) => Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;

const INPUT = [
	'id,Age,Sex,Duration,Note,Amount',
	'a1,35,male,12,"Smith, John",1.50',
	'a2,,female,,,',
	"a3,61,male,48,=cmd|' /C calc'!A0,+1",
	'a4,22,female,6,-2,@x',
	'"a ""5""",40,"male",24,"two\nlines",007'
].join('\n');

describe('scoreCsv', () => {
	it('writes the input header unchanged, then prediction and prob_<label> in bundle order', async () => {
		const { text, rowCount } = await score(INPUT);
		expect(rowCount).toBe(5);
		expect(text.split('\n')[0]).toBe(
			'id,Age,Sex,Duration,Note,Amount,prediction,prob_bad,prob_good'
		);
	});

	it("keeps every input cell's original text: 1.50, 007, quoted commas, quotes, newlines and blanks", async () => {
		const rows = parse((await score(INPUT)).text);
		expect(rows[1].slice(0, 6)).toEqual(['a1', '35', 'male', '12', 'Smith, John', '1.50']);
		expect(rows[2].slice(0, 6)).toEqual(['a2', '', 'female', '', '', '']);
		expect(rows[5].slice(0, 6)).toEqual(['a "5"', '40', 'male', '24', 'two\nlines', '007']);
	});

	it("neutralises cells a spreadsheet would run as formulas with a leading ' (OWASP), not numbers such as -2", async () => {
		const { text } = await score(INPUT);
		const lines = text.split('\n');
		expect(lines[3]).toMatch(/^a3,61,male,48,"'=cmd\|' \/C calc'!A0",\+1,/);
		expect(lines[4]).toMatch(/^a4,22,female,6,-2,"'@x",/);
		const rows = parse(text);
		expect(rows[3].slice(4, 6)).toEqual(["'=cmd|' /C calc'!A0", '+1']);
	});

	it('neutralises tab and carriage-return starts, and labels that look like formulas', async () => {
		const { text } = await score('Age,Sex,Duration,x\n30,male,12,"\tTAB"\n30,male,12,"\rCR"\n');
		const rows = parse(text);
		expect(rows[1][3]).toBe("'\tTAB");
		expect(rows[2][3]).toBe("'\rCR");
	});

	it('gives probabilities that sum to 1 and match predict() on the same rows, with the threshold rule', async () => {
		const rows = parse((await score(INPUT)).text).slice(1);
		const expected = await loaded.predict([
			{ Age: 35, Sex: 'male', Duration: 12 },
			{ Age: null, Sex: 'female', Duration: null },
			{ Age: '61', Sex: 'male', Duration: '48' },
			{ Age: 22, Sex: 'female', Duration: 6 },
			{ Age: 40, Sex: 'male', Duration: 24 }
		]);
		const { threshold, positiveLabel } = loaded.bundle;
		expect(positiveLabel).toBe('bad');
		rows.forEach((row, i) => {
			const [prediction, bad, good] = [row[6], Number(row[7]), Number(row[8])];
			expect(bad + good).toBeCloseTo(1, 6);
			expect(Math.fround(bad)).toBe(Math.fround(expected[i].probabilities.bad));
			expect(Math.fround(good)).toBe(Math.fround(expected[i].probabilities.good));
			expect(prediction).toBe(bad >= (threshold as number) ? 'bad' : 'good');
			expect(prediction).toBe(expected[i].label);
		});
	});

	it('lists every missing input column at once', async () => {
		const error = await scoreError('id,Sex,Other\n1,male,x\n', { fileName: 'new.csv' });
		expect(error.code).toBe('predict-columns-missing');
		expect(error.message).toBe(
			'The data to score lacks 2 columns the model needs: "Age", "Duration".'
		);
		expect(error.detail.data).toEqual({ missing: ['Age', 'Duration'] });
		expect(error.detail.where).toBe('new.csv');
	});

	it('refuses a numeric input whose values are mostly not numbers, naming it', async () => {
		const error = await scoreError('Age,Sex,Duration\nold,male,12\nyoung,female,24\n33,male,6\n');
		expect(error.code).toBe('predict-columns-wrong-kind');
		expect(error.message).toContain('"Age" (e.g. "old")');
	});

	it('reads missing tokens (NA, ?) as missing, as training did', async () => {
		const rows = parse((await score('Age,Sex,Duration\nNA,?,\n,,\n')).text);
		expect(rows[1].slice(3)).toEqual(rows[2].slice(3));
	});

	it('reads a semicolon file with decimal commas as the same numbers', async () => {
		const comma = parse((await score('Age,Sex,Duration\n35.5,male,12\n')).text);
		const semicolon = parse((await score('Age;Sex;Duration\n35,5;male;12\n')).text);
		expect(semicolon[1].slice(3)).toEqual(comma[1].slice(3));
		expect(semicolon[1][0]).toBe('35,5');
	});

	it('gives identical output in small chunks and in one big chunk (German credit, 1000 rows)', async () => {
		const file = await openAsBlob(GERMAN_CREDIT);
		const whole = await score(file);
		const small = await score(file, { chunkRows: 128, sliceBytes: 1000 });
		expect(whole.rowCount).toBe(1000);
		expect(small.rowCount).toBe(1000);
		expect(small.text).toBe(whole.text);
		expect(whole.text.split('\n')[0]).toBe(
			',Age,Sex,Job,Housing,Saving accounts,Checking account,Credit amount,Duration,Purpose,Risk,prediction,prob_bad,prob_good'
		);
		expect(whole.preview).toHaveLength(21);
		expect(whole.preview[1].slice(0, 11)).toEqual([
			'0',
			'67',
			'male',
			'2',
			'own',
			'',
			'little',
			'1169',
			'6',
			'radio/TV',
			'good'
		]);
	});

	it('gives identical output across slices that cut quoted newlines and CRLF line ends', async () => {
		const [header, ...rows] = INPUT.replace(/\n(?!lines)/g, '\r\n').split('\r\n');
		// 400 copies of the rows (about 70 kB), past the 64 kB sniffing sample, so small slices cut them.
		const crlf = [header, ...Array.from({ length: 400 }, () => rows).flat()].join('\r\n') + '\r\n';
		const whole = await score(crlf);
		expect(whole.rowCount).toBe(2000);
		for (const sliceBytes of [61, 977]) {
			const small = await score(crlf, { chunkRows: 300, sliceBytes });
			expect(small.text).toBe(whole.text);
		}
		expect(parse(whole.text)[5][4]).toBe('two\nlines');
	});

	it.each([
		{ delimiter: ',', newline: '\n', trickyRate: 0.3 },
		{ delimiter: ',', newline: '\n', trickyRate: 0.01 },
		{ delimiter: ',', newline: '\r\n', trickyRate: 0.05 },
		{ delimiter: ';', newline: '\n', trickyRate: 0.3 },
		{ delimiter: '\t', newline: '\n', trickyRate: 0.3 }
	] as const)(
		'writes each input row as papaparse unparse({ escapeFormulae: FORMULA_RULE }) writes its cells, formulas neutralised ($delimiter, $newline, $trickyRate)',
		async ({ delimiter, newline, trickyRate }) => {
			const input = trickyCsv({ rows: 1200, seed: 11, delimiter, newline, trickyRate });
			const body = input.slice(0, -newline.length);
			const cells = Papa.parse<string[]>(body, { delimiter, newline, quoteChar: '"' }).data.filter(
				(row) => !(row.length === 1 && row[0] === '')
			);
			const { text } = await score(input, { sliceBytes: 4099, chunkRows: 500 });
			// The reference: every input row's cells, then the scored cells as the file gives them back.
			const scored = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;
			const unparse = (row: string[]) =>
				Papa.unparse([row], {
					newline: '\n',
					quotes: false,
					header: false,
					escapeFormulae: FORMULA_RULE
				});
			const expected = cells.map((row, i) => unparse([...row, ...scored[i].slice(row.length)]));
			expect(text).toBe(expected.join('\n') + '\n');
			expect(scored.slice(1).every((row) => ['bad', 'good'].includes(row[5]))).toBe(true);
		}
	);

	it('quotes an unquoted input cell holding a lone CR or a BOM, as papaparse does', async () => {
		const { text } = await score('Age,Sex,Duration,x\n30,male,12,a\rb\n31,male,12,c\ufeffd\n');
		const lines = text.split('\n');
		expect(lines[1]).toMatch(/^30,male,12,"a\rb",/);
		expect(lines[2]).toMatch(/^31,male,12,"c\ufeffd",/);
	});

	it('writes only the header for a file without rows', async () => {
		const { text, rowCount } = await score('Age,Sex,Duration\n');
		expect(rowCount).toBe(0);
		expect(text).toBe('Age,Sex,Duration,prediction,prob_bad,prob_good\n');
	});

	it('reports a row with too many fields with its line', async () => {
		const error = await scoreError('Age,Sex,Duration\n30,male,12\n31,male,12,extra\n', {
			fileName: 'x.csv'
		});
		expect(error.code).toBe('csv-ragged');
		expect(error.detail.where).toBe('x.csv, line 3');
	});

	it('scores a CR-only file row by row, as the studio reads it for training', async () => {
		const { text, rowCount } = await score('Age,Sex,Duration\r30,male,12\r41,female,-2\r');
		expect(rowCount).toBe(2);
		const lines = text.split('\n');
		expect(lines[1]).toMatch(/^30,male,12,(bad|good),/);
		expect(lines[2]).toMatch(/^41,female,-2,(bad|good),/);
	});

	it('stops at a row with text after a closing quote, naming its line and column', async () => {
		const error = await scoreError('Age,Sex,Duration\n30,"male"x,12\n31,male,12\n', {
			fileName: 'x.csv'
		});
		expect(error.code).toBe('csv-quotes');
		expect(error.detail.where).toBe('x.csv, line 2, column 2');
	});

	it('stops with "cancelled" when the signal fires', async () => {
		const controller = new AbortController();
		controller.abort();
		const error = await scoreError(INPUT, { signal: controller.signal });
		expect(error.code).toBe('cancelled');
	});
});
