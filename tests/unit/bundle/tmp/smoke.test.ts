import { it, expect } from 'vitest';
import { trainGermanCredit } from '../train-fixture';
import { loadBundle } from '$lib/bundle';
it('smoke', async () => {
	const t0 = performance.now();
	const t = await trainGermanCredit();
	console.log('train ms', performance.now() - t0, t.json.length, t.bundle.inputSchema, t.bundle.labels, t.bundle.threshold, t.bundle.positiveLabel);
	const loaded = await loadBundle(t.json);
	const p = await loaded.predict([{ Age: 30, Sex: 'male', Job: 2, Housing: 'own', 'Saving accounts': null, 'Checking account': 'little', 'Credit amount': 1000, Duration: 12, Purpose: 'car' }]);
	console.log(p);
	expect(p.length).toBe(1);
});
