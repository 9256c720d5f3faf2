/**
 * The Parzen estimators of TPE (Bergstra et al., 2011), as Optuna's univariate `TPESampler` builds them
 * (optuna/samplers/_tpe/parzen_estimator.py, with its defaults: prior weight 1, magic clip, no endpoints):
 * - numeric: one Gaussian kernel per observation, truncated to [low, high] (the caller passes log values for
 *   log-scaled parameters), each as wide as the larger gap to its sorted neighbours, clipped to
 *   [(high − low) / min(100, 1 + kernels), high − low]; plus a prior kernel at the centre, as wide as the range.
 * - categorical: one kernel per observation putting weight 1 + prior / kernels on the observed choice and
 *   prior / kernels on every choice, plus a uniform prior kernel: smoothed counts.
 * Observation weights follow hyperopt's linear forgetting: the 25 latest weigh 1, older ones ramp down.
 */
import type { Rng } from '$lib/shared/rng';

export type ParzenSpec = { low: number; high: number };

/** A mixture of truncated Gaussians on [low, high]. */
export type NumericParzen = {
	low: number;
	high: number;
	mus: number[];
	sigmas: number[];
	/** Mixture weights, summing to 1. */
	weights: number[];
};

/** Choice probabilities, summing to 1. */
export type CategoricalParzen = number[];

const PRIOR_WEIGHT = 1;
const FULL_WEIGHT_LATEST = 25;

/**
 * Weights of `n` observations in trial order (oldest first): all 1 up to 25, then a linear ramp from 1/n
 * for the oldest to 1 for the 26th latest.
 */
export function observationWeights(n: number): number[] {
	if (n <= FULL_WEIGHT_LATEST) return new Array<number>(n).fill(1);
	const ramp = n - FULL_WEIGHT_LATEST;
	const out = Array.from({ length: ramp }, (_, i) =>
		ramp === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (ramp - 1)
	);
	return out.concat(new Array<number>(FULL_WEIGHT_LATEST).fill(1));
}

/** The numeric estimator of `observations` (values inside [low, high], oldest first). */
export function fitNumericParzen(observations: number[], { low, high }: ParzenSpec): NumericParzen {
	const span = high - low;
	const n = observations.length;
	const priorMu = 0.5 * (low + high);
	const withPrior = [...observations, priorMu];
	const order = withPrior.map((_, i) => i).sort((a, b) => withPrior[a] - withPrior[b]);
	const sorted = [low, ...order.map((i) => withPrior[i]), high];
	const sortedSigmas = order.map((_, j) =>
		Math.max(sorted[j + 1] - sorted[j], sorted[j + 2] - sorted[j + 1])
	);
	if (sorted.length >= 4) {
		// No endpoints: the outermost kernels take the gap to their inner neighbour only.
		sortedSigmas[0] = sorted[2] - sorted[1];
		sortedSigmas[sortedSigmas.length - 1] = sorted[sorted.length - 2] - sorted[sorted.length - 3];
	}
	const minSigma = span / Math.min(100, 1 + (n + 1));
	const sigmas = new Array<number>(n);
	order.forEach((i, j) => {
		if (i < n) sigmas[i] = Math.min(span, Math.max(minSigma, sortedSigmas[j]));
	});
	const raw = [...observationWeights(n), PRIOR_WEIGHT];
	const total = raw.reduce((a, b) => a + b, 0);
	return {
		low,
		high,
		mus: withPrior,
		sigmas: [...sigmas, span],
		weights: raw.map((w) => w / total)
	};
}

/** The categorical estimator over `size` choices of `observations` (choice indices, oldest first). */
export function fitCategoricalParzen(observations: number[], size: number): CategoricalParzen {
	const n = observations.length;
	const kernels = n + 1;
	const raw = [...observationWeights(n), PRIOR_WEIGHT];
	const total = raw.reduce((a, b) => a + b, 0);
	// Each observation's kernel: prior / kernels everywhere, + 1 on its choice, normalised.
	const rowSum = 1 + (size * PRIOR_WEIGHT) / kernels;
	const probabilities = new Array<number>(size).fill(0);
	observations.forEach((choice, k) => {
		const w = raw[k] / total;
		for (let j = 0; j < size; j++) {
			probabilities[j] += (w * (PRIOR_WEIGHT / kernels + (j === choice ? 1 : 0))) / rowSum;
		}
	});
	for (let j = 0; j < size; j++) probabilities[j] += raw[n] / total / size;
	return probabilities;
}

/** Draws from the mixture: a kernel by weight, then its truncated Gaussian (by rejection, then clamped). */
export function sampleNumeric(p: NumericParzen, rng: Rng): number {
	const k = drawIndex(p.weights, rng);
	for (let attempt = 0; attempt < 64; attempt++) {
		const x = p.mus[k] + p.sigmas[k] * standardNormal(rng);
		if (x >= p.low && x <= p.high) return x;
	}
	return Math.min(p.high, Math.max(p.low, p.mus[k]));
}

/** Log density of the mixture at `x`. */
export function logDensityNumeric(p: NumericParzen, x: number): number {
	const terms = p.mus.map((mu, k) => {
		const s = p.sigmas[k];
		const z = (x - mu) / s;
		const mass = normalCdf((p.high - mu) / s) - normalCdf((p.low - mu) / s);
		return Math.log(p.weights[k]) - 0.5 * z * z - Math.log(s * SQRT_2PI * mass);
	});
	return logSumExp(terms);
}

/** Draws a choice index. */
export const sampleCategorical = (p: CategoricalParzen, rng: Rng): number => drawIndex(p, rng);

export const logDensityCategorical = (p: CategoricalParzen, choice: number): number =>
	Math.log(p[choice]);

const SQRT_2PI = Math.sqrt(2 * Math.PI);

function drawIndex(weights: number[], rng: Rng): number {
	let u = rng.next();
	for (let i = 0; i < weights.length - 1; i++) {
		u -= weights[i];
		if (u < 0) return i;
	}
	return weights.length - 1;
}

/** Box–Muller (one of the pair). */
function standardNormal(rng: Rng): number {
	const u = 1 - rng.next(); // (0, 1]: keeps log(0) out
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/**
 * Φ(z) from erf (Abramowitz & Stegun 7.1.26, |error| ≤ 1.5·10⁻⁷). Kernels are centred inside [low, high] and
 * no wider than it, so each truncation mass is at least Φ(1) − Φ(0) ≈ 0.34 and this
 * precision is ample.
 */
export function normalCdf(z: number): number {
	const x = Math.abs(z) / Math.SQRT2;
	const t = 1 / (1 + 0.3275911 * x);
	const poly =
		t *
		(0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erf = 1 - poly * Math.exp(-x * x);
	return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

function logSumExp(terms: number[]): number {
	const top = Math.max(...terms);
	if (!Number.isFinite(top)) return top;
	return top + Math.log(terms.reduce((sum, t) => sum + Math.exp(t - top), 0));
}
