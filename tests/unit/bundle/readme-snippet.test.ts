/** The README's snippet that loads a model file with plain TF.js runs as written. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trainGermanCredit } from './train-fixture';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('README: loading a model file with plain TF.js', () => {
	it('runs verbatim and gives one probability per label', async () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const snippet = /<!-- tfjs-snippet -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
		expect(snippet).toBeDefined();
		// inside the repository, so `@tensorflow/tfjs` resolves from its node_modules
		const dir = join(ROOT, 'test-results', 'readme-snippet');
		mkdirSync(dir, { recursive: true });
		const { json } = await trainGermanCredit({ family: 'logistic' });
		writeFileSync(join(dir, 'model.json'), json);
		writeFileSync(join(dir, 'snippet.mjs'), snippet as string);
		const run = spawnSync(process.execPath, ['snippet.mjs'], {
			cwd: dir,
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(run.status, run.stderr).toBe(0);
		const [labels, proba] = [
			/\[ 'bad', 'good' \]/.test(run.stdout),
			/\[\s*([\d.e-]+),\s*([\d.e-]+)\s*\]\s*$/.exec(run.stdout)
		];
		expect(labels).toBe(true);
		expect(Number(proba?.[1]) + Number(proba?.[2])).toBeCloseTo(1, 5);
	}, 90_000);
});
