/**
 * The three single-column measures of the signal screen, each checked against its standard implementation
 * (tests/fixtures/reference/scripts/signal_reference.py):
 * - ROC AUC of a raw value as the score of the positive class: matches scikit-learn `roc_auc_score`, ties
 *   averaged (the Mann–Whitney U statistic over the rows with a value).
 * - Cramér's V of a contingency table, bias-uncorrected and without Yates' correction: matches
 *   `scipy.stats.contingency.association(table, method='cramer')`.
 * - Weight of Evidence and Information Value per bin, in the credit-scoring form with the positive class as
 *   the event: WoE_i = ln(dist_pos_i / dist_neg_i), IV = Σ (dist_pos_i − dist_neg_i) · WoE_i.
 */

/** One bin's counts and its Weight of Evidence. */
export type WoeCounts = { rows: number; positives: number; positiveRate: number; woe: number };

/**
 * A zero count in a bin (no positives, or no negatives) becomes this many rows before dividing, so WoE stays
 * finite; non-zero counts and the class totals are left as they are.
 */
export const EMPTY_CELL_COUNT = 0.5;

/**
 * ROC AUC of `values` as a score for the rows where `positive` is 1, over the rows with a value (NaN left
 * out); null without both classes among them or with a single value.
 */
export function rocAucOf(values: Float64Array, positive: Uint8Array): number | null {
	const rows: number[] = [];
	for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) rows.push(i);
	rows.sort((a, b) => values[a] - values[b]);
	if (rows.length === 0 || values[rows[0]] === values[rows[rows.length - 1]]) return null;
	let positives = 0;
	let rankSum = 0;
	for (let start = 0; start < rows.length;) {
		let end = start;
		while (end < rows.length && values[rows[end]] === values[rows[start]]) end++;
		const rank = (start + 1 + end) / 2; // tied values share the average of ranks start+1 … end
		for (let k = start; k < end; k++) {
			if (positive[rows[k]] === 1) {
				positives++;
				rankSum += rank;
			}
		}
		start = end;
	}
	const negatives = rows.length - positives;
	if (positives === 0 || negatives === 0) return null;
	return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Cramér's V between two codings of the same rows: sqrt(χ² / (n · (min(r, c) − 1))), χ² = Σ (O − E)² / E
 * with E from the margins, over the r row codes and c column codes that occur. Null when either side has
 * one value only (V is undefined).
 */
export function cramersV(
	rowCodes: Int32Array,
	rowCount: number,
	columnCodes: Int32Array,
	columnCount: number
): number | null {
	const n = rowCodes.length;
	const observed = new Float64Array(rowCount * columnCount);
	const rowSums = new Float64Array(rowCount);
	const columnSums = new Float64Array(columnCount);
	for (let i = 0; i < n; i++) {
		observed[rowCodes[i] * columnCount + columnCodes[i]]++;
		rowSums[rowCodes[i]]++;
		columnSums[columnCodes[i]]++;
	}
	const r = rowSums.filter((s) => s > 0).length;
	const c = columnSums.filter((s) => s > 0).length;
	if (r < 2 || c < 2) return null;
	let chi2 = 0;
	for (let i = 0; i < rowCount; i++) {
		if (rowSums[i] === 0) continue;
		for (let j = 0; j < columnCount; j++) {
			if (columnSums[j] === 0) continue;
			const expected = (rowSums[i] * columnSums[j]) / n;
			const gap = observed[i * columnCount + j] - expected;
			chi2 += (gap * gap) / expected;
		}
	}
	return Math.sqrt(chi2 / n / (Math.min(r, c) - 1));
}

/**
 * WoE per bin and the IV of a binning against a binary target (`positive` 1 = the event). Every bin must
 * hold at least one row, and both classes must occur.
 */
export function informationValue(
	codes: Int32Array,
	binCount: number,
	positive: Uint8Array
): { iv: number; bins: WoeCounts[] } {
	const rows = new Int32Array(binCount);
	const positives = new Int32Array(binCount);
	let totalPositives = 0;
	for (let i = 0; i < codes.length; i++) {
		rows[codes[i]]++;
		positives[codes[i]] += positive[i];
		totalPositives += positive[i];
	}
	const totalNegatives = codes.length - totalPositives;
	let iv = 0;
	const bins: WoeCounts[] = [];
	for (let b = 0; b < binCount; b++) {
		const negatives = rows[b] - positives[b];
		const distPositive = (positives[b] > 0 ? positives[b] : EMPTY_CELL_COUNT) / totalPositives;
		const distNegative = (negatives > 0 ? negatives : EMPTY_CELL_COUNT) / totalNegatives;
		const woe = Math.log(distPositive / distNegative);
		iv += (distPositive - distNegative) * woe;
		bins.push({
			rows: rows[b],
			positives: positives[b],
			positiveRate: positives[b] / rows[b],
			woe
		});
	}
	return { iv, bins };
}
