/**
 * The LLM job in flight, remembered in localStorage so a job cut short by a closed or reloaded tab can be
 * offered for resume: the record is written when the job starts, its row count is refreshed as it goes,
 * and it is removed when the job ends in the page (done, failed or cancelled). One left behind at load
 * time therefore means the tab went away mid-job. The descriptions themselves are in the IndexedDB cache;
 * this only remembers what to ask for again (dataset, model, language, prompt, labels).
 *
 * Tabs share localStorage: the record carries the tab that runs the job (an id kept in sessionStorage, which
 * survives a reload of the same tab) and a heartbeat refreshed while the job runs. Another tab offers the
 * resume only once the heartbeat is stale, so a job still running elsewhere is never started twice.
 */
import type { Language } from '$lib/llm/describer';
import type { LlmChoice } from '$lib/llm/describe-with-llm';

const KEY = 'faro.llm.runningJob';
const TAB_KEY = 'faro.tabId';
/** A heartbeat older than this means the job's tab is gone. */
export const HEARTBEAT_STALE_MS = 15_000;
/** How often a running job refreshes its heartbeat. */
export const HEARTBEAT_EVERY_MS = 5_000;

/** This tab's id (kept across reloads of the tab, new for a new tab). */
function thisTab(): string {
	let id = sessionStorage.getItem(TAB_KEY);
	if (!id) {
		id = crypto.randomUUID();
		sessionStorage.setItem(TAB_KEY, id);
	}
	return id;
}

/** An LLM job as remembered while it runs. */
export type RememberedJob = {
	datasetId: string;
	datasetName: string;
	language: Language;
	choice: LlmChoice;
	/** Rows described when last written (cached rows included). */
	doneRows: number;
	totalRows: number;
	/** The tab running it and when it last said so (absent in records from before tabs were told apart). */
	tabId?: string;
	heartbeatAt?: number;
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

/**
 * The job a closed tab left unfinished, or null: none, one still running in another tab (kept), or an
 * unreadable record (dropped).
 */
export function loadRememberedJob(now = Date.now()): RememberedJob | null {
	try {
		const raw = localStorage.getItem(KEY);
		const parsed: unknown = raw ? JSON.parse(raw) : null;
		if (parsed === null) return null;
		if (isRememberedJob(parsed)) {
			const elsewhere = parsed.tabId !== undefined && parsed.tabId !== thisTab();
			const alive = now - (parsed.heartbeatAt ?? 0) < HEARTBEAT_STALE_MS;
			return elsewhere && alive ? null : parsed;
		}
	} catch {
		// unreadable JSON: dropped below
	}
	localStorage.removeItem(KEY);
	return null;
}

/** Remembers the job in flight (called at its start, as rows get done, and as a heartbeat). */
export function rememberJob(job: RememberedJob): void {
	localStorage.setItem(KEY, JSON.stringify({ ...job, tabId: thisTab(), heartbeatAt: Date.now() }));
}

/** Forgets it (the job ended in this page, or the user dismissed the resume offer). */
export function forgetJob(): void {
	localStorage.removeItem(KEY);
}
