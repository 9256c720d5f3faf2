/**
 * pandas side by side with Faro's CSV reader, on the same file in the same run (machines are noisy:
 * REFERENCE.md asks for the ratio measured together): `pandas.read_csv`, and `read_csv` + `to_csv` (the
 * I/O of scoring a file, without a model). Median of 3 runs via /usr/bin/python3 (Debian's python3-pandas);
 * null when it is not installed.
 */
import { spawnSync } from 'node:child_process';

const SCRIPT = `
import sys, time, statistics, io, pandas
path, mode = sys.argv[1], sys.argv[2]
times = []
for _ in range(3):
    t = time.perf_counter()
    frame = pandas.read_csv(path)
    if mode == 'write':
        frame.to_csv(io.StringIO(), index=False)
    times.append(time.perf_counter() - t)
print(statistics.median(times))
`;

/** Seconds pandas takes to read (`read`) or read and write back (`write`) the CSV at `path`, or null. */
export function pandasSeconds(path: string, mode: 'read' | 'write'): number | null {
	const run = spawnSync('/usr/bin/python3', ['-c', SCRIPT, path, mode], { encoding: 'utf8' });
	if (run.status !== 0) return null;
	const seconds = Number(run.stdout.trim());
	return Number.isFinite(seconds) ? seconds : null;
}
