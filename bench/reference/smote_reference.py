"""Times imbalanced-learn SMOTE on the rows bench/smote.ts generated, for a side-by-side ratio.

Usage: /usr/bin/python3 bench/reference/smote_reference.py <x.f32> <y.i32> <width>
Prints {"seconds": ..., "added": ...} (median of 3 runs; one run above 200,000 rows).
"""
import json
import sys
import time

import numpy as np
from imblearn.over_sampling import SMOTE

x_path, y_path, width = sys.argv[1], sys.argv[2], int(sys.argv[3])
y = np.fromfile(y_path, dtype=np.int32)
X = np.fromfile(x_path, dtype=np.float32).reshape(len(y), width)
times = []
for _ in range(3 if len(y) <= 200_000 else 1):
    started = time.perf_counter()
    _, y_res = SMOTE(k_neighbors=5, random_state=0).fit_resample(X, y)
    times.append(time.perf_counter() - started)
print(json.dumps({"seconds": float(np.median(times)), "added": int(len(y_res) - len(y))}))
