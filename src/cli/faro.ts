/**
 * Faro from Node, without a browser: the same src/lib code the workers run.
 *   faro train data.csv [--target Risk] [--out model.json] [--model mlp|logistic|gbdt] [--search …] …
 *   faro predict model.json input.csv [--out predictions.csv] [--reasons] …
 * `faro --help` and `faro <command> --help` list everything (usage.ts). `train` prints the test metrics as
 * JSON on stdout (with `--search`, the leaderboard on stderr); `predict` writes the predictions CSV to --out
 * (or stdout), streaming, so files larger than memory work. Progress and notes go to stderr. A wrong command
 * line exits 2 with one line; a problem with the data or a file exits 1 with what is wrong, where, and a hint.
 */
import '@tensorflow/tfjs-backend-wasm';
import { asFaroError } from '$lib/shared/errors';
import { predict } from './predict-command';
import { train } from './train-command';
import { isParseArgsError, MAIN_USAGE, UsageError } from './usage';

// TF.js's cpu backend prints an "install tfjs-node" banner with console.log: keep stdout for the JSON result.
const printJson = (value: unknown) => process.stdout.write(JSON.stringify(value, null, 2) + '\n');
console.log = (...args: unknown[]) => console.error(...args);

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === 'train') return train(rest, printJson);
	if (command === 'predict') return predict(rest);
	if (command === '--help' || command === '-h' || command === 'help') {
		process.stdout.write(MAIN_USAGE + '\n');
		return 0;
	}
	console.error(command ? `faro: unknown command "${command}".\n\n${MAIN_USAGE}` : MAIN_USAGE);
	return 2;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(err) => {
		if (err instanceof UsageError || isParseArgsError(err)) {
			// parseArgs explains how to pass a value starting with "-" as well: its first sentence is enough
			const message = (err as Error).message.replace(/\. To specify a positional.*$/s, '.');
			console.error(
				`faro: ${message} (see faro ${process.argv[2] ?? ''} --help)`.replace('  ', ' ')
			);
			process.exit(2);
		}
		const error = asFaroError(err);
		console.error(`faro: ${error.message}`);
		if (error.detail.where) console.error(`  where: ${error.detail.where}`);
		if (error.detail.hint) console.error(`  ${error.detail.hint}`);
		if (error.code === 'internal') console.error(err);
		process.exit(1);
	}
);
