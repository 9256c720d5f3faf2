import type { ColumnKind, ColumnRole } from '$lib/data/table';
import type { DatasetProfile, ParseResult } from '$lib/data';

/** The user's choice for one column: its kind (may override the inferred one) and its role. */
export type ColumnSetting = { name: string; kind: ColumnKind; role: ColumnRole };

/** Everything the user chose about a dataset; saved on every change, so a reload loses nothing. */
export type DatasetSettings = { columns: ColumnSetting[]; target: string | null };

/** A stored dataset as the page sees it: no table, only what is shown. */
export type DatasetRecord = {
	id: string;
	name: string;
	createdAt: string;
	/** SHA-256 (hex) of the file's bytes: two runs on the same data share it. */
	fingerprint: string;
	meta: ParseResult['meta'];
	profile: DatasetProfile;
	preview: string[][];
	settings: DatasetSettings;
	/** Set on datasets made by the Describe panel: who wrote the `description` column (llm/describe-dataset.ts). */
	describedBy?: { describer: 'template' | 'web-llm'; model: string | null; promptVersion: string; fallbackCount?: number };
};

/** Default settings from the profile: inferred kinds and roles, the suggested target. */
export function defaultSettings(profile: DatasetProfile, target: string | null): DatasetSettings {
	const columns = profile.columns.map((c): ColumnSetting => ({
		name: c.name,
		kind: c.kind,
		role: c.name === target ? 'target' : c.suggestedRole
	}));
	return { columns, target };
}

/** Settings with `name` as the target: the old target goes back to being a feature. */
export function withTarget(settings: DatasetSettings, name: string | null): DatasetSettings {
	const columns = settings.columns.map((c): ColumnSetting => {
		if (c.name === name) return { ...c, role: 'target' };
		if (c.role === 'target') return { ...c, role: 'feature' };
		return c;
	});
	return { columns, target: name };
}
