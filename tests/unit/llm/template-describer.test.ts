import { beforeAll, describe, expect, it } from 'vitest';
import { profileTable, type DatasetProfile, type Table } from '$lib/data';
import { bandCuts, createTemplateDescriber, histogramQuantile, readDescribeRows } from '$lib/llm';
import { cat, num, table } from '../features/tables';
import { loadGermanCredit } from './german-credit';

const profileOf = (t: Table): DatasetProfile => profileTable(t, { fileName: 't.csv' });

describe('createTemplateDescriber', () => {
	// 1..100 twice (unique values would be read as an id column): pandas quartiles 25.75 / 50.5 / 75.25;
	// 20 bins of width 4.95 holding 10 values each, so p10 = edge 2 = 10.9 and p90 = edge 18 = 90.1.
	const hundred = table(num('Credit amount', Array.from({ length: 200 }, (_, i) => (i % 100) + 1)));
	const profile = profileOf(hundred);

	it('reads the 10th and 90th percentiles from the profile histogram', () => {
		const summary = profile.columns[0].numeric;
		if (!summary) throw new Error('no numeric summary');
		expect(histogramQuantile(summary.histogram, 0.1)).toBeCloseTo(10.9, 10);
		const cuts = bandCuts(summary);
		expect(cuts).toEqual({ p10: expect.closeTo(10.9, 10), q25: 25.75, median: 50.5, q75: 75.25, p90: expect.closeTo(90.1, 10) });
	});

	it('places numbers against the column quantiles, in English', async () => {
		const d = createTemplateDescriber(profile, 'en');
		const rows = [95, 80, 60, 50, 30, 5].map((v, i) => ({ id: String(i), values: { 'Credit amount': v } }));
		const out = (await d.describe(rows)).map((r) => r.description);
		expect(out).toEqual([
			'Credit amount is 95, in the top 10%.',
			'Credit amount is 80, in the top quarter.',
			'Credit amount is 60, above the median.',
			'Credit amount is 50, below the median.',
			'Credit amount is 30, above the median.'.replace('above', 'below'),
			'Credit amount is 5, in the bottom 10%.'
		]);
	});

	it('writes Spanish, flags rare categories and says when a value is missing', async () => {
		const levels = [...Array(97).fill('own'), 'free', null, 'rent'] as (string | null)[];
		const t = table(num('credit_amount', Array.from({ length: 100 }, (_, i) => (i === 0 ? null : i))), cat('Housing', levels));
		const p = profileOf(t);
		const rows = readDescribeRows(t, ['credit_amount', 'Housing'], 97, 100);
		const es = await createTemplateDescriber(p, 'es').describe(rows);
		expect(es.map((r) => r.description)).toEqual([
			'Credit amount es 97, en el 10% más alto. Housing: free (poco frecuente).',
			'Credit amount es 98, en el 10% más alto. Housing no consta.',
			'Credit amount es 99, en el 10% más alto. Housing: rent (poco frecuente).'
		]);
		const en = await createTemplateDescriber(p, 'en').describe(readDescribeRows(t, ['credit_amount', 'Housing'], 0, 1));
		expect(en[0]).toEqual({ id: '0', description: 'Credit amount is unknown. Housing: own.' });
	});

	it('handles an empty batch, leaves out an all-missing (constant) column, states a column unknown to the profile', async () => {
		const t = table(num('x', [null, null]));
		const d = createTemplateDescriber(profileOf(t), 'en');
		expect(await d.describe([])).toEqual([]);
		const out = await d.describe([{ id: 'a', values: { x: null, extra: 'yes' } }]);
		expect(out[0].description).toBe('Extra: yes.');
		expect(d.describedBy).toEqual({ describer: 'template', model: null, promptVersion: 'template-v1.en' });
	});

	describe('on German credit', () => {
		let german: Awaited<ReturnType<typeof loadGermanCredit>>;
		beforeAll(async () => {
			german = await loadGermanCredit();
		});

		it('is deterministic and calls about a tenth of the credit amounts "top 10%"', async () => {
			const columns = ['Age', 'Sex', 'Job', 'Housing', 'Saving accounts', 'Checking account', 'Credit amount', 'Duration', 'Purpose'];
			const rows = readDescribeRows(german.table, columns);
			const d = createTemplateDescriber(german.profile, 'en');
			const first = await d.describe(rows);
			const second = await d.describe(rows);
			expect(second).toEqual(first);
			expect(first[0].description).toBe(
				'Age is 67, in the top 10%. Sex: male. Job is 2, at the median. Housing: own. Saving accounts is unknown. Checking account: little. Credit amount is 1169, in the bottom quarter. Duration is 6, in the bottom 10%. Purpose: radio/TV.'
			);
			const top = first.filter((r) => r.description.includes('Credit amount is') && /Credit amount is \d+, in the top 10%/.test(r.description)).length;
			expect(top).toBeGreaterThanOrEqual(90);
			expect(top).toBeLessThanOrEqual(105);
			expect(first.every((r) => !r.description.includes('Risk'))).toBe(true);
		});

		it('stops when cancelled', async () => {
			const rows = readDescribeRows(german.table, ['Age']);
			const controller = new AbortController();
			controller.abort();
			await expect(createTemplateDescriber(german.profile, 'en').describe(rows, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
		});
	});
});
