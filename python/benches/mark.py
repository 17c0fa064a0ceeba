"""Times `mark` on a large pandas frame against pandas' own `merge` of the
same frame with the county-year panel (the code-year table a study would
join), and reports each one's peak memory (maximum resident set size,
each in a process of its own).

Run from the repository's root, with the package installed:
    python3 python/benches/mark.py [ROWS]      # ROWS: 2000000 by default
"""

import resource
import subprocess
import sys
import time

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2_000_000


def frame(text: bool):
    import numpy as np
    import pandas as pd

    panel = pd.read_csv("data/panels/county_year.csv", usecols=["code", "year"])
    rng = np.random.default_rng(2012)
    rows = panel.iloc[rng.integers(0, len(panel), ROWS)].reset_index(drop=True)
    rows["value"] = rng.random(ROWS)
    if text:
        rows["code"] = rows["code"].astype(str)
    return rows


def one(what: str) -> None:
    import pandas as pd

    import cn_edu_pilots as cep

    df = frame(text=what.endswith("text"))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    if what.startswith("merge"):
        table = cep.panel("county")
        if what.endswith("text"):
            table["code"] = table["code"].astype(str)
        out = df.merge(table, on=["code", "year"], how="left")
    elif what.startswith("mark-treatment"):
        out = cep.mark(df, code="code", year="year", treatment=True)
    else:
        out = cep.mark(df, code="code", year="year")
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"{what:24} {len(out):>9} rows  {seconds:6.2f} s  "
        f"peak {peak / 1024:6.0f} MiB (frame built: {before / 1024:4.0f} MiB)"
    )


if __name__ == "__main__":
    if len(sys.argv) > 2:
        one(sys.argv[2])
    else:
        for what in ["mark", "mark-treatment", "merge", "mark-text", "merge-text"]:
            subprocess.run([sys.executable, __file__, str(ROWS), what], check=True)
