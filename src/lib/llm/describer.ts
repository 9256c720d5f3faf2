/**
 * The Describer contract: a batch of rows in, one short description (and optionally a label) per row out.
 * Implementations: the template describer (deterministic sentences, always available) and the web-llm
 * describer (an on-device model behind web-llm's worker engine). Rows carry only the columns the user lets
 * the describer see: never the target, ids or ignored columns, so descriptions cannot leak the answer.
 */
import type { LongWork } from '$lib/shared/progress';

/** Languages the prompts and the template sentences exist in. */
export type Language = 'en' | 'es';

/** One cell as a describer sees it: numbers stay numbers, everything else is a string; null = missing. */
export type DescribeCell = string | number | null;

/** One row to describe; `id` is unique within a job (the row index as a string). */
export type DescribeRow = { id: string; values: Record<string, DescribeCell> };

/** What a describer returns for one row. `fallback` marks a template sentence standing in for the LLM. */
export type Description = { id: string; description: string; label?: string; fallback?: boolean };

/** Which describer, model and prompt produced a set of descriptions (stored with datasets and runs). */
export type DescribedBy = {
	describer: 'template' | 'web-llm';
	/** The web-llm model id; null for the template describer. */
	model: string | null;
	promptVersion: string;
};

/** A describer: `describe` returns one Description per input row, in the input order. */
export interface Describer {
	readonly describedBy: DescribedBy;
	/** @throws FaroError `cancelled`, and for web-llm `llm-*` / `webgpu-unavailable` */
	describe(rows: DescribeRow[], work?: LongWork): Promise<Description[]>;
}
