/**
 * The template describer: deterministic sentences from a row's values, the column names and the profile, in
 * English or Spanish. Numbers are placed against their column ("Credit amount is 9566, in the top 10%."),
 * categories are stated and flagged when rare (under 5% of the rows), missing values are said to be unknown.
 * Always available, instant, and the stand-in when the LLM fails a row.
 */
import type { ColumnProfile, DatasetProfile } from '$lib/data/profile-types';
import { throwIfAborted } from '$lib/shared/errors';
import { throttleProgress, type LongWork } from '$lib/shared/progress';
import type { DescribeCell, DescribeRow, Description, Describer, Language } from './describer';
import { bandCuts, bandOf, type Band, type BandCuts } from './numeric-bands';
import { PROMPT_VERSION } from './prompts';

const BAND_WORDS: Record<Language, Record<Band, string>> = {
	en: {
		bottom10: 'in the bottom 10%',
		bottomQuarter: 'in the bottom quarter',
		belowMedian: 'below the median',
		atMedian: 'at the median',
		aboveMedian: 'above the median',
		topQuarter: 'in the top quarter',
		top10: 'in the top 10%'
	},
	es: {
		bottom10: 'en el 10% más bajo',
		bottomQuarter: 'en el cuarto más bajo',
		belowMedian: 'por debajo de la mediana',
		atMedian: 'en la mediana',
		aboveMedian: 'por encima de la mediana',
		topQuarter: 'en el cuarto más alto',
		top10: 'en el 10% más alto'
	}
};

const WORDS: Record<Language, { is: string; unknown: string; rare: string }> = {
	en: { is: 'is', unknown: 'is unknown', rare: 'rare' },
	es: { is: 'es', unknown: 'no consta', rare: 'poco frecuente' }
};

/** Share of rows under which a category is called rare. */
const RARE_FRACTION = 0.05;

type ColumnPlan =
	| { name: string; label: string; kind: 'number'; cuts: BandCuts | null }
	| { name: string; label: string; kind: 'category'; rare: Set<string> }
	| { name: string; label: string; kind: 'plain' };

/** "credit_amount" → "Credit amount"; names are otherwise kept as the user wrote them. */
export function columnLabel(name: string): string {
	const spaced = name.replace(/[_]+/g, ' ').trim();
	return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Numbers as plain digits, at most 2 decimals (no locale: the text must not depend on the browser). */
export function formatNumber(value: number): string {
	return String(Math.round(value * 100) / 100);
}

function planColumn(profile: ColumnProfile, rowCount: number): ColumnPlan {
	const label = columnLabel(profile.name);
	if (profile.kind === 'numeric' && profile.numeric) {
		return { name: profile.name, label, kind: 'number', cuts: bandCuts(profile.numeric) };
	}
	if ((profile.kind === 'categorical' || profile.kind === 'boolean') && profile.categories) {
		const rare = profile.categories.top
			.filter((t) => t.count < RARE_FRACTION * rowCount)
			.map((t) => t.label);
		return { name: profile.name, label, kind: 'category', rare: new Set(rare) };
	}
	return { name: profile.name, label, kind: 'plain' };
}

function sentence(plan: ColumnPlan, cell: DescribeCell, language: Language): string {
	const w = WORDS[language];
	if (cell === null || cell === '' || (typeof cell === 'number' && Number.isNaN(cell))) {
		return `${plan.label} ${w.unknown}.`;
	}
	if (plan.kind === 'number') {
		const value = typeof cell === 'number' ? cell : Number(cell);
		if (!plan.cuts || !Number.isFinite(value)) return `${plan.label} ${w.is} ${String(cell)}.`;
		return `${plan.label} ${w.is} ${formatNumber(value)}, ${BAND_WORDS[language][bandOf(value, plan.cuts)]}.`;
	}
	const text = String(cell);
	if (plan.kind === 'category' && plan.rare.has(text)) return `${plan.label}: ${text} (${w.rare}).`;
	return `${plan.label}: ${text}.`;
}

/**
 * A template describer for a dataset's profile. Columns present in a row but absent from the profile are
 * stated plainly; text, id and constant columns are left out.
 * @example
 * const describer = createTemplateDescriber(record.profile, 'en');
 * const [d] = await describer.describe([{ id: '0', values: { Age: 67, Housing: 'own' } }]);
 * // d.description === 'Age is 67, in the top 10%. Housing: own.'
 */
export function createTemplateDescriber(profile: DatasetProfile, language: Language): Describer {
	const plans = new Map<string, ColumnPlan>();
	for (const column of profile.columns) plans.set(column.name, planColumn(column, profile.rowCount));
	const skipped = new Set(
		profile.columns.filter((c) => c.kind === 'text' || c.kind === 'id' || c.kind === 'constant').map((c) => c.name)
	);
	const describeOne = (row: DescribeRow): Description => {
		const parts: string[] = [];
		for (const [name, cell] of Object.entries(row.values)) {
			if (skipped.has(name)) continue;
			const plan = plans.get(name) ?? { name, label: columnLabel(name), kind: 'plain' as const };
			parts.push(sentence(plan, cell, language));
		}
		return { id: row.id, description: parts.join(' ') };
	};
	return {
		describedBy: { describer: 'template', model: null, promptVersion: `template-${PROMPT_VERSION}.${language}` },
		async describe(rows: DescribeRow[], work: LongWork = {}): Promise<Description[]> {
			const report = throttleProgress(work.onProgress);
			const out: Description[] = new Array(rows.length);
			for (let i = 0; i < rows.length; i++) {
				if (i % 2048 === 0) {
					throwIfAborted(work.signal);
					report({ phase: 'Writing descriptions', done: i, total: rows.length });
				}
				out[i] = describeOne(rows[i]);
			}
			report({ phase: 'Writing descriptions', done: rows.length, total: rows.length }, true);
			return out;
		}
	};
}
