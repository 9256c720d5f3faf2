import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from '$lib/report';

describe('escapeHtml and the html tag', () => {
	it('turns the five special characters into entities', () => {
		expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;'
		);
	});
	it('escapes every interpolated string, in text and in attributes, lists included', () => {
		const name = '"><script>alert(1)</script>';
		expect(html`<td title="${name}">${[name, 1, null, false]}</td>`.value).toBe(
			'<td title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;1</td>'
		);
	});
	it('inserts markup made by html or raw as it is, never twice escaped', () => {
		const cell = html`<b>${'a&b'}</b>`;
		expect(html`<td>${cell}${raw('<i>x</i>')}</td>`.value).toBe('<td><b>a&amp;b</b><i>x</i></td>');
	});
	it('keeps non-ASCII text as it is', () => {
		expect(escapeHtml('Größe – 信用')).toBe('Größe – 信用');
	});
});
