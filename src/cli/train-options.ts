/** The train command's options that change the settings: threshold rule, balancing, positive class. */
import type { BalanceMethod, TrainSettings } from '$lib/runs';
import { UsageError } from './usage';

const BALANCE_METHODS: BalanceMethod[] = [
	'none',
	'class-weights',
	'random-over',
	'random-under',
	'smote',
	'smote-nc',
	'borderline'
];

/** `f1`, `youden`, `fixed=0.35` or `cost=FP:FN` as the run's threshold rule. @throws UsageError */
export function parseThreshold(text: string): TrainSettings['threshold'] {
	const [rule, value] = text.split('=', 2);
	if ((rule === 'f1' || rule === 'youden') && value === undefined)
		return { method: rule, value: 0.5 };
	if (rule === 'fixed' && value !== undefined) {
		const v = Number(value);
		if (value.trim() !== '' && v >= 0 && v <= 1) return { method: 'fixed', value: v };
		throw new UsageError(`--threshold fixed=${value}: the threshold must be a number from 0 to 1.`);
	}
	if (rule === 'cost' && value !== undefined) {
		const [fp, fn] = value.split(':').map((x) => (x.trim() === '' ? NaN : Number(x)));
		if (Number.isFinite(fp) && Number.isFinite(fn) && fp >= 0 && fn >= 0 && fp + fn > 0)
			return { method: 'cost', value: 0.5, costs: { falsePositive: fp, falseNegative: fn } };
		throw new UsageError(
			`--threshold cost=${value}: give two costs of 0 or more, not both 0, as FP:FN (e.g. cost=1:5).`
		);
	}
	throw new UsageError(
		`--threshold ${text}: use f1, youden, fixed=<0…1> or cost=<false positive>:<false negative>.`
	);
}

/** The balancing method named on the command line. @throws UsageError */
export function parseBalance(text: string): BalanceMethod {
	if ((BALANCE_METHODS as string[]).includes(text)) return text as BalanceMethod;
	throw new UsageError(`--balance ${text}: use one of ${BALANCE_METHODS.join(', ')}.`);
}

/** A whole number from `min` to `max` given to `option`. @throws UsageError */
export function parseWhole(text: string, option: string, min: number, max: number): number {
	const n = Number(text);
	if (text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) return n;
	throw new UsageError(`${option} ${text}: give a whole number from ${min} to ${max}.`);
}

/** A positive number given to `option`. @throws UsageError */
export function parsePositive(text: string, option: string): number {
	const n = Number(text);
	if (text.trim() !== '' && Number.isFinite(n) && n > 0) return n;
	throw new UsageError(`${option} ${text}: give a number above 0.`);
}
