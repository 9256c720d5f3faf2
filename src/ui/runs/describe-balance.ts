/** One-line descriptions of a run's class balancing, for the results and the settings summary. */
export { describeBalance } from '$lib/runs/describe-balance';
