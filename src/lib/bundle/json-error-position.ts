/**
 * Where JSON text first stops being valid, for error messages: V8 only sometimes puts a position in
 * `JSON.parse`'s message (Node 20: "Unexpected token 'o', …"), so a small scanner of RFC 8259's grammar
 * finds it. It runs only after `JSON.parse` has failed, and builds nothing.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

class Invalid {
	constructor(readonly at: number) {}
}

/** The character offset of the first JSON syntax error in `text` (its length when it ends too early). */
export function jsonErrorPosition(text: string): number {
	let i = 0;
	const skip = () => {
		while (i < text.length && WHITESPACE.has(text[i])) i++;
	};
	const expect = (c: string) => {
		if (text[i] !== c) throw new Invalid(i);
		i++;
	};
	const literal = (word: string) => {
		for (const c of word) expect(c);
	};
	const value = (): void => {
		skip();
		const c = text[i];
		if (c === '{')
			return container('}', () => {
				skip();
				string();
				skip();
				expect(':');
				value();
			});
		if (c === '[') return container(']', value);
		if (c === '"') return string();
		if (c === 't') return literal('true');
		if (c === 'f') return literal('false');
		if (c === 'n') return literal('null');
		NUMBER.lastIndex = i;
		if (!NUMBER.test(text)) throw new Invalid(i);
		i = NUMBER.lastIndex;
	};
	const string = () => {
		expect('"');
		for (; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 0x22) {
				i++;
				return;
			}
			if (c < 0x20) throw new Invalid(i);
			if (c === 0x5c) {
				ESCAPE.lastIndex = i + 1;
				if (!ESCAPE.test(text)) throw new Invalid(i + 1);
				i = ESCAPE.lastIndex - 1;
			}
		}
		throw new Invalid(i);
	};
	const container = (close: string, item: () => void) => {
		i++;
		skip();
		if (text[i] === close) {
			i++;
			return;
		}
		for (;;) {
			item();
			skip();
			if (text[i] === close) {
				i++;
				return;
			}
			expect(',');
		}
	};
	try {
		value();
		skip();
		return i < text.length ? i : text.length;
	} catch (err) {
		if (err instanceof Invalid) return Math.min(err.at, text.length);
		return text.length; // nesting too deep for the stack: no better position to give
	}
}
