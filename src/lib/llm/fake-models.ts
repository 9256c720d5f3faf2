/**
 * The fake "models" of test builds (VITE_FARO_FAKE_LLM=1 or `--mode test`; never in production, where the
 * list is empty and the engine code is never imported). Each stands for one way a real model behaves or
 * fails: well-behaved, slow, malformed answers, files unreachable, out of GPU memory, device lost
 * mid-generation. Failures use the texts the real engine rejects with (ENGINE_ERROR_TEXTS) and go through
 * the same classification as a real load, so end-to-end tests exercise the real failure handling. A failing
 * model fails the first time it is started on a page (then the "connection is back" or the "GPU recovered"),
 * except the out-of-memory one, which never fits. The engines run in the LLM worker (one per page), as real
 * ones do; the page only lists the choices.
 */
import type { Progress } from '$lib/shared/progress';
import type { FakeEngineOptions } from './fake-engine';
import { engineError, loadProgress, type LoadedEngine } from './load-engine';
import type { ModelChoice } from './models';

/** True only in test builds: every fake branch is behind it, so production builds drop them. */
export const FAKE_LLM_BUILD =
	import.meta.env.MODE === 'test' || import.meta.env.VITE_FARO_FAKE_LLM === '1';

type FakeModel = {
	id: string;
	vramMb: number;
	downloadMb: number;
	delayMs: number;
	omitEvery?: number;
	/** The load breaks off after this many progress reports, with this real text. */
	loadFails?: { afterSteps: number; text: 'offline' | 'httpError' | 'deviceLostLoading' };
	/** The device is lost after this many requests: the read-back in flight fails, then the model is gone. */
	deviceLostAfter?: number;
	/** Fails every time (the out-of-memory model never fits), not just the first time on a page. */
	alwaysFails?: boolean;
};

const FAKE_MODELS: FakeModel[] = FAKE_LLM_BUILD
	? [
			{ id: 'fake-engine (test build)', vramMb: 500, downloadMb: 250, delayMs: 20 },
			{ id: 'fake-engine-slow (test build)', vramMb: 400, downloadMb: 250, delayMs: 50 },
			{
				id: 'fake-engine-malformed (test build)',
				vramMb: 400,
				downloadMb: 250,
				delayMs: 5,
				omitEvery: 10
			},
			{
				id: 'fake-unreachable (test build)',
				vramMb: 400,
				downloadMb: 250,
				delayMs: 20,
				loadFails: { afterSteps: 2, text: 'offline' }
			},
			{
				id: 'fake-oom (test build)',
				vramMb: 1800,
				downloadMb: 900,
				delayMs: 20,
				loadFails: { afterSteps: 4, text: 'deviceLostLoading' },
				alwaysFails: true
			},
			{
				id: 'fake-device-lost-after-20 (test build)',
				vramMb: 400,
				downloadMb: 250,
				delayMs: 5,
				deviceLostAfter: 20
			}
		]
	: [];
/** Models that already failed once in this worker (the page's LLM worker lives as long as the page). */
const failedInWorker = new Set<string>();
// Behind the build flag in this module: rolldown then drops the import, and production builds emit no
// chunk for the fake engine (an import() only reached through another module's flag still got one).
const importFakeEngine = FAKE_LLM_BUILD ? () => import('./fake-engine') : null;

/** The fake models as picker choices (empty outside test builds). */
export const fakeModelChoices = (): ModelChoice[] =>
	FAKE_MODELS.map((m) => ({
		id: m.id,
		vramMb: m.vramMb,
		downloadMb: m.downloadMb,
		downloadEstimated: false,
		needsShaderF16: false,
		hosts: []
	}));

/** Whether `modelId` is one of the fake models (always false outside test builds). */
export const isFakeModel = (modelId: string): boolean => FAKE_MODELS.some((m) => m.id === modelId);

/**
 * Starts a fake model: a "download" with progress, then the engine, failing as the model says.
 * @throws FaroError llm-unreachable, llm-out-of-memory (classified from the real texts)
 */
export async function startFakeEngine(
	modelId: string,
	onLoading: (p: Progress) => void
): Promise<LoadedEngine> {
	const model = FAKE_MODELS.find((m) => m.id === modelId);
	if (!model || !importFakeEngine) throw engineError(`No fake model "${modelId}"`, modelId);
	const { loadFakeEngine, ENGINE_ERROR_TEXTS: texts } = await importFakeEngine();
	const fails = model.alwaysFails || !failedInWorker.has(modelId);
	const options: FakeEngineOptions = { delayMs: model.delayMs, omitEvery: model.omitEvery };
	if (fails && model.loadFails) {
		options.loadError = {
			afterSteps: model.loadFails.afterSteps,
			message: texts[model.loadFails.text]
		};
	}
	if (fails && model.deviceLostAfter !== undefined) {
		options.failAfter = {
			requests: model.deviceLostAfter,
			message: texts.deviceLostReading,
			later: texts.modelUnloaded
		};
	}
	if (options.loadError || options.failAfter) failedInWorker.add(modelId);
	try {
		const engine = await loadFakeEngine(options, (r) =>
			onLoading(loadProgress(r, model.downloadMb))
		);
		return { engine, unload: async () => {} };
	} catch (err) {
		throw engineError(err, modelId);
	}
}
