/** One-line descriptions of a run's class balancing, for the results and the settings summary (in the language in use). */
export { describeBalance } from '$lib/runs/describe-balance';
