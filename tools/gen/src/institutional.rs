//! The institutional rule: codes that lie in a unit's area by how the unit
//! is organised, not by the lists' territory. The one case is the Corps.
//!
//! The territory derivation cannot find entry 55 (新疆生产建设兵团农二师教育局)
//! anywhere. Its member's division, the Corps' Second Division, has no
//! GB/T 2260 code, so `Member::division()` is `None` and the unit has no
//! coded area. 铁门关市 (659006), by contrast, is the division's own city.
//! 国函〔2012〕206号 (2012-12-17, `data/areacodes/diff/2011-2012.diff`)
//! created it, directly under the region, around the land of the 28th,
//! 29th and 30th regiments. The 2012 year-end list is the first to carry it.
//! It is run under 师市合一 (one organ, two names), so its education bureau
//! is in principle the division's own. It later grew by regimental land
//! (国函〔2020〕1号; 2024). Every part of it is therefore the division's
//! land, run by the pilot bureau, and the code lies wholly in entry 55's
//! area in every list that carries it. The other Corps cities belong to
//! divisions the notice does not name, and stay outside every pilot's area.

/// Each rule as a division code and the unit whose area holds that code
/// wholly in every year-end list that carries it. Both `covering_in`'s rows
/// and `covering`'s areas apply it.
pub const INSTITUTIONAL: &[(u32, u8)] = &[
    // 铁门关市: entry 55, the Second Division's city under 师市合一.
    (659006, 55),
];
