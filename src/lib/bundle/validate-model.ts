/**
 * Checks the `model` part of a bundle before TF.js sees it: the topology may only be the chain of layers
 * Faro builds (Dense, Dropout, Activation, an optional InputLayer; models/mlp.ts), with string activations
 * from a fixed list, a softmax output of one unit per label, and weights whose specs match those layers and
 * whose bytes match the specs. Nothing in the file is executed: TF.js resolves class names through its own
 * registry, and anything outside this list is refused here, before `tf.loadLayersModel` is called.
 */
import { text } from '$lib/i18n';
import {
	asArray,
	asNumber,
	asObject,
	asOneOf,
	asString,
	damaged,
	field,
	join,
	notABundle,
	type JsonObject
} from './bundle-error';

/** Layer classes a Faro model contains. */
export const ALLOWED_LAYERS = ['InputLayer', 'Dense', 'Dropout', 'Activation'] as const;
/** Activation names accepted in a Dense or Activation layer (all built into TF.js). */
export const ALLOWED_ACTIVATIONS = ['linear', 'relu', 'tanh', 'elu', 'sigmoid', 'softmax'] as const;

type Layer = { className: (typeof ALLOWED_LAYERS)[number]; config: JsonObject; path: string };
/** What the checks learned about the model: its input width (features) and output width (classes). */
export type ModelShape = { inputWidth: number; outputWidth: number };

const SEQUENTIAL = ['Sequential', 'Model', 'Functional'] as const;

/**
 * Checks `model.modelTopology`, `model.weightSpecs` and `model.weightData` against each other and against
 * `labelCount`. `base` is where the model sits in the bundle (`model`, or a blend member's
 * `model.members[1].model`); errors name paths under it.
 * @throws FaroError bundle-invalid naming the field
 */
export function validateModel(model: JsonObject, labelCount: number, base = 'model'): ModelShape {
	const topology = asObject(field(model, 'modelTopology', base), `${base}.modelTopology`);
	const layers = readLayers(topology, `${base}.modelTopology`);
	const expected = expectedWeights(layers, `${base}.modelTopology`);
	if (expected.outputWidth !== labelCount) {
		const at = `${expected.lastDensePath}.config.units`;
		throw damaged(
			at,
			text('err_bundle_must_output_units', {
				path: at,
				count: labelCount,
				found: expected.outputWidth
			})
		);
	}
	const specs = asArray(field(model, 'weightSpecs', base), `${base}.weightSpecs`);
	checkWeightSpecs(specs, expected.weights, `${base}.weightSpecs`);
	const weightData = asString(field(model, 'weightData', base), `${base}.weightData`);
	const bytes = base64ByteLength(weightData, `${base}.weightData`);
	const expectedBytes = expected.weights.reduce((n, w) => n + 4 * product(w.shape), 0);
	if (bytes !== expectedBytes) {
		const at = `${base}.weightData`;
		throw damaged(
			at,
			text('err_bundle_must_weight_bytes', { path: at, bytes: expectedBytes, found: bytes })
		);
	}
	return { inputWidth: expected.inputWidth, outputWidth: expected.outputWidth };
}

function readLayers(topology: JsonObject, base: string): Layer[] {
	const kind = asOneOf(field(topology, 'class_name', base), SEQUENTIAL, join(base, 'class_name'));
	const config = asObject(field(topology, 'config', base), join(base, 'config'));
	const list = asArray(field(config, 'layers', `${base}.config`), `${base}.config.layers`);
	if (list.length === 0) {
		const at = `${base}.config.layers`;
		throw damaged(at, text('err_bundle_must_layers', { path: at }));
	}
	let previous: string | null = null;
	const layers = list.map((raw, i): Layer => {
		const path = `${base}.config.layers[${i}]`;
		const layer = asObject(raw, path);
		const className = asOneOf(
			field(layer, 'class_name', path),
			ALLOWED_LAYERS,
			join(path, 'class_name')
		);
		const layerConfig = asObject(field(layer, 'config', path), join(path, 'config'));
		const name = asString(
			field(layerConfig, 'name', `${path}.config`),
			`${path}.config.name`,
			true
		);
		if (Object.hasOwn(layer, 'inbound_nodes')) checkChained(layer, previous, path);
		previous = name;
		return { className, config: layerConfig, path };
	});
	if (kind !== 'Sequential') {
		const ends = (key: string, layer: Layer) => {
			const name = String(layer.config.name);
			if (JSON.stringify(config[key]) !== JSON.stringify([[name, 0, 0]])) {
				const at = `${base}.config.${key}`;
				throw damaged(at, text('err_bundle_must_plain_chain', { path: at, name }));
			}
		};
		ends('input_layers', layers[0]);
		ends('output_layers', layers[layers.length - 1]);
	}
	return layers;
}

/** A functional model's layer must take the previous layer's output only (Faro builds a plain chain). */
function checkChained(layer: JsonObject, previous: string | null, path: string): void {
	const nodes = layer.inbound_nodes;
	const chained =
		previous === null
			? Array.isArray(nodes) && nodes.length === 0
			: Array.isArray(nodes) &&
				nodes.length === 1 &&
				Array.isArray(nodes[0]) &&
				nodes[0].length === 1 &&
				Array.isArray(nodes[0][0]) &&
				nodes[0][0][0] === previous;
	if (!chained) {
		const at = `${path}.inbound_nodes`;
		throw damaged(
			at,
			previous === null
				? text('err_bundle_must_first_inbound', { path: at })
				: text('err_bundle_must_inbound', { path: at, name: previous })
		);
	}
}

type ExpectedWeight = { shape: number[]; path: string };

function expectedWeights(
	layers: Layer[],
	topologyPath: string
): {
	weights: ExpectedWeight[];
	inputWidth: number;
	outputWidth: number;
	lastDensePath: string;
} {
	const inputWidth = readInputWidth(layers[0]);
	let width = inputWidth;
	let lastDensePath = '';
	let outputActivation = 'linear';
	const weights: ExpectedWeight[] = [];
	for (const { className, config, path } of layers) {
		const at = `${path}.config`;
		if (className === 'Dense') {
			const units = asNumber(field(config, 'units', at), `${at}.units`, {
				min: 1,
				max: 1 << 16,
				integer: true
			});
			outputActivation = activationOf(config, at);
			weights.push({ shape: [width, units], path: `${path} kernel` });
			if (config.use_bias !== false) weights.push({ shape: [units], path: `${path} bias` });
			width = units;
			lastDensePath = path;
		} else if (className === 'Activation') {
			outputActivation = activationOf(config, at);
		} else if (className === 'Dropout') {
			asNumber(field(config, 'rate', at), `${at}.rate`, { min: 0, max: 0.999 });
		} else if (path !== layers[0].path) {
			const at = `${path}.class_name`;
			throw damaged(at, text('err_bundle_must_input_layer_first', { path: at }));
		}
	}
	if (lastDensePath === '') {
		const at = `${topologyPath}.config.layers`;
		throw damaged(at, text('err_bundle_must_dense_layer', { path: at }));
	}
	if (outputActivation !== 'softmax') {
		const at = `${lastDensePath}.config.activation`;
		throw damaged(at, text('err_bundle_must_softmax', { path: at, found: outputActivation }));
	}
	return { weights, inputWidth, outputWidth: width, lastDensePath };
}

function activationOf(config: JsonObject, at: string): string {
	if (config.activation === undefined || config.activation === null) return 'linear';
	return asOneOf(config.activation, ALLOWED_ACTIVATIONS, `${at}.activation`);
}

/** The feature count from the first layer's `batch_input_shape`: `[null, width]`. */
function readInputWidth(first: Layer): number {
	const path = `${first.path}.config.batch_input_shape`;
	const shape = asArray(field(first.config, 'batch_input_shape', `${first.path}.config`), path);
	if (shape.length !== 2 || shape[0] !== null)
		throw damaged(path, text('err_bundle_must_batch_input_shape', { path }));
	return asNumber(shape[1], `${path}[1]`, { min: 1, integer: true });
}

function checkWeightSpecs(specs: unknown[], expected: ExpectedWeight[], base: string): void {
	if (specs.length !== expected.length) {
		throw damaged(
			base,
			text('err_bundle_must_weight_specs', {
				path: base,
				count: expected.length,
				found: specs.length
			})
		);
	}
	specs.forEach((raw, i) => {
		const path = `${base}[${i}]`;
		const spec = asObject(raw, path);
		asString(field(spec, 'name', path), `${path}.name`, true);
		asOneOf(field(spec, 'dtype', path), ['float32'] as const, `${path}.dtype`);
		if (spec.quantization !== undefined) {
			const at = `${path}.quantization`;
			throw damaged(at, text('err_bundle_must_no_quantization', { path: at }));
		}
		const shape = asArray(field(spec, 'shape', path), `${path}.shape`).map((d, j) =>
			asNumber(d, `${path}.shape[${j}]`, { min: 0, integer: true })
		);
		const want = expected[i].shape;
		if (shape.length !== want.length || shape.some((d, j) => d !== want[j])) {
			const at = `${path}.shape`;
			throw damaged(
				at,
				text('err_bundle_must_weight_shape', {
					path: at,
					want: want.join(', '),
					weight: expected[i].path,
					found: shape.join(', ')
				})
			);
		}
	});
}

const product = (shape: number[]) => shape.reduce((p, d) => p * d, 1);

/** Decoded size of a base64 string, without decoding it. @throws FaroError bundle-invalid when not base64 */
export function base64ByteLength(encoded: string, path = 'model.weightData'): number {
	if (encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) {
		throw notABundle(path, text('err_bundle_not_base64', { path }));
	}
	const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
	return (encoded.length / 4) * 3 - padding;
}
