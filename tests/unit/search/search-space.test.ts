/**
 * The search space with gradient-boosted trees: default families, tree samples, `applyParams` for every family,
 * validation of a narrowed space, and the leaderboard's words for a trial (old stored trials included).
 */
import { describe, expect, it } from 'vitest';
import { validateModelSpec } from '$lib/models/spec';
import { defaultTrainSettings } from '$lib/runs/default-settings';
import type { TrainSettings } from '$lib/runs/types';
import { createRng } from '$lib/shared/rng';
import {
	applyParams,
	defaultSearchSpace,
	fullEpochs,
	sampleParams,
	type SearchSpace,
	type TrialParams
} from '$lib/search/space';
import { searchSpaceProblems, validateSearchSpace } from '$lib/search/space-check';
import { describeTrialModel, describeTrialSettings } from '$lib/runs/describe-trial';

const tabular = defaultTrainSettings(
	{
		target: 'y',
		columns: [
			{ name: 'age', kind: 'numeric', role: 'feature' },
			{ name: 'job', kind: 'categorical', role: 'feature' },
			{ name: 'y', kind: 'categorical', role: 'target' }
		]
	},
	1000,
	'logistic'
);
const withText = defaultTrainSettings(
	{
		target: 'y',
		columns: [
			{ name: 'passage', kind: 'text', role: 'feature' },
			{ name: 'y', kind: 'categorical', role: 'target' }
		]
	},
	6000,
	'logistic'
);
const space = defaultSearchSpace(tabular);
const treesOnly: SearchSpace = { ...space, families: ['gbdt'] };

describe('defaultSearchSpace', () => {
	it('searches trees on tables, and leaves them out (with a vocabulary choice instead) when there is text', () => {
		expect(space.families).toEqual(['logistic', 'mlp', 'gbdt']);
		expect(space.textVocab).toEqual([]);
		const text = defaultSearchSpace(withText);
		expect(text.families).toEqual(['logistic', 'mlp']);
		expect(text.textVocab.length).toBeGreaterThan(0);
		// Trees' learning rates are not Adam's.
		expect(space.treeLearningRate).toEqual({ min: 0.02, max: 0.3 });
		expect(space.learningRate.max).toBeLessThan(space.treeLearningRate.max);
	});
});

describe('sampleParams with trees', () => {
	it('draws tree settings from their lists and the trees learning rate and L2 from their own ranges', () => {
		const rng = createRng(8);
		for (let i = 0; i < 100; i++) {
			const p = sampleParams(treesOnly, rng, 42);
			expect(p.family).toBe('gbdt');
			expect(space.treeLeaves).toContain(p.trees?.maxLeafNodes);
			expect(space.treeDepths).toContain(p.trees?.maxDepth);
			expect(space.treeMinLeafRows).toContain(p.trees?.minSamplesLeaf);
			expect(space.treeIterations).toContain(p.trees?.maxIterations);
			expect(p.maxEpochs).toBe(p.trees?.maxIterations);
			expect(p.learningRate).toBeGreaterThanOrEqual(0.02);
			expect(p.learningRate).toBeLessThanOrEqual(0.3);
			expect(p.l2).toBeGreaterThanOrEqual(1e-3);
			expect(p.l2).toBeLessThanOrEqual(10);
			expect([p.hiddenUnits, p.dropout, p.batchSize, p.scale]).toEqual([[], 0, 0, 'none']);
			expect(fullEpochs(p, 42)).toBe(p.trees?.maxIterations);
		}
		const families = new Set(Array.from({ length: 60 }, () => sampleParams(space, rng, 42).family));
		expect([...families].sort()).toEqual(['gbdt', 'logistic', 'mlp']);
	});
});

describe('applyParams', () => {
	const tree: TrialParams = {
		...sampleParams(treesOnly, createRng(1), 100),
		learningRate: 0.07,
		l2: 0.5,
		maxEpochs: 33,
		oneHotK: 10,
		balance: 'class-weights',
		trees: { maxLeafNodes: 15, maxDepth: 5, minSamplesLeaf: 40, maxIterations: 300 }
	};

	it('turns a tree trial into gbdt settings: trees, shrinkage, leaf L2, iterations, patience 10, no scaling', () => {
		const s = applyParams(tabular, tree);
		expect(s.model).toMatchObject({
			family: 'gbdt',
			learningRate: 0.07,
			l2: 0.5,
			maxEpochs: 33,
			patience: 10,
			hiddenUnits: [],
			dropout: 0,
			batchSize: tabular.model.batchSize,
			trees: { maxLeafNodes: 15, maxDepth: 5, minSamplesLeaf: 40, maxBins: 255 }
		});
		expect(s.recipe.numeric.scale).toBe('none');
		expect(s.recipe.categorical.maxLevels).toBe(10);
		expect(s.balance?.method).toBe('class-weights');
		expect(() => validateModelSpec(s.model)).not.toThrow();
		expect([s.target, s.split, s.seed, s.columns]).toEqual([
			tabular.target,
			tabular.split,
			tabular.seed,
			tabular.columns
		]);
	});

	it("keeps a tree base's bins and patience, and drops the trees for the other families", () => {
		const treeBase: TrainSettings = {
			...tabular,
			model: {
				...tabular.model,
				family: 'gbdt',
				patience: 25,
				trees: { maxLeafNodes: 31, maxDepth: null, minSamplesLeaf: 20, maxBins: 64 }
			}
		};
		const s = applyParams(treeBase, tree);
		expect([s.model.trees?.maxBins, s.model.patience]).toEqual([64, 25]);
		const mlp = sampleParams({ ...space, families: ['mlp'] }, createRng(2), 100);
		const nn = applyParams(treeBase, mlp);
		expect(nn.model.trees).toBeUndefined();
		expect('trees' in nn.model).toBe(false);
		expect(nn.model).toMatchObject({
			family: 'mlp',
			hiddenUnits: mlp.hiddenUnits,
			dropout: mlp.dropout,
			batchSize: mlp.batchSize
		});
		expect(() => validateModelSpec(nn.model)).not.toThrow();
	});
});

describe('searchSpaceProblems', () => {
	it('finds none in the default spaces', () => {
		expect(searchSpaceProblems(space)).toEqual([]);
		expect(searchSpaceProblems(defaultSearchSpace(withText))).toEqual([]);
	});

	it('names the field of each problem: no family, reversed or out-of-limit ranges, an emptied list', () => {
		const problems = searchSpaceProblems({
			...space,
			families: [],
			learningRate: { min: 0.01, max: 0.001 }
		});
		// No family searched: only the family problem (ranges of unsearched families do not matter).
		expect(problems.map((p) => p.field)).toEqual(['families']);
		expect(
			searchSpaceProblems({
				...space,
				learningRate: { min: 0.01, max: 0.001 },
				treeL2: { min: 0, max: 1 },
				dropout: { min: 0.1, max: Number.NaN },
				treeLeaves: []
			})
		).toEqual([
			{ field: 'learningRate', message: 'Learning rate: the lowest value is above the highest.' },
			{ field: 'dropout', message: 'Dropout: enter a lowest and a highest value.' },
			{ field: 'treeL2', message: 'Trees: L2: values must lie between 0.000001 and 10.' },
			{ field: 'treeLeaves', message: 'Keep at least one of the leaf counts.' }
		]);
		// Tree settings do not matter when trees are not searched.
		expect(searchSpaceProblems({ ...space, families: ['logistic'], treeLeaves: [] })).toEqual([]);
	});

	it('makes validateSearchSpace throw settings-invalid naming the field', () => {
		expect(() => validateSearchSpace({ ...space, l2: { min: 1, max: 0.1 } })).toThrow(
			expect.objectContaining({
				code: 'settings-invalid',
				detail: expect.objectContaining({ where: 'search space: l2' })
			})
		);
		expect(() => validateSearchSpace(space)).not.toThrow();
	});
});

describe('describeTrial', () => {
	it('reads tree trials and trials stored before trees existed', () => {
		const tree: TrialParams = {
			...sampleParams(treesOnly, createRng(1), 100),
			learningRate: 0.1,
			l2: 0.01,
			maxEpochs: 300,
			oneHotK: 10,
			balance: 'none',
			trees: { maxLeafNodes: 31, maxDepth: null, minSamplesLeaf: 20, maxIterations: 300 }
		};
		expect(describeTrialModel(tree)).toBe('Trees 31 leaves');
		expect(describeTrialSettings(tree)).toBe(
			'lr 0.1 · L2 0.01 · no depth limit · ≥ 20 rows/leaf · ≤ 300 iterations · K 10'
		);
		// A stored MLP trial of an earlier version: no `trees` key at all.
		const old = {
			family: 'mlp',
			hiddenUnits: [64, 32],
			learningRate: 0.001,
			l2: 0.0001,
			dropout: 0.2,
			batchSize: 32,
			maxEpochs: 100,
			oneHotK: 20,
			scale: 'standard',
			textVocab: null,
			balance: 'random-over'
		} as TrialParams;
		expect(describeTrialModel(old)).toBe('MLP 64-32');
		expect(describeTrialSettings(old)).toBe(
			'lr 0.001 · L2 0.0001 · dropout 0.2 · batch 32 · ≤ 100 epochs · K 20 · standard · random-over'
		);
		expect(describeTrialModel({ ...old, family: 'logistic', hiddenUnits: [] })).toBe('Logistic');
	});
});
