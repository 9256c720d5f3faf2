import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const alias = {
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
	$ui: fileURLToPath(new URL('./src/ui', import.meta.url)),
	$workers: fileURLToPath(new URL('./workers', import.meta.url))
};

/**
 * The LLM worker (web-llm's ≈6 MB and the describe job; the page never imports web-llm, a lint rule says so) is
 * not precached: only WebGPU users can run it, and its weights (hundreds of MB, from the model hubs) are
 * web-llm's own business (it keeps them in the Cache API). The service worker keeps the worker the first time
 * the page fetches it (CacheFirst: the file name carries a content hash), so an LLM used once online also
 * starts offline.
 */
const LLM_CODE = /\/assets\/llm\.worker-[\w-]+\.js$/;
/** The app shell, workers, wasm, samples and icons measured 10 MB (20 files, vite 8.3.8): far past it, something big slipped in. */
const PRECACHE_BUDGET_BYTES = 16_000_000;

type ManifestTransform = NonNullable<
	NonNullable<VitePWAOptions['workbox']>['manifestTransforms']
>[number];

/** Fails the build when the precache grows past the budget or picks up web-llm's code. */
const checkPrecache: ManifestTransform = async (entries) => {
	const llm = entries.filter((e) => LLM_CODE.test(`/${e.url}`));
	if (llm.length)
		throw new Error(`web-llm code must not be precached: ${llm.map((e) => e.url).join(', ')}`);
	const totalBytes = entries.reduce((sum, e) => sum + e.size, 0);
	if (totalBytes > PRECACHE_BUDGET_BYTES) {
		throw new Error(
			`The precache is ${(totalBytes / 1e6).toFixed(1)} MB, over its ${PRECACHE_BUDGET_BYTES / 1e6} MB budget.`
		);
	}
	return { manifest: entries, warnings: [] };
};

export default defineConfig({
	plugins: [
		svelte(),
		// Offline after one visit (README "Offline"). Off in `vite dev`: the dev server keeps serving fresh modules.
		VitePWA({
			registerType: 'prompt', // a new version waits until the user clicks Reload (src/ui/common/UpdatePrompt.svelte)
			injectRegister: false, // UpdatePrompt registers through virtual:pwa-register
			includeManifestIcons: false, // the glob below already takes every icon
			manifest: {
				name: 'Faro',
				short_name: 'Faro',
				description: 'A private machine-learning studio that runs entirely in your browser.',
				lang: 'en',
				display: 'standalone',
				theme_color: '#0f3d5e',
				background_color: '#f5f7f9',
				icons: [
					{ src: 'icons/faro-192.png', sizes: '192x192', type: 'image/png' },
					{ src: 'icons/faro-512.png', sizes: '512x512', type: 'image/png' },
					{
						src: 'icons/faro-maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					},
					{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }
				]
			},
			workbox: {
				globPatterns: ['**/*.{html,js,css,wasm,csv,svg,png,webmanifest}'],
				globIgnores: ['**/assets/llm.worker-*.js'],
				// Workbox skips files over 2 MiB by default; the train and trial workers carry TF.js (≈2.5 MB each).
				maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
				manifestTransforms: [checkPrecache],
				cleanupOutdatedCaches: true,
				runtimeCaching: [
					{
						// Written out, not LLM_CODE: Workbox copies this function's source into sw.js.
						urlPattern: ({ url, sameOrigin }) =>
							sameOrigin && /\/assets\/llm\.worker-[\w-]+\.js$/.test(url.pathname),
						handler: 'CacheFirst',
						options: { cacheName: 'faro-llm-code', expiration: { maxEntries: 4 } }
					}
				]
			},
			devOptions: { enabled: false }
		})
	],
	resolve: { alias },
	worker: { format: 'es' },
	build: {
		target: 'es2022',
		// The train worker carries TF.js (≈1.5 MB) and the LLM worker web-llm (≈6 MB): both are expected to be big.
		chunkSizeWarningLimit: 7000
	},
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
