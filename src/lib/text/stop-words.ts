/**
 * Stop-word lists for TF-IDF, from the `stopword` package (3.1.5): English (108 words) and Spanish (59).
 * scikit-learn's built-in English list differs (318 words), so the reference fixtures pass these very lists
 * to `TfidfVectorizer(stop_words=[...])` (tests/fixtures/reference/tfidf-stop-words.json).
 *
 * As in scikit-learn, stop words are matched against tokens after lowercasing and accent stripping, and the
 * lists themselves are not preprocessed: with `stripAccents` on, "más" in the text becomes "mas" and is kept.
 */
import { eng, spa } from 'stopword';

/** Which stop words to remove. */
export type StopWordsChoice = 'none' | 'english' | 'spanish' | 'english+spanish';

/** The stop words of `choice`, deduplicated and sorted by code point. */
export function stopWordList(choice: StopWordsChoice): string[] {
	const words: string[] = [];
	if (choice === 'english' || choice === 'english+spanish') words.push(...eng);
	if (choice === 'spanish' || choice === 'english+spanish') words.push(...spa);
	return [...new Set(words)].sort();
}

/** The stop words of `choice` as a set, for membership tests while tokenizing. */
export const stopWordSet = (choice: StopWordsChoice): Set<string> => new Set(stopWordList(choice));
