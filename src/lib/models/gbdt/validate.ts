/**
 * Checks a tree model read from a file (a bundle, a stored run) field by field before anything scores with it:
 * a damaged file gets FaroError `bundle-invalid` naming the exact field (`model.trees[3].left[7]`) and what was
 * expected, never a crash or a silent wrong score. Only reads the value.
 */
import { FaroError } from '$lib/shared/errors';
import { GBDT_FORMAT, GBDT_VERSION, type GbdtArtifacts } from './types';

const HINT = 'Download the model again from its run in Faro, or choose another file.';
const TREE_FIELDS = ['feature', 'threshold', 'missingLeft', 'left', 'right', 'value'] as const;

const damaged = (path: string, expected: string): FaroError =>
	new FaroError('bundle-invalid', `This Faro model is damaged: "${path}" must be ${expected}.`, {
		where: path,
		hint: HINT
	});

const describe = (value: unknown): string =>
	value === null
		? 'null'
		: Array.isArray(value)
			? 'a list'
			: typeof value === 'string'
				? `"${value.slice(0, 40)}"`
				: typeof value === 'number'
					? String(value)
					: typeof value;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function wholeNumber(value: unknown, path: string, min: number, max: number): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw damaged(path, `a whole number from ${min} to ${max} (found ${describe(value)})`);
	}
	return value;
}

function finiteNumber(value: unknown, path: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw damaged(path, `a finite number (found ${describe(value)})`);
	return value;
}

function list(value: unknown, path: string, length?: number): unknown[] {
	if (!Array.isArray(value)) throw damaged(path, `a list (found ${describe(value)})`);
	if (length !== undefined && value.length !== length) {
		throw damaged(path, `a list of ${length} entries (found ${value.length})`);
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
	if (!isRecord(value)) throw damaged(where, `an object (found ${describe(value)})`);
	const at = (key: string) => `${where}.${key}`;
	if (value.format !== GBDT_FORMAT)
		throw damaged(at('format'), `"${GBDT_FORMAT}" (found ${describe(value.format)})`);
	if (typeof value.version === 'number' && value.version > GBDT_VERSION) {
		throw new FaroError(
			'bundle-invalid',
			`This tree model was made by a newer Faro (format version ${value.version}).`,
			{
				where: at('version'),
				hint: 'Open it with the Faro that made it, or update this one.'
			}
		);
	}
	wholeNumber(value.version, at('version'), GBDT_VERSION, GBDT_VERSION);
	const classCount = wholeNumber(value.classCount, at('classCount'), 2, 100_000);
	if (classCount !== expect.classCount) {
		throw damaged(
			at('classCount'),
			`${expect.classCount}, the number of labels (found ${classCount})`
		);
	}
	const featureCount = wholeNumber(value.featureCount, at('featureCount'), 1, 100_000_000);
	if (featureCount !== expect.featureCount) {
		throw damaged(
			at('featureCount'),
			`${expect.featureCount}, the features the recipe makes (found ${featureCount})`
		);
	}
	const outputs = classCount === 2 ? 1 : classCount;
	wholeNumber(value.outputs, at('outputs'), outputs, outputs);
	list(value.baseline, at('baseline'), outputs).forEach((b, k) =>
		finiteNumber(b, `${at('baseline')}[${k}]`)
	);
	const trees = list(value.trees, at('trees'));
	if (trees.length % outputs !== 0) {
		throw damaged(
			at('trees'),
			`a multiple of ${outputs} trees, one per class per iteration (found ${trees.length})`
		);
	}
	trees.forEach((tree, t) => checkTree(tree, `${at('trees')}[${t}]`, featureCount));
	return value as GbdtArtifacts;
}

function checkTree(tree: unknown, path: string, featureCount: number): void {
	if (!isRecord(tree)) throw damaged(path, `an object (found ${describe(tree)})`);
	const nodeCount = list(tree.left, `${path}.left`).length;
	if (nodeCount === 0) throw damaged(`${path}.left`, 'a list of at least one node');
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
			if (left !== -1)
				throw damaged(field('left'), `-1, as right[${i}] marks a leaf (found ${describe(left)})`);
			if (right !== -1)
				throw damaged(field('right'), `-1, as left[${i}] marks a leaf (found ${describe(right)})`);
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
					`a node no other node points to (node ${child} is reached twice)`
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
			if (typeof c !== 'number' || !Number.isFinite(c) || c < 0)
				throw damaged(`${path}.${key}[${i}]`, `a number of 0 or more (found ${describe(c)})`);
		});
	}
	for (let i = 1; i < nodeCount; i++) {
		if (!reached[i])
			throw damaged(`${path}.left`, `a tree that reaches every node (node ${i} is never reached)`);
	}
}
