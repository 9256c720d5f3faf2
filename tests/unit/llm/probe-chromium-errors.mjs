/**
 * Records the error texts Chromium raises in the situations web-llm meets when model files are unreachable
 * or the GPU device is lost, so the classifier (src/lib/llm/engine-errors.ts) and the fake engine
 * (ENGINE_ERROR_TEXTS) use the real words. Writes chromium-error-texts.json next to this file.
 * Run: node tests/unit/llm/probe-chromium-errors.mjs (Debian Chromium at CHROMIUM_PATH or /usr/bin/chromium;
 * a local server on port 4199; nothing leaves the machine).
 */
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const server = http
	.createServer((req, res) => {
		if (req.url === '/') {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end('<!doctype html><title>probe</title>');
		} else {
			res.writeHead(404);
			res.end('not here');
		}
	})
	.listen(4199);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--enable-unsafe-webgpu', '--enable-unsafe-swiftshader']
});
try {
	const page = await browser.newPage();
	await page.goto('http://localhost:4199/');
	const texts = await page.evaluate(async () => {
		const text = (e) => String(e); // what web-llm's worker handler sends the page: err.toString()
		const out = {};
		const cache = await caches.open('probe'); // web-llm's default cache backend downloads with cache.add
		try {
			await cache.add(new Request('http://localhost:4199/missing/mlc-chat-config.json'));
		} catch (e) {
			out.cacheAddHttp404 = text(e);
		}
		try {
			await cache.add(new Request('http://localhost:4198/closed/mlc-chat-config.json'));
		} catch (e) {
			out.cacheAddUnreachable = text(e);
		}
		try {
			await fetch('http://localhost:4198/closed/model.wasm');
		} catch (e) {
			out.fetchUnreachable = text(e);
		}
		const adapter = await navigator.gpu?.requestAdapter();
		if (adapter) {
			// tvmjs reads every generation step back with mapAsync; a lost device rejects it.
			const device = await adapter.requestDevice();
			const buffer = device.createBuffer({
				size: 16,
				usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST
			});
			device.destroy();
			try {
				await buffer.mapAsync(GPUMapMode.READ);
			} catch (e) {
				out.mapAsyncDeviceLost = text(e);
			}
		}
		return out;
	});
	const record = {
		chromium: browser.version(),
		recordedAt: new Date().toISOString().slice(0, 10),
		texts
	};
	writeFileSync(
		new URL('./chromium-error-texts.json', import.meta.url),
		JSON.stringify(record, null, '\t') + '\n'
	);
	console.log(record);
} finally {
	await browser.close();
	server.close();
}
