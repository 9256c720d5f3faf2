/**
 * Limited-memory BFGS (Nocedal & Wright, "Numerical Optimization", algorithms 7.4 and 7.5) for smooth
 * unconstrained problems such as L2-penalised logistic regression: the two-loop recursion over the last
 * `memory` steps for the direction, a backtracking line search with the Armijo condition from step 1
 * (the first iteration scales its step to the gradient), and pairs kept only when their curvature is positive.
 * It stops when the largest gradient entry is at most `gradientTolerance`, when an iteration lowers the
 * objective by less than `relativeTolerance` of it (scipy's `ftol`), when the line search cannot lower it, or
 * after `maxIterations`.
 */

/** The objective at `x`; writes its gradient into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export type LbfgsOptions = {
	maxIterations: number;
	/** Past steps kept (scipy's and scikit-learn's default: 10). */
	memory?: number;
	gradientTolerance?: number;
	relativeTolerance?: number;
	/** Called after each iteration with its number (from 0) and objective; may be async (to yield, to cancel). */
	onIteration?: (iteration: number, value: number) => void | Promise<void>;
};

export type LbfgsResult = {
	x: Float64Array;
	value: number;
	iterations: number;
	/** Why it stopped. */
	reason: 'gradient' | 'objective' | 'line-search' | 'iterations';
};

const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 40;

/** Minimises `objective` from `start` (not modified). */
export async function minimizeLbfgs(
	objective: Objective,
	start: Float64Array,
	options: LbfgsOptions
): Promise<LbfgsResult> {
	const n = start.length;
	const memory = options.memory ?? 10;
	const gradientTolerance = options.gradientTolerance ?? 1e-6;
	const relativeTolerance = options.relativeTolerance ?? 1e-12;
	let x = Float64Array.from(start);
	let g = new Float64Array(n);
	let f = objective(x, g);
	const s: Float64Array[] = [];
	const y: Float64Array[] = [];
	const rho: number[] = [];
	const alpha = new Float64Array(memory);
	const direction = new Float64Array(n);
	let next = new Float64Array(n);
	let nextG = new Float64Array(n);
	if (maxAbs(g) <= gradientTolerance) return { x, value: f, iterations: 0, reason: 'gradient' };
	for (let iteration = 0; iteration < options.maxIterations; iteration++) {
		// two-loop recursion: direction = −H·g
		direction.set(g);
		for (let i = s.length - 1; i >= 0; i--) {
			alpha[i] = rho[i] * dot(s[i], direction);
			axpy(-alpha[i], y[i], direction);
		}
		const last = s.length - 1;
		const gamma = last >= 0 ? dot(s[last], y[last]) / dot(y[last], y[last]) : 1 / norm(g);
		for (let k = 0; k < n; k++) direction[k] *= gamma;
		for (let i = 0; i < s.length; i++) {
			const beta = rho[i] * dot(y[i], direction);
			axpy(alpha[i] - beta, s[i], direction);
		}
		for (let k = 0; k < n; k++) direction[k] = -direction[k];
		let slope = dot(g, direction);
		if (!(slope < 0)) {
			// not a descent direction (numerical trouble): restart from steepest descent
			s.length = y.length = rho.length = 0;
			const size = norm(g);
			for (let k = 0; k < n; k++) direction[k] = -g[k] / size;
			slope = dot(g, direction);
		}
		let step = 1;
		let nextF = NaN;
		let accepted = false;
		for (let b = 0; b < MAX_BACKTRACKS; b++) {
			for (let k = 0; k < n; k++) next[k] = x[k] + step * direction[k];
			nextF = objective(next, nextG);
			if (Number.isFinite(nextF) && nextF <= f + ARMIJO * step * slope) {
				accepted = true;
				break;
			}
			step *= 0.5;
		}
		if (!accepted) return { x, value: f, iterations: iteration, reason: 'line-search' };
		const sk = new Float64Array(n);
		const yk = new Float64Array(n);
		for (let k = 0; k < n; k++) {
			sk[k] = next[k] - x[k];
			yk[k] = nextG[k] - g[k];
		}
		const curvature = dot(sk, yk);
		if (curvature > 1e-12 * dot(yk, yk)) {
			if (s.length === memory) {
				s.shift();
				y.shift();
				rho.shift();
			}
			s.push(sk);
			y.push(yk);
			rho.push(1 / curvature);
		}
		const previousF = f;
		[x, next] = [next, x];
		[g, nextG] = [nextG, g];
		f = nextF;
		await options.onIteration?.(iteration, f);
		if (maxAbs(g) <= gradientTolerance)
			return { x, value: f, iterations: iteration + 1, reason: 'gradient' };
		const scale = Math.max(Math.abs(previousF), Math.abs(f), 1);
		if ((previousF - f) / scale <= relativeTolerance)
			return { x, value: f, iterations: iteration + 1, reason: 'objective' };
	}
	return { x, value: f, iterations: options.maxIterations, reason: 'iterations' };
}

function dot(a: Float64Array, b: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
	return sum;
}

const norm = (a: Float64Array) => Math.sqrt(dot(a, a));

function axpy(a: number, x: Float64Array, y: Float64Array): void {
	for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}

function maxAbs(a: Float64Array): number {
	let m = 0;
	for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
	return m;
}
