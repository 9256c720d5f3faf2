/**
 * A model's download size and VRAM as the page shows them, in the reader's language: the same text as
 * formatDownload (src/lib/llm/models.ts) in English ("250 MB", "~1.2 GB"), with the language's decimal mark.
 */
import { m, numberFormat } from '$lib/i18n';
import type { ModelChoice } from '$lib/llm/models';

/** Whole megabytes, without grouping ("1500", as the English text always wrote it). */
export const formatMb = (mb: number): string =>
	numberFormat({ maximumFractionDigits: 0, useGrouping: false }).format(Math.round(mb));

/** "250 MB", "~1.2 GB" ("~1,2 GB" in Spanish), or "size unknown". */
export function formatDownloadSize(
	choice: Pick<ModelChoice, 'downloadMb' | 'downloadEstimated'>
): string {
	const mb = choice.downloadMb;
	if (!Number.isFinite(mb)) return m.llm_size_unknown();
	const size =
		mb >= 1000
			? `${numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(mb / 1000)} GB`
			: `${numberFormat({ maximumFractionDigits: 20, useGrouping: false }).format(mb)} MB`;
	return choice.downloadEstimated ? `~${size}` : size;
}

/** "1500 MB VRAM", or "VRAM unknown". */
export const formatVram = (choice: Pick<ModelChoice, 'vramMb'>): string =>
	Number.isFinite(choice.vramMb) ? m.llm_vram({ mb: formatMb(choice.vramMb) }) : m.llm_vram_unknown();
