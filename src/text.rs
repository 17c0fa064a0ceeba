//! Small string helpers shared by the parsers, the classifier and the
//! indexes. All of them work on the caller's bytes, allocate nothing, and
//! most run in `const` context, so that compile-time tables and run-time
//! lookups share one implementation.

/// The character starting at byte `i` of valid UTF-8 `bytes`, and its length
/// in bytes.
pub(crate) const fn decode(bytes: &[u8], i: usize) -> (u32, usize) {
    let b0 = bytes[i] as u32;
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        let c = ((b0 & 0x0F) << 12)
            | ((bytes[i + 1] as u32 & 0x3F) << 6)
            | (bytes[i + 2] as u32 & 0x3F);
        (c, 3)
    } else {
        let c = ((b0 & 0x07) << 18)
            | ((bytes[i + 1] as u32 & 0x3F) << 12)
            | ((bytes[i + 2] as u32 & 0x3F) << 6)
            | (bytes[i + 3] as u32 & 0x3F);
        (c, 4)
    }
}

/// The length in bytes of the UTF-8 character whose first byte is `b`.
#[inline(always)]
pub(crate) const fn utf8_width(b: u8) -> usize {
    match b {
        0x00..=0xBF => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
    }
}

/// Whether `needle` occurs in `haystack` at byte offset `at`.
#[inline(always)]
pub(crate) const fn occurs_at(haystack: &[u8], at: usize, needle: &[u8]) -> bool {
    if at + needle.len() > haystack.len() {
        return false;
    }
    let mut i = 0;
    while i < needle.len() {
        if haystack[at + i] != needle[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Byte-wise ordering of two strings, usable in `const` context.
pub(crate) const fn compare(a: &[u8], b: &[u8]) -> core::cmp::Ordering {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] {
                core::cmp::Ordering::Less
            } else {
                core::cmp::Ordering::Greater
            };
        }
        i += 1;
    }
    if a.len() < b.len() {
        core::cmp::Ordering::Less
    } else if a.len() > b.len() {
        core::cmp::Ordering::Greater
    } else {
        core::cmp::Ordering::Equal
    }
}

/// Whether `input` spells the ASCII name `name`, ignoring ASCII case and the
/// separators people put in or leave out (`Inner Mongolia`, `inner-mongolia`,
/// `InnerMongolia`). Non-ASCII input must match exactly.
pub(crate) fn eq_loose(input: &str, name: &str) -> bool {
    fn skip(b: u8) -> bool {
        matches!(b, b' ' | b'-' | b'_' | b'\'')
    }
    let mut a = input.as_bytes().iter().filter(|&&b| !skip(b));
    let mut b = name.as_bytes().iter().filter(|&&b| !skip(b));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::cmp::Ordering;

    #[test]
    fn decode_reads_every_width() {
        for s in ["a", "é", "河", "𝕏"] {
            let c = s.chars().next().unwrap();
            assert_eq!(decode(s.as_bytes(), 0), (u32::from(c), s.len()));
        }
    }

    #[test]
    fn occurs_at_checks_bounds() {
        assert!(occurs_at("利用云计算".as_bytes(), 6, "云计算".as_bytes()));
        assert!(!occurs_at("利用云计".as_bytes(), 6, "云计算".as_bytes()));
    }

    #[test]
    fn compare_is_byte_order() {
        for (a, b) in [
            ("a", "b"),
            ("ab", "a"),
            ("", ""),
            ("河南", "河北"),
            ("", "x"),
        ] {
            assert_eq!(
                compare(a.as_bytes(), b.as_bytes()),
                a.as_bytes().cmp(b.as_bytes())
            );
        }
        assert_eq!(compare(b"x", b"x"), Ordering::Equal);
    }

    #[test]
    fn eq_loose_ignores_case_and_separators_only() {
        assert!(eq_loose("inner mongolia", "Inner Mongolia"));
        assert!(eq_loose("InnerMongolia", "Inner Mongolia"));
        assert!(eq_loose("INNER-MONGOLIA", "Inner Mongolia"));
        assert!(!eq_loose("Shanxi", "Shaanxi"));
        assert!(!eq_loose("", "Henan"));
    }
}
