import { describe, expect, it } from 'vitest';
import { takeRows } from '$lib/data';
import { loadBundle, loadBundleValue } from '$lib/bundle';
import { FaroError } from '$lib/shared/errors';
import { trainGermanCredit } from './train-fixture';

describe('loadBundleValue', () => {
	it('loads a bundle value as loadBundle loads its JSON text: the same probabilities', async () => {
		const trained = await trainGermanCredit({ family: 'gbdt' });
		const fromText = await loadBundle(trained.json);
		const fromValue = await loadBundleValue(trained.bundle);
		const rows = takeRows(trained.table, Int32Array.from(trained.result.testRows));
		expect((await fromValue.predictTable(rows)).proba).toEqual(
			(await fromText.predictTable(rows)).proba
		);
		fromText.dispose();
		fromValue.dispose();
	});

	it('validates the value as strictly as a file', async () => {
		const { bundle } = await trainGermanCredit({ family: 'logistic' });
		const error = await loadBundleValue({ ...bundle, labels: ['bad'] }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(FaroError);
		expect((error as FaroError).code).toBe('bundle-invalid');
	});
});
