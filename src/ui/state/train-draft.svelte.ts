/**
 * The training settings the user is editing, per dataset, kept in localStorage so a reload loses nothing.
 * Column kinds, roles and the target come from the dataset's settings at the moment Train is clicked; the
 * draft holds the rest (model, recipe choices, split, seed, backend, threshold).
 */
import { defaultTrainSettings } from '$lib/runs/default-settings';
import type { TrainSettings } from '$lib/runs';
import type { DatasetRecord } from '$lib/storage';
import { defaultRecipeSpec } from '$lib/features';

export type TrainDraft = Omit<TrainSettings, 'target' | 'columns'>;

const key = (datasetId: string) => `faro.trainDraft.${datasetId}`;

export class TrainDraftState {
	// Raw: drafts are replaced whole, and must stay plain objects to cross into the train worker.
	#drafts = $state.raw<Record<string, TrainDraft>>({});

	/** The draft for a dataset: stored, or defaults. Returns null when no target is chosen yet. */
	draftFor(dataset: DatasetRecord): TrainDraft | null {
		if (!dataset.settings.target) return null;
		const known = this.#drafts[dataset.id];
		if (known) return known;
		const stored = localStorage.getItem(key(dataset.id));
		let draft: TrainDraft;
		try {
			draft = stored ? (JSON.parse(stored) as TrainDraft) : withoutColumns(defaultTrainSettings(dataset.settings, dataset.meta.rowCount));
		} catch {
			draft = withoutColumns(defaultTrainSettings(dataset.settings, dataset.meta.rowCount));
		}
		return draft;
	}

	update(dataset: DatasetRecord, draft: TrainDraft): void {
		this.#drafts = { ...this.#drafts, [dataset.id]: $state.snapshot(draft) as TrainDraft };
		localStorage.setItem(key(dataset.id), JSON.stringify(draft));
	}

	reset(dataset: DatasetRecord): void {
		const { [dataset.id]: _dropped, ...rest } = this.#drafts;
		this.#drafts = rest;
		localStorage.removeItem(key(dataset.id));
	}

	/** The full settings for a run: the draft plus the dataset's current columns and target. */
	settingsFor(dataset: DatasetRecord, draft: TrainDraft): TrainSettings {
		const target = dataset.settings.target ?? '';
		const columns = dataset.settings.columns;
		const base = defaultRecipeSpec(columns);
		// The recipe's column list always follows the dataset's current kinds and roles.
		const plain = $state.snapshot(draft) as TrainDraft;
		const settings: TrainSettings = { ...plain, target, columns: $state.snapshot(columns), recipe: { ...plain.recipe, columns: base.columns } };
		// The describer shows in the compare view's settings diff ("none" vs template vs LLM).
		if (dataset.describedBy) {
			const { describer, model, promptVersion } = dataset.describedBy;
			settings.describedBy = { describer, model, promptVersion };
		}
		return settings;
	}
}

function withoutColumns(settings: TrainSettings): TrainDraft {
	const { target: _target, columns: _columns, ...rest } = settings;
	return rest;
}

export const trainDrafts = new TrainDraftState();
