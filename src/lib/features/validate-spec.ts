/** Checks a RecipeSpec before fitting: unique feature names, derived features and date differences that name real columns of the right kind. */
import { FaroError } from '$lib/shared/errors';
import type { ColumnKind } from '$lib/data/table';
import type { RecipeSpec } from './recipe-spec';

/** @throws FaroError settings-invalid naming the first problem */
export function validateSpec(spec: RecipeSpec): void {
	const kinds = new Map(spec.columns.map((c) => [c.name, c.kind]));
	const taken = new Set(spec.columns.map((c) => c.name));
	const requireColumn = (feature: string, name: string, kind: ColumnKind) => {
		const actual = kinds.get(name);
		if (actual === undefined) {
			invalid(
				`"${feature}" uses the column "${name}", which is not in the data.`,
				feature,
				'Pick another column.'
			);
		}
		if (actual !== kind) {
			invalid(
				`"${feature}" needs a ${kind} column, but "${name}" is ${actual}.`,
				feature,
				`Pick a ${kind} column, or change the kind of "${name}".`
			);
		}
	};
	const claim = (name: string) => {
		if (name.trim() === '') invalid('A new feature has no name.', name, 'Give it a name.');
		if (taken.has(name)) {
			invalid(
				`The name "${name}" is already used by another column or feature.`,
				name,
				'Choose another name.'
			);
		}
		taken.add(name);
	};
	for (const d of spec.derived) {
		claim(d.name);
		if (!['ratio', 'difference', 'product'].includes(d.op)) {
			invalid(
				`"${d.name}" has an unknown operation "${d.op}".`,
				d.name,
				'Use ratio, difference or product.'
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

function invalid(message: string, where: string, hint: string): never {
	throw new FaroError('settings-invalid', message, { where, hint });
}
