import { describe, expect, it } from 'vitest';
import { modelSizeBytes } from '$lib/runs/run-record';
import type { ModelArtifacts, TfModelArtifacts } from '$lib/runs/types';
import type { EnsembleMember } from '$lib/models/artifacts';
import type { FittedRecipe } from '$lib/features';

const utf8Length = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

describe('modelSizeBytes', () => {
	it('equals the UTF-8 length of the JSON of a TF.js model (weights counted without copying them)', () => {
		const model: ModelArtifacts = {
			modelTopology: { name: 'modèle № 1', layers: [{ units: 3 }] },
			weightSpecs: [{ name: 'dense/kernel', shape: [2, 3], dtype: 'float32' }],
			weightData: 'QUJDRA=='.repeat(1000)
		};
		expect(modelSizeBytes(model)).toBe(utf8Length(model));
	});

	it('equals the UTF-8 length of the JSON of a tree model', () => {
		const model: ModelArtifacts = {
			format: 'faro-gbdt',
			version: 1,
			classCount: 2,
			featureCount: 3,
			outputs: 1,
			baseline: [0.25],
			trees: [
				{
					feature: [1, -1, -1],
					threshold: [0.5, 0, 0],
					missingLeft: [1, 0, 0],
					left: [1, -1, -1],
					right: [2, -1, -1],
					value: [0, -0.1, 0.2]
				}
			]
		};
		expect(modelSizeBytes(model)).toBe(utf8Length(model));
	});

	it('sums its members for a blend: each member JSON (recipe and model included), UTF-8', () => {
		const tfjs: TfModelArtifacts = {
			modelTopology: { name: 'réseau', layers: [{ units: 2 }] },
			weightSpecs: [{ name: 'dense/kernel', shape: [2, 2], dtype: 'float32' }],
			weightData: 'QUJDRA=='.repeat(50)
		};
		const recipe = {
			format: 'faro-recipe',
			version: 1,
			inputs: [{ name: 'Âge', kind: 'numeric' }],
			dense: [],
			text: [],
			denseWidth: 0,
			names: ['Âge']
		} as unknown as FittedRecipe;
		const members: EnsembleMember[] = [
			{ weight: 0.7, trialId: 4, description: 'Arbres — 31 feuilles', recipe, model: tfjs },
			{ weight: 0.3, trialId: null, description: 'Logistic', recipe, model: { ...tfjs } }
		];
		const model: ModelArtifacts = { format: 'faro-ensemble', members };
		expect(modelSizeBytes(model)).toBe(utf8Length(members[0]) + utf8Length(members[1]));
		expect(modelSizeBytes(model)).toBeGreaterThan(2 * utf8Length(tfjs));
	});
});
