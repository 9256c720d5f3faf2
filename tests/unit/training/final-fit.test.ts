import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import { fitRecipe } from '$lib/features';
import type { ModelFamily } from '$lib/models';
import type { RunResult, TrainSettings } from '$lib/runs';
import { prepareRun, trainRun } from '$lib/training';
import { finalFitParts } from '$lib/training/final-fit';
import { loadGermanCredit } from '../helpers/german-credit';

let table: Table;
let settingsFor: (family: ModelFamily) => TrainSettings;

beforeAll(async () => {
	const credit = await loadGermanCredit();
	table = credit.table;
	settingsFor = credit.settingsFor;
});

/** Small, quick settings per family: lbfgs logistic, a tiny MLP, 20 boosting iterations. */
function quick(family: ModelFamily): TrainSettings {
	const settings = settingsFor(family);
	const epochs = family === 'gbdt' ? 20 : family === 'mlp' ? 6 : settings.model.maxEpochs;
	const model = { ...settings.model, maxEpochs: epochs, patience: 2 };
	return { ...settings, model: family === 'mlp' ? { ...model, hiddenUnits: [8] } : model };
}

/** A run's history without its timings (they differ from one fit to the next). */
const untimed = (r: RunResult) =>
	r.history.map(({ epoch, loss, valLoss }) => ({ epoch, loss, valLoss }));

/** The parts of a run that come from the fit on the training part, whatever the final fit. */
const chosenOnValidation = (r: RunResult) => ({
	threshold: r.threshold,
	validationMetrics: r.validationMetrics,
	thresholdSweep: r.thresholdSweep,
	history: untimed(r),
	bestEpoch: r.bestEpoch,
	stoppedEarly: r.stoppedEarly,
	splitSizes: r.splitSizes,
	testRows: r.testRows
});

describe.each(['logistic', 'mlp', 'gbdt'] as const)('finalFit train+validation (%s)', (family) => {
	it('refits on training + validation rows and keeps what the training-part fit chose', async () => {
		const settings = quick(family);
		if (family === 'logistic') expect(settings.model.solver).toBe('lbfgs');
		const trainOnly = await trainRun(table, settings);
		const refitted = await trainRun(table, { ...settings, finalFit: 'train+validation' });

		expect(chosenOnValidation(refitted)).toEqual(chosenOnValidation(trainOnly));
		const { train, validation } = trainOnly.splitSizes;
		expect(refitted.finalFit?.rows).toBe(train + validation);
		expect(refitted.balance?.before.reduce((a, b) => a + b, 0)).toBe(train + validation);
		if (family === 'logistic') {
			// L-BFGS solves to the optimum within its iteration cap
			expect(refitted.finalFit?.epochs).toBeGreaterThan(0);
			expect(refitted.finalFit?.epochs).toBeLessThanOrEqual(settings.model.maxEpochs);
		} else {
			expect(refitted.finalFit?.epochs).toBe(trainOnly.bestEpoch + 1);
		}

		// the Recipe is fitted on the training + validation rows, and the model differs
		const run = prepareRun(table, settings);
		const parts = finalFitParts(run.rows, run.target.y, run.split, family);
		expect(refitted.recipe).toEqual(fitRecipe(settings.recipe, parts.train.table));
		expect(refitted.recipe).not.toEqual(trainOnly.recipe);
		expect(refitted.model).not.toEqual(trainOnly.model);
		expect(refitted.metrics.rows).toBe(trainOnly.metrics.rows);
		expect(refitted.metrics.rocAuc).toBeGreaterThan(0.65);
	});
});

describe('finalFit absent or train', () => {
	it('gives the same result as before: no refit, nothing recorded', async () => {
		const settings = quick('gbdt');
		const absent = await trainRun(table, settings);
		const train = await trainRun(table, { ...settings, finalFit: 'train' });
		expect('finalFit' in absent).toBe(false);
		const withoutTimings = (r: RunResult) => JSON.stringify({ ...r, history: untimed(r) });
		expect(withoutTimings(train)).toBe(withoutTimings(absent));
	});
});

describe('finalFitParts', () => {
	it('puts the training rows then the validation rows; gbdt gets no validation rows, TF.js the same rows', async () => {
		const run = prepareRun(table, quick('gbdt'));
		const trees = finalFitParts(run.rows, run.target.y, run.split, 'gbdt');
		const n = run.split.train.length + run.split.validation.length;
		expect(trees.train.table.rowCount).toBe(n);
		expect(Array.from(trees.train.y.subarray(0, run.train.y.length))).toEqual(
			Array.from(run.train.y)
		);
		expect(Array.from(trees.train.y.subarray(run.train.y.length))).toEqual(
			Array.from(run.validation.y)
		);
		expect(trees.validation.table.rowCount).toBe(0);
		expect(trees.validation.y).toHaveLength(0);
		const linear = finalFitParts(run.rows, run.target.y, run.split, 'logistic');
		expect(linear.validation).toBe(linear.train);
	});
});
