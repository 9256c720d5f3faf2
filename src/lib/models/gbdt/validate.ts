/**
 * Checks a tree model read from a file (a bundle, a stored run) field by field before anything scores with it:
 * a damaged file gets FaroError `bundle-invalid` naming the exact field (`model.trees[3].left[7]`) and what was
 * expected, never a crash or a silent wrong score. Only reads the value.
 */
import { FaroError } from '$lib/shared/errors';
import { text, type Text } from '$lib/i18n';
import { GBDT_FORMAT, GBDT_VERSION, type GbdtArtifacts } from './types';

const TREE_FIELDS = ['feature', 'threshold', 'missingLeft', 'left', 'right', 'value'] as const;

/** The message says what `path` must be; `path` is also the where. */
const damaged = (path: string, message: Text): FaroError =>
	new FaroError('bundle-invalid', message, { where: path, hint: text('err_gbdt_damaged_hint') });

const describe = (value: unknown): string | Text =>
	value === null
		? 'null'
		: Array.isArray(value)
			? text('err_value_list')
			: typeof value === 'string'
				? `"${value.slice(0, 40)}"`
				: typeof value === 'number'
					? String(value)
					: typeof value;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function wholeNumber(value: unknown, path: string, min: number, max: number): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw damaged(path, text('err_gbdt_damaged_whole', { path, min, max, found: describe(value) }));
	}
	return value;
}

function finiteNumber(value: unknown, path: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw damaged(path, text('err_gbdt_damaged_finite', { path, found: describe(value) }));
	return value;
}

function list(value: unknown, path: string, length?: number): unknown[] {
	if (!Array.isArray(value))
		throw damaged(path, text('err_gbdt_damaged_list', { path, found: describe(value) }));
	if (length !== undefined && value.length !== length) {
		throw damaged(
			path,
			text('err_gbdt_damaged_list_length', { path, length, found: value.length })
		);
	}
	return value;
}

/**
 * Checks every field of a tree model: format and version, class, feature and output counts, the baseline, and
 * each tree (equal-length node arrays, children after their parent and each node reached once, so no cycles;
 * leaves with both children −1; split features in range; finite thresholds and values; missingLeft 0 or 1).
 * @param where the path of the model in its file, for the messages
 * @throws FaroError bundle-invalid naming the field and what was expected
 * @example
 * const model = validateGbdtArtifacts(bundle.model, { featureCount: recipe.names.length, classCount: labels.length });
 */
export function validateGbdtArtifacts(
	value: unknown,
	expect: { featureCount: number; classCount: number },
	where = 'model'
): GbdtArtifacts {
	if (!isRecord(value))
		throw damaged(where, text('err_gbdt_damaged_object', { path: where, found: describe(value) }));
	const at = (key: string) => `${where}.${key}`;
	if (value.format !== GBDT_FORMAT) {
		const path = at('format');
		throw damaged(
			path,
			text('err_gbdt_damaged_format', {
				path,
				format: GBDT_FORMAT,
				found: describe(value.format)
			})
		);
	}
	if (typeof value.version === 'number' && value.version > GBDT_VERSION) {
		throw new FaroError('bundle-invalid', text('err_gbdt_newer', { version: value.version }), {
			where: at('version'),
			hint: text('err_gbdt_newer_hint')
		});
	}
	wholeNumber(value.version, at('version'), GBDT_VERSION, GBDT_VERSION);
	const classCount = wholeNumber(value.classCount, at('classCount'), 2, 100_000);
	if (classCount !== expect.classCount) {
		const path = at('classCount');
		throw damaged(
			path,
			text('err_gbdt_damaged_class_count', {
				path,
				expected: expect.classCount,
				found: classCount
			})
		);
	}
	const featureCount = wholeNumber(value.featureCount, at('featureCount'), 1, 100_000_000);
	if (featureCount !== expect.featureCount) {
		const path = at('featureCount');
		throw damaged(
			path,
			text('err_gbdt_damaged_feature_count', {
				path,
				expected: expect.featureCount,
				found: featureCount
			})
		);
	}
	const outputs = classCount === 2 ? 1 : classCount;
	wholeNumber(value.outputs, at('outputs'), outputs, outputs);
	list(value.baseline, at('baseline'), outputs).forEach((b, k) =>
		finiteNumber(b, `${at('baseline')}[${k}]`)
	);
	const trees = list(value.trees, at('trees'));
	if (trees.length % outputs !== 0) {
		const path = at('trees');
		throw damaged(path, text('err_gbdt_damaged_trees', { path, outputs, found: trees.length }));
	}
	trees.forEach((tree, t) => checkTree(tree, `${at('trees')}[${t}]`, featureCount));
	return value as GbdtArtifacts;
}

function checkTree(tree: unknown, path: string, featureCount: number): void {
	if (!isRecord(tree))
		throw damaged(path, text('err_gbdt_damaged_object', { path, found: describe(tree) }));
	const nodeCount = list(tree.left, `${path}.left`).length;
	if (nodeCount === 0) {
		const left = `${path}.left`;
		throw damaged(left, text('err_gbdt_damaged_no_nodes', { path: left }));
	}
	const arrays = Object.fromEntries(
		TREE_FIELDS.map((key) => [key, list(tree[key], `${path}.${key}`, nodeCount)])
	);
	const reached = new Uint8Array(nodeCount);
	for (let i = 0; i < nodeCount; i++) {
		const field = (key: (typeof TREE_FIELDS)[number]) => `${path}.${key}[${i}]`;
		finiteNumber(arrays.value[i], field('value'));
		const left = arrays.left[i];
		const right = arrays.right[i];
		if (left === -1 || right === -1) {
			const leaf = (key: 'left' | 'right', other: 'left' | 'right', found: unknown) =>
				damaged(
					field(key),
					text('err_gbdt_damaged_leaf', {
						path: field(key),
						other,
						node: i,
						found: describe(found)
					})
				);
			if (left !== -1) throw leaf('left', 'right', left);
			if (right !== -1) throw leaf('right', 'left', right);
			wholeNumber(arrays.feature[i], field('feature'), -1, featureCount - 1);
			finiteNumber(arrays.threshold[i], field('threshold'));
			wholeNumber(arrays.missingLeft[i], field('missingLeft'), 0, 1);
			continue;
		}
		for (const [key, child] of [
			['left', left],
			['right', right]
		] as const) {
			// children after their parent, each reached once: a tree, so every walk ends at a leaf
			wholeNumber(child, field(key), i + 1, nodeCount - 1);
			if (reached[child as number])
				throw damaged(
					field(key),
					text('err_gbdt_damaged_reached_twice', { path: field(key), node: child as number })
				);
			reached[child as number] = 1;
		}
		wholeNumber(arrays.feature[i], field('feature'), 0, featureCount - 1);
		finiteNumber(arrays.threshold[i], field('threshold'));
		wholeNumber(arrays.missingLeft[i], field('missingLeft'), 0, 1);
	}
	for (const key of ['cover', 'gain'] as const) {
		if (tree[key] === undefined) continue;
		list(tree[key], `${path}.${key}`, nodeCount).forEach((c, i) => {
			if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) {
				const at = `${path}.${key}[${i}]`;
				throw damaged(at, text('err_gbdt_damaged_nonnegative', { path: at, found: describe(c) }));
			}
		});
	}
	for (let i = 1; i < nodeCount; i++) {
		if (!reached[i]) {
			const left = `${path}.left`;
			throw damaged(left, text('err_gbdt_damaged_unreached', { path: left, node: i }));
		}
	}
}
