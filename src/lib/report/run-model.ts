/** The report's "Model and settings" section: model, blend members, class balancing, recipe, search, training curve. */
import type { RunRecord, RunResult } from '$lib/runs';
import { describeModelSpec } from '$lib/models/describe-spec';
import { html, type Html } from './html';
import { formatCount, formatNumber, formatPercent } from './format';
import { block, chart, facts, note, section } from './layout';
import { blendMembers } from '$lib/runs/describe-trial';
import { describeBalance, describeRecipe } from './describe-run';
import { balanceNote } from '$lib/runs/describe-balance';
import { lineChart } from './svg-charts';
import { m } from '../i18n';

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
			? m.report_steps_boosting({ count: result.bestEpoch + 1 })
			: kind === 'solver'
				? m.report_steps_solver({ count: result.history.length })
				: m.report_steps_epoch({ best: result.bestEpoch + 1, count: result.history.length });
	return `${steps}${result.stoppedEarly ? ` (${m.report_stopped_early()})` : ''}`;
}

function blendTable(run: RunRecord): Html {
	const members = blendMembers(run);
	if (!members) return html``;
	return html`<table aria-label="${m.report_blend_members()}" data-testid="report-blend">
			<thead>
				<tr>
					<th scope="col" class="num">${m.report_col_weight()}</th>
					<th scope="col">${m.report_col_trial()}</th>
					<th scope="col">${m.report_col_model()}</th>
					<th scope="col">${m.report_col_settings()}</th>
				</tr>
			</thead>
			<tbody>
				${members.map(
					(member) =>
						html`<tr>
							<td class="num">${formatPercent(Math.round(member.weight * 100) / 100, 0)}</td>
							<td>#${member.trialId}</td>
							<td>${member.model}</td>
							<td>${member.knobs}</td>
						</tr>`
				)}
			</tbody>
		</table>
		${note(m.report_blend_note())}`;
}

function balanceBlock(run: RunRecord, result: RunResult): Html {
	const b = result.balance;
	const method = describeBalance(run.settings.balance);
	if (!b || b.method === 'none')
		return block(
			m.report_class_balancing(),
			html`<p>${m.report_training_part_only({ method })}</p>`
		);
	const table = html`<table aria-label="${m.report_class_balancing()}">
		<thead>
			<tr>
				<th scope="col">${m.report_col_class()}</th>
				<th scope="col" class="num">${m.report_col_before()}</th>
				<th scope="col" class="num">${m.report_col_after()}</th>
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
		b.synthetic > 0 ? html`<p>${m.report_rows_added({ count: formatCount(b.synthetic) })}</p>` : '';
	const weights = b.method === 'class-weights' ? html`<p>${m.report_class_weights_note()}</p>` : '';
	return block(
		m.report_class_balancing(),
		html`<p>${m.report_training_part_only({ method: describeBalance(b) })}</p>
			${table}${added}${weights}${b.notes.map((n, i) => note(balanceNote(b, i, n)))}`
	);
}

function searchFacts(run: RunRecord): Html {
	const { search } = run;
	if (!search) return html``;
	const done = search.trials.filter((t) => t.status === 'done').length;
	return block(
		m.report_model_search(),
		facts([
			[m.report_fact_strategy(), search.strategy],
			[m.report_fact_ranked_by(), m.report_ranked_by_value({ metric: search.metric, k: search.k })],
			[m.report_fact_trials(), m.report_trials_value({ count: search.trials.length, done })],
			[m.report_fact_best_trial(), search.bestId === null ? '—' : `#${search.bestId}`],
			[
				m.report_fact_ended_with(),
				search.ensemble
					? m.report_ended_blend({ count: search.ensemble.members.length })
					: m.report_ended_best()
			]
		])
	);
}

/** The training and validation loss per epoch (iteration), with the kept one marked. */
export function lossChart(run: RunRecord, result: RunResult): Html {
	const kind = stepKind(run);
	const Step =
		kind === 'epoch'
			? m.report_axis_epoch()
			: kind === 'solver'
				? m.report_axis_solver_iteration()
				: m.report_axis_iteration();
	const series = [
		{
			name: m.report_series_train(),
			points: result.history.map((e) => ({ x: e.epoch + 1, y: e.loss }))
		},
		{
			name: m.report_series_validation(),
			points: result.history.map((e) => ({ x: e.epoch + 1, y: e.valLoss }))
		}
	];
	const svg = lineChart({
		label: kind === 'epoch' ? m.report_chart_loss_epoch() : m.report_chart_loss_iteration(),
		xLabel: Step,
		yLabel: m.report_axis_loss(),
		series,
		rulesX: [result.bestEpoch + 1],
		width: 460,
		height: 240
	});
	const kept =
		kind === 'solver'
			? m.report_kept_solver()
			: kind === 'epoch'
				? m.report_kept_epoch()
				: m.report_kept_iteration();
	const caption = kind === 'epoch' ? m.report_caption_loss_epoch : m.report_caption_loss_iteration;
	return chart(svg, caption({ kept, best: result.bestEpoch + 1 }));
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
			? m.report_rule_fixed({ value: formatNumber(s.threshold.value) })
			: s.threshold.method === 'cost'
				? m.report_rule_cost({
						fp: formatNumber(s.threshold.costs?.falsePositive),
						fn: formatNumber(s.threshold.costs?.falseNegative)
					})
				: m.report_rule_maximise({ metric: s.threshold.method === 'f1' ? 'F1' : "Youden's J" });
	const model = block(
		m.report_fact_model(),
		html`${facts([
			[
				m.report_fact_model(),
				members ? m.report_blend_of_models({ count: members.length }) : describeModelSpec(s.model)
			],
			[m.report_fact_family(), s.model.family],
			[m.report_fact_training(), describeTraining(run, result)],
			[
				m.report_fact_positive_class(),
				s.positiveLabel ?? m.report_positive_minority({ label: result.positiveLabel ?? '—' })
			],
			[
				m.report_fact_threshold_rule(),
				result.threshold === null ? m.report_rule_none() : threshold
			],
			[m.report_fact_seed(), String(s.seed)]
		])}${blendTable(run)}`
	);
	const recipe = block(
		m.report_recipe_block(),
		html`<table aria-label="${m.report_recipe()}">
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
	const training = result.history.length
		? block(m.report_training_curve(), lossChart(run, result))
		: '';
	const share =
		result.splitSizes.train > 0
			? result.splitSizes.train /
				(result.splitSizes.train + result.splitSizes.validation + result.splitSizes.test)
			: 0;
	return section(
		'model',
		number,
		m.report_section_model(),
		html`${model}${searchFacts(run)}${balanceBlock(run, result)}${recipe}${training}${note(m.report_model_note({ share: formatPercent(share, 0) }))}`
	);
}
