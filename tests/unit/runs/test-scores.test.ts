import { describe, expect, it } from 'vitest';
import { trainGermanCredit } from '../bundle/train-fixture';

describe('a binary run keeps its test scores', () => {
	it('reproduces the test confusion matrix at the run threshold, row for row', async () => {
		const { result } = await trainGermanCredit({ family: 'logistic' });
		const scores = result.testScores;
		expect(scores).toBeDefined();
		if (!scores || result.threshold === null || result.positiveLabel === null) return;
		expect(scores.p).toHaveLength(result.splitSizes.test);
		const pos = result.labels.indexOf(result.positiveLabel);
		const neg = 1 - pos;
		const confusion = [
			[0, 0],
			[0, 0]
		];
		scores.p.forEach((p, i) => {
			const truth = scores.positive[i] === 1 ? pos : neg;
			confusion[truth][p >= (result.threshold as number) ? pos : neg]++;
		});
		expect(confusion).toEqual(result.metrics.confusion);
	}, 60_000);
});
