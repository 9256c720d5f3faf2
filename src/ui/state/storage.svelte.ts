import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { formatBytes } from '../format';
/** Browser storage used and available, and whether it is persistent (not evicted under pressure). */
export class StorageState {
	usageBytes = $state<number | null>(null);
	quotaBytes = $state<number | null>(null);
	persisted = $state<boolean | null>(null);

	/** Asks for persistent storage once, then reads the estimate. */
	async init(): Promise<void> {
		if (!navigator.storage) return;
		try {
			this.persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
		} catch {
			this.persisted = false; // some browsers refuse without a user gesture: not an error for the user
		}
		await this.refresh();
	}

	async refresh(): Promise<void> {
		if (!navigator.storage?.estimate) return;
		const estimate = await navigator.storage.estimate();
		this.usageBytes = estimate.usage ?? null;
		this.quotaBytes = estimate.quota ?? null;
	}
}

export const storage = new StorageState();

/**
 * A storage-quota error with the sizes involved (used and available), so the user can decide what to delete.
 * Other errors pass through unchanged.
 */
export async function withStorageSizes(error: FaroError): Promise<FaroError> {
	if (error.code !== 'storage-quota' || !navigator.storage?.estimate) return error;
	const { usage = 0, quota = 0 } = await navigator.storage.estimate();
	// The first message stays as it was written (the browser's own words): a parameter of the new one.
	return new FaroError(
		'storage-quota',
		text('llm_storage_quota_sizes', {
			message: error.message,
			used: formatBytes(usage),
			quota: formatBytes(quota)
		}),
		{ ...error.detail, hint: text('llm_storage_quota_hint') }
	);
}
