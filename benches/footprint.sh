#!/usr/bin/env bash
# What the crate costs a downstream build: the time of its own unit in a
# clean `cargo build --release --timings` of a binary that depends on it
# (default features), as a ratio to the time of `syn`'s unit (2.x, default
# features) in a clean build of a binary that depends on `syn` alone,
# taken in turn with it; the binary's own unit and the whole build's time
# beside; and the bytes of static data in its release rlib (its data
# sections, as `size -A` counts them). The median of the runs' ratios is
# the figure to compare.
#
#   bash benches/footprint.sh [runs] [other checkouts...]   # default: 3 runs
#
# Each other checkout of the crate (say a `git worktree` of an earlier
# release) is built in the same runs, in turn with this one, so that the
# two are compared on the same machine at the same load.
#
# Needs python3 (to read cargo's timing report) and ar and size (binutils).
set -euo pipefail
crate="$(cd "$(dirname "$0")/.." && pwd)"
runs=3
if [ $# -gt 0 ]; then
    if ! [[ "$1" =~ ^[1-9][0-9]*$ ]]; then
        echo "usage: bash benches/footprint.sh [runs] [other checkouts...]" >&2
        exit 2
    fi
    runs="$1"
    shift
fi
crates=("$crate")
for other in "$@"; do crates+=("$(cd "$other" && pwd)"); done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One downstream binary per checkout, and one that depends on syn alone.
downstream() { # name, dependency line
    mkdir -p "$work/$1/src"
    cat > "$work/$1/Cargo.toml" <<EOF
[package]
name = "downstream"
version = "0.0.0"
edition = "2024"

[dependencies]
$2
EOF
}
for i in "${!crates[@]}"; do
    downstream "crate$i" "cn-edu-pilots = { path = \"${crates[$i]}\" }"
    cat > "$work/crate$i/src/main.rs" <<'RUST'
// A few of the calls a program makes (all of them there since 0.4): the
// queries and parsers are `#[inline]`, so the binary's own unit compiles
// those it uses.
use cn_edu_pilots::{DivisionCode, Province, codes, pilots};

fn main() {
    let henan: Province = "豫".parse().unwrap();
    let code: DivisionCode = "630122".parse().unwrap();
    let coverage = pilots::covering_in(code, 2020).map(|c| c.wholly().len());
    let name = codes::listed(code).and_then(|c| c.name_zh(2018));
    let error = "63012x".parse::<DivisionCode>().unwrap_err().to_string();
    println!("{} {coverage:?} {name:?} {error}", pilots::by_province(henan).len());
}
RUST
done
# syn as a proc macro's dependency is built: in the profile of build
# scripts (`build-override`), as a build dependency.
downstream syn '[build-dependencies]
syn = "2"'
echo 'fn main() { assert!(syn::parse_str::<syn::Ident>("x").is_ok()); }' > "$work/syn/build.rs"
echo 'fn main() {}' > "$work/syn/src/main.rs"

# Writes to `$work/times` the seconds of the unit `name` (the library, not
# a build script) in the clean build of the downstream binary in `dir`,
# then of the binary's own unit, then the whole build's milliseconds, one
# a line; a failed build stops the script.
build() { # dir, name
    rm -rf "$work/$1/target"
    local start end
    start=$(date +%s%N)
    (cd "$work/$1" && CARGO_TARGET_DIR="$work/$1/target" cargo build --release --timings --quiet)
    end=$(date +%s%N)
    python3 - "$work/$1/target/cargo-timings/cargo-timing.html" "$2" > "$work/times" <<'PY'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
# A library's target is blank; the binary's names it ("downstream" "bin").
print(max(u["duration"] for u in units if u["name"] == sys.argv[2] and not u.get("target", "").strip()))
print(max(u["duration"] for u in units if u["name"] == "downstream" and "bin" in u.get("target", "")))
PY
    echo "$(((end - start) / 1000000))" >> "$work/times"
}

header="| run | syn |"
rule="|---|---:|"
for i in "${!crates[@]}"; do
    label="$(basename "${crates[$i]}")"
    header+=" $label | $label / syn | the binary | the whole build |"
    rule+="---:|---:|---:|---:|"
done
echo "$header"
echo "$rule"
for run in $(seq "$runs"); do
    build syn syn
    mapfile -t syn < "$work/times"
    row="| $run | ${syn[0]} s |"
    for i in "${!crates[@]}"; do
        build "crate$i" cn-edu-pilots
        mapfile -t ours < "$work/times"
        ratio=$(python3 -c "print(f'{${ours[0]} / ${syn[0]}:.2f}')")
        echo "$ratio" >> "$work/ratios$i"
        row+=" ${ours[0]} s | $ratio | ${ours[1]} s | $(python3 -c "print(f'{${ours[2]} / 1000:.1f}')") s |"
    done
    echo "$row"
done
echo
for i in "${!crates[@]}"; do
    echo "median $(basename "${crates[$i]}") / syn: $(sort -n "$work/ratios$i" | awk '{r[NR] = $1} END {print r[int((NR + 1) / 2)]}')"
done

(cd "$crate" && cargo build --release --quiet --lib -p cn-edu-pilots)
target_dir="$(cd "$crate" && cargo metadata --format-version 1 --no-deps | python3 -c \
    'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
rlib="$target_dir/release/libcn_edu_pilots.rlib"
# The read-only and relocated data sections of its objects: the tables, and
# the strings they point to, whichever of them the compiler names.
mkdir "$work/objects"
(cd "$work/objects" && ar x "$rlib")
bytes="$(size -A "$work"/objects/*.o | awk '$1 ~ /^\.(rodata|data)/ {sum += $2} END {print sum}')"
echo
echo "static data in the release rlib (default features): $bytes bytes"
