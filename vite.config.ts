import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const alias = {
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
	$ui: fileURLToPath(new URL('./src/ui', import.meta.url)),
	$workers: fileURLToPath(new URL('./workers', import.meta.url))
};

export default defineConfig({
	plugins: [svelte()],
	resolve: { alias },
	worker: { format: 'es' },
	build: {
		target: 'es2022',
		// The train worker carries TF.js (≈1.5 MB) and web-llm is lazy-loaded: both are expected to be big.
		chunkSizeWarningLimit: 4000
	},
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
