/**
 * The report of a search's run reads the search from the run record (`search`): the model search facts, the
 * blend's members, and the compare report's search row, on runs a version 3 database held (search in the
 * settings then) as they read today.
 */
import { describe, expect, it } from 'vitest';
import { runReportHtml } from '$lib/report';
import { CONTEXT } from './report-fixture';
import { v3RunWhole } from '../helpers/run-schema';

const squeeze = (markup: string): string =>
	markup.replace(/\s+/g, ' ').replace(/>\s+/g, '>').replace(/\s+</g, '<').replace(/\s+>/g, '>');

describe('the report of a search run', () => {
	const blend = v3RunWhole('run-v3-blend');
	const plain = v3RunWhole('run-v3-plain');

	it('gives the search’s facts and the blend’s members', () => {
		const report = squeeze(runReportHtml([blend], CONTEXT));
		const members = blend.search?.ensemble?.members ?? [];
		expect(members.length).toBeGreaterThanOrEqual(2);
		expect(report).toContain('Model search');
		expect(report).toContain('Strategy</dt><dd>random');
		expect(report).toContain('6 (6 finished)');
		expect(report).toContain(`Best trial</dt><dd>#${blend.search?.bestId}`);
		expect(report).toContain(`a blend of ${members.length} trials`);
		expect(report).toContain(`Blend of ${members.length} models`);
		expect(report).toContain('data-testid="report-blend"');
	});

	it('says which compared run came from a search', () => {
		const report = squeeze(runReportHtml([blend, plain], CONTEXT));
		expect(report).toContain('random, 6 trials');
		expect(squeeze(runReportHtml([plain], CONTEXT))).not.toContain('Model search');
	});

	it('says when the final model was refitted on training + validation rows', () => {
		const run = { ...plain, result: plain.result && { ...plain.result, finalFit: { rows: 850, epochs: 37 } } };
		const report = squeeze(runReportHtml([run], CONTEXT));
		expect(report).toContain('Final model</dt><dd>The final model was refitted on 850 training + validation rows');
		expect(squeeze(runReportHtml([plain], CONTEXT))).not.toContain('Final model</dt>');
	});
});
