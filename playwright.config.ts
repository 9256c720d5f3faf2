import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium; never a downloaded browser)
 * against the built app served by `vite preview` on localhost. Every spec runs twice: with a (software)
 * WebGPU adapter, and without WebGPU.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
	webServer: {
		command: 'npx vite preview --port 4173 --strictPort',
		url: 'http://localhost:4173',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	projects: [
		{
			name: 'webgpu',
			use: {
				launchOptions: {
					executablePath,
					args: [...quietFlags, '--enable-unsafe-webgpu', '--enable-unsafe-swiftshader']
				}
			}
		},
		{
			name: 'no-webgpu',
			use: { launchOptions: { executablePath, args: [...quietFlags, '--disable-gpu'] } }
		}
	]
});
