/** One measured figure, printed as a table row by `npm run bench` and written to bench/results.json. */
export type BenchRow = {
	/** What was measured, e.g. "parse + infer 1,000,000 × 12 CSV (Node)". */
	name: string;
	value: number;
	unit: string;
	/** The reference figure on this machine kind (REFERENCE.md), same unit, when there is one. */
	reference?: number;
	/** The target, same unit, when there is one. */
	target?: number;
	/** Whether lower is better (seconds) or higher (rows/s); decides how target and reference are read. */
	lowerIsBetter?: boolean;
	note?: string;
};

/** A bench module: `export const bench: Bench = { name, run }`. */
export type Bench = { name: string; run: () => Promise<BenchRow[]> };
