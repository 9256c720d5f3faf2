/**
 * Building HTML as strings, safely: `html` is a tagged template whose every interpolated value is escaped with
 * `escapeHtml` unless it is already `Html` (made by `html` itself or by `raw` for markup the report writes,
 * such as an SVG chart). Column names, labels and run names come from the user's CSV, so nothing data-derived
 * may reach the page unescaped: the tag makes escaping the default rather than a step to remember.
 */

/** Markup that is already safe: produced by `html`, or by `raw` for strings the report itself built. */
export class Html {
	constructor(readonly value: string) {}
	toString(): string {
		return this.value;
	}
}

/** What may be interpolated: text (escaped), numbers, markup, nothing (`null`, `undefined`, `false`) or lists. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text as HTML text or attribute value: `& < > " '` become entities, so `<script>` stays words on the page. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Marks markup the report wrote itself (never data) as safe to insert. */
export const raw = (markup: string): Html => new Html(markup);

function render(value: HtmlValue): string {
	if (value === null || value === undefined || value === false) return '';
	if (value instanceof Html) return value.value;
	if (Array.isArray(value)) return value.map(render).join('');
	return escapeHtml(String(value));
}

/**
 * A fragment of HTML; interpolated strings are escaped.
 * @example
 * html`<th>${column}</th>`; // column "<b>" → "<th>&lt;b&gt;</th>"
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
	let out = strings[0];
	values.forEach((value, i) => {
		out += render(value) + strings[i + 1];
	});
	return new Html(out);
}
