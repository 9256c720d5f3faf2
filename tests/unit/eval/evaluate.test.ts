import { describe, expect, it } from 'vitest';
import { evaluate, type Metrics } from '$lib/eval';
import { FaroError } from '$lib/shared/errors';
import { render } from '$lib/i18n';
import { expectClose } from '../helpers/expect-close';
import { loadReference, type EdgesReference, type EvaluationCase } from './load-reference';

const edges = loadReference<EdgesReference>('edges');
const cases: EvaluationCase[] = [
	loadReference<EvaluationCase>('binary-ties'),
	loadReference<EvaluationCase>('multiclass'),
	loadReference<EvaluationCase>('never-predicted'),
	loadReference<EvaluationCase>('german-credit'),
	...edges.evaluations
];

function run(c: EvaluationCase): Metrics {
	const proba = c.float32 ? Float32Array.from(c.proba) : Float64Array.from(c.proba);
	return evaluate(Int32Array.from(c.yTrue), proba, {
		labels: c.labels,
		positiveIndex: c.positiveIndex ?? undefined,
		threshold: c.threshold ?? undefined
	});
}

/** The reference as evaluate() shapes it: labels on classes, no threshold-search entry. */
function expectedMetrics(c: EvaluationCase): Record<string, unknown> {
	const { chosenThreshold: _, perClass, ...rest } = c.expected;
	return {
		...rest,
		rows: c.yTrue.length,
		perClass: perClass.map((p, i) => ({ label: c.labels[i], ...p })),
		positiveLabel: c.positiveIndex === null ? null : c.labels[c.positiveIndex]
	};
}

describe('evaluate', () => {
	for (const c of cases) {
		it(`matches scikit-learn on every metric and curve point: ${c.name}`, () => {
			expectClose(run(c), expectedMetrics(c), { digits: 9 });
		});
	}

	it('gives a JSON-safe object (no NaN, no typed arrays) even where scikit-learn raises', () => {
		for (const c of cases) {
			const metrics = run(c);
			expect(JSON.parse(JSON.stringify(metrics)), c.name).toEqual(metrics);
		}
	});

	it('names the multiclass one-vs-rest curves by class label', () => {
		const metrics = run(cases[1]);
		expect(metrics.curves.rocPerClass?.map((c) => c.label)).toEqual(['a', 'b', 'c', 'd']);
		expect(metrics.curves.roc).toBeNull();
		expect(metrics.threshold).toBeNull();
	});

	it('reports a class that is never predicted with precision 0 and a note, not NaN', () => {
		const metrics = run(cases[2]);
		expect(metrics.perClass[2]).toEqual({
			label: 'high',
			precision: 0,
			recall: 0,
			f1: 0,
			support: 73
		});
		expect(metrics.notes.some((n) => n.includes('"high" is never predicted'))).toBe(true);
	});

	it('makes ROC AUC null with a note when yTrue holds one class (scikit-learn raises)', () => {
		const metrics = run(edges.evaluations[0]);
		expect(metrics.rocAuc).toBeNull();
		expect(metrics.curves.roc).toBeNull();
		expect(metrics.notes.join(' ')).toMatch(/ROC AUC is undefined: every evaluated row is "n"/);
		const multiclass = run(edges.evaluations[4]);
		expect(multiclass.rocAuc).toBeNull();
		expect(multiclass.notes.join(' ')).toMatch(/class "z" has no evaluated row/);
		// the same notes as Texts, for the page and the report in the reader's language
		expect(metrics.noteTexts?.map((n) => render(n, 'en'))).toEqual(metrics.notes);
		expect(metrics.noteTexts?.map((n) => render(n, 'es')).join(' ')).toMatch(
			/El ROC AUC no está definido: todas las filas evaluadas son «n»/
		);
	});

	it('predicts the positive class at p ≥ threshold exactly, and uses class 1 and 0.5 by default', () => {
		const proba = new Float64Array([0.5, 0.5, 0.7, 0.3, 0.2, 0.8]);
		const byDefault = evaluate(new Int32Array([1, 0, 1]), proba, { labels: ['n', 'p'] });
		expect(byDefault.threshold).toBe(0.5);
		expect(byDefault.positiveLabel).toBe('p');
		expect(byDefault.confusion).toEqual([
			[1, 0],
			[0, 2]
		]);
		const positiveFirst = evaluate(new Int32Array([1, 0, 1]), proba, {
			labels: ['n', 'p'],
			positiveIndex: 0,
			threshold: 0.5
		});
		expect(positiveFirst.positiveLabel).toBe('n');
		expect(positiveFirst.confusion).toEqual([
			[1, 0],
			[1, 1]
		]);
	});

	it('breaks argmax ties towards the lowest class index', () => {
		const metrics = evaluate(
			new Int32Array([1, 2]),
			new Float64Array([0.2, 0.4, 0.4, 0.1, 0.45, 0.45]),
			{
				labels: ['a', 'b', 'c']
			}
		);
		expect(metrics.confusion).toEqual([
			[0, 0, 0],
			[0, 1, 0],
			[0, 1, 0]
		]);
	});

	it('rejects bad shapes, class indices outside 0..k-1, non-probabilities and a single label', () => {
		const labels = ['n', 'p'];
		const bad: [string, () => unknown][] = [
			['empty', () => evaluate(new Int32Array(0), new Float64Array(0), { labels })],
			['shape', () => evaluate(new Int32Array([0, 1]), new Float64Array([0.5, 0.5]), { labels })],
			['index', () => evaluate(new Int32Array([2]), new Float64Array([0.5, 0.5]), { labels })],
			['NaN', () => evaluate(new Int32Array([0]), new Float64Array([NaN, 0.5]), { labels })],
			[
				'threshold',
				() =>
					evaluate(new Int32Array([0]), new Float64Array([0.5, 0.5]), { labels, threshold: NaN })
			],
			['k=1', () => evaluate(new Int32Array([0]), new Float64Array([1]), { labels: ['only'] })],
			[
				'positive',
				() =>
					evaluate(new Int32Array([0]), new Float64Array([0.5, 0.5]), { labels, positiveIndex: 2 })
			]
		];
		for (const [name, fn] of bad) {
			expect(fn, name).toThrow(FaroError);
		}
	});
});
