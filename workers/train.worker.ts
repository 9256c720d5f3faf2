/// <reference lib="webworker" />
/**
 * Train worker: TF.js with every browser backend registered (WebGPU, WebGL, WASM, CPU). The WASM binaries
 * are served by the app itself (Vite `?url`), never from a CDN; threads are off (PLATFORM.md: the threaded
 * build hangs when minified and gave no speed-up on 2 cores).
 */
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { chooseBackend } from '$lib/models';
import { settle } from '$lib/shared/errors';
import { executeRun, summarizeRun, type RunRequest, type TrainProgress } from '$lib/runs';
import { executeSearch, type SearchRequest, type Trial } from '$lib/runs/search';
import type { Progress } from '$lib/shared/progress';

setWasmPaths({
	'tfjs-backend-wasm.wasm': wasmPlain,
	'tfjs-backend-wasm-simd.wasm': wasmSimd,
	'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
});
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

const running = new Map<string, AbortController>();

const api = {
	/** Trains a run; resolves with its summary once the final record is stored. */
	async train(request: RunRequest, onProgress: (p: TrainProgress) => void) {
		const controller = new AbortController();
		running.set(request.runId, controller);
		try {
			return await settle(async () => {
				const record = await executeRun(request, (preference) => chooseBackend(preference), {
					signal: controller.signal,
					onProgress
				});
				return summarizeRun(record);
			});
		} finally {
			running.delete(request.runId);
		}
	},
	cancel(runId: string) {
		running.get(runId)?.abort();
	},
	/** "Find the best model": trials stream to `onTrial`; the best becomes a run (id `request.runId`). */
	async search(request: SearchRequest, onTrial: (trial: Trial) => void, onProgress: (p: Progress) => void) {
		const controller = new AbortController();
		running.set(request.runId, controller);
		try {
			return await settle(() =>
				executeSearch(request, (preference) => chooseBackend(preference), { signal: controller.signal, onTrial, onProgress })
			);
		} finally {
			running.delete(request.runId);
		}
	},
	/** Cancels a search: finished trials are kept and returned. */
	cancelSearch(runId: string) {
		running.get(runId)?.abort();
	}
};

export type TrainApi = typeof api;
Comlink.expose(api);
