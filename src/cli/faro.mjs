#!/usr/bin/env node
// `faro …`. In this repository it runs the TypeScript CLI through tsx (which also resolves the `$lib` paths
// of tsconfig.json), so it is always the current source; in the installed package (no faro.ts next to this
// file) it runs the built JavaScript, dist-lib/cli.js (`npm run build:lib`), with no TypeScript at run time.
import { existsSync } from 'node:fs';

const source = new URL('./faro.ts', import.meta.url);
if (existsSync(source)) {
	const { register } = await import('tsx/esm/api');
	register({ tsconfig: new URL('../../tsconfig.json', import.meta.url).pathname });
	await import(source.href);
} else {
	await import(new URL('../../dist-lib/cli.js', import.meta.url).href);
}
