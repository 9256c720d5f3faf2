/** Summaries of a string column (category or text storage): level counts, top levels, lengths, examples. */
import { MISSING_CODE, type CategoryColumn, type TextColumn } from './table';
import type { CategorySummary, TextSummary } from './profile-types';

const TOP_LEVELS = 10;
const EXAMPLES = 5;

/** Counts, top 10 levels (+ the count of the rest), length and word statistics. */
export function summariseStrings(column: CategoryColumn | TextColumn): {
	distinctCount: number;
	/** The distinct values, in order of first appearance (at most 1000 kept, for the boolean check). */
	levels: string[];
	categories: CategorySummary;
	text: TextSummary;
	lengths: { meanLength: number; meanWords: number };
} {
	const { labels, counts } = countLevels(column);
	const present = counts.reduce((a, b) => a + b, 0);
	const order = Array.from(labels.keys()).sort((a, b) => counts[b] - counts[a] || a - b);
	const top = order.slice(0, TOP_LEVELS).map((i) => ({ label: labels[i], count: counts[i] }));
	const otherCount = present - top.reduce((a, t) => a + t.count, 0);
	let minLength = Infinity;
	let maxLength = 0;
	let totalLength = 0;
	let totalWords = 0;
	labels.forEach((label, i) => {
		minLength = Math.min(minLength, label.length);
		maxLength = Math.max(maxLength, label.length);
		totalLength += label.length * counts[i];
		totalWords += countWords(label) * counts[i];
	});
	const meanLength = present > 0 ? totalLength / present : 0;
	const meanWords = present > 0 ? totalWords / present : 0;
	return {
		distinctCount: labels.length,
		levels: labels.slice(0, 1000),
		categories: { top, otherCount },
		text: {
			examples: labels.slice(0, EXAMPLES),
			minLength: present > 0 ? minLength : 0,
			meanLength,
			maxLength,
			meanWords
		},
		lengths: { meanLength, meanWords }
	};
}

function countLevels(column: CategoryColumn | TextColumn): { labels: string[]; counts: number[] } {
	if (column.storage === 'category') {
		const counts = new Array<number>(column.levels.length).fill(0);
		for (const code of column.codes) if (code !== MISSING_CODE) counts[code]++;
		const used = column.levels.map((_, i) => i).filter((i) => counts[i] > 0);
		return { labels: used.map((i) => column.levels[i]), counts: used.map((i) => counts[i]) };
	}
	const index = new Map<string, number>();
	const counts: number[] = [];
	for (const value of column.values) {
		if (value === null) continue;
		const code = index.get(value);
		if (code === undefined) {
			index.set(value, counts.length);
			counts.push(1);
		} else counts[code]++;
	}
	return { labels: Array.from(index.keys()), counts };
}

function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const isSpace = text.charCodeAt(i) <= 32;
		if (!isSpace && !inWord) words++;
		inWord = !isSpace;
	}
	return words;
}
