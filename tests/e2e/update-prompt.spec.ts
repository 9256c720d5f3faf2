import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

/**
 * A new deployment, simulated: the built app in dist/ is served on its own port by a tiny static server whose
 * sw.js can change between page loads (a comment appended), which is what a new build looks like to the
 * browser. vite preview cannot do that, and the shared dist/ must not be edited.
 */
const PORT = 4179;
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv',
	'.webmanifest': 'application/manifest+json'
};

let deployment = 1;
let server: Server;

test.use({ baseURL: `http://localhost:${PORT}` });

test.beforeAll(async () => {
	server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
		try {
			if (!file.startsWith(DIST)) throw new Error('outside dist');
			let body = await readFile(file);
			if (path === '/sw.js')
				body = Buffer.concat([body, Buffer.from(`\n// deployment ${deployment}\n`)]);
			res.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(PORT, 'localhost', resolve));
});

test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

test('a new version waits for the user: the prompt offers Reload and nothing reloads by itself', async ({
	page
}) => {
	deployment = 1;
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'))
		.toBe('activated');
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toHaveCount(0);

	await test.step('a new deployment: the prompt appears and the page stays as it was', async () => {
		deployment = 2;
		await page.reload(); // the browser checks sw.js on navigation
		await page.evaluate(() => ((window as Window & { faroMark?: boolean }).faroMark = true));
		await expect(prompt).toContainText('A new version of Faro is available');
		await expect
			.poll(() =>
				page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
			)
			.toBe(true);
		// The same page (the mark survives): Faro did not reload on its own.
		expect(await page.evaluate(() => (window as Window & { faroMark?: boolean }).faroMark)).toBe(
			true
		);
	});

	await test.step('Later hides the prompt; it stays hidden until the next change', async () => {
		await prompt.getByRole('button', { name: 'Later' }).click();
		await expect(prompt).toHaveCount(0);
	});

	await test.step('after a reload the new version still waits, and Reload switches to it', async () => {
		await page.reload();
		await expect(prompt).toBeVisible();
		await page.evaluate(() => ((window as Window & { faroMark?: boolean }).faroMark = true));
		const reloaded = page.waitForEvent('load');
		await prompt.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		expect(await page.evaluate(() => (window as Window & { faroMark?: boolean }).faroMark)).toBe(
			undefined
		); // a fresh page
		await expect(prompt).toHaveCount(0);
		expect(
			await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		).toBe(false);
	});
});
