//! The institutional rule: a unit whose member has no coded division gets,
//! as its area, the territory of a code the lists give to that member's
//! organisation. The one case is the Corps.
//!
//! Entry 55 (新疆生产建设兵团农二师教育局) is the education bureau of the
//! Corps' Second Division, which has no GB/T 2260 code, so
//! `Member::division()` is `None` and the territory derivation cannot find
//! the unit anywhere. The lists do give the division's land, piece by
//! piece, to its city 铁门关市 (659006), run with it under 师市合一 (one
//! organ, two names):
//!
//! - 国函〔2012〕206号 (2012-12-17, `data/areacodes/diff/2011-2012.diff`
//!   l.179-201) created 铁门关市, directly under the region, around the land
//!   of the 28th, 29th and 30th regiments. The lists take it from no county:
//!   `+659006 铁门关市<..!` takes it from the region's own uncovered land.
//! - 国函〔2020〕1号 (2020-01-02, `diff/2019-2020.diff` l.135-140) moved parts
//!   of 和静县, 焉耆县, 博湖县, 和硕县, 若羌县 and 且末县 to it. These were the
//!   division's regiments inside those counties: the Corps' 民政局 lists the
//!   towns set up at them on 2020-04-23 (mzj.xjbt.gov.cn/c/2021-01-12/7403691.shtml:
//!   22团 河畔镇, 24团 高桥镇, 27团 天湖镇, 36团 米兰镇, 37团 金山镇, 38团 南屯镇,
//!   223团 开泽镇; also xzqh.org/html/show/xj/44792.html, 新兵函〔2020〕9号),
//!   and the city's own site places 223团 开泽镇 in 和静县
//!   (tmg.gov.cn/qczl/223t/tcgk/125903.htm). 223团 lies in 和静, 24团 in 和硕,
//!   27团 in 焉耆/博湖, 36团 in 若羌, 37团 in 且末.
//! - The announcement of 新疆's 民政厅 and the Corps' 民政局 of 2024-05-31
//!   (`diff/2023-2024.diff` l.31-36) moved parts of 和静县, 焉耆县, 博湖县,
//!   尉犁县 and 且末县. That these were regimental land rests on weaker
//!   evidence: 尉犁 held the 31st to 34th regiments (gzsjsb.com/2024/0408/c11085a200304/page.html:
//!   "34团始建于1956年5月，场址设在尉犁县近郊").
//!
//! So entry 55's area is the division's land as the lists come to give it
//! to 铁门关市: the territory 659006 holds in any year it is listed, the
//! union over its years ([`RuleArea`]). Each code of each year is then held
//! wholly, partly or not at all by the ordinary territorial relation
//! against that area: 铁门关市 wholly; a county partly up to the year before
//! its land moved, not after; the divisions above where they hold some.
//! The division's other regiments, which never moved to 铁门关市, are not in
//! the area: the lists do not say where they are. The other Corps cities
//! belong to divisions the notice does not name, and stay outside every
//! pilot's area.

use std::collections::BTreeSet;

use crate::areacodes::{FIRST_YEAR, History, LAST_YEAR, children, parent, transfers};

/// Each rule as a division code and the unit whose area is that code's
/// territory over all the years the lists carry it ([`RuleArea`]).
/// `covering_in`'s rows apply it territorially, `covering`'s areas by the
/// digits of the code.
pub const INSTITUTIONAL: &[(u32, u8)] = &[
    // 铁门关市: entry 55, the Second Division's city under 师市合一.
    (659006, 55),
];

/// A piece of land, finer than the atoms where a rule's code took part of
/// a record's territory: the atoms alone cannot tell the part that moved
/// from the part that stayed, as both records keep the atom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Land {
    /// What of an atom no rule's code ever took.
    Atom(u32),
    /// The land the rule's code took from the record `from` of the list
    /// before `year`'s: part of `from`'s atoms, or of its own land outside
    /// its children's (which has no atom, as 新疆's in 2011).
    Taken {
        /// The first list that shows it in the rule's code.
        year: u16,
        /// The record of the list before that gave it.
        from: u32,
    },
}

/// One move of land into the rule's code, read off the change files.
struct Taking {
    year: u16,
    from: u32,
    /// The atoms the land lay in before; `None` for a record's own land
    /// outside its children's, which has none.
    atoms: Option<BTreeSet<u32>>,
}

/// The territory of a rule's code over all its years, as the moves of land
/// into it that the change files record.
pub struct RuleArea {
    code: u32,
    takings: Vec<Taking>,
}

impl RuleArea {
    /// The moves of land into `code` from the list of [`FIRST_YEAR`] on.
    ///
    /// # Panics
    /// When a record gives `code` all its land (the record leaves the
    /// list), which the rule's land does not need and this does not read,
    /// or when `code` is listed in [`FIRST_YEAR`] (its land would have no
    /// first move).
    #[must_use]
    pub fn load(history: &History, code: u32) -> RuleArea {
        assert!(
            !history.tables[&FIRST_YEAR].contains_key(&code),
            "{code} is listed in {FIRST_YEAR}: its land has no first move"
        );
        let mut takings = Vec::new();
        for year in FIRST_YEAR..LAST_YEAR {
            let (source, target) = (&history.tables[&year], &history.tables[&(year + 1)]);
            let moves = transfers(&history.root, year, source, target);
            for (&from, to) in &moves.destinations {
                if from == code || !to.contains(&code) {
                    continue;
                }
                assert!(
                    to.contains(&from),
                    "{from} gives all its land to {code} in {}: not read",
                    year + 1
                );
                // A `<` line takes a record's own land, which for a record
                // with children is the land none of them covers.
                let atoms = children(from, source)
                    .is_empty()
                    .then(|| history.atoms(from, year));
                takings.push(Taking {
                    year: year + 1,
                    from,
                    atoms,
                });
            }
        }
        RuleArea { code, takings }
    }

    /// The area: all the land the code ever took.
    #[must_use]
    pub fn area(&self) -> BTreeSet<Land> {
        self.takings
            .iter()
            .map(|t| Land::Taken {
                year: t.year,
                from: t.from,
            })
            .collect()
    }

    /// The land of `code` in `year`'s list: the atoms of its records but
    /// the rule's code, as what of them no rule's code took; the land the
    /// rule's code has taken by `year` where `code` is it or a division
    /// above it; and the land it will take later, where `code` holds it
    /// now.
    #[must_use]
    pub fn land(&self, history: &History, code: u32, year: u16) -> BTreeSet<Land> {
        let table = &history.tables[&year];
        let is_or_above = |code: u32, below: u32| {
            table.contains_key(&below)
                && std::iter::successors(Some(below), |&up| parent(up, table)).any(|c| c == code)
        };
        let rest = history.atoms_without(code, year, self.code);
        let mut land: BTreeSet<Land> = rest.iter().map(|&atom| Land::Atom(atom)).collect();
        for taking in &self.takings {
            let holds = if taking.year <= year {
                is_or_above(code, self.code)
            } else {
                match &taking.atoms {
                    Some(atoms) => !rest.is_disjoint(atoms),
                    None => is_or_above(code, taking.from),
                }
            };
            if holds {
                land.insert(Land::Taken {
                    year: taking.year,
                    from: taking.from,
                });
            }
        }
        land
    }
}
