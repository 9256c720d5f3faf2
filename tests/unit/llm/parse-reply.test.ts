import { describe, expect, it } from 'vitest';
import { parseReply, replySchema } from '$lib/llm';

describe('parseReply', () => {
	it('keeps every well-formed row', () => {
		const text = JSON.stringify({ rows: [{ id: '1', description: ' Owns her  home. ' }, { id: '2', description: 'Young renter.' }] });
		const parsed = parseReply(text, ['1', '2']);
		expect([...parsed.rows]).toEqual([['1', { description: 'Owns her home.' }], ['2', { description: 'Young renter.' }]]);
		expect(parsed.missing).toEqual([]);
		expect(parsed.problems).toEqual([]);
	});

	it('reads JSON wrapped in prose or a code fence, and numeric ids', () => {
		const parsed = parseReply('Sure!\n```json\n{"rows":[{"id":7,"description":"A."}]}\n```', ['7']);
		expect(parsed.rows.get('7')).toEqual({ description: 'A.' });
	});

	it('names the rows that are missing, malformed, duplicated or unexpected, and keeps the good ones', () => {
		const text = JSON.stringify({
			rows: [
				{ id: '1', description: 'Good.' },
				{ id: '1', description: 'Again.' },
				{ id: '2', description: '' },
				{ id: '3' },
				{ id: '9', description: 'Who?' },
				'oops',
				{ id: '4', description: 'x'.repeat(1001) }
			]
		});
		const parsed = parseReply(text, ['1', '2', '3', '4', '5']);
		expect([...parsed.rows.keys()]).toEqual(['1']);
		expect(parsed.missing).toEqual(['2', '3', '4', '5']);
		expect(parsed.problems).toEqual([
			'row 1 came back twice',
			'row 2 has no description',
			'row 3 has no description',
			'rows[4] has an unexpected id "9"',
			'rows[5] is not an object',
			'row 4 has a description longer than 1000 characters'
		]);
	});

	it('treats broken JSON, an empty reply and a reply without rows as all missing', () => {
		for (const text of ['{"rows":[{"id":"1","descr', '', '{"items":[]}', 'no json here']) {
			const parsed = parseReply(text, ['1']);
			expect(parsed.rows.size).toBe(0);
			expect(parsed.missing).toEqual(['1']);
			expect(parsed.problems).toHaveLength(1);
		}
	});

	it('checks labels against the allowed choices', () => {
		const text = JSON.stringify({ rows: [{ id: 'a', description: 'A.', label: 'low risk' }, { id: 'b', description: 'B.', label: 'maybe' }, { id: 'c', description: 'C.' }] });
		const parsed = parseReply(text, ['a', 'b', 'c'], { labelChoices: ['low risk', 'high risk'] });
		expect(parsed.rows.get('a')).toEqual({ description: 'A.', label: 'low risk' });
		expect(parsed.missing).toEqual(['b', 'c']);
	});

	it('describes the reply as a JSON schema string, with a label enum when labels are asked for', () => {
		expect(JSON.parse(replySchema())).toEqual({
			type: 'object',
			properties: { rows: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, description: { type: 'string' } }, required: ['id', 'description'] } } },
			required: ['rows']
		});
		const withLabels = JSON.parse(replySchema(['a', 'b']));
		expect(withLabels.properties.rows.items.properties.label).toEqual({ type: 'string', enum: ['a', 'b'] });
	});
});
