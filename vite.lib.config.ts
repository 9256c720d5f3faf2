/**
 * `npm run build:lib`: the `faro` package's JavaScript for Node 20+ (dist-lib/faro.js, the library entry
 * src/lib/package-entry.ts; dist-lib/cli.js, the `faro` command), every dependency left as an import, then the
 * type declarations (tsc with tsconfig.lib.json) with the `$lib/…` aliases rewritten to relative paths, so
 * nothing runs TypeScript at run time.
 */
import { defineConfig, type Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = fileURLToPath(new URL('./src/lib', import.meta.url));
const types = fileURLToPath(new URL('./dist-lib/types', import.meta.url));

/** Every file under `dir`. */
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});

/** Emits the .d.ts files once the JavaScript is written, `$lib/x` → a relative path. */
const declarations = (): Plugin => ({
	name: 'faro-declarations',
	closeBundle() {
		execFileSync('npx', ['tsc', '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
		// The compiled messages' own declarations (Paraglide writes them beside its JavaScript).
		cpSync(join(lib, 'i18n/generated'), join(types, 'i18n/generated'), {
			recursive: true,
			filter: (src) => statSync(src).isDirectory() || src.endsWith('.d.ts')
		});
		for (const file of walk(types).filter((f) => f.endsWith('.d.ts'))) {
			const text = readFileSync(file, 'utf8');
			const fixed = text.replace(/(['"])\$lib(\/[^'"]*)?\1/g, (_, quote: string, rest = '') => {
				let path = relative(dirname(file), join(types, rest)) || '.';
				if (!path.startsWith('.')) path = `./${path}`;
				return `${quote}${path}${quote}`;
			});
			if (fixed !== text) writeFileSync(file, fixed);
		}
	}
});

export default defineConfig({
	resolve: { alias: { $lib: lib } },
	plugins: [
		declarations()
	],
	publicDir: false,
	build: {
		ssr: true,
		target: 'node20',
		outDir: 'dist-lib',
		emptyOutDir: true,
		minify: false,
		rolldownOptions: {
			input: {
				faro: fileURLToPath(new URL('./src/lib/package-entry.ts', import.meta.url)),
				cli: fileURLToPath(new URL('./src/cli/faro.ts', import.meta.url))
			},
			output: {
				format: 'es',
				entryFileNames: '[name].js',
				chunkFileNames: 'chunks/[name]-[hash].js'
			}
		}
	}
});
