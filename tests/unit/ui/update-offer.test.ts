import { describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { watchForUpdate, type UpdatePhase } from '../../../src/ui/common/update-offer';

/** A stand-in for virtual:pwa-register: keeps the callbacks and counts skip-waiting requests. */
function fakeRegister() {
	let options: RegisterSWOptions = {};
	const activate = vi.fn(async () => {});
	return {
		register: (o: RegisterSWOptions) => ((options = o), activate),
		activate,
		/** A new service worker is installed and waiting. */
		waiting: () => options.onNeedRefresh?.(),
		/** The new service worker took control of this tab. */
		controlling: () => options.onNeedReload?.()
	};
}

function watch() {
	const sw = fakeRegister();
	const phases: UpdatePhase[] = [];
	const reload = vi.fn();
	const offer = watchForUpdate(sw.register, (p) => phases.push(p), reload);
	return { sw, phases, reload, offer };
}

describe('watchForUpdate', () => {
	it('offers the update when a new worker waits, and never reloads without a click', () => {
		const { sw, phases, reload } = watch();
		expect(phases).toEqual([]);
		sw.waiting();
		expect(phases).toEqual(['waiting']);
		expect(sw.activate).not.toHaveBeenCalled();
		expect(reload).not.toHaveBeenCalled();
	});

	it('Reload asks the waiting worker to take over, then reloads once it controls the tab', async () => {
		const { sw, reload, offer } = watch();
		sw.waiting();
		await offer.accept();
		expect(sw.activate).toHaveBeenCalledTimes(1);
		expect(reload).not.toHaveBeenCalled(); // not before the new worker is in control
		sw.controlling();
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('keeps the tab when another tab activated the update, and Reload then only reloads', async () => {
		const { sw, phases, reload, offer } = watch();
		sw.waiting();
		sw.controlling(); // another tab clicked Reload
		expect(reload).not.toHaveBeenCalled();
		expect(phases).toEqual(['waiting', 'active']);
		await offer.accept();
		expect(reload).toHaveBeenCalledTimes(1);
		expect(sw.activate).not.toHaveBeenCalled();
	});
});
