"""Scale-out scoring on Dask distributed: `faro predict --shard i/n` on every worker, outputs joined in order.

    /usr/bin/python3 src/cli/scale-out/dask_score.py model.json input.csv predictions.csv [--shards N] [--workers W]
                     [--scheduler tcp://host:8786] [--faro "node /path/to/src/cli/faro.mjs"]

Without --scheduler it starts a LocalCluster of W worker processes (one thread each) on this machine; with one,
it uses that cluster (every worker must see the model, the input and a shared output folder at the same
paths, and have Node and Faro installed). Each task scores one byte range of the file cut at record
boundaries (Faro's --shard), so tasks are independent and can be retried; the shards' outputs, concatenated in
shard order, are byte for byte what one `faro predict` writes. Prints rows/s on stderr.
Needs Debian's python3-distributed (apt-get install -y python3-distributed).
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time

from dask.distributed import Client, LocalCluster

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
FARO = f"node {shlex.quote(os.path.join(ROOT, 'src', 'cli', 'faro.mjs'))}"


def score_shard(faro, model, source, index, count, folder):
    """One task: faro predict --shard index/count into its own file; returns that file's path."""
    out = os.path.join(folder, f"shard-{index:05d}.csv")
    cmd = shlex.split(faro) + ["predict", model, source, "--shard", f"{index}/{count}", "--out", out]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"shard {index}/{count} failed ({done.returncode}): {done.stderr.strip()}")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--shards", type=int, default=None, help="byte ranges (default: one per worker)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--scheduler", default=None, help="an existing cluster's scheduler address")
    parser.add_argument("--faro", default=FARO, help="the command that runs Faro's CLI")
    args = parser.parse_args()
    model, source = os.path.abspath(args.model), os.path.abspath(args.input)
    started = time.time()
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    ready = time.time()
    try:
        workers = len(client.scheduler_info()["workers"])
        count = args.shards or workers
        folder = tempfile.mkdtemp(prefix="faro-shards-", dir=os.path.dirname(os.path.abspath(args.output)))
        futures = client.map(
            score_shard, [args.faro] * count, [model] * count, [source] * count,
            list(range(1, count + 1)), [count] * count, [folder] * count, pure=False,
        )
        parts = client.gather(futures)
        rows = 0
        with open(args.output, "wb") as out:
            for part in parts:  # shard order, whatever order they finished in
                with open(part, "rb") as f:
                    data = f.read()
                rows += data.count(b"\n")
                out.write(data)
                os.remove(part)
        os.rmdir(folder)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.time() - started
    rows -= 1  # the header (rows with quoted line breaks count more: the figure is approximate then)
    print(f"Scored about {rows} rows in {seconds:.1f} s on {workers} Dask workers, {count} shards "
          f"({rows / seconds:,.0f} rows/s; {ready - started:.1f} s of it starting the cluster), "
          f"written to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
