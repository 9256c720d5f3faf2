/**
 * A TF.js layers model to and from plain JSON (topology + weight specs + base64 weights): the standard
 * format, so `tf.loadLayersModel(tf.io.fromMemory(...))` loads it without Faro.
 */
import * as tf from '@tensorflow/tfjs';
import type { TfModelArtifacts } from './artifacts';

export async function serializeModel(model: tf.LayersModel): Promise<TfModelArtifacts> {
	let saved: tf.io.ModelArtifacts | null = null;
	await model.save(
		tf.io.withSaveHandler(async (artifacts) => {
			saved = artifacts;
			return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
		})
	);
	const artifacts = saved as tf.io.ModelArtifacts | null;
	if (!artifacts?.weightData || !artifacts.weightSpecs)
		throw new Error('the model could not be saved');
	const buffer = tf.io.concatenateArrayBuffers(
		Array.isArray(artifacts.weightData) ? artifacts.weightData : [artifacts.weightData]
	);
	return {
		modelTopology: artifacts.modelTopology,
		weightSpecs: artifacts.weightSpecs,
		weightData: bytesToBase64(new Uint8Array(buffer))
	};
}

export async function deserializeModel(artifacts: TfModelArtifacts): Promise<tf.LayersModel> {
	return tf.loadLayersModel(
		tf.io.fromMemory({
			modelTopology: artifacts.modelTopology as tf.io.ModelArtifacts['modelTopology'],
			weightSpecs: artifacts.weightSpecs as tf.io.WeightsManifestEntry[],
			weightData: base64ToBytes(artifacts.weightData).buffer as ArrayBuffer
		})
	);
}

/** Base64 without `btoa` on one huge string: chunked, works in workers and Node. */
export function bytesToBase64(bytes: Uint8Array): string {
	let binary = '';
	const CHUNK = 0x8000;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	}
	return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
