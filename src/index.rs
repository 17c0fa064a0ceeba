//! The indexes behind the queries by key and by division code, all built at
//! compile time from the one table in `data.rs` (the text index behind
//! `search` is in `text_index.rs`).
//!
//! An index groups unit positions by a key: for each key a bitmask of the
//! units (56 fit in a `u64`) is computed by a `const fn` walking the table,
//! then `Index::build` lays the masks out as one array of references to the
//! units in notice order, key after key. A query is one slice of that array:
//! no scan, no allocation, and the answer's length is known.

use core::fmt;
use core::iter::FusedIterator;

use strum::EnumCount;

use crate::data::{TABLE, UNIT_COUNT, UNITS};
use crate::division::DivisionCode;
use crate::{EconomicRegion, FocusTheme, Member, MemberKind, PilotUnit, Province, ThemeCategory};

// Unit sets are `u64` bitmasks.
const _: () = assert!(UNIT_COUNT <= 64);

/// Units grouped by `KEYS` keys; `LEN` is the total number of (key, unit) pairs.
pub(crate) struct Index<const KEYS: usize, const LEN: usize> {
    /// `units[start..end]` for each key.
    bounds: [(u16, u16); KEYS],
    units: [&'static PilotUnit; LEN],
}

impl<const KEYS: usize, const LEN: usize> Index<KEYS, LEN> {
    const fn build(masks: &[u64; KEYS]) -> Self {
        let mut bounds = [(0, 0); KEYS];
        let mut units = [&UNITS[0]; LEN];
        let mut n = 0;
        let mut k = 0;
        while k < KEYS {
            let start = n;
            let mut i = 0;
            while i < UNIT_COUNT {
                if masks[k] & (1 << i) != 0 {
                    units[n] = &UNITS[i];
                    n += 1;
                }
                i += 1;
            }
            bounds[k] = (start as u16, n as u16);
            k += 1;
        }
        assert!(n == LEN);
        Index { bounds, units }
    }

    /// The units of key number `key`; none for a key out of range.
    fn get(&'static self, key: usize) -> Units {
        match self.bounds.get(key) {
            Some(&(start, end)) => Units {
                units: self.units[usize::from(start)..usize::from(end)].iter(),
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
static COVER_KEYS: [u32; COVER_KEY_COUNT] = {
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
    units: core::slice::Iter<'static, &'static PilotUnit>,
}

impl Units {
    fn empty() -> Units {
        Units { units: [].iter() }
    }
}

impl Iterator for Units {
    type Item = &'static PilotUnit;

    fn next(&mut self) -> Option<&'static PilotUnit> {
        self.units.next().copied()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.units.size_hint()
    }
}

impl DoubleEndedIterator for Units {
    fn next_back(&mut self) -> Option<&'static PilotUnit> {
        self.units.next_back().copied()
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
