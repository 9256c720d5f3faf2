/**
 * Header names: blank names get `column_<n>` (1-based position), except a blank first name, which is the
 * unnamed row index pandas writes with `to_csv()` and becomes `row`; repeated names get `_2`, `_3`… Every
 * change is reported so the UI can say what was renamed.
 */

/** One renamed header: what the file said and what Faro calls it. */
export type RenamedHeader = { index: number; original: string; name: string };

/** Unique, non-blank column names and what was renamed. */
export function uniqueHeaders(raw: readonly string[]): {
	names: string[];
	renamed: RenamedHeader[];
} {
	const trimmed = raw.map((h) => h.trim());
	const reserved = new Set(trimmed.filter((h) => h !== ''));
	const used = new Set<string>();
	const names: string[] = [];
	const renamed: RenamedHeader[] = [];
	trimmed.forEach((header, index) => {
		let name = header;
		if (header === '' || used.has(header)) {
			const base = header || (index === 0 ? 'row' : `column_${index + 1}`);
			name = header === '' && !reserved.has(base) && !used.has(base) ? base : '';
			for (let k = 2; name === ''; k++) {
				const candidate = `${base}_${k}`;
				if (!used.has(candidate) && !reserved.has(candidate)) name = candidate;
			}
		}
		used.add(name);
		names.push(name);
		if (name !== raw[index]) renamed.push({ index, original: raw[index], name });
	});
	return { names, renamed };
}
