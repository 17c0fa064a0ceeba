//! The text index behind [`pilots::search`](crate::pilots::search), built at
//! compile time from the one table in `data.rs`: a suffix array of the
//! names and focus texts.
//!
//! Every character position of every text starts a suffix; sorted by their
//! bytes, the suffixes starting with a query form one run, and the units
//! owning that run are exactly the units containing the query. The runs of
//! the suffixes starting with each pair of characters are in a hash table
//! with their units, so a query of two characters is one lookup, and a
//! longer one a binary search within its pair's run on each suffix's first
//! 16 bytes held as one integer.

use core::cmp::Ordering;

use crate::data::{TABLE, UNIT_COUNT, UNITS};
use crate::text::{compare, decode};

/// Text `t` of the table: the name of unit `t / 2` for even `t`, its focus
/// for odd `t`.
const fn text(t: usize) -> &'static [u8] {
    let unit = &TABLE[t / 2];
    if t % 2 == 0 {
        unit.name().as_bytes()
    } else {
        unit.focus().as_bytes()
    }
}

/// The number of texts: a name and a focus per unit.
const TEXT_COUNT: usize = 2 * UNIT_COUNT;

/// A suffix: text `t` from byte `offset`, packed as `t << 8 | offset`.
const fn suffix(t: usize, offset: usize) -> u16 {
    ((t << 8) | offset) as u16
}

/// The bytes of a suffix.
const fn suffix_bytes(s: u16) -> &'static [u8] {
    let bytes = text((s >> 8) as usize);
    bytes.split_at((s & 0xFF) as usize).1
}

/// The number of suffixes: one per character of every text.
const SUFFIX_COUNT: usize = {
    let mut n = 0;
    let mut t = 0;
    while t < TEXT_COUNT {
        let bytes = text(t);
        // Offsets are stored in a byte.
        assert!(bytes.len() < 256);
        let mut b = 0;
        while b < bytes.len() {
            b += decode(bytes, b).1;
            n += 1;
        }
        t += 1;
    }
    n
};

/// Every suffix, sorted by its bytes (ties, identical texts, by text), with
/// its head.
const SORTED: ([u16; SUFFIX_COUNT], [u128; SUFFIX_COUNT]) = {
    // Each suffix with its first 16 bytes as a big-endian number, so that
    // most comparisons are one integer comparison: const evaluation is slow.
    let mut keyed = [(0u128, 0u16); SUFFIX_COUNT];
    let mut n = 0;
    let mut t = 0;
    while t < TEXT_COUNT {
        let bytes = text(t);
        let mut b = 0;
        while b < bytes.len() {
            let s = suffix(t, b);
            keyed[n] = (head(suffix_bytes(s)), s);
            n += 1;
            b += decode(bytes, b).1;
        }
        t += 1;
    }
    // Shell sort with Ciura's gaps: a few thousand suffixes, once.
    let gaps = [701, 301, 132, 57, 23, 10, 4, 1];
    let mut g = 0;
    while g < gaps.len() {
        let gap = gaps[g];
        let mut i = gap;
        while i < SUFFIX_COUNT {
            let value = keyed[i];
            let mut j = i;
            while j >= gap && sorts_after(keyed[j - gap], value) {
                keyed[j] = keyed[j - gap];
                j -= gap;
            }
            keyed[j] = value;
            i += 1;
        }
        g += 1;
    }
    let mut suffixes = [0u16; SUFFIX_COUNT];
    let mut heads = [0u128; SUFFIX_COUNT];
    let mut i = 0;
    while i < SUFFIX_COUNT {
        heads[i] = keyed[i].0;
        suffixes[i] = keyed[i].1;
        i += 1;
    }
    (suffixes, heads)
};

/// The sorted suffixes.
const SUFFIXES_SORTED: [u16; SUFFIX_COUNT] = SORTED.0;

/// The first 16 bytes of `bytes` as a big-endian number, zero-padded: it
/// orders like the bytes (no text has a zero byte).
const fn head(bytes: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < 16 {
        let b = if i < bytes.len() { bytes[i] } else { 0 };
        key = (key << 8) | b as u128;
        i += 1;
    }
    key
}

/// Whether keyed suffix `a` sorts after keyed suffix `b`.
const fn sorts_after(a: (u128, u16), b: (u128, u16)) -> bool {
    if a.0 != b.0 {
        return a.0 > b.0;
    }
    let (x, y) = (suffix_bytes(a.1), suffix_bytes(b.1));
    let skip = if x.len() < 16 { x.len() } else { 16 };
    let skip = if y.len() < skip { y.len() } else { skip };
    match compare(x.split_at(skip).1, y.split_at(skip).1) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => a.1 > b.1,
    }
}

/// The first 16 bytes of each sorted suffix as [`head`] makes them, so that
/// a step of a binary search is one integer comparison, without branches.
static HEADS: [u128; SUFFIX_COUNT] = SORTED.1;

/// The sorted suffixes, for the rare query longer than a head.
static SUFFIXES: [u16; SUFFIX_COUNT] = SUFFIXES_SORTED;

/// The position of the unit owning each sorted suffix, apart so that the
/// answer's bitmask is gathered from one short run of bytes.
static SUFFIX_UNITS: [u8; SUFFIX_COUNT] = {
    let mut units = [0u8; SUFFIX_COUNT];
    let mut i = 0;
    while i < SUFFIX_COUNT {
        units[i] = (SUFFIXES_SORTED[i] >> 9) as u8;
        i += 1;
    }
    units
};

/// The first two characters of a suffix, packed, or `None` for a suffix of
/// one character.
const fn first_pair(s: u16) -> Option<u64> {
    let bytes = suffix_bytes(s);
    let (first, width) = decode(bytes, 0);
    if width == bytes.len() {
        return None;
    }
    Some(pair_key(first, decode(bytes, width).0))
}

const fn pair_key(first: u32, second: u32) -> u64 {
    (first as u64) << 32 | second as u64
}

/// A pair of leading characters: the run of sorted suffixes that start with
/// it, and the units owning them.
#[derive(Clone, Copy)]
struct Pair {
    key: u64,
    start: u16,
    end: u16,
    units: u64,
}

/// The pair of sorted suffix `i`, when it starts a new run: a suffix of
/// one character has none, and the runs are contiguous.
const fn run_starting_at(i: usize) -> Option<u64> {
    let pair = first_pair(SUFFIXES_SORTED[i]);
    match (
        pair,
        if i == 0 {
            None
        } else {
            first_pair(SUFFIXES_SORTED[i - 1])
        },
    ) {
        (Some(key), Some(previous)) if key == previous => None,
        _ => pair,
    }
}

/// The number of distinct leading pairs.
const PAIR_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < SUFFIX_COUNT {
        if run_starting_at(i).is_some() {
            n += 1;
        }
        i += 1;
    }
    n
};

/// Every distinct leading pair with its run, in suffix order.
const PAIRS_CONST: [Pair; PAIR_COUNT] = {
    let empty = Pair {
        key: 0,
        start: 0,
        end: 0,
        units: 0,
    };
    let mut pairs = [empty; PAIR_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < SUFFIX_COUNT {
        if let Some(key) = run_starting_at(i) {
            pairs[n] = Pair {
                key,
                start: i as u16,
                ..empty
            };
            n += 1;
        }
        if first_pair(SUFFIXES_SORTED[i]).is_some() {
            pairs[n - 1].end = i as u16 + 1;
            pairs[n - 1].units |= 1 << (SUFFIXES_SORTED[i] >> 9);
        }
        i += 1;
    }
    pairs
};

/// The pairs, for the run-time lookup.
static PAIRS: [Pair; PAIR_COUNT] = PAIRS_CONST;

/// Slots of the pair table: over twice the number of pairs.
const PAIR_SLOTS: usize = 4096;

const fn pair_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
}

/// An open-addressing hash table over `PAIRS`: 1 + the index of a pair, or
/// 0 for empty.
static PAIR_TABLE: [u16; PAIR_SLOTS] = {
    let mut slots = [0u16; PAIR_SLOTS];
    let mut i = 0;
    while i < PAIR_COUNT {
        let mut slot = pair_slot(PAIRS_CONST[i].key);
        while slots[slot] != 0 {
            slot = (slot + 1) % PAIR_SLOTS;
        }
        slots[slot] = (i + 1) as u16;
        i += 1;
    }
    assert!(2 * PAIR_COUNT <= PAIR_SLOTS);
    slots
};

/// The pair starting with `first` and `second`, if any suffix does.
fn find_pair(first: char, second: char) -> Option<&'static Pair> {
    let key = pair_key(u32::from(first), u32::from(second));
    let mut slot = pair_slot(key);
    loop {
        let pair = PAIRS.get(usize::from(PAIR_TABLE[slot]).checked_sub(1)?)?;
        if pair.key == key {
            return Some(pair);
        }
        slot = (slot + 1) % PAIR_SLOTS;
    }
}

/// The units whose name or focus contains `query` (not empty), as a bitmask
/// of positions.
pub(crate) fn search_units(query: &str) -> u64 {
    let q = query.as_bytes();
    // No text has a zero byte, and one would compare equal to the padding
    // of a head.
    if q.contains(&0) {
        return 0;
    }
    let mut chars = query.char_indices();
    let (Some((_, first)), second) = (chars.next(), chars.next()) else {
        return 0;
    };
    // The run of suffixes starting with the query's first two characters
    // comes from the pair table; for a two-character query, its units are
    // the answer. One character: the whole array is the run.
    let run = match second {
        Some((at, second)) => {
            let Some(pair) = find_pair(first, second) else {
                return 0;
            };
            if at + second.len_utf8() == q.len() {
                return pair.units;
            }
            usize::from(pair.start)..usize::from(pair.end)
        }
        None => 0..SUFFIX_COUNT,
    };
    // Within the run, the suffixes whose first 16 bytes start like the query.
    let known = q.len().min(16);
    let mask = !0u128 << (8 * (16 - known));
    let key = head(q) & mask;
    let heads = &HEADS[run.clone()];
    let lo = heads.partition_point(|&h| h & mask < key);
    let len = heads[lo..].partition_point(|&h| h & mask == key);
    let (mut lo, mut hi) = (run.start + lo, run.start + lo + len);
    if q.len() > 16 {
        // And those whose following bytes match too.
        let rest = &q[16..];
        let tail = |s: u16| suffix_text(s).get(16..).unwrap_or_default();
        let suffixes = &SUFFIXES[lo..hi];
        let start = suffixes.partition_point(|&s| tail(s) < rest);
        let len = suffixes[start..].partition_point(|&s| tail(s).starts_with(rest));
        lo += start;
        hi = lo + len;
    }
    SUFFIX_UNITS[lo..hi]
        .iter()
        .fold(0, |units, &unit| units | 1 << unit)
}

/// The bytes of a suffix, at run time.
fn suffix_text(s: u16) -> &'static [u8] {
    let unit = &UNITS[usize::from(s >> 9)];
    let text = if s & 0x100 == 0 {
        unit.name()
    } else {
        unit.focus()
    };
    text.as_bytes()
        .get(usize::from(s & 0xFF)..)
        .unwrap_or_default()
}
