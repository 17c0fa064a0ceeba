//! Small string helpers shared by the parsers and the classifier. All of them
//! work on the caller's bytes and allocate nothing.

/// Whether `haystack` contains `needle`, usable in `const` context.
///
/// Byte-wise search is exact for UTF-8: a valid needle can only match at a
/// character boundary of a valid haystack.
pub(crate) const fn contains(haystack: &str, needle: &str) -> bool {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() {
        return true;
    }
    if n.len() > h.len() {
        return false;
    }
    let mut start = 0;
    while start + n.len() <= h.len() {
        let mut i = 0;
        while i < n.len() && h[start + i] == n[i] {
            i += 1;
        }
        if i == n.len() {
            return true;
        }
        start += 1;
    }
    false
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

    #[test]
    fn contains_finds_chinese_substrings() {
        assert!(contains("利用云计算技术", "云计算"));
        assert!(!contains("云计", "云计算"));
        assert!(contains("abc", ""));
        assert!(!contains("教研", "研究"));
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
