"""The table of speed in docs/performance.md, from the output of `benches/queries.rs`.

    for run in 1 2 3; do cargo bench --bench queries; done | python3 benches/ratios.py

Reads one or more runs of divan's output on standard input. For each
query it prints the median time of the crate's batch, and the ratios to
the static array and the baseline, each ratio taken within one run (the
groups of a run share the machine's state) and the median of the runs;
with several runs, their range follows in brackets. Then it says whether
the targets of docs/performance.md are met, and exits with status 1 if one is not.
"""

import re
import statistics
import sys

UNITS = {"ps": 1e-3, "ns": 1.0, "µs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}
LABELS = {
    "by_province": "`pilots::by_province`",
    "by_region": "`pilots::by_region`",
    "by_theme": "`pilots::by_theme`",
    "by_category": "`pilots::by_category`",
    "by_kind": "`pilots::by_kind`",
    "province_from_str": "`Province::from_str`",
    "covering": "`pilots::covering`",
    "covering_in": "`pilots::covering_in`",
    "search": "`pilots::search`",
    "classify": "`FocusTheme::classify`",
}
# (query, the other group, bound, what the bound is): crate / array at most
# the bound, or baseline / crate at least it.
TARGETS = [(q, "static_array", 2.0, "within 2x of a static array") for q in LABELS if q.startswith("by_")]
TARGETS += [("province_from_str", "baseline", 3.0, "3x the baseline or more"),
            ("covering", "baseline", 5.0, "5x the baseline or more")]

LINE = re.compile(r"^(?P<prefix>[│ ]*)(?P<branch>[├╰]─ )?(?P<name>\S+)\s+(?P<columns>.*)$")


def nanoseconds(text):
    value, unit = text.split()
    return float(value) * UNITS[unit]


def runs(lines):
    """Each run as {group: {query: median ns}}."""
    run, group = None, None
    for line in lines:
        match = LINE.match(line)
        if match is None:
            continue
        if not match["prefix"] and not match["branch"]:
            # The tree's root, with the column headings: a run begins.
            run = {} if match["name"] == "queries" else None
            if run is not None:
                yield run
        elif run is not None:
            depth = len(match["prefix"]) // 3 + 1
            fastest, _slowest, median, *_ = [c.strip() for c in match["columns"].split("│")]
            if depth == 1:
                group = match["name"]
            elif depth == 2 and fastest:
                run.setdefault(group, {})[match["name"]] = nanoseconds(median)


def main():
    found = list(runs(sys.stdin))
    if not found or not any(found):
        sys.exit("no output of `cargo bench --bench queries` on standard input")

    def ratio(query, other):
        """Each run's ratio, baseline / crate or crate / array; None if absent."""
        values = []
        for run in found:
            ours, theirs = run.get("crate", {}).get(query), run.get(other, {}).get(query)
            if ours is None or theirs is None:
                return None
            values.append(ours / theirs if other == "static_array" else theirs / ours)
        return values

    def show(values):
        if values is None:
            return ""
        text = f"{statistics.median(values):.1f}x"
        if len(values) > 1:
            text += f" ({min(values):.1f}–{max(values):.1f})"
        return text

    def time(ns):
        for unit in ["ms", "µs", "ns"]:
            if ns >= UNITS[unit] or unit == "ns":
                return f"{ns / UNITS[unit]:.3g} {unit}"

    print(f"{len(found)} run(s); the crate's median time per batch, and the ratios within each run\n")
    print("| query | crate | crate / static array | baseline / crate |")
    print("|---|---:|---:|---:|")
    for query, label in LABELS.items():
        times = [run["crate"][query] for run in found if query in run.get("crate", {})]
        if not times:
            continue
        print(f"| {label} | {time(statistics.median(times))} | "
              f"{show(ratio(query, 'static_array'))} | {show(ratio(query, 'baseline'))} |")

    print()
    missed = 0
    for query, other, bound, what in TARGETS:
        values = ratio(query, other)
        if values is None:
            print(f"{LABELS[query]}: not measured")
            missed += 1
            continue
        value = statistics.median(values)
        met = value <= bound if other == "static_array" else value >= bound
        missed += not met
        print(f"{LABELS[query]} {what}: {'met' if met else 'MISSED'} ({value:.1f}x)")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
