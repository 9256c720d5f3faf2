/**
 * The "new version" offer, kept apart from UpdatePrompt.svelte so it can be tested with a fake `registerSW`.
 * vite-plugin-pwa runs in 'prompt' mode: a new service worker waits (onNeedRefresh) until this tab asks it to
 * take over, and the tab reloads only after the user clicked Reload: a reload would stop a training run or a
 * describe job in progress. If another Faro tab took the update first (onNeedReload without a click here),
 * this tab keeps running its code and the offer stays; Reload then only reloads.
 */
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** none: nothing new; waiting: a new version waits for this tab; active: another tab already switched to it. */
export type UpdatePhase = 'none' | 'waiting' | 'active';

/** The shape of `registerSW` from `virtual:pwa-register`: it returns the function that activates the waiting worker. */
export type RegisterSw = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** What the prompt can do with an offer. */
export type UpdateOffer = {
	/** Switches to the new version, then reloads this tab: the only way Faro reloads itself. */
	accept(): Promise<void>;
};

/**
 * Registers the service worker and reports each change of phase.
 * @param reloadPage how to reload (tests pass a spy)
 * @example const offer = watchForUpdate(registerSW, (phase) => (shown = phase !== 'none'));
 */
export function watchForUpdate(
	registerSw: RegisterSw,
	onPhase: (phase: UpdatePhase) => void,
	reloadPage: () => void = () => location.reload()
): UpdateOffer {
	let phase: UpdatePhase = 'none';
	let accepted = false;
	const enter = (next: UpdatePhase) => {
		phase = next;
		onPhase(next);
	};
	const activate = registerSw({
		onNeedRefresh: () => enter('waiting'),
		// The new worker controls this tab now: reload only if the user asked for it here.
		onNeedReload: () => (accepted ? reloadPage() : enter('active')),
		onRegisterError: (err: unknown) =>
			console.warn('Faro could not register its service worker; it will not work offline.', err)
	});
	return {
		async accept() {
			accepted = true;
			if (phase === 'active') reloadPage();
			else await activate();
		}
	};
}
