/**
 * The signal screen of the open dataset, computed in the data worker. Results are cached in memory per
 * (dataset, target, column kinds and roles), so switching back to an earlier target is instant; a new
 * request cancels the one in flight.
 */
import { asFaroError, unwrap, type FaroError } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import type { SignalRequest, SignalScreen } from '$lib/data/signal';
import type { DatasetRecord } from '$lib/storage';
import { Comlink, dataWorker } from '../workers';

type SignalJob = { id: string; progress: Progress | null };
/** Screens kept in memory; each is a few kilobytes. */
const CACHE_SIZE = 32;

export class SignalState {
	// a plain Map on purpose: nothing renders from the cache itself, only from `result`
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#cache = new Map<string, SignalScreen>();
	#key: string | null = null;
	result = $state.raw<SignalScreen | null>(null);
	job = $state.raw<SignalJob | null>(null);
	error = $state.raw<FaroError | null>(null);

	/** Shows the screen of `dataset` against its target: from the cache, else computed in the worker. */
	async show(dataset: DatasetRecord): Promise<void> {
		const target = dataset.settings.target;
		const request: SignalRequest | null = target
			? {
					target,
					columns: dataset.settings.columns.map(({ name, kind, role }) => ({ name, kind, role }))
				}
			: null;
		const key = request && JSON.stringify([dataset.id, request]);
		if (key === this.#key) return;
		this.#key = key;
		this.#cancel();
		this.error = null;
		this.result = (key && this.#cache.get(key)) || null;
		if (!request || !key || this.result) return;
		const id = crypto.randomUUID();
		this.job = { id, progress: null };
		const onProgress = Comlink.proxy((progress: Progress) => {
			if (this.job?.id === id) this.job = { id, progress };
		});
		try {
			const screen = unwrap(await dataWorker().signalScreen(id, dataset.id, request, onProgress));
			this.#remember(key, screen);
			if (this.#key === key) this.result = screen;
		} catch (err) {
			const error = asFaroError(err);
			if (error.code === 'internal') console.error(err);
			if (this.#key === key && error.code !== 'cancelled') this.error = error;
		} finally {
			if (this.job?.id === id) this.job = null;
		}
	}

	#cancel(): void {
		if (this.job) void dataWorker().cancel(this.job.id);
		this.job = null;
	}

	#remember(key: string, screen: SignalScreen): void {
		this.#cache.set(key, screen);
		if (this.#cache.size > CACHE_SIZE) {
			const oldest = this.#cache.keys().next().value;
			if (oldest !== undefined) this.#cache.delete(oldest);
		}
	}
}

export const signal = new SignalState();
