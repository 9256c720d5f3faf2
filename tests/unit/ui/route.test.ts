import { describe, expect, it } from 'vitest';
import {
	formatRoute,
	HOME,
	parseRoute,
	routeFor,
	screenAfterKey,
	screenOf,
	type Route
} from '../../../src/ui/state/route';

describe('parseRoute', () => {
	it('reads every screen, with and without its id', () => {
		expect(parseRoute('#/data/d1')).toEqual({ screen: 'data', datasetId: 'd1' });
		expect(parseRoute('#/train/d1')).toEqual({ screen: 'train', datasetId: 'd1' });
		expect(parseRoute('#/train')).toEqual({ screen: 'train', datasetId: null });
		expect(parseRoute('#/runs')).toEqual({ screen: 'runs', runId: null });
		expect(parseRoute('#/runs/r1')).toEqual({ screen: 'runs', runId: 'r1' });
		expect(parseRoute('#/runs/compare/r1,r2')).toEqual({ screen: 'compare', runIds: ['r1', 'r2'] });
		expect(parseRoute('#/predict')).toEqual({ screen: 'predict' });
	});
	it('lands an empty hash on the Data screen', () => {
		expect(parseRoute('')).toEqual(HOME);
		expect(parseRoute('#')).toEqual(HOME);
		expect(parseRoute('#/')).toEqual(HOME);
	});
	it('takes the hash without "#" or the leading slash, and a trailing slash', () => {
		expect(parseRoute('runs/r1')).toEqual({ screen: 'runs', runId: 'r1' });
		expect(parseRoute('#/data/')).toEqual({ screen: 'data', datasetId: null });
	});
	it('decodes ids and skips empty ones in a comparison', () => {
		expect(parseRoute('#/runs/a%2Fb')).toEqual({ screen: 'runs', runId: 'a/b' });
		expect(parseRoute('#/runs/compare/r1,,r2,')).toEqual({
			screen: 'compare',
			runIds: ['r1', 'r2']
		});
	});
	it('refuses what names no screen: unknown screens, extra segments, bad escapes, empty comparisons', () => {
		expect(parseRoute('#/settings')).toBeNull();
		expect(parseRoute('#/data/d1/extra')).toBeNull();
		expect(parseRoute('#/runs/r1/x')).toBeNull();
		expect(parseRoute('#/predict/x')).toBeNull();
		expect(parseRoute('#/runs/%E0%A4%A')).toBeNull();
		expect(parseRoute('#/runs/compare/')).toBeNull();
		expect(parseRoute('#//x')).toBeNull();
	});
});

describe('formatRoute', () => {
	it('writes the hash of each screen', () => {
		expect(formatRoute({ screen: 'data', datasetId: 'd1' })).toBe('#/data/d1');
		expect(formatRoute({ screen: 'train', datasetId: null })).toBe('#/train');
		expect(formatRoute({ screen: 'runs', runId: null })).toBe('#/runs');
		expect(formatRoute({ screen: 'compare', runIds: ['r1', 'r2'] })).toBe('#/runs/compare/r1,r2');
		expect(formatRoute({ screen: 'predict' })).toBe('#/predict');
	});
	it('round-trips through parseRoute, odd characters included', () => {
		const routes: Route[] = [
			{ screen: 'data', datasetId: 'é/ #?,' },
			{ screen: 'runs', runId: '5f0c2b8e-0d1a-4c59-9d4e-8a1b2c3d4e5f' },
			{ screen: 'compare', runIds: ['a,b', 'c'] },
			{ screen: 'predict' }
		];
		for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
	});
});

describe('routeFor', () => {
	const place = { datasetId: 'd1', runId: 'r1', compareIds: null };
	it('names the open dataset on Data and Train, the open run on Runs, nothing on Predict', () => {
		expect(routeFor('data', place)).toEqual({ screen: 'data', datasetId: 'd1' });
		expect(routeFor('train', place)).toEqual({ screen: 'train', datasetId: 'd1' });
		expect(routeFor('runs', place)).toEqual({ screen: 'runs', runId: 'r1' });
		expect(routeFor('predict', place)).toEqual({ screen: 'predict' });
	});
	it('shows an open comparison on the Runs screen', () => {
		expect(routeFor('runs', { ...place, compareIds: ['r1', 'r2'] })).toEqual({
			screen: 'compare',
			runIds: ['r1', 'r2']
		});
		expect(screenOf({ screen: 'compare', runIds: ['r1', 'r2'] })).toBe('runs');
	});
});

describe('screenAfterKey', () => {
	it('moves right and left, wrapping around, and jumps with Home and End', () => {
		expect(screenAfterKey('data', 'ArrowRight')).toBe('train');
		expect(screenAfterKey('predict', 'ArrowRight')).toBe('data');
		expect(screenAfterKey('data', 'ArrowLeft')).toBe('predict');
		expect(screenAfterKey('runs', 'Home')).toBe('data');
		expect(screenAfterKey('train', 'End')).toBe('predict');
	});
	it('ignores other keys', () => {
		expect(screenAfterKey('data', 'Enter')).toBeNull();
		expect(screenAfterKey('data', 'ArrowDown')).toBeNull();
	});
});
