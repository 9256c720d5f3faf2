/** Checks a RecipeSpec before fitting: unique feature names, derived features and date differences that name real columns of the right kind. */
import { text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { RecipeSpec } from './recipe-spec';

/** @throws FaroError settings-invalid naming the first problem */
export function validateSpec(spec: RecipeSpec): void {
	const kinds = new Map(spec.columns.map((c) => [c.name, c.kind]));
	const taken = new Set(spec.columns.map((c) => c.name));
	const requireColumn = (feature: string, name: string, kind: 'numeric' | 'date') => {
		const actual = kinds.get(name);
		if (actual === undefined) {
			invalid(
				text('err_spec_column_missing', { feature, name }),
				feature,
				text('err_spec_column_missing_hint')
			);
		}
		if (actual !== kind) {
			const params = { feature, name, actual };
			if (kind === 'numeric') {
				invalid(
					text('err_spec_needs_numeric', params),
					feature,
					text('err_spec_needs_numeric_hint', { name })
				);
			}
			invalid(
				text('err_spec_needs_date', params),
				feature,
				text('err_spec_needs_date_hint', { name })
			);
		}
	};
	const claim = (name: string) => {
		if (name.trim() === '') invalid(text('err_spec_no_name'), name, text('err_spec_no_name_hint'));
		if (taken.has(name)) {
			invalid(text('err_spec_name_taken', { name }), name, text('err_spec_name_taken_hint'));
		}
		taken.add(name);
	};
	for (const d of spec.derived) {
		claim(d.name);
		if (!['ratio', 'difference', 'product'].includes(d.op)) {
			invalid(
				text('err_spec_unknown_op', { name: d.name, op: d.op }),
				d.name,
				text('err_spec_unknown_op_hint')
			);
		}
		requireColumn(d.name, d.left, 'numeric');
		requireColumn(d.name, d.right, 'numeric');
	}
	for (const d of spec.dateDiffs) {
		claim(d.name);
		requireColumn(d.name, d.from, 'date');
		requireColumn(d.name, d.to, 'date');
	}
}

function invalid(message: Text, where: string, hint: Text): never {
	throw new FaroError('settings-invalid', message, { where, hint });
}
