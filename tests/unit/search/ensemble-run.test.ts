/**
 * trainEnsembleRun on German credit with a logistic member and a tree member (each with its own Recipe): the
 * blend's probabilities are the weighted average of what each member's own `trainRun` gives, the threshold
 * is chosen on the averaged validation probabilities, members come heaviest first, and every member's
 * TF.js memory is freed, also when the run is cancelled.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { Table } from '$lib/data';
import { chooseThreshold, evaluate } from '$lib/eval';
import { isEnsembleArtifacts, type ModelArtifacts } from '$lib/models/artifacts';
import { blendProbabilities, disposeFitted, loadFitted } from '$lib/models/fitted-model';
import { predictTable } from '$lib/bundle/predict';
import type { FittedRecipe } from '$lib/features';
import { type RunResult, type TfModelArtifacts, type TrainSettings } from '$lib/runs';
import { columnOf, positivesOf, prepareRun, trainRun } from '$lib/training';
import { trainEnsembleRun, type EnsembleMemberSettings } from '$lib/search';
import { FaroError } from '$lib/shared/errors';
import { loadGermanCredit } from '../helpers/german-credit';

let table: Table;
let logistic: TrainSettings;
let trees: TrainSettings;

beforeAll(async () => {
	const credit = await loadGermanCredit();
	table = credit.table;
	logistic = credit.settingsFor('logistic');
	logistic.model.maxEpochs = 30;
	trees = credit.settingsFor('gbdt');
	trees.model.maxEpochs = 40;
	// Its own Recipe: ordinal codes and raw numbers, so its features differ from the logistic member's.
	trees.recipe = {
		...trees.recipe,
		numeric: { ...trees.recipe.numeric, scale: 'none' },
		categorical: { ...trees.recipe.categorical, encoding: 'ordinal' }
	};
});

const member = (
	settings: TrainSettings,
	weight: number,
	trialId: number | null,
	description: string
): EnsembleMemberSettings => ({ settings, weight, trialId, description });

/** Probabilities of `model` (as a run stores it) on `rows`. */
async function probaOf(model: ModelArtifacts | null, recipe: FittedRecipe, rows: Table) {
	if (!model) throw new Error('the run has no model');
	const fitted = await loadFitted(model);
	try {
		return await predictTable(fitted, recipe, rows);
	} finally {
		disposeFitted(fitted);
	}
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
	expect(a.length).toBe(b.length);
	let max = 0;
	for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
	return max;
};

describe('trainEnsembleRun', () => {
	let soloLogistic: RunResult;
	let soloTrees: RunResult;
	let blend: RunResult;

	beforeAll(async () => {
		soloLogistic = await trainRun(table, logistic);
		soloTrees = await trainRun(table, trees);
		// Given lightest first, with weights that do not sum to 1: taken heaviest first, normalised.
		blend = await trainEnsembleRun(table, [
			member(logistic, 1, 3, 'Logistic'),
			member(trees, 3, 7, 'Trees 31 leaves')
		]);
	});

	it('stores the members heaviest first, weights normalised, each exactly as its own trainRun fits it', () => {
		const model = blend.model;
		if (!model || !isEnsembleArtifacts(model)) throw new Error('not a blend');
		expect(model.format).toBe('faro-ensemble');
		expect(model.members.map((m) => [m.weight, m.trialId, m.description])).toEqual([
			[0.75, 7, 'Trees 31 leaves'],
			[0.25, 3, 'Logistic']
		]);
		expect(model.members[0].recipe).toEqual(soloTrees.recipe);
		expect(model.members[1].recipe).toEqual(soloLogistic.recipe);
		expect(model.members[0].recipe.names.length).not.toBe(model.members[1].recipe.names.length);
		expect(model.members[0].model).toEqual(soloTrees.model);
		// TF.js numbers layer names per process ("dense_Dense3"): the weights and their shapes are what must match.
		const weights = (m: unknown) => {
			const { weightData, weightSpecs } = m as TfModelArtifacts;
			return { weightData, shapes: weightSpecs.map((s) => (s as { shape: number[] }).shape) };
		};
		expect(weights(model.members[1].model)).toEqual(weights(soloLogistic.model));
	});

	it('refits each member on training + validation when its settings say so, exactly as trainRun refits it', async () => {
		const refit = (s: TrainSettings): TrainSettings => ({ ...s, finalFit: 'train+validation' });
		const soloRefit = await trainRun(table, refit(trees));
		const refitted = await trainEnsembleRun(table, [
			member(refit(logistic), 1, 3, 'Logistic'),
			member(refit(trees), 3, 7, 'Trees 31 leaves')
		]);
		const model = refitted.model;
		if (!model || !isEnsembleArtifacts(model)) throw new Error('not a blend');
		expect(model.members[0].recipe).toEqual(soloRefit.recipe);
		expect(model.members[0].model).toEqual(soloRefit.model);
		expect(model.members[0].model).not.toEqual(soloTrees.model);
		expect(refitted.finalFit).toEqual(soloRefit.finalFit);
		// the threshold and the validation metrics still come from the fits on the training part
		expect(refitted.threshold).toBe(blend.threshold);
		expect(refitted.validationMetrics).toEqual(blend.validationMetrics);
		expect(refitted.history.map((e) => e.valLoss)).toEqual(blend.history.map((e) => e.valLoss));
	});

	it("gives the weighted average of the members' own test probabilities (to 1e-6)", async () => {
		const run = prepareRun(table, trees);
		expect(blend.testRows).toEqual(soloTrees.testRows);
		const expected = blendProbabilities([
			{ weight: 0.75, proba: await probaOf(soloTrees.model, soloTrees.recipe, run.test.table) },
			{
				weight: 0.25,
				proba: await probaOf(soloLogistic.model, soloLogistic.recipe, run.test.table)
			}
		]);
		const got = await probaOf(blend.model, blend.recipe, run.test.table);
		expect(maxAbsDiff(got, expected)).toBeLessThan(1e-6);
		// …and its metrics are those of the average, not of either member.
		const options = { labels: blend.labels, positiveIndex: 0, threshold: blend.threshold ?? 0.5 };
		const metrics = evaluate(run.test.y, expected, options);
		expect(blend.positiveLabel).toBe('bad');
		expect(blend.metrics.rocAuc).toBeCloseTo(metrics.rocAuc ?? NaN, 6);
		expect(blend.metrics.logLoss).toBeCloseTo(metrics.logLoss, 6);
		expect(blend.metrics.rocAuc).not.toBeCloseTo(soloTrees.metrics.rocAuc ?? NaN, 6);
		expect(blend.metrics.rocAuc).toBeGreaterThan(0.7);
	});

	it('chooses the threshold on the averaged validation probabilities', async () => {
		const run = prepareRun(table, trees);
		const validation = blendProbabilities([
			{ weight: 3, proba: await probaOf(soloTrees.model, soloTrees.recipe, run.validation.table) },
			{
				weight: 1,
				proba: await probaOf(soloLogistic.model, soloLogistic.recipe, run.validation.table)
			}
		]);
		const expected = chooseThreshold(
			columnOf(validation, 2, 0),
			positivesOf(run.validation.y, 0),
			'f1'
		);
		expect(blend.threshold).toBeCloseTo(expected, 12);
		expect(blend.thresholdMethod).toBe('f1');
		const metrics = evaluate(run.validation.y, validation, {
			labels: blend.labels,
			positiveIndex: 0,
			threshold: expected
		});
		expect(blend.validationMetrics.confusion).toEqual(metrics.confusion);
		expect(blend.validationMetrics.logLoss).toBeCloseTo(metrics.logLoss, 6);
	});

	it('takes recipe, curve, feature count and balance from the heaviest member', () => {
		expect(blend.recipe).toEqual(soloTrees.recipe);
		// The loss curve, without its timings.
		const curve = (r: RunResult) =>
			r.history.map(({ epoch, loss, valLoss }) => [epoch, loss, valLoss]);
		expect(curve(blend)).toEqual(curve(soloTrees));
		expect(blend.bestEpoch).toBe(soloTrees.bestEpoch);
		expect(blend.stoppedEarly).toBe(soloTrees.stoppedEarly);
		expect(blend.featureCount).toBe(soloTrees.featureCount);
		expect(blend.balance).toEqual(soloTrees.balance);
		expect(blend.splitSizes).toEqual(soloTrees.splitSizes);
		expect(blend.termWeights).toBeUndefined(); // the heaviest member is trees, and there is no text
	});

	it('prefixes progress with the member, and frees every TF.js model when cancelled mid-way', async () => {
		const before = tf.memory().numTensors;
		const phases: string[] = [];
		const controller = new AbortController();
		const run = trainEnsembleRun(
			table,
			[
				member(logistic, 0.6, null, 'Logistic'),
				member({ ...logistic, seed: 42 }, 0.4, null, 'Again')
			],
			{
				signal: controller.signal,
				onProgress: (p) => {
					phases.push(p.phase);
					if (p.phase.startsWith('Model 2 of 2: Solver iteration 2')) controller.abort();
				}
			}
		);
		await expect(run).rejects.toMatchObject({ code: 'cancelled' });
		expect(phases).toContain('Model 1 of 2: Solver iteration 1 of at most 30');
		expect(phases).toContain('Model 1 of 2: Evaluating on the test part');
		expect(phases.some((p) => p.startsWith('Model 2 of 2: Solver iteration'))).toBe(true);
		expect(tf.memory().numTensors).toBe(before);
	});

	it('frees every TF.js model after a finished run too', async () => {
		const before = tf.memory().numTensors;
		const result = await trainEnsembleRun(table, [
			member(logistic, 0.5, 1, 'A'),
			member({ ...logistic, model: { ...logistic.model, l2: 0.1 } }, 0.5, 2, 'B')
		]);
		expect(tf.memory().numTensors).toBe(before);
		// Equal weights keep the caller's order.
		const model = result.model;
		if (!model || !isEnsembleArtifacts(model)) throw new Error('not a blend');
		expect(model.members.map((m) => m.description)).toEqual(['A', 'B']);
		// the blend's own permutation importance: scored as its bundle scores, from the same test rows
		expect(result.importance?.baseline).toBeCloseTo(result.metrics.rocAuc ?? NaN, 12);
		expect(result.importance?.rows).toBe(result.splitSizes.test);
		expect(result.importance?.columns.length).toBeGreaterThan(3);
	});

	it('refuses members that disagree on target, split or seed, and weights that are not above 0', async () => {
		const refusal = async (members: EnsembleMemberSettings[]) => {
			const error = await trainEnsembleRun(table, members).then(
				() => null,
				(err: unknown) => err
			);
			expect(error).toBeInstanceOf(FaroError);
			return error as FaroError;
		};
		const a = member(logistic, 0.5, 1, 'Logistic');
		const seed = await refusal([a, member({ ...trees, seed: 7 }, 0.5, 2, 'Trees')]);
		expect(seed).toMatchObject({
			code: 'settings-invalid',
			detail: { where: 'members[1].settings' }
		});
		expect(seed.message).toContain('uses seed 7, not 42');
		const target = await refusal([a, member({ ...trees, target: 'Sex' }, 0.4, 2, 'Trees')]);
		expect(target.message).toContain('predicts "Sex", not "Risk"');
		const split = { train: 0.6, validation: 0.2, test: 0.2 };
		expect((await refusal([a, member({ ...trees, split }, 0.5, 2, 'Trees')])).message).toContain(
			'splits the rows 60/20/20, not 70/15/15'
		);
		const negative = await refusal([a, member(trees, -0.5, 2, 'Trees')]);
		expect(negative).toMatchObject({
			code: 'settings-invalid',
			detail: { where: 'members[1].weight' }
		});
		expect((await refusal([a, member(trees, NaN, 2, 'Trees')])).detail.where).toBe(
			'members[1].weight'
		);
		expect((await refusal([])).message).toContain('from 1 to 10 models (this one has 0)');
		expect((await refusal(Array.from({ length: 11 }, () => a))).message).toContain('has 11');
	});
});
