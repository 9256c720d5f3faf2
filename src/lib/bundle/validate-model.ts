/**
 * Checks the `model` part of a bundle before TF.js sees it: the topology may only be the chain of layers
 * Faro builds (Dense, Dropout, Activation, an optional InputLayer; models/mlp.ts), with string activations
 * from a fixed list, a softmax output of one unit per label, and weights whose specs match those layers and
 * whose bytes match the specs. Nothing in the file is executed: TF.js resolves class names through its own
 * registry, and anything outside this list is refused here, before `tf.loadLayersModel` is called.
 */
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
		throw damaged(
			`${expected.lastDensePath}.config.units`,
			`${labelCount}, one output per label (it is ${expected.outputWidth})`
		);
	}
	const specs = asArray(field(model, 'weightSpecs', base), `${base}.weightSpecs`);
	checkWeightSpecs(specs, expected.weights, `${base}.weightSpecs`);
	const weightData = asString(field(model, 'weightData', base), `${base}.weightData`);
	const bytes = base64ByteLength(weightData, `${base}.weightData`);
	const expectedBytes = expected.weights.reduce((n, w) => n + 4 * product(w.shape), 0);
	if (bytes !== expectedBytes) {
		throw damaged(
			`${base}.weightData`,
			`${expectedBytes} bytes for the weights its specs list (it holds ${bytes}: the file may be truncated)`
		);
	}
	return { inputWidth: expected.inputWidth, outputWidth: expected.outputWidth };
}

function readLayers(topology: JsonObject, base: string): Layer[] {
	const kind = asOneOf(field(topology, 'class_name', base), SEQUENTIAL, join(base, 'class_name'));
	const config = asObject(field(topology, 'config', base), join(base, 'config'));
	const list = asArray(field(config, 'layers', `${base}.config`), `${base}.config.layers`);
	if (list.length === 0) throw damaged(`${base}.config.layers`, 'a list of at least one layer');
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
				throw damaged(`${base}.config.${key}`, `[["${name}", 0, 0]] (a plain chain of layers)`);
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
		const expected =
			previous === null ? 'empty for the first layer' : `the output of "${previous}" only`;
		throw damaged(`${path}.inbound_nodes`, expected);
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
			throw damaged(`${path}.class_name`, 'InputLayer only as the first layer');
		}
	}
	if (lastDensePath === '')
		throw damaged(`${topologyPath}.config.layers`, 'a list with a Dense layer');
	if (outputActivation !== 'softmax') {
		throw damaged(
			`${lastDensePath}.config.activation`,
			`"softmax" on the output layer (found "${outputActivation}")`
		);
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
	if (shape.length !== 2 || shape[0] !== null) throw damaged(path, '[null, number of features]');
	return asNumber(shape[1], `${path}[1]`, { min: 1, integer: true });
}

function checkWeightSpecs(specs: unknown[], expected: ExpectedWeight[], base: string): void {
	if (specs.length !== expected.length) {
		throw damaged(
			base,
			`a list of ${expected.length} weights for the layers of the topology (it has ${specs.length})`
		);
	}
	specs.forEach((raw, i) => {
		const path = `${base}[${i}]`;
		const spec = asObject(raw, path);
		asString(field(spec, 'name', path), `${path}.name`, true);
		asOneOf(field(spec, 'dtype', path), ['float32'] as const, `${path}.dtype`);
		if (spec.quantization !== undefined)
			throw damaged(`${path}.quantization`, 'absent (Faro stores float32 weights)');
		const shape = asArray(field(spec, 'shape', path), `${path}.shape`).map((d, j) =>
			asNumber(d, `${path}.shape[${j}]`, { min: 0, integer: true })
		);
		const want = expected[i].shape;
		if (shape.length !== want.length || shape.some((d, j) => d !== want[j])) {
			throw damaged(
				`${path}.shape`,
				`[${want.join(', ')}] to fit ${expected[i].path} (it is [${shape.join(', ')}])`
			);
		}
	});
}

const product = (shape: number[]) => shape.reduce((p, d) => p * d, 1);

/** Decoded size of a base64 string, without decoding it. @throws FaroError bundle-invalid when not base64 */
export function base64ByteLength(text: string, path = 'model.weightData'): number {
	if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
		throw notABundle(path, 'is not base64 text');
	}
	const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
	return (text.length / 4) * 3 - padding;
}
