/**
 * Validation of an LLM reply `{"rows":[{"id","description","label?"}]}`, row by row: a reply that is half
 * right keeps its good rows, and the rest are named so only they are asked again. Small models sometimes
 * wrap JSON in prose or code fences: the outermost `{…}` is what is parsed.
 */

/** What the model said for one row, once validated. */
export type ReplyRow = { description: string; label?: string };

/** The valid rows by id, the ids still to do, and what was wrong (for logs and tests). */
export type ParsedReply = { rows: Map<string, ReplyRow>; missing: string[]; problems: string[] };

export type ParseReplyOptions = {
	/** Allowed labels; when given, a row with another label (or none) is malformed. */
	labelChoices?: readonly string[];
	/** Longest accepted description, in characters (a runaway generation is malformed). */
	maxChars?: number;
};

/** JSON Schema of the reply, as web-llm's `response_format.schema` wants it (a string). */
export function replySchema(labelChoices?: readonly string[]): string {
	const row: Record<string, unknown> = {
		type: 'object',
		properties: {
			id: { type: 'string' },
			description: { type: 'string' },
			...(labelChoices?.length ? { label: { type: 'string', enum: [...labelChoices] } } : {})
		},
		required: labelChoices?.length ? ['id', 'description', 'label'] : ['id', 'description']
	};
	return JSON.stringify({
		type: 'object',
		properties: { rows: { type: 'array', items: row } },
		required: ['rows']
	});
}

/** Parses `text` and keeps each expected row that came back well formed. Never throws. */
export function parseReply(
	text: string,
	expectedIds: readonly string[],
	options: ParseReplyOptions = {}
): ParsedReply {
	const { labelChoices, maxChars = 1000 } = options;
	const expected = new Set(expectedIds);
	const rows = new Map<string, ReplyRow>();
	const problems: string[] = [];
	const items = readRows(text, problems);
	for (const [index, item] of items.entries()) {
		if (typeof item !== 'object' || item === null) {
			problems.push(`rows[${index}] is not an object`);
			continue;
		}
		const { id, description, label } = item as Record<string, unknown>;
		const key = typeof id === 'number' ? String(id) : id;
		if (typeof key !== 'string' || !expected.has(key)) {
			problems.push(`rows[${index}] has an unexpected id ${JSON.stringify(id)}`);
		} else if (rows.has(key)) {
			problems.push(`row ${key} came back twice`);
		} else if (typeof description !== 'string' || description.trim() === '') {
			problems.push(`row ${key} has no description`);
		} else if (description.length > maxChars) {
			problems.push(`row ${key} has a description longer than ${maxChars} characters`);
		} else if (labelChoices?.length && (typeof label !== 'string' || !labelChoices.includes(label))) {
			problems.push(`row ${key} has no valid label`);
		} else {
			const clean = description.replace(/\s+/g, ' ').trim();
			rows.set(key, typeof label === 'string' && labelChoices?.length ? { description: clean, label } : { description: clean });
		}
	}
	const missing = expectedIds.filter((id) => !rows.has(id));
	return { rows, missing, problems };
}

function readRows(text: string, problems: string[]): unknown[] {
	const start = text.indexOf('{');
	const end = text.lastIndexOf('}');
	if (start < 0 || end < start) {
		problems.push('the reply holds no JSON object');
		return [];
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.slice(start, end + 1));
	} catch (err) {
		problems.push(`the reply is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
		return [];
	}
	const rows = (parsed as { rows?: unknown }).rows;
	if (!Array.isArray(rows)) {
		problems.push('the reply has no "rows" array');
		return [];
	}
	return rows;
}
