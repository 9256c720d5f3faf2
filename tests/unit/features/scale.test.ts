import { describe, expect, it } from 'vitest';
import { skewness, suggestLog1p } from '$lib/features';
import { findColumn, columnAsNumbers, type Column } from '$lib/data/table';
import reference from '../../fixtures/reference/features-german-credit.json';
import { GERMAN_CREDIT_CSV, readSimpleCsv } from './tables';

describe('skewness and suggestLog1p', () => {
	it('computes the biased skewness of scipy.stats.skew', () => {
		// mean 4, deviations −3 −2 −1 6: m2 = 12.5, m3 = 45
		expect(skewness(Float64Array.from([1, 2, 3, 10]))).toBeCloseTo(45 / 12.5 ** 1.5, 12);
		const data = readSimpleCsv(GERMAN_CREDIT_CSV);
		for (const [name, expected] of Object.entries(reference.skewness)) {
			expect(skewness(columnAsNumbers(findColumn(data, name) as Column)), name).toBeCloseTo(
				expected,
				10
			);
		}
	});

	it('suggests log1p for the long-tailed Credit amount only, never for negative values, ignores NaN', () => {
		const data = readSimpleCsv(GERMAN_CREDIT_CSV);
		const suggested = ['Age', 'Credit amount', 'Duration'].filter((name) =>
			suggestLog1p(columnAsNumbers(findColumn(data, name) as Column))
		);
		expect(suggested).toEqual(['Credit amount']);
		expect(suggestLog1p(Float64Array.from([-1, 0, 0, 0, 0, 0, 0, 100]))).toBe(false);
		expect(suggestLog1p(Float64Array.from([NaN, 0, 0, 0, 0, 0, 0, 100]))).toBe(true);
		expect(skewness(new Float64Array(0))).toBe(0);
		expect(skewness(Float64Array.from([5, 5, 5]))).toBe(0);
	});
});
