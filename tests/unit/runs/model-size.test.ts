import { describe, expect, it } from 'vitest';
import { modelSizeBytes } from '$lib/runs/run-record';
import type { ModelArtifacts } from '$lib/runs/types';

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
});
