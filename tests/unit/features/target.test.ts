import { describe, expect, it } from 'vitest';
import { encodeTarget, MAX_CLASSES } from '$lib/features';
import { findColumn, type Column } from '$lib/data/table';
import { FaroError } from '$lib/shared/errors';
import { cat, GERMAN_CREDIT_CSV, num, readSimpleCsv } from './tables';

function caught(fn: () => unknown): FaroError {
	try {
		fn();
	} catch (err) {
		if (err instanceof FaroError) return err;
		throw err;
	}
	throw new Error('expected a FaroError');
}

describe('encodeTarget', () => {
	it('sorts labels like LabelEncoder and drops missing rows', () => {
		const t = encodeTarget(cat('Risk', ['good', null, 'bad', 'good']));
		expect(t.labels).toEqual(['bad', 'good']);
		expect(Array.from(t.y)).toEqual([1, 0, 1]);
		expect(Array.from(t.keptRows)).toEqual([0, 2, 3]);
		expect(t.droppedMissing).toBe(1);
	});

	it('sorts numeric targets numerically and uses their string form as labels', () => {
		const t = encodeTarget(num('grade', [10, 2, 2.5, 2]));
		expect(t.labels).toEqual(['2', '2.5', '10']);
		expect(Array.from(t.y)).toEqual([2, 0, 1, 0]);
	});

	it('encodes German credit Risk as bad 0 / good 1 (300 / 700)', () => {
		const t = encodeTarget(findColumn(readSimpleCsv(GERMAN_CREDIT_CSV), 'Risk') as Column);
		expect(t.labels).toEqual(['bad', 'good']);
		expect(t.y.reduce((s, v) => s + v, 0)).toBe(700);
	});

	it('uses given labels (a bundle order) and rejects a class outside them', () => {
		expect(Array.from(encodeTarget(cat('y', ['a', 'b']), { labels: ['b', 'a'] }).y)).toEqual([
			1, 0
		]);
		const err = caught(() => encodeTarget(cat('y', ['a', 'c']), { labels: ['a', 'b'] }));
		expect([err.code, err.detail.where]).toEqual(['settings-invalid', 'row 2']);
	});

	it('refuses a single class, naming it', () => {
		const err = caught(() => encodeTarget(cat('Risk', ['good', null, 'good'])));
		expect(err.code).toBe('target-single-class');
		expect(err.message).toBe('The target "Risk" has one class ("good").');
		expect(err.detail.hint).toBeTruthy();
	});

	it('refuses an empty target and more than 100 classes', () => {
		expect(caught(() => encodeTarget(cat('y', [null, null]))).code).toBe('target-missing');
		const many = num(
			'id',
			Array.from({ length: MAX_CLASSES + 1 }, (_, i) => i)
		);
		const err = caught(() => encodeTarget(many));
		expect(err.code).toBe('target-too-many-classes');
		expect(err.detail.hint).toBeTruthy();
		expect(
			encodeTarget(
				num(
					'id',
					Array.from({ length: MAX_CLASSES }, (_, i) => i)
				)
			).labels.length
		).toBe(100);
	});
});
