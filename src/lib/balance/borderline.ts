/**
 * Borderline-SMOTE, kind borderline-1 (Han et al., 2005), as imbalanced-learn 0.10 `BorderlineSMOTE`
 * implements it: a row of the class being grown is "in danger" when, among its m nearest neighbours over ALL
 * rows, m/2 ≤ (rows of other classes) < m; synthetic rows are made only from danger rows, towards one of their
 * k nearest neighbours within the class. A class with no danger row gets no new rows (as in imblearn).
 */
import { text } from '../i18n/text';
import { gatherRows, neighborCountFor, rowsOfClass } from './class-rows';
import { kNearest } from './knn';
import { SyntheticBuilder, type SmoteOptions, type Synthetic } from './smote';
import { countClasses, targetCounts } from './strategy';
import { validateDense, type Dense } from './validate';

/**
 * Borderline-1 synthetic rows; `danger` lists the danger rows (input indices) of every class grown, ascending
 * within a class. The input is not modified.
 * @param options.m Neighbours over all rows that decide "danger" (default 10, imblearn's `m_neighbors`).
 * @throws FaroError settings-invalid, class-too-small, cancelled.
 */
export async function oversampleBorderline(
	data: Dense,
	options: SmoteOptions & { m?: number }
): Promise<Synthetic & { danger: Int32Array }> {
	validateDense(data);
	const { x, width, y, classCount } = data;
	const wanted = targetCounts(countClasses(y, classCount), options.strategy, 'over');
	const parts = new SyntheticBuilder(
		width,
		wanted.reduce((a, b) => a + b, 0)
	);
	const danger: number[] = [];
	for (let c = 0; c < classCount; c++) {
		if (wanted[c] === 0) continue;
		const rows = rowsOfClass(y, c);
		const m = neighborCountFor(options.m ?? 10, y.length, c, parts.notes, 'm');
		const around = await kNearest(x, width, m, {
			...options,
			queries: rows,
			phase: `Borderline-SMOTE: danger rows of class ${c}`
		});
		const dangerLocal: number[] = [];
		for (let r = 0; r < rows.length; r++) {
			let others = 0;
			for (let j = 0; j < m; j++) if (y[around.indices[r * m + j]] !== c) others++;
			if (others >= m / 2 && others < m) dangerLocal.push(r);
		}
		if (dangerLocal.length === 0) {
			parts.notes.push(text('runs_balance_note_no_borderline', { index: c }));
			continue;
		}
		for (const r of dangerLocal) danger.push(rows[r]);
		const k = neighborCountFor(options.k ?? 5, rows.length, c, parts.notes);
		const values = gatherRows(x, width, rows);
		const nn = await kNearest(values, width, k, {
			...options,
			queries: Int32Array.from(dangerLocal),
			phase: `Borderline-SMOTE: neighbours in class ${c}`
		});
		for (let s = 0; s < wanted[c]; s++) {
			const d = options.rng.int(dangerLocal.length);
			const nb = nn.indices[d * k + options.rng.int(k)];
			parts.add(c, values, dangerLocal[d], nb, options.rng.next(), rows);
		}
	}
	return { ...parts.finish(), danger: Int32Array.from(danger) };
}
