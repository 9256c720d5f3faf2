/**
 * A trained model as runs and bundles keep it, in plain JSON: the standard TF.js layers format (logistic
 * regression, MLP) or Faro's tree format (gradient-boosted trees). Type-only apart from one tag check, so the
 * page can import it without TF.js.
 */
import { GBDT_FORMAT, type GbdtArtifacts } from './gbdt/types';

/** A TF.js model in the standard layers format (weights as base64), so `tf.loadLayersModel` reads it alone. */
export type TfModelArtifacts = {
	modelTopology: unknown;
	weightSpecs: unknown[];
	weightData: string;
};

/** The trained model of a run or a bundle: TF.js layers or gradient-boosted trees. */
export type ModelArtifacts = TfModelArtifacts | GbdtArtifacts;

/** True for the tree format (`format: "faro-gbdt"`); TF.js artifacts have no `format` field. */
export const isGbdtArtifacts = (m: ModelArtifacts): m is GbdtArtifacts =>
	(m as { format?: unknown }).format === GBDT_FORMAT;
