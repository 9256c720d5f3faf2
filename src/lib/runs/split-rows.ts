/**
 * The first steps every run and every cross-validation share: find and encode the target (rows without a
 * target are dropped and counted), then the seeded stratified train / validation / test split. The same
 * settings always give the same test rows, so cross-validation never touches a run's test part.
 */
import { findColumn, takeRows, type Table } from '$lib/data/table';
import { encodeTarget, type EncodedTarget } from '$lib/features';
import { stratifiedSplit, type Split } from '$lib/models';
import { FaroError } from '$lib/shared/errors';
import { createRng, type Rng } from '$lib/shared/rng';
import type { TrainSettings } from './types';

export type SplitRows = {
	target: EncodedTarget;
	/** The rows that have a target, in file order (`target.y[i]` is row i's class). */
	rows: Table;
	classCount: number;
	split: Split;
	/** The run's generator, after the split: later random choices continue from it. */
	rng: Rng;
};

/** @throws FaroError target-missing, target-single-class, target-too-many-classes, class-too-small */
export function splitRows(table: Table, settings: TrainSettings): SplitRows {
	const column = findColumn(table, settings.target);
	if (!column) {
		throw new FaroError('target-missing', `The target column "${settings.target}" is not in the data.`, {
			hint: 'Pick the target again on the Data screen.'
		});
	}
	const target = encodeTarget(column);
	const classCount = target.labels.length;
	const rng = createRng(settings.seed);
	const split = stratifiedSplit(target.y, classCount, settings.split, rng, target.labels);
	return { target, rows: takeRows(table, target.keptRows), classCount, split, rng };
}
