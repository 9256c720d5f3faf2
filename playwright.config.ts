import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium; never a downloaded browser)
 * against the built app served by `vite preview` on localhost. Every spec runs twice: with a (software)
 * WebGPU adapter, and without WebGPU. The `fake-llm` project runs only the LLM describer spec against a
 * second build (dist-test, made with VITE_FARO_FAKE_LLM=1 by its web server) that carries the fake engine;
 * the production build in dist/ never does (describe.spec.ts checks).
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The test build with the fake LLM engine, served on 4174. */
const fakeLlmDir = 'dist-test';
const fakeLlmSpec = /describe-llm\.spec\.ts/;
const quietFlags = [
	'--no-sandbox',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic'
];

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 180_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: 'http://localhost:4173',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		acceptDownloads: true
	},
	webServer: [
		{
			command: 'npx vite preview --port 4173 --strictPort',
			url: 'http://localhost:4173',
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			command: `npx vite build --outDir ${fakeLlmDir} --emptyOutDir --logLevel warn && npx vite preview --outDir ${fakeLlmDir} --port 4174 --strictPort`,
			url: 'http://localhost:4174',
			env: { VITE_FARO_FAKE_LLM: '1' },
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		}
	],
	projects: [
		{
			name: 'webgpu',
			testIgnore: fakeLlmSpec,
			use: {
				launchOptions: {
					executablePath,
					args: [...quietFlags, '--enable-unsafe-webgpu', '--enable-unsafe-swiftshader']
				}
			}
		},
		{
			name: 'no-webgpu',
			testIgnore: fakeLlmSpec,
			use: { launchOptions: { executablePath, args: [...quietFlags, '--disable-gpu'] } }
		},
		{
			name: 'fake-llm',
			testMatch: fakeLlmSpec,
			use: {
				baseURL: 'http://localhost:4174',
				launchOptions: { executablePath, args: [...quietFlags, '--disable-gpu'] }
			}
		}
	]
});
