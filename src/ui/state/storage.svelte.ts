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
