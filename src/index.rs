//! The indexes behind the queries, all built at compile time from the one
//! table in `data.rs`.
//!
//! An index groups unit positions by a key: for each key a bitmask of the
//! units (56 fit in a `u64`) is computed by a `const fn` walking the table,
//! then `Index::build` lays the masks out as one array of unit positions in
//! notice order, key after key. A query is one slice of that array: no
//! scan, no allocation, and the answer's length is known.

use core::cmp::Ordering;
use core::fmt;
use core::iter::FusedIterator;

use strum::EnumCount;

use crate::data::{TABLE, UNIT_COUNT, UNITS};
use crate::division::DivisionCode;
use crate::text::{compare, decode};
use crate::{EconomicRegion, FocusTheme, Member, MemberKind, PilotUnit, Province, ThemeCategory};

// Unit positions are stored as `u8` and unit sets as `u64` bitmasks.
const _: () = assert!(UNIT_COUNT <= 64);

/// Units grouped by `KEYS` keys; `LEN` is the total number of (key, unit) pairs.
pub(crate) struct Index<const KEYS: usize, const LEN: usize> {
    /// `positions[start..end]` for each key.
    bounds: [(u16, u16); KEYS],
    positions: [u8; LEN],
}

impl<const KEYS: usize, const LEN: usize> Index<KEYS, LEN> {
    const fn build(masks: &[u64; KEYS]) -> Self {
        let mut bounds = [(0, 0); KEYS];
        let mut positions = [0; LEN];
        let mut n = 0;
        let mut k = 0;
        while k < KEYS {
            let start = n;
            let mut i = 0;
            while i < UNIT_COUNT {
                if masks[k] & (1 << i) != 0 {
                    positions[n] = i as u8;
                    n += 1;
                }
                i += 1;
            }
            bounds[k] = (start as u16, n as u16);
            k += 1;
        }
        assert!(n == LEN);
        Index { bounds, positions }
    }

    /// The units of key number `key`; none for a key out of range.
    fn get(&'static self, key: usize) -> Units {
        match self.bounds.get(key) {
            Some(&(start, end)) => Units {
                positions: self.positions[usize::from(start)..usize::from(end)].iter(),
            },
            None => Units::empty(),
        }
    }
}

/// The number of (key, unit) pairs in a set of masks: the `LEN` of its index.
const fn pairs(masks: &[u64]) -> usize {
    let mut total = 0;
    let mut k = 0;
    while k < masks.len() {
        total += masks[k].count_ones() as usize;
        k += 1;
    }
    total
}

/// What a unit is filed under in one of the member-keyed indexes.
#[derive(Clone, Copy)]
enum MemberKey {
    Province,
    Region,
    Kind,
}

/// For each key, the units with at least one member filed under it.
const fn member_masks<const KEYS: usize>(key: MemberKey) -> [u64; KEYS] {
    let mut masks = [0; KEYS];
    let mut i = 0;
    while i < UNIT_COUNT {
        let members = TABLE[i].members();
        let mut m = 0;
        while m < members.len() {
            let member = &members[m];
            let k = match key {
                MemberKey::Province => member.province() as usize,
                MemberKey::Region => member.province().region() as usize,
                MemberKey::Kind => member.kind() as usize,
            };
            masks[k] |= 1 << i;
            m += 1;
        }
        i += 1;
    }
    masks
}

/// For each theme (or category, when `by_category`), the units whose focus
/// has it.
const fn theme_masks<const KEYS: usize>(by_category: bool) -> [u64; KEYS] {
    let mut masks = [0; KEYS];
    let mut i = 0;
    while i < UNIT_COUNT {
        let themes = TABLE[i].themes();
        let mut t = 0;
        while t < FocusTheme::ALL.len() {
            let theme = FocusTheme::ALL[t];
            if themes.contains(theme) {
                let k = if by_category {
                    theme.category() as usize
                } else {
                    theme as usize
                };
                masks[k] |= 1 << i;
            }
            t += 1;
        }
        i += 1;
    }
    masks
}

const PROVINCE_MASKS: [u64; Province::COUNT] = member_masks(MemberKey::Province);
const REGION_MASKS: [u64; EconomicRegion::COUNT] = member_masks(MemberKey::Region);
const KIND_MASKS: [u64; MemberKind::COUNT] = member_masks(MemberKey::Kind);
const THEME_MASKS: [u64; FocusTheme::COUNT] = theme_masks(false);
const CATEGORY_MASKS: [u64; ThemeCategory::COUNT] = theme_masks(true);

static BY_PROVINCE: Index<{ Province::COUNT }, { pairs(&PROVINCE_MASKS) }> =
    Index::build(&PROVINCE_MASKS);
static BY_REGION: Index<{ EconomicRegion::COUNT }, { pairs(&REGION_MASKS) }> =
    Index::build(&REGION_MASKS);
static BY_KIND: Index<{ MemberKind::COUNT }, { pairs(&KIND_MASKS) }> = Index::build(&KIND_MASKS);
static BY_THEME: Index<{ FocusTheme::COUNT }, { pairs(&THEME_MASKS) }> = Index::build(&THEME_MASKS);
static BY_CATEGORY: Index<{ ThemeCategory::COUNT }, { pairs(&CATEGORY_MASKS) }> =
    Index::build(&CATEGORY_MASKS);

pub(crate) fn by_province(province: Province) -> Units {
    BY_PROVINCE.get(province as usize)
}

pub(crate) fn by_region(region: EconomicRegion) -> Units {
    BY_REGION.get(region as usize)
}

pub(crate) fn by_kind(kind: MemberKind) -> Units {
    BY_KIND.get(kind as usize)
}

pub(crate) fn by_theme(theme: FocusTheme) -> Units {
    BY_THEME.get(theme as usize)
}

pub(crate) fn by_category(category: ThemeCategory) -> Units {
    BY_CATEGORY.get(category as usize)
}

// The coverage index. A territorial member administers the area of its 2012
// division and, where that changed, of its 2019 successor, so that codes of
// either edition are answered. Its keys are the distinct codes of those areas,
// sorted; the units under a key are those with a territorial member one of
// whose areas contains the key. A query code is answered by the deepest key
// among its own code, its prefecture's and its province's: the areas
// containing a code form a chain, and every member area is a key, so every
// member area containing the code also contains that deepest key.

/// The areas of a territorial member: its 2012 division and its successor
/// (or the division again).
const fn member_areas(member: &Member) -> Option<[DivisionCode; 2]> {
    match (member.kind().is_territorial(), member.division()) {
        (true, Some(division)) => {
            let later = match division.successor() {
                Some(successor) => successor,
                None => division,
            };
            Some([division.code(), later.code()])
        }
        _ => None,
    }
}

/// The smallest member area code greater than `after`.
const fn next_area_code(after: u32) -> Option<u32> {
    let mut best: Option<u32> = None;
    let mut i = 0;
    while i < UNIT_COUNT {
        let members = TABLE[i].members();
        let mut m = 0;
        while m < members.len() {
            if let Some(areas) = member_areas(&members[m]) {
                let mut a = 0;
                while a < areas.len() {
                    let code = areas[a].get();
                    if code > after {
                        best = match best {
                            Some(b) if b <= code => Some(b),
                            _ => Some(code),
                        };
                    }
                    a += 1;
                }
            }
            m += 1;
        }
        i += 1;
    }
    best
}

/// The number of distinct member area codes.
const COVER_KEY_COUNT: usize = {
    let mut n = 0;
    let mut code = 0;
    while let Some(next) = next_area_code(code) {
        n += 1;
        code = next;
    }
    n
};

/// The coverage keys, ascending.
const COVER_KEYS: [u32; COVER_KEY_COUNT] = {
    let mut keys = [0; COVER_KEY_COUNT];
    let mut code = 0;
    let mut k = 0;
    while let Some(next) = next_area_code(code) {
        keys[k] = next;
        code = next;
        k += 1;
    }
    keys
};

const COVER_MASKS: [u64; COVER_KEY_COUNT] = {
    let mut masks = [0; COVER_KEY_COUNT];
    let mut k = 0;
    while k < COVER_KEY_COUNT {
        let key = DivisionCode::known(COVER_KEYS[k]);
        let mut i = 0;
        while i < UNIT_COUNT {
            let members = TABLE[i].members();
            let mut m = 0;
            while m < members.len() {
                if let Some([then, now]) = member_areas(&members[m]) {
                    if then.contains(key) || now.contains(key) {
                        masks[k] |= 1 << i;
                    }
                }
                m += 1;
            }
            i += 1;
        }
        k += 1;
    }
    masks
};

static COVERING: Index<COVER_KEY_COUNT, { pairs(&COVER_MASKS) }> = Index::build(&COVER_MASKS);

pub(crate) fn covering(code: DivisionCode) -> Units {
    // Deepest first: the code itself, its prefecture, its province.
    let candidates = [
        Some(code),
        code.prefecture_code(),
        Some(code.province_code()),
    ];
    for candidate in candidates.into_iter().flatten() {
        if let Ok(key) = COVER_KEYS.binary_search(&candidate.get()) {
            return COVERING.get(key);
        }
    }
    Units::empty()
}

// The text index behind `search`: a suffix array of the names and focus
// texts. Every character position of every text starts a suffix; sorted by
// their bytes, the suffixes starting with a query form one run, and the
// units owning that run are exactly the units containing the query. The
// suffixes starting with each character are found first in a small table
// of distinct characters, so the binary search runs within that bucket.

/// Text `t` of the table: the name of unit `t / 2` for even `t`, its focus
/// for odd `t`. Compile time passes `TABLE`, run time `UNITS`.
const fn text(units: &'static [PilotUnit; UNIT_COUNT], t: usize) -> &'static [u8] {
    let unit = &units[t / 2];
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
const fn suffix_bytes(units: &'static [PilotUnit; UNIT_COUNT], s: u16) -> &'static [u8] {
    let bytes = text(units, (s >> 8) as usize);
    bytes.split_at((s & 0xFF) as usize).1
}

/// The number of suffixes: one per character of every text.
const SUFFIX_COUNT: usize = {
    let mut n = 0;
    let mut t = 0;
    while t < TEXT_COUNT {
        let bytes = text(&TABLE, t);
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
        let bytes = text(&TABLE, t);
        let mut b = 0;
        while b < bytes.len() {
            let s = suffix(t, b);
            keyed[n] = (head(suffix_bytes(&TABLE, s)), s);
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
    let (x, y) = (suffix_bytes(&TABLE, a.1), suffix_bytes(&TABLE, b.1));
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

/// The sorted suffixes as the run-time search reads them: the suffix's
/// bytes, and the position of the unit whose text it is part of.
static SUFFIXES: [&[u8]; SUFFIX_COUNT] = {
    let mut suffixes: [&[u8]; SUFFIX_COUNT] = [&[]; SUFFIX_COUNT];
    let mut i = 0;
    while i < SUFFIX_COUNT {
        suffixes[i] = suffix_bytes(&TABLE, SUFFIXES_SORTED[i]);
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
    decode(suffix_bytes(&TABLE, s), 0).0
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
    let rest = &q[first.len_utf8()..];
    let skip = first.len_utf8();
    let tail = |s: &'static [u8]| s.get(skip..).unwrap_or_default();
    let lo = bucket.partition_point(|s| compare_prefix(tail(s), rest).is_lt());
    let len = bucket[lo..].partition_point(|s| compare_prefix(tail(s), rest).is_eq());
    SUFFIX_UNITS[start + lo..start + lo + len]
        .iter()
        .fold(0, |units, &unit| units | 1 << unit)
}

/// Pilot units in notice order: what the queries of [`pilots`](crate::pilots)
/// return.
///
/// It borrows a precomputed slice of the crate's static index, so it
/// costs nothing to make, knows its length, and can be cloned and iterated
/// from both ends.
///
/// # Example
/// ```
/// use cn_edu_pilots::{Province, pilots};
///
/// let units = pilots::by_province(Province::Guangdong);
/// assert_eq!(units.len(), 3);
/// let ids: Vec<u8> = units.map(|u| u.id()).collect();
/// assert_eq!(ids, [32, 33, 56]);
/// ```
#[derive(Clone)]
pub struct Units {
    positions: core::slice::Iter<'static, u8>,
}

impl Units {
    fn empty() -> Units {
        Units {
            positions: [].iter(),
        }
    }
}

impl Iterator for Units {
    type Item = &'static PilotUnit;

    fn next(&mut self) -> Option<&'static PilotUnit> {
        self.positions.next().map(|&i| &UNITS[usize::from(i)])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.positions.size_hint()
    }
}

impl DoubleEndedIterator for Units {
    fn next_back(&mut self) -> Option<&'static PilotUnit> {
        self.positions.next_back().map(|&i| &UNITS[usize::from(i)])
    }
}

impl ExactSizeIterator for Units {}
impl FusedIterator for Units {}

impl fmt::Debug for Units {
    /// The ids of the remaining units.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.clone().map(PilotUnit::id))
            .finish()
    }
}
