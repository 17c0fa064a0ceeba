#!/usr/bin/env bash
# What the crate costs a downstream build: the time of its own unit in a
# clean `cargo build --release --timings` of a binary that depends on it
# (default features), as a ratio to `syn`'s time in the same build, and the
# bytes of static data in its release rlib (the data symbols `nm -S` lists).
# The median of the runs' ratios is the figure to compare.
#
#   bash benches/footprint.sh [runs]        # default: 3 clean builds
#
# Needs python3 (to read cargo's timing report) and nm (binutils).
set -euo pipefail
crate="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src"
cat > "$work/Cargo.toml" <<EOF
[package]
name = "downstream"
version = "0.0.0"
edition = "2024"

[dependencies]
cn-edu-pilots = { path = "$crate" }
EOF
echo 'fn main() { println!("{}", cn_edu_pilots::pilots::all().len()); }' > "$work/src/main.rs"

echo "| run | cn-edu-pilots | syn | crate / syn |"
echo "|---|---:|---:|---:|"
for run in $(seq "$runs"); do
    rm -rf "$work/target"
    (cd "$work" && CARGO_TARGET_DIR="$work/target" cargo build --release --timings --quiet)
    python3 - "$work/target/cargo-timings/cargo-timing.html" "$run" "$work/ratios" <<'PY'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
def seconds(name):
    # The library unit (a build script is a unit of its own); of two
    # versions of syn, the slower.
    times = [u["duration"] for u in units if u["name"] == name and not u.get("target", "").strip()]
    return max(times)
ours, syn = seconds("cn-edu-pilots"), seconds("syn")
print(f"| {sys.argv[2]} | {ours:.2f} s | {syn:.2f} s | {ours / syn:.2f} |")
with open(sys.argv[3], "a") as ratios:
    print(f"{ours / syn:.2f}", file=ratios)
PY
done
echo
echo "median crate / syn: $(sort -n "$work/ratios" | awk '{r[NR] = $1} END {print r[int((NR + 1) / 2)]}')"

(cd "$crate" && cargo build --release --quiet --lib)
rlib="$(ls -t "${CARGO_TARGET_DIR:-$crate/target}"/release/libcn_edu_pilots.rlib | head -1)"
bytes="$(nm -S "$rlib" 2>/dev/null | python3 -c '
import sys
fields = (line.split() for line in sys.stdin)
print(sum(int(f[1], 16) for f in fields if len(f) >= 4 and f[2] in "dDrRbB"))')"
echo
echo "static data in the release rlib: $bytes bytes"
