/**
 * TF.js for the training workers: every browser backend registered (WebGPU, WebGL, WASM, CPU). The WASM
 * binaries are served by the app itself (Vite `?url`), never from a CDN; threads are off (PLATFORM.md: the
 * threaded build hangs when minified and gave no speed-up on 2 cores). Imported for its side effects.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

setWasmPaths({
	'tfjs-backend-wasm.wasm': wasmPlain,
	'tfjs-backend-wasm-simd.wasm': wasmSimd,
	'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
});
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
