"""scikit-learn reference models on Faro's own split, for bench/search-quality.ts.

Usage: /usr/bin/python3 bench/reference/search_reference.py SPEC_JSON
SPEC_JSON (written by the bench) names the CSV, the target, Faro's feature columns with their kinds, and the
rows of Faro's split as 0-based CSV data rows: `nonTest` (training + validation parts), `fold` (Faro's
cross-validation fold of each nonTest row) and `test`. For each model the script prints, as one JSON line,
the mean ± std ROC AUC over Faro's folds (fit on the other folds' rows) and the test ROC AUC of a fit on all
nonTest rows; binary targets use the plain ROC AUC, more classes the macro one-vs-rest ROC AUC.

Preparation, fitted inside each fit: numeric → median imputation + standard scaling; categorical → a
"missing" level + one-hot (unknown levels ignored); text → TfidfVectorizer ((1, 2)-grams, English stop
words, sublinear tf, `textTerms` terms, Faro's default vocabulary cap). Models: LogisticRegression (C = 1,
lbfgs, max_iter 2000) and HistGradientBoostingClassifier (defaults: 100 iterations of shrinkage 0.1, 31
leaves, 20 rows per leaf; random_state 0), which needs dense input: for it, text features are reduced to a
100-dimensional LSA (TruncatedSVD of the TF-IDF matrix). When the `xgboost` package is installed (Debian:
python3-xgboost), XGBClassifier with its defaults (hist trees, 2 threads) on the same dense preparation too;
its labels are the classes' indices.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.decomposition import TruncatedSVD
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def preparation(features, text_terms, dense):
    parts = []
    numeric = [f["name"] for f in features if f["kind"] == "numeric"]
    categorical = [f["name"] for f in features if f["kind"] not in ("numeric", "text")]
    text = [f["name"] for f in features if f["kind"] == "text"]
    if numeric:
        parts.append(("numeric", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric))
    if categorical:
        parts.append((
            "categorical",
            make_pipeline(
                SimpleImputer(strategy="constant", fill_value="missing"),
                OneHotEncoder(handle_unknown="ignore"),
            ),
            categorical,
        ))
    for name in text:
        tfidf = TfidfVectorizer(
            ngram_range=(1, 2), stop_words="english", sublinear_tf=True, max_features=text_terms
        )
        # Trees on thousands of dense TF-IDF columns are out of reach here (HistGradientBoosting on the
        # Austen sample, 1,000 terms: 82 s for 10 iterations), so they get a 100-dimensional LSA of them.
        steps = make_pipeline(tfidf, TruncatedSVD(100, random_state=0)) if dense else tfidf
        parts.append((f"text:{name}", steps, name))
    return [ColumnTransformer(parts, sparse_threshold=0 if dense else 0.3)]


def auc(y, proba, classes):
    if len(classes) == 2:
        return roc_auc_score(y == classes[1], proba[:, 1])
    return roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=classes)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    frame = pd.read_csv(spec["csv"], keep_default_na=True)
    features = spec["features"]
    for f in features:
        column = frame[f["name"]]
        if f["kind"] == "text":
            frame[f["name"]] = column.fillna("")
        elif f["kind"] != "numeric":
            frame[f["name"]] = column.astype("string").astype(object).where(column.notna(), np.nan)
    x = frame[[f["name"] for f in features]]
    y = frame[spec["target"]].astype(str).to_numpy()
    non_test = np.array(spec["nonTest"])
    test = np.array(spec["test"])
    fold = np.array(spec["fold"])
    models = {
        "LogisticRegression": lambda: LogisticRegression(C=1.0, max_iter=2000),
        "HistGradientBoostingClassifier": lambda: HistGradientBoostingClassifier(random_state=0),
    }
    try:
        from xgboost import XGBClassifier

        models["XGBClassifier"] = lambda: XGBClassifier(tree_method="hist", n_jobs=2, random_state=0)
    except ImportError:
        pass
    classes = sorted(set(y))
    codes = np.searchsorted(classes, y)
    for name, make in models.items():
        dense = name.startswith("Hist") or name.startswith("XGB")
        labels = codes if name.startswith("XGB") else y

        def fit(rows):
            model = make_pipeline(*preparation(features, spec["textTerms"], dense), make())
            return model.fit(x.iloc[rows], labels[rows])

        started = time.perf_counter()
        scores = []
        for k in np.unique(fold):
            model = fit(non_test[fold != k])
            held = non_test[fold == k]
            scores.append(auc(labels[held], model.predict_proba(x.iloc[held]), list(model.classes_)))
        model = fit(non_test)
        test_auc = auc(labels[test], model.predict_proba(x.iloc[test]), list(model.classes_))
        print(json.dumps({
            "model": name,
            "cvAuc": float(np.mean(scores)),
            "cvStd": float(np.std(scores)),
            "testAuc": float(test_auc),
            "seconds": time.perf_counter() - started,
            "sklearn": sklearn.__version__,
        }), flush=True)


if __name__ == "__main__":
    main()
