"""The test rows of REFERENCE.md's German credit figures, for bench/search-quality.ts.

Usage: /usr/bin/python3 bench/reference/reference_split.py CSV TARGET
Prints, as one JSON list, the 0-based data rows scikit-learn's `train_test_split(test_size=0.25,
stratify=y, random_state=42)` holds out — the "75/25 stratified split, seed 42" of REFERENCE.md, where
scikit-learn's logistic regression scores a ROC AUC of 0.772 and XGBoost + SMOTE 0.790.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split


def main() -> None:
    frame = pd.read_csv(sys.argv[1])
    y = frame[sys.argv[2]].astype(str).to_numpy()
    rows = np.arange(len(frame))
    _, test = train_test_split(rows, test_size=0.25, stratify=y, random_state=42)
    print(json.dumps(sorted(int(i) for i in test)))


if __name__ == "__main__":
    main()
