/**
 * Type inference while streaming: one builder per column receives every cell of that column in order.
 * A column starts as "number" (Float64Array, NaN = missing) and is demoted to "category" the first time a
 * cell is neither a number nor a missing token, or is a number written with a leading zero (`08123`, `007`:
 * a postal or product code, whose zeros a number would lose); the numbers seen so far become dictionary codes (in their
 * canonical `String(number)` form: "1.50" seen before the demotion reads back as "1.5"). A category whose
 * distinct values grow past half the rows (after CATEGORY_CHECK_LEVELS levels) becomes "text". Arrays grow
 * by doubling. One class with a state field keeps the call site in the row loop monomorphic (fast).
 */
import { isMissingToken, parseNumberSpan } from './cells';
import { LevelIndex } from './level-index';

export type BuilderState = 'number' | 'category' | 'text';

/** Levels after which a category is checked for being free text instead. */
const CATEGORY_CHECK_LEVELS = 4096;

/** The cells of one column, typed as they stream in. */
export class ColumnBuilder {
	state: BuilderState = 'number';
	length = 0;
	numbers = new Float64Array(1024);
	codes = new Int32Array(0);
	texts: (string | null)[] = [];
	#index = new LevelIndex();
	#nextCheck = CATEGORY_CHECK_LEVELS;

	constructor(readonly decimalComma: boolean) {}

	/** Adds the cell `text[start, end)`. */
	add(text: string, start: number, end: number): void {
		if (this.state === 'number') {
			if (start === end) return this.#pushNumber(NaN);
			const value = parseNumberSpan(text, start, end, this.decimalComma);
			if (value === value && !hasLeadingZero(text, start, end)) return this.#pushNumber(value);
			const cell = text.slice(start, end);
			if (value !== value && isMissingToken(cell)) return this.#pushNumber(NaN);
			this.#toCategory();
			return this.#pushCategory(text, start, end);
		}
		if (this.state === 'category') return this.#pushCategory(text, start, end);
		const cell = text.slice(start, end);
		this.texts.push(isMissingToken(cell) ? null : cell);
		this.length++;
	}

	/**
	 * Makes room for `rows` cells in all, so a large file's arrays are allocated once instead of doubled
	 * from 1024 (a hint: more cells still grow the arrays).
	 */
	reserve(rows: number): void {
		if (this.state === 'number' && rows > this.numbers.length) {
			const numbers = new Float64Array(rows);
			numbers.set(this.numbers.subarray(0, this.length));
			this.numbers = numbers;
		} else if (this.state === 'category' && rows > this.codes.length) {
			const codes = new Int32Array(rows);
			codes.set(this.codes.subarray(0, this.length));
			this.codes = codes;
		}
	}

	#pushNumber(value: number): void {
		if (this.length === this.numbers.length) this.numbers = grow(this.numbers);
		this.numbers[this.length++] = value;
	}

	/** The category levels so far (code = index). */
	get levels(): string[] {
		return this.#index.levels;
	}

	#pushCategory(text: string, start: number, end: number): void {
		const code = this.#index.codeOf(text, start, end);
		if (code >= this.#nextCheck) {
			this.#nextCheck *= 2;
			if (code > this.length / 2) {
				const cell = this.levels[code];
				this.#toText();
				this.texts.push(isMissingToken(cell) ? null : cell);
				this.length++;
				return;
			}
		}
		if (this.length === this.codes.length) this.codes = grow(this.codes);
		this.codes[this.length++] = code;
	}

	#toCategory(): void {
		this.state = 'category';
		this.codes = new Int32Array(Math.max(1024, this.numbers.length));
		for (let i = 0; i < this.length; i++) {
			const v = this.numbers[i];
			if (v !== v) {
				this.codes[i] = -1;
				continue;
			}
			this.codes[i] = this.#index.codeOfString(String(v));
		}
		this.numbers = new Float64Array(0);
	}

	#toText(): void {
		this.state = 'text';
		const texts: (string | null)[] = new Array(this.length);
		for (let i = 0; i < this.length; i++) {
			const code = this.codes[i];
			const cell = code < 0 ? null : this.levels[code];
			texts[i] = cell === null || isMissingToken(cell) ? null : cell;
		}
		this.texts = texts;
		this.codes = new Int32Array(0);
		this.#index = new LevelIndex();
	}
}

const ZERO = 48;

/**
 * Whether a numeric cell is written with a leading zero before another digit (`007`, `-01`, `08123.5`):
 * a code, not a quantity. `0`, `0.5` and `-0,5` are plain numbers. One character test on the hot path.
 */
function hasLeadingZero(text: string, start: number, end: number): boolean {
	let i = start;
	let code = text.charCodeAt(i);
	if (code === 45 || code === 43) code = text.charCodeAt(++i);
	if (code !== ZERO || i + 1 >= end) return false;
	const next = text.charCodeAt(i + 1);
	return next >= 48 && next <= 57;
}

function grow<T extends Float64Array | Int32Array>(array: T): T {
	const bigger = new (array.constructor as new (n: number) => T)(Math.max(1024, array.length * 2));
	bigger.set(array);
	return bigger;
}
