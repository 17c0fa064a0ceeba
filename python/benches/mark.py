"""Times `mark` on a large frame against the join a study would write
without the package: pandas' `merge` of the frame with `code_year()` (every
code of any list in every year, as `mark` reads it), and polars' `join`
likewise. Each run is a process of its own, so that its peak memory
(maximum resident set size, `resource.getrusage`) is its own; the runs
take turns, `ROUNDS` times, and the median time is reported.

Run from the repository's root, with the package installed:
    python3 python/benches/mark.py [ROWS] [ROUNDS]   # 2000000 rows, 3 rounds
"""

import resource
import statistics
import subprocess
import sys
import time

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
RUNS = [
    "pandas mark",
    "pandas mark treatment",
    "pandas merge code_year",
    "pandas mark, text codes",
    "pandas merge code_year, text codes",
    "polars mark",
    "polars mark treatment",
    "polars join code_year",
]


def frame(text: bool):
    """ROWS rows drawn from the county panel's codes and years, in random
    order, with a column of values: a study's frame; the codes as text or
    as integers."""
    import numpy as np
    import pandas as pd

    import cn_edu_pilots as cep

    panel = cep.panel("county")[["code", "year"]].astype("int64")
    rng = np.random.default_rng(2012)
    rows = panel.iloc[rng.integers(0, len(panel), ROWS)].reset_index(drop=True)
    rows["value"] = rng.random(ROWS)
    if text:
        rows["code"] = rows["code"].astype(str)
    return rows


def one(what: str) -> None:
    import cn_edu_pilots as cep

    backend = what.split()[0]
    text = what.endswith("text codes")
    what = what.split(",")[0]
    df = frame(text)
    table = None
    if backend == "polars":
        import polars as pl

        df = pl.from_pandas(df)
    if what.endswith("code_year"):
        # The table is made before the clock starts: a study would read it
        # from a file once.
        table = cep.code_year(backend=backend)
        if backend == "polars":
            table = table.with_columns(pl.col("code").cast(pl.Int64), pl.col("year").cast(pl.Int64))
        else:
            table = table.astype({"code": str if text else "int64", "year": "int64"})
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    if what == "pandas merge code_year":
        out = df.merge(table, on=["code", "year"], how="left")
    elif what == "polars join code_year":
        out = df.join(table, on=["code", "year"], how="left")
    else:
        out = cep.mark(df, code="code", year="year", treatment=what.endswith("treatment"))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{seconds}\t{peak / 1024}\t{before / 1024}\t{len(out)}")


def main() -> None:
    results = {what: [] for what in RUNS}
    for _ in range(ROUNDS):
        for what in RUNS:
            done = subprocess.run(
                [sys.executable, __file__, str(ROWS), "1", what],
                check=True,
                capture_output=True,
                text=True,
            )
            seconds, peak, before, rows = done.stdout.split()
            results[what].append((float(seconds), float(peak), float(before), int(rows)))
    print(f"{ROWS:,} rows, median of {ROUNDS} runs, each in a process of its own")
    print(f"{'':36} {'time':>7} {'peak memory':>12} {'frame built':>12}")
    medians = {}
    for what, runs in results.items():
        seconds = statistics.median(r[0] for r in runs)
        medians[what] = seconds
        peak = max(r[1] for r in runs)
        before = max(r[2] for r in runs)
        print(f"{what:36} {seconds:6.2f}s {peak:8.0f} MiB {before:8.0f} MiB")
    for what, join in [
        ("pandas mark", "pandas merge code_year"),
        ("pandas mark treatment", "pandas merge code_year"),
        ("pandas mark, text codes", "pandas merge code_year, text codes"),
        ("polars mark", "polars join code_year"),
        ("polars mark treatment", "polars join code_year"),
    ]:
        print(f"{what} / {join.split(' ', 1)[1]}: {medians[what] / medians[join]:.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 3:
        one(sys.argv[3])
    else:
        main()
