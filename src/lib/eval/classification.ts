/**
 * Label metrics computed from a confusion matrix (rows true, columns predicted), each matching its
 * scikit-learn 1.2.1 function with `zero_division="warn"`: a ratio with a zero denominator is 0, not NaN.
 */

/** Precision, recall and F1 of one class, or an average of them. */
export type Prf = { precision: number; recall: number; f1: number };

/** Per-class scores plus support, as `precision_recall_fscore_support(average=None, labels=range(k))`. */
export type ClassScores = Prf & { support: number };

const rowSums = (c: number[][]) => c.map((row) => row.reduce((a, b) => a + b, 0));
const columnSums = (c: number[][]) => c.map((_, j) => c.reduce((a, row) => a + row[j], 0));
const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

/** Per-class precision, recall, F1 (0 where undefined) and support. */
export function scoreClasses(confusion: number[][]): ClassScores[] {
	const trueSums = rowSums(confusion);
	const predSums = columnSums(confusion);
	return confusion.map((row, c) => {
		const tp = row[c];
		const precision = predSums[c] !== 0 ? tp / predSums[c] : 0;
		const recall = trueSums[c] !== 0 ? tp / trueSums[c] : 0;
		const denom = precision + recall;
		const f1 = denom !== 0 ? (2 * precision * recall) / denom : 0;
		return { precision, recall, f1, support: trueSums[c] };
	});
}

/** Unweighted mean over classes (`average='macro'`), classes without rows included as zeros. */
export function averageMacro(scores: ClassScores[]): Prf {
	const mean = (key: keyof Prf) => scores.reduce((s, c) => s + c[key], 0) / scores.length;
	return { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
}

/** Mean weighted by support (`average='weighted'`); all zeros when there is no support. */
export function averageWeighted(scores: ClassScores[]): Prf {
	const total = scores.reduce((s, c) => s + c.support, 0);
	const mean = (key: keyof Prf) =>
		total === 0 ? 0 : scores.reduce((s, c) => s + c[key] * c.support, 0) / total;
	return { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
}

/** Share of rows on the diagonal, as `accuracy_score`. */
export function accuracyOf(confusion: number[][]): number {
	const n = rowSums(confusion).reduce((a, b) => a + b, 0);
	return confusion.reduce((s, row, c) => s + row[c], 0) / n;
}

/** Mean recall over the classes present in the true labels, as `balanced_accuracy_score`. */
export function balancedAccuracyOf(confusion: number[][]): number {
	const recalls = rowSums(confusion).flatMap((total, c) =>
		total > 0 ? [confusion[c][c] / total] : []
	);
	return recalls.reduce((a, b) => a + b, 0) / recalls.length;
}

/** Matthews correlation (multiclass R_K), as `matthews_corrcoef`: 0 when a marginal is constant. */
export function mccOf(confusion: number[][]): number {
	const t = rowSums(confusion);
	const p = columnSums(confusion);
	const correct = confusion.reduce((s, row, c) => s + row[c], 0);
	const n = p.reduce((a, b) => a + b, 0);
	const covTruePred = correct * n - dot(t, p);
	const covPredPred = n * n - dot(p, p);
	const covTrueTrue = n * n - dot(t, t);
	if (covPredPred * covTrueTrue === 0) return 0;
	return covTruePred / Math.sqrt(covTrueTrue * covPredPred);
}

/**
 * Cohen's kappa (unweighted), as `cohen_kappa_score(yTrue, yPred)`; NaN when chance disagreement is zero
 * (one class only on both sides), where scikit-learn divides 0 by 0.
 */
export function kappaOf(confusion: number[][]): number {
	const predSums = columnSums(confusion);
	const trueSums = rowSums(confusion);
	const n = predSums.reduce((a, b) => a + b, 0);
	let observed = 0;
	let expected = 0;
	for (let i = 0; i < confusion.length; i++) {
		for (let j = 0; j < confusion.length; j++) {
			if (i === j) continue;
			observed += confusion[i][j];
			expected += (predSums[i] * trueSums[j]) / n;
		}
	}
	return expected === 0 ? NaN : 1 - observed / expected;
}
