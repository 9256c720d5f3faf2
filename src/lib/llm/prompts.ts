/**
 * Prompts for the LLM describer. The user edits a per-row prompt with `{{column}}` placeholders (filled with
 * the row's values); a fixed system message asks for several rows at once as JSON. PROMPT_VERSION changes
 * whenever the default wording or the system message changes, so cached descriptions are never reused across
 * prompts; an edited prompt gets its own version from a hash of its text.
 */
import { FaroError } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import type { DescribeRow, Language } from './describer';

/** Version of the default prompts and of the system message. */
export const PROMPT_VERSION = 'v1';

const INSTRUCTIONS: Record<Language, string> = {
	en: 'Describe this client in one or two plain English sentences, as a loan officer would note them. Mention what stands out. Do not guess any decision or outcome.',
	es: 'Describe a este cliente en una o dos frases sencillas en español, como lo anotaría un analista de crédito. Menciona lo que destaque. No adivines ninguna decisión ni resultado.'
};

const SYSTEM: Record<Language, string> = {
	en: 'You describe tabular records. You receive several rows, each introduced by "Row <id>". Answer only with JSON of the form {"rows":[{"id":"<id>","description":"..."}]}, one entry per row, same ids.',
	es: 'Describes registros de una tabla. Recibes varias filas, cada una introducida por "Row <id>". Responde solo con JSON de la forma {"rows":[{"id":"<id>","description":"..."}]}, una entrada por fila, con los mismos ids.'
};

const MISSING: Record<Language, string> = { en: 'unknown', es: 'desconocido' };

/** The default per-row prompt: the instructions, then one `- name: {{name}}` line per column. */
export function defaultPrompt(language: Language, columns: readonly string[]): string {
	const lines = columns.map((c) => `- ${c}: {{${c}}}`);
	return [INSTRUCTIONS[language], ...lines].join('\n');
}

/** The system message sent before the rows; asks for a label among `labelChoices` when given. */
export function systemMessage(language: Language, labelChoices?: readonly string[]): string {
	if (!labelChoices?.length) return SYSTEM[language];
	const choices = labelChoices.map((l) => JSON.stringify(l)).join(', ');
	const extra =
		language === 'en'
			? ` Also give each row a "label", one of ${choices}.`
			: ` Da también a cada fila una "label", una de ${choices}.`;
	return SYSTEM[language] + extra;
}

/** The placeholder names used in a prompt, in order of first use. */
export function promptPlaceholders(prompt: string): string[] {
	const names = [...prompt.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]);
	return [...new Set(names)];
}

/** Checks that every placeholder names a column. @throws FaroError settings-invalid */
export function checkPrompt(prompt: string, columns: readonly string[]): void {
	const known = new Set(columns);
	const unknown = promptPlaceholders(prompt).filter((name) => !known.has(name));
	if (prompt.trim() === '') {
		throw new FaroError('settings-invalid', text('err_prompt_empty'), {
			hint: text('err_prompt_empty_hint')
		});
	}
	if (unknown.length > 0) {
		throw new FaroError(
			'settings-invalid',
			text('err_prompt_unknown_columns', {
				placeholders: unknown.map((u) => `{{${u}}}`).join(', ')
			}),
			{
				where: text('err_prompt_where'),
				hint: text('err_prompt_use_columns_hint', { columns: columns.join(', ') })
			}
		);
	}
}

/** The prompt with its placeholders replaced by the row's values (missing values read "unknown"). */
export function fillPrompt(prompt: string, row: DescribeRow, language: Language): string {
	return prompt.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_match, name: string) => {
		const value = row.values[name];
		return value === null || value === undefined ? MISSING[language] : String(value);
	});
}

/** The user message for a batch: each row's filled prompt under a "Row <id>" heading. */
export function batchMessage(
	prompt: string,
	rows: readonly DescribeRow[],
	language: Language
): string {
	return rows.map((row) => `Row ${row.id}\n${fillPrompt(prompt, row, language)}`).join('\n\n');
}

/**
 * The version recorded with descriptions: PROMPT_VERSION and the language for the default prompt, plus a hash
 * of the text for an edited one (FNV-1a, 32 bits: enough to tell prompts apart, not a security measure).
 */
export function promptVersionOf(
	prompt: string,
	language: Language,
	columns: readonly string[]
): string {
	const base = `${PROMPT_VERSION}.${language}`;
	if (prompt === defaultPrompt(language, columns)) return base;
	let hash = 0x811c9dc5;
	for (let i = 0; i < prompt.length; i++) {
		hash ^= prompt.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `${base}.custom-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * The label choices typed as "low risk, high risk": trimmed, de-duplicated, empty entries dropped.
 * @throws FaroError settings-invalid when fewer than two remain or one is longer than 40 characters
 */
export function parseLabelChoices(typed: string): string[] {
	const choices = [
		...new Set(
			typed
				.split(',')
				.map((c) => c.trim())
				.filter((c) => c !== '')
		)
	];
	if (choices.length < 2) {
		throw new FaroError('settings-invalid', text('err_prompt_few_labels'), {
			where: text('err_prompt_where_labels'),
			hint: text('err_prompt_few_labels_hint')
		});
	}
	const long = choices.find((c) => c.length > 40);
	if (long) {
		throw new FaroError(
			'settings-invalid',
			text('err_prompt_long_label', { label: long.slice(0, 20) }),
			{ where: text('err_prompt_where_labels'), hint: text('err_prompt_long_label_hint') }
		);
	}
	return choices;
}
