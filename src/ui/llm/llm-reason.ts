/**
 * Why the on-device LLM cannot run, in the reader's language. The reasons are English sentences from
 * src/lib/llm/webgpu.ts, the describe panel and the describe state (kept as they are: code compares them);
 * known ones are rewritten from the catalogue, anything else (an adapter's own error text) is shown as it is.
 */
import { BASE_LOCALE, m, render, text } from '$lib/i18n';

const KNOWN: [RegExp, (...groups: string[]) => string][] = [
	[/^Checking WebGPU…$/, () => m.llm_reason_checking()],
	[/^No model fits this GPU\.$/, () => m.llm_reason_no_model()],
	[/^This browser has no WebGPU/, () => m.llm_reason_no_webgpu()],
	[/^WebGPU refused to give a GPU adapter \((.*)\)\.$/, (why) => m.llm_reason_refused({ why })],
	[/^WebGPU is present but found no GPU adapter/, () => m.llm_reason_no_adapter()],
	[/^The only WebGPU adapter is a software fallback/, () => m.llm_reason_fallback()]
];

/** The reason `describeJob.checkGpu` gives when web-llm's code cannot be fetched: message and hint. */
const unreachable = (): string =>
	`${render(text('llm_err_unreachable'), BASE_LOCALE)} ${render(text('llm_err_unreachable_hint'), BASE_LOCALE)}`;

export function localizeLlmReason(reason: string): string {
	if (reason === unreachable()) return `${m.llm_err_unreachable()} ${m.llm_err_unreachable_hint()}`;
	for (const [pattern, say] of KNOWN) {
		const match = pattern.exec(reason);
		if (match) return say(...match.slice(1));
	}
	return reason;
}
