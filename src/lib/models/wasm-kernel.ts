/**
 * Loading Faro's hand-written WebAssembly kernels (histogram.wat, mlp-kernel.wat; `npm run wasm` turns them into
 * the byte arrays of *-wasm.ts): each module is compiled once per thread, and each fit gets an instance on a
 * memory of its own, sized up front and never grown (growing would detach every typed-array view of it).
 */

const PAGE = 65_536;

/**
 * A lazily compiled module for `bytes`: the function returns it (compiled on the first call, then cached), or
 * null where WebAssembly is missing or refuses it; the callers then keep to JavaScript.
 */
export function lazyKernelModule(bytes: Uint8Array<ArrayBuffer>): () => WebAssembly.Module | null {
	let compiled: WebAssembly.Module | null | undefined;
	return () => {
		if (compiled === undefined) {
			try {
				compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(bytes) : null;
			} catch {
				compiled = null;
			}
		}
		return compiled;
	};
}

/** An instance of `module` on a new memory of at least `bytes` bytes, or null when that memory cannot be had. */
export function instantiateKernel<Exports>(
	module: WebAssembly.Module,
	bytes: number
): { memory: WebAssembly.Memory; exports: Exports } | null {
	try {
		const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
		const instance = new WebAssembly.Instance(module, { kernel: { memory } });
		return { memory, exports: instance.exports as unknown as Exports };
	} catch {
		return null;
	}
}
