import { beforeAll, describe, expect, it } from 'vitest';
import { featureColumns } from '$lib/features';
import { featureSplitCounts } from '$lib/models/gbdt';
import type { GbdtArtifacts } from '$lib/models/gbdt/types';
import { treeColumnImportance } from '$lib/explain/tree-importance';
import { trainGermanCredit, type Trained } from '../bundle/train-fixture';

let trained: Trained;
beforeAll(async () => {
	trained = await trainGermanCredit({ family: 'gbdt' });
}, 60_000);

describe('tree gain and split counts per column', () => {
	it('roll the split counts and gains of every feature up to its column', () => {
		const model = trained.result.model as GbdtArtifacts;
		const { recipe, treeImportance } = trained.result;
		expect(treeImportance).toBeDefined();
		const sources = featureColumns(recipe);
		const counts = featureSplitCounts(model);
		const expected = new Map<string, { splits: number; gain: number }>();
		for (const c of recipe.inputs) expected.set(c.name, { splits: 0, gain: 0 });
		counts.forEach((n, f) => {
			const [column] = sources[f];
			(expected.get(column) as { splits: number }).splits += n;
		});
		for (const tree of model.trees) {
			tree.left.forEach((l, i) => {
				if (l === -1) {
					expect(tree.gain?.[i]).toBe(0);
					return;
				}
				expect(tree.gain?.[i]).toBeGreaterThan(0);
				(expected.get(sources[tree.feature[i]][0]) as { gain: number }).gain += tree.gain?.[i] ?? 0;
			});
		}
		let share = 0;
		for (const c of treeImportance ?? []) {
			const e = expected.get(c.column) as { splits: number; gain: number };
			expect(c.splits).toBe(e.splits);
			expect(c.gain).toBeCloseTo(e.gain, 9);
			share += c.gainShare;
		}
		expect(share).toBeCloseTo(1, 12);
		const gains = (treeImportance ?? []).map((c) => c.gain);
		expect([...gains].sort((a, b) => b - a)).toEqual(gains);
	});

	it('says nothing for trees written before gains were stored', () => {
		const model = structuredClone(trained.result.model as GbdtArtifacts);
		for (const tree of model.trees) delete tree.gain;
		expect(treeColumnImportance(model, trained.result.recipe)).toBeNull();
	});
});
