/**
 * `test` and `expect` for every end-to-end spec. An automatic fixture records every request the page makes
 * and fails the test if any leaves the page's origin: the proof that the data never leaves the tab.
 */
import { test as base, expect } from '@playwright/test';

type Fixtures = { egressGuard: void };

export const test = base.extend<Fixtures>({
	egressGuard: [
		async ({ context, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
			const offenders: string[] = [];
			context.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) offenders.push(url);
			});
			await use();
			expect(offenders, 'requests that left the page origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
