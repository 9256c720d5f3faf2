/**
 * The LLM job in flight, remembered in localStorage so a job cut short by a closed or reloaded tab can be
 * offered for resume: the record is written when the job starts, its row count is refreshed as it goes,
 * and it is removed when the job ends in the page (done, failed or cancelled). One left behind at load
 * time therefore means the tab went away mid-job. The descriptions themselves are in the IndexedDB cache;
 * this only remembers what to ask for again (dataset, model, language, prompt, labels).
 */
import type { Language } from '$lib/llm/describer';
import type { ModelChoice, ModelRecordLike } from '$lib/llm/models';

const KEY = 'faro.llm.runningJob';

/** What the LLM job runs: the model (a custom one carries its web-llm record), the prompt, optional labels. */
export type LlmChoice = {
	model: ModelChoice;
	custom?: ModelRecordLike;
	prompt: string;
	promptVersion: string;
	labelChoices?: string[];
};

/** An LLM job as remembered while it runs. */
export type RememberedJob = {
	datasetId: string;
	datasetName: string;
	language: Language;
	choice: LlmChoice;
	/** Rows described when last written (cached rows included). */
	doneRows: number;
	totalRows: number;
};

function isRememberedJob(value: unknown): value is RememberedJob {
	const v = value as Partial<RememberedJob> | null;
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof v.datasetId === 'string' &&
		typeof v.datasetName === 'string' &&
		(v.language === 'en' || v.language === 'es') &&
		typeof v.choice?.model?.id === 'string' &&
		typeof v.choice.prompt === 'string' &&
		typeof v.choice.promptVersion === 'string' &&
		typeof v.doneRows === 'number' &&
		typeof v.totalRows === 'number'
	);
}

/** The job a closed tab left unfinished, or null (none, or unreadable: then it is dropped). */
export function loadRememberedJob(): RememberedJob | null {
	try {
		const raw = localStorage.getItem(KEY);
		const parsed: unknown = raw ? JSON.parse(raw) : null;
		if (parsed === null || isRememberedJob(parsed)) return parsed;
	} catch {
		// unreadable JSON: dropped below
	}
	localStorage.removeItem(KEY);
	return null;
}

/** Remembers the job in flight (called at its start and as rows get done). */
export function rememberJob(job: RememberedJob): void {
	localStorage.setItem(KEY, JSON.stringify(job));
}

/** Forgets it (the job ended in this page, or the user dismissed the resume offer). */
export function forgetJob(): void {
	localStorage.removeItem(KEY);
}
