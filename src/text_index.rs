//! The text index behind [`pilots::search`](crate::pilots::search), built at
//! compile time from the one table in `data.rs`: a suffix array of the
//! names and focus texts.
//!
//! Every character position of every text starts a suffix; sorted by their
//! bytes, the suffixes starting with a query form one run, and the units
//! owning that run are exactly the units containing the query. The suffixes
//! starting with each character are found first in a small table of
//! distinct characters, so the binary search runs within that bucket.

use core::cmp::Ordering;

use crate::data::{TABLE, UNIT_COUNT};
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

/// Every suffix, sorted by its bytes (ties, identical texts, by text).
const SUFFIXES_SORTED: [u16; SUFFIX_COUNT] = {
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
    let mut i = 0;
    while i < SUFFIX_COUNT {
        suffixes[i] = keyed[i].1;
        i += 1;
    }
    suffixes
};

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

/// The number of distinct characters, which is the number of buckets.
const BUCKET_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < SUFFIX_COUNT {
        if i == 0 || first_char(SUFFIXES_SORTED[i]) != first_char(SUFFIXES_SORTED[i - 1]) {
            n += 1;
        }
        i += 1;
    }
    n
};

/// The sorted suffixes as the run-time search reads them: their bytes.
static SUFFIXES: [&[u8]; SUFFIX_COUNT] = {
    let mut suffixes: [&[u8]; SUFFIX_COUNT] = [&[]; SUFFIX_COUNT];
    let mut i = 0;
    while i < SUFFIX_COUNT {
        suffixes[i] = suffix_bytes(SUFFIXES_SORTED[i]);
        i += 1;
    }
    suffixes
};

/// The position of the unit owning each suffix of `SUFFIXES`, apart so that
/// the answer's bitmask is gathered from one short run of bytes.
static SUFFIX_UNITS: [u8; SUFFIX_COUNT] = {
    let mut units = [0u8; SUFFIX_COUNT];
    let mut i = 0;
    while i < SUFFIX_COUNT {
        units[i] = (SUFFIXES_SORTED[i] >> 9) as u8;
        i += 1;
    }
    units
};

const fn first_char(s: u16) -> u32 {
    decode(suffix_bytes(s), 0).0
}

/// The distinct first characters of the suffixes, ascending, and where each
/// one's run of suffixes starts; a last entry closes the last run.
static BUCKETS: ([u32; BUCKET_COUNT], [u16; BUCKET_COUNT + 1]) = {
    let mut chars = [0u32; BUCKET_COUNT];
    let mut starts = [0u16; BUCKET_COUNT + 1];
    let mut k = 0;
    let mut i = 0;
    while i < SUFFIX_COUNT {
        let c = first_char(SUFFIXES_SORTED[i]);
        if i == 0 || c != chars[k - 1] {
            chars[k] = c;
            starts[k] = i as u16;
            k += 1;
        }
        i += 1;
    }
    starts[BUCKET_COUNT] = SUFFIX_COUNT as u16;
    (chars, starts)
};

/// How a suffix compares with `query` over the query's length: `Equal` when
/// the suffix starts with the query. (A plain loop: queries are a few bytes,
/// shorter than the call to `memcmp` that slice comparison makes.)
fn compare_prefix(suffix: &[u8], query: &[u8]) -> Ordering {
    for (a, b) in suffix.iter().zip(query) {
        if a != b {
            return a.cmp(b);
        }
    }
    suffix.len().min(query.len()).cmp(&query.len())
}

/// The units whose name or focus contains `query` (not empty), as a bitmask
/// of positions.
pub(crate) fn search_units(query: &str) -> u64 {
    let q = query.as_bytes();
    let Some(first) = query.chars().next() else {
        return 0;
    };
    let (chars, starts) = &BUCKETS;
    let Ok(k) = chars.binary_search(&u32::from(first)) else {
        return 0;
    };
    let start = usize::from(starts[k]);
    let bucket = &SUFFIXES[start..usize::from(starts[k + 1])];
    // Every suffix of the bucket starts with the query's first character.
    let skip = first.len_utf8();
    let rest = &q[skip..];
    let tail = |s: &'static [u8]| s.get(skip..).unwrap_or_default();
    let lo = bucket.partition_point(|s| compare_prefix(tail(s), rest).is_lt());
    let len = bucket[lo..].partition_point(|s| compare_prefix(tail(s), rest).is_eq());
    SUFFIX_UNITS[start + lo..start + lo + len]
        .iter()
        .fold(0, |units, &unit| units | 1 << unit)
}
