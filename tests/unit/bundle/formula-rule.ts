/**
 * The predictions-file formula rule (ARCHITECTURE.md, "Predictions file — Contract") written as one regular
 * expression, independently of `csv-cells.ts`: a cell starting with = + - @ tab or CR that is not a plain
 * numeric literal. Passed to papaparse `unparse({ escapeFormulae })`, it makes papaparse's writer the
 * reference for every written cell.
 */
export const FORMULA_RULE = /^(?![-+]?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/;
