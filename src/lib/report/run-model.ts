/** The report's "Model and settings" section: model, blend members, class balancing, recipe, search, training curve. */
import type { RunRecord, RunResult } from '$lib/runs';
import { describeModelSpec } from '$lib/models/describe-spec';
import { html, type Html } from './html';
import { formatCount, formatNumber, formatPercent } from './format';
import { block, chart, facts, note, section } from './layout';
import { blendMembers, describeBalance, describeRecipe } from './describe-run';
import { lineChart } from './svg-charts';

/** What one training step is called: trees count iterations, L-BFGS solver iterations, Adam epochs. */
export function stepKind(run: RunRecord): 'epoch' | 'iteration' | 'solver' {
	const model = run.settings.model;
	if (model.family === 'gbdt') return 'iteration';
	return model.family === 'logistic' && model.solver === 'lbfgs' ? 'solver' : 'epoch';
}

/** "best epoch 12 (stopped early)", "solved in 40 iterations", "120 boosting iterations". */
export function describeTraining(run: RunRecord, result: RunResult): string {
	const kind = stepKind(run);
	const steps =
		kind === 'iteration'
			? `${result.bestEpoch + 1} boosting iterations`
			: kind === 'solver'
				? `solved in ${result.history.length} iterations`
				: `best epoch ${result.bestEpoch + 1} of ${result.history.length}`;
	return `${steps}${result.stoppedEarly ? ' (stopped early)' : ''}`;
}

function blendTable(run: RunRecord): Html {
	const members = blendMembers(run);
	if (!members) return html``;
	return html`<table aria-label="Blend members" data-testid="report-blend">
			<thead>
				<tr>
					<th scope="col" class="num">Weight</th>
					<th scope="col">Trial</th>
					<th scope="col">Model</th>
					<th scope="col">Settings</th>
				</tr>
			</thead>
			<tbody>
				${members.map(
					(m) =>
						html`<tr>
							<td class="num">${Math.round(m.weight * 100)}%</td>
							<td>#${m.trialId}</td>
							<td>${m.model}</td>
							<td>${m.knobs}</td>
						</tr>`
				)}
			</tbody>
		</table>
		${note('The blend averages its members’ probabilities with these weights; the recipe, class balancing and training curve shown are the heaviest member’s.')}`;
}

function balanceBlock(run: RunRecord, result: RunResult): Html {
	const b = result.balance;
	const method = describeBalance(run.settings.balance);
	if (!b || b.method === 'none')
		return block('Class balancing', html`<p>${method} (training part only).</p>`);
	const table = html`<table aria-label="Class balancing">
		<thead>
			<tr>
				<th scope="col">Class</th>
				<th scope="col" class="num">Before</th>
				<th scope="col" class="num">After</th>
			</tr>
		</thead>
		<tbody>
			${result.labels.map(
				(l, i) =>
					html`<tr>
						<th scope="row">${l}</th>
						<td class="num">${formatCount(b.before[i] ?? 0)}</td>
						<td class="num">${formatCount(b.after[i] ?? 0)}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
	const added =
		b.synthetic > 0
			? html`<p>${formatCount(b.synthetic)} rows added (synthetic or duplicated).</p>`
			: '';
	const weights =
		b.method === 'class-weights'
			? html`<p>Each training row’s loss is weighted by n / (classes × class size).</p>`
			: '';
	return block(
		'Class balancing',
		html`<p>${describeBalance(b)} (training part only).</p>
			${table}${added}${weights}${b.notes.map((n) => note(n))}`
	);
}

function searchFacts(run: RunRecord): Html {
	const search = run.settings.search;
	if (!search) return html``;
	const done = search.trials.filter((t) => t.status === 'done').length;
	return block(
		'Model search',
		facts([
			['Strategy', search.strategy],
			['Ranked by', `${search.metric}, ${search.k}-fold cross-validation on the training part`],
			['Trials', `${search.trials.length} (${done} finished)`],
			['Best trial', search.bestId === null ? '—' : `#${search.bestId}`],
			[
				'Ended with',
				search.ensemble ? `a blend of ${search.ensemble.members.length} trials` : 'the best trial'
			]
		])
	);
}

/** The training and validation loss per epoch (iteration), with the kept one marked. */
export function lossChart(run: RunRecord, result: RunResult): Html {
	const kind = stepKind(run);
	const Step = kind === 'epoch' ? 'Epoch' : kind === 'solver' ? 'Solver iteration' : 'Iteration';
	const series = [
		{ name: 'train', points: result.history.map((e) => ({ x: e.epoch + 1, y: e.loss })) },
		{ name: 'validation', points: result.history.map((e) => ({ x: e.epoch + 1, y: e.valLoss })) }
	];
	const svg = lineChart({
		label: `Training and validation loss per ${kind === 'epoch' ? 'epoch' : 'iteration'}`,
		xLabel: Step,
		yLabel: 'Loss (cross-entropy)',
		series,
		rulesX: [result.bestEpoch + 1],
		width: 460,
		height: 240
	});
	const kept =
		kind === 'solver'
			? 'the solver’s last iteration'
			: kind === 'epoch'
				? 'the best epoch, whose weights were kept'
				: 'the best iteration: the trees up to it were kept';
	return chart(
		svg,
		`Loss per ${kind === 'epoch' ? 'epoch' : 'iteration'}; solid: train, dashed: validation; dashed rule: ${kept} (${result.bestEpoch + 1}).`
	);
}

/** The kinds of the run's feature columns (booleans are read as numbers by the recipe's numeric step). */
export const featureKinds = (run: RunRecord): Set<string> =>
	new Set(
		run.settings.columns
			.filter((c) => c.role === 'feature')
			.map((c) => (c.kind === 'boolean' ? 'numeric' : c.kind))
	);

/** Section: the model, every setting that produced it, the recipe and the training curve. */
export function modelSection(run: RunRecord, result: RunResult, number: string): Html {
	const s = run.settings;
	const members = blendMembers(run);
	const threshold =
		s.threshold.method === 'fixed'
			? `fixed at ${formatNumber(s.threshold.value)}`
			: s.threshold.method === 'cost'
				? `lowest cost of errors on the validation part (false positive ${formatNumber(s.threshold.costs?.falsePositive)}, false negative ${formatNumber(s.threshold.costs?.falseNegative)})`
				: `maximise ${s.threshold.method === 'f1' ? 'F1' : "Youden's J"} on the validation part`;
	const model = block(
		'Model',
		html`${facts([
			['Model', members ? `Blend of ${members.length} models` : describeModelSpec(s.model)],
			['Family', s.model.family],
			['Training', describeTraining(run, result)],
			[
				'Positive class',
				s.positiveLabel ?? `${result.positiveLabel ?? '—'} (the training part’s minority class)`
			],
			[
				'Threshold rule',
				result.threshold === null ? 'none (multiclass: highest probability)' : threshold
			],
			['Seed', String(s.seed)]
		])}${blendTable(run)}`
	);
	const recipe = block(
		'Recipe (fitted on the training part only)',
		html`<table aria-label="Recipe">
			<tbody>
				${describeRecipe(s.recipe, featureKinds(run)).map(
					([kind, text]) =>
						html`<tr>
							<th scope="row">${kind}</th>
							<td>${text}</td>
						</tr>`
				)}
			</tbody>
		</table>`
	);
	const training = result.history.length ? block('Training curve', lossChart(run, result)) : '';
	const share =
		result.splitSizes.train > 0
			? result.splitSizes.train /
				(result.splitSizes.train + result.splitSizes.validation + result.splitSizes.test)
			: 0;
	return section(
		'model',
		number,
		'Model and settings',
		html`${model}${searchFacts(run)}${balanceBlock(run, result)}${recipe}${training}${note(`The model was fitted on the training part (${formatPercent(share, 0)} of the rows used); the validation part chose the stopping point and the threshold; the test part was used only to measure.`)}`
	);
}
