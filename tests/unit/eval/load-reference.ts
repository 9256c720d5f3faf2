import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads tests/fixtures/reference/eval-<name>.json, turning the string "NaN" back into NaN. */
export function loadReference<T>(name: string): T {
	const url = new URL(`../../fixtures/reference/eval-${name}.json`, import.meta.url);
	return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'), (_key, value) =>
		value === 'NaN' ? NaN : value
	) as T;
}

/** One `evaluate` case written by tests/fixtures/reference/scripts/eval_reference.py. */
export type EvaluationCase = {
	name: string;
	labels: string[];
	positiveIndex: number | null;
	threshold: number | null;
	float32: boolean;
	yTrue: number[];
	proba: number[];
	expected: Record<string, unknown> & {
		chosenThreshold?: { f1: number; youden: number };
		perClass: Record<string, number>[];
	};
};

/** One curve case of eval-edges.json. */
export type CurveCase = {
	name: string;
	scores: number[];
	positives: number[];
	roc: { fpr: number[]; tpr: number[]; thresholds: number[] };
	auc: number | null;
	pr: { precision: number[]; recall: number[]; thresholds: number[] };
	averagePrecision: number;
	calibration: { meanPredicted: number[]; fractionPositive: number[]; counts: number[] };
	chosenThreshold: { f1: number; youden: number };
};

export type EdgesReference = { curves: CurveCase[]; evaluations: EvaluationCase[] };
