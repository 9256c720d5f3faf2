/** Saves text as a file through a temporary object URL (same origin: nothing is sent anywhere). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe version of a run or dataset name. */
export const safeFileName = (name: string): string =>
	name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'faro';

/** Today's date as YYYY-MM-DD, for file names. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);
