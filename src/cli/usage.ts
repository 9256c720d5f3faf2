/** The CLI's help texts, and the error a wrong command line raises (exit 2, one line, no stack trace). */

export const MAIN_USAGE = `Faro from the command line: train a model on a CSV, or score a CSV with a model file.

Usage:
  faro train <data.csv> [options]     train (or search for) a model; metrics as JSON on stdout
  faro predict <model.json> <input.csv> [options]
                                      score a CSV; the predictions CSV on stdout or --out
  faro <command> --help               the options of a command`;

export const TRAIN_USAGE = `Usage: faro train <data.csv> [options]

Trains one model as the studio's Train screen does (prints the test metrics as JSON on stdout), or with
--search runs the studio's model search ("Find the best model": trials, blend, refit) and prints its
leaderboard on stderr.

Options:
  --target <column>          the column to predict (default: the one the studio would suggest)
  --out <model.json>         write the model file
  --model mlp|logistic|gbdt  the model family (default mlp; ignored with --search)
  --seed <n>                 split and training seed (default 42)
  --backend wasm|cpu         TF.js backend (default wasm)
  --max-epochs <n>           epochs (MLP, Adam) or boosting iterations (trees)
  --test-column NAME=VALUE   test on the rows whose NAME cell is VALUE (that column is not a feature)
  --positive <label>         the positive class of a two-class target (default: the minority class)
  --threshold <rule>         f1 (default), youden, fixed=0.35, or cost=FP:FN (the costs of a false
                             positive and a false negative, e.g. cost=1:5)
  --balance <method>         none (default), class-weights, random-over, random-under, smote, smote-nc,
                             borderline
  --skip-bad-rows            skip rows with the wrong number of fields or text after a closing quote
  --search                   search model families and settings with cross-validation
  --trials <n>               search budget in trials (default 50)
  --minutes <m>              search budget in minutes (default 2)
  --strategy tpe|halving|random   search strategy (default tpe)
  --folds <k>                cross-validation folds, 3–10 (default 5)
  --no-blend                 keep the best trial instead of trying a blend of the top trials
  --mlflow <dir>             also write the run into an MLflow file store (mlflow ui --backend-store-uri <dir>):
                             params, metrics, loss per epoch, curves, the leaderboard and the model file
  -h, --help                 this help`;

export const PREDICT_USAGE = `Usage: faro predict <model.json> <input.csv> [options]

Scores every row of the CSV with a model file Faro wrote, streaming (files larger than memory work): the
input columns unchanged, then prediction and prob_<label>. Prints the stability check (PSI against the
training data) on stderr.

Options:
  --out <predictions.csv>    write here instead of stdout
  --backend wasm|cpu         TF.js backend for TF.js models (default wasm)
  --reasons                  add reason_1 … reason_3: the columns that pushed each row toward its label
  --shard i/n                score only the i-th of n byte ranges of the file (cut at record boundaries);
                             the n outputs concatenated in order are the whole file's predictions
  -h, --help                 this help`;

/** A wrong command line: the message is printed alone, and the exit code is 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** Whether `err` is node:util parseArgs' complaint about the command line (unknown option, missing value). */
export function isParseArgsError(err: unknown): boolean {
	const code = err instanceof TypeError ? (err as unknown as { code?: unknown }).code : undefined;
	return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * Progress on stderr: the current phase over the previous one on a terminal; nothing when stderr is a file
 * or a pipe (a log would fill with one line per epoch).
 */
export const showProgress = (phase: string): void => {
	if (process.stderr.isTTY) process.stderr.write(`\r${phase.slice(0, 100).padEnd(100)}`);
};
