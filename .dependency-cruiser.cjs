/**
 * Faro's import rules (ARCHITECTURE.md "Parts"), checked by `npm run lint` (dependency-cruiser). Written once
 * here; a rule broken by code that predates it is listed in .dependency-cruiser-known-violations.json (the list
 * only shrinks: `npx depcruise-baseline src workers` rewrites it after a fix).
 */
/** The only search modules the page imports at run time: ranking metrics, the default space and its check. */
const PAGE_SAFE_SEARCH = '^src/lib/search/(rank|space|space-check)\\.ts$';
const PAGE = '^(src/ui/|src/App\\.svelte|src/main\\.ts)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'Import cycles (type-only ones too) hide the order parts depend on each other.',
			from: {},
			to: { circular: true }
		},
		{
			name: 'lib-is-below-ui',
			severity: 'error',
			comment: 'src/lib is the engine: it never imports the page, the workers or the CLI.',
			from: { path: '^src/lib/' },
			to: { path: '^(src/ui/|src/App\\.svelte|src/main\\.ts|workers/|src/cli/)' }
		},
		{
			name: 'page-without-tfjs',
			severity: 'error',
			comment: 'TF.js runs in workers: the page (src/ui, App, main) never imports it (types are fine).',
			from: { path: PAGE },
			to: { path: '@tensorflow/', dependencyTypesNot: ['type-only'] }
		},
		{
			name: 'web-llm-in-its-worker',
			severity: 'error',
			comment:
				'web-llm (≈6 MB, not precached) runs in workers/llm.worker.ts only: the page and src/lib never import it (types are fine; src/lib/llm/load-engine.ts is handed the module).',
			from: { path: '^src/' },
			to: { path: '@mlc-ai/web-llm', dependencyTypesNot: ['type-only'] }
		},
		{
			name: 'page-without-training',
			severity: 'error',
			comment:
				'One run end to end (src/lib/training) runs in workers, the CLI, bench and tests: the page never imports it.',
			from: { path: PAGE },
			to: { path: '^src/lib/training/' }
		},
		{
			name: 'page-imports-page-safe-search',
			severity: 'error',
			comment:
				'The search (src/lib/search) runs in the train worker: the page imports only its page-safe modules (types are fine).',
			from: { path: PAGE },
			to: { path: '^src/lib/search/', pathNot: PAGE_SAFE_SEARCH, dependencyTypesNot: ['type-only'] }
		},
		{
			name: 'page-safe-search-stays-page-safe',
			severity: 'error',
			comment:
				'The search modules the page imports import neither TF.js, training nor the rest of the search (types are fine).',
			from: { path: PAGE_SAFE_SEARCH },
			to: {
				path: '^src/lib/(training|search)/|@tensorflow/',
				pathNot: PAGE_SAFE_SEARCH,
				dependencyTypesNot: ['type-only']
			}
		},
		{
			name: 'store-below-training',
			severity: 'error',
			comment:
				'No part of src/lib but the search imports training or the search, the run store (src/lib/runs) included: workers, the CLI, bench and tests run them.',
			from: { path: '^src/lib/', pathNot: '^src/lib/(training|search)/' },
			to: { path: '^src/lib/(training|search)/' }
		},
		{
			name: 'training-below-search',
			severity: 'error',
			comment: 'The search builds on single runs (src/lib/training), never the other way round.',
			from: { path: '^src/lib/training/' },
			to: { path: '^src/lib/search/' }
		},
		{
			name: 'data-below-features',
			severity: 'error',
			comment: 'Reading and profiling data (src/lib/data) comes before feature preparation.',
			from: { path: '^src/lib/data/' },
			to: { path: '^src/lib/(features|models|runs|training|search|bundle|explain|llm)/' }
		},
		{
			name: 'text-below-data',
			comment: 'Text processing (src/lib/text: tokens, stop words, TF-IDF) serves both the profile and the recipe.',
			severity: 'error',
			from: { path: '^src/lib/text/' },
			to: { path: '^src/lib/(data|features|models|runs|training|search|bundle|explain|llm)/' }
		},
		{
			name: 'models-below-runs',
			severity: 'error',
			comment: 'Models train and score plain feature matrices; runs, training, search and bundles are built on them.',
			from: { path: '^src/lib/models/' },
			to: { path: '^src/lib/(runs|training|search|bundle|explain|llm|storage)/' }
		},
		{
			name: 'models-on-plain-arrays',
			severity: 'error',
			comment:
				'Models train and score feature matrices (src/lib/shared/feature-matrix.ts): they never run the Recipe (types are fine: a blend member keeps its fitted Recipe). Tables become features in bundle/predict.ts and training.',
			from: { path: '^src/lib/models/' },
			to: { path: '^src/lib/(features|data|text)/', dependencyTypesNot: ['type-only'] }
		},
		{
			name: 'shared-is-a-leaf',
			severity: 'error',
			comment: 'src/lib/shared (errors, progress, rng, hashing) depends on nothing else of Faro but its languages.',
			from: { path: '^src/lib/shared/' },
			to: { path: '^(src/|workers/)', pathNot: '^src/lib/(shared|i18n)/' }
		},
		{
			name: 'i18n-is-a-leaf',
			severity: 'error',
			comment: 'src/lib/i18n (compiled messages, the language in use, formats) depends on nothing else of Faro.',
			from: { path: '^src/lib/i18n/' },
			to: { path: '^(src/|workers/)', pathNot: '^src/lib/i18n/' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		// node_modules stays in the graph (doNotFollow keeps it a leaf), or rules on packages such as TF.js never match.
		exclude: { path: '^(dist|dist-lib|dist-test)/' },
		tsPreCompilationDeps: 'specify',
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			extensions: ['.ts', '.js', '.mjs', '.svelte']
		},
		reporterOptions: { text: { highlightFocused: true } }
	}
};
