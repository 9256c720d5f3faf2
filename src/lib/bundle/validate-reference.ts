/**
 * The `reference` part of a bundle (explain/reference.ts): optional, and checked field by field when present,
 * so a damaged profile is reported where it is instead of giving wrong reasons or drift figures later.
 */
import { text } from '$lib/i18n';
import type { TrainingReference } from '$lib/explain/reference';
import {
	asArray,
	asNumber,
	asObject,
	asOneOf,
	asString,
	damaged,
	field,
	join
} from './bundle-error';

const KINDS = ['numeric', 'date', 'categorical', 'boolean', 'text'] as const;

const share = (value: unknown, path: string) => asNumber(value, path, { min: 0, max: 1 });

function numbers(value: unknown, path: string, ascending = false): number[] {
	const list = asArray(value, path).map((v, i) => asNumber(v, join(path, i)));
	if (ascending && list.some((v, i) => i > 0 && v < list[i - 1]))
		throw damaged(path, text('err_bundle_must_ascending', { path }));
	return list;
}

function bins(value: unknown, path: string): void {
	const b = asObject(value, path);
	const edges = numbers(field(b, 'edges', path), join(path, 'edges'), true);
	const shares = asArray(field(b, 'shares', path), join(path, 'shares'));
	if (shares.length !== edges.length + 2) {
		const at = join(path, 'shares');
		throw damaged(at, text('err_bundle_must_shares', { path: at, count: edges.length + 2 }));
	}
	shares.forEach((s, i) => share(s, join(join(path, 'shares'), i)));
}

function levelShares(value: unknown, path: string): void {
	asArray(value, path).forEach((entry, i) => {
		const at = join(path, i);
		const level = asObject(entry, at);
		asString(field(level, 'value', at), join(at, 'value'));
		share(field(level, 'share', at), join(at, 'share'));
	});
}

/**
 * @throws FaroError bundle-invalid naming the field that is wrong
 */
export function validateReference(value: unknown, path = 'reference'): TrainingReference {
	const ref = asObject(value, path);
	asNumber(field(ref, 'version', path), join(path, 'version'), { min: 1, max: 1, integer: true });
	asNumber(field(ref, 'rows', path), join(path, 'rows'), { min: 0, integer: true });
	asArray(field(ref, 'columns', path), join(path, 'columns')).forEach((entry, i) => {
		const at = join(join(path, 'columns'), i);
		const column = asObject(entry, at);
		asString(field(column, 'name', at), join(at, 'name'));
		const kind = asOneOf(field(column, 'kind', at), KINDS, join(at, 'kind'));
		share(field(column, 'missing', at), join(at, 'missing'));
		const baseline = field(column, 'baseline', at);
		if (kind === 'numeric' || kind === 'date') {
			const percentiles = numbers(field(column, 'percentiles', at), join(at, 'percentiles'), true);
			if (percentiles.length !== 0 && percentiles.length !== 101) {
				const where = join(at, 'percentiles');
				throw damaged(where, text('err_bundle_must_percentiles', { path: where }));
			}
			if (baseline !== null) asNumber(baseline, join(at, 'baseline'));
			bins(field(column, 'bins', at), join(at, 'bins'));
		} else if (kind === 'text') {
			asString(baseline, join(at, 'baseline'));
		} else {
			if (baseline !== null) asString(baseline, join(at, 'baseline'));
			levelShares(field(column, 'levels', at), join(at, 'levels'));
			share(field(column, 'other', at), join(at, 'other'));
		}
	});
	if (ref.featureMeans !== undefined) numbers(ref.featureMeans, join(path, 'featureMeans'));
	if (ref.score !== undefined) {
		const at = join(path, 'score');
		const score = asObject(ref.score, at);
		const kind = asOneOf(
			field(score, 'kind', at),
			['probability', 'label'] as const,
			join(at, 'kind')
		);
		if (kind === 'probability') {
			asString(field(score, 'label', at), join(at, 'label'));
			bins(field(score, 'bins', at), join(at, 'bins'));
		} else levelShares(field(score, 'shares', at), join(at, 'shares'));
	}
	return value as TrainingReference;
}
