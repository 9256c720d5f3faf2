/** Built-in sample datasets, served from public/samples/ (same origin: loading one sends nothing anywhere). */
import { m } from '$lib/i18n';
import { formatCount } from '../format';

/** `title` and `detail` are functions, so they follow a language switch. */
export type Sample = { id: string; title: () => string; detail: () => string; file: string };

export const SAMPLES: readonly Sample[] = [
	{
		id: 'german-credit',
		title: () => m.data_sample_german_title(),
		detail: () => m.data_sample_german_detail({ count: formatCount(1000) }),
		file: 'german-credit.csv'
	},
	{
		id: 'austen',
		title: () => m.data_sample_austen_title(),
		detail: () => m.data_sample_austen_detail({ count: formatCount(6000), novels: formatCount(6) }),
		file: 'austen.csv'
	}
];
