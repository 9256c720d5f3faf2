"""Times scikit-learn's TfidfVectorizer on the texts bench/tfidf.ts wrote, for a side-by-side figure.

Usage: /usr/bin/python3 bench/reference/tfidf_reference.py TEXTS_FILE STOP_WORDS_JSON [REPEATS]
TEXTS_FILE has one text per line; STOP_WORDS_JSON is the list Faro uses (English + Spanish from `stopword`).
Prints one JSON line per configuration: name, best wall-clock seconds over REPEATS (default 3), the CPU
seconds of that best run (steadier than wall-clock on a busy machine), the vocabulary size and the SHA-1 of the vocabulary joined by newlines (so the bench can check it matches).
"""
import hashlib
import json
import sys
import time

import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer


def main() -> None:
    texts_path, stop_path = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with open(texts_path, encoding="utf-8") as f:
        texts = f.read().split("\n")
    if texts and texts[-1] == "":
        texts.pop()
    with open(stop_path, encoding="utf-8") as f:
        stop_words = json.load(f)
    configs = {
        "bigrams": dict(ngram_range=(1, 2), max_features=20000, sublinear_tf=True, stop_words=stop_words),
        "unigrams": dict(),
    }
    for name, kwargs in configs.items():
        best, best_cpu = float("inf"), float("inf")
        for _ in range(repeats):
            vectorizer = TfidfVectorizer(**kwargs)
            started, started_cpu = time.perf_counter(), time.process_time()
            matrix = vectorizer.fit_transform(texts)
            best = min(best, time.perf_counter() - started)
            best_cpu = min(best_cpu, time.process_time() - started_cpu)
        terms = vectorizer.get_feature_names_out().tolist()
        digest = hashlib.sha1("\n".join(terms).encode("utf-8")).hexdigest()
        print(json.dumps({"name": name, "seconds": best, "cpuSeconds": best_cpu, "terms": len(terms), "sha1": digest,
                          "nnz": int(matrix.nnz), "sklearn": sklearn.__version__}))


if __name__ == "__main__":
    main()
