/** Built-in sample datasets, served from public/samples/ (same origin: loading one sends nothing anywhere). */
export type Sample = { id: string; title: string; detail: string; file: string };

export const SAMPLES: readonly Sample[] = [
	{
		id: 'german-credit',
		title: 'German credit risk',
		detail: '1,000 applicants · target Risk',
		file: 'german-credit.csv'
	},
	{ id: 'austen', title: 'Austen passages', detail: '6,000 passages · 6 novels', file: 'austen.csv' }
];
