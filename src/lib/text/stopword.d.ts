// Types for the `stopword` package (3.1.5 ships none): only the lists Faro uses.
declare module 'stopword' {
	/** English stop words (lowercase). */
	export const eng: string[];
	/** Spanish stop words (lowercase, with accents). */
	export const spa: string[];
}
