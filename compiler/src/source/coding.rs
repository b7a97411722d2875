//! PEP 263 encoding declarations: finding `coding[:=]NAME` in a comment on
//! line 1 or 2, and CPython's normalization of the name.

/// A declaration: the normalized encoding name and its 1-based line.
pub struct Declaration {
    pub name: String,
    pub line: i64,
}

/// The declaration of `source`, if any. Line 2 counts only when line 1 holds
/// nothing but whitespace or a comment; lines without a final newline are not
/// looked at (as CPython's string tokenizer does).
pub fn declaration(source: &[u8]) -> Option<Declaration> {
    let mut lines = source.split_inclusive(|&b| b == b'\n');
    for line in 1..=2 {
        let text = lines.next().filter(|l| l.ends_with(b"\n"))?;
        let text = &text[..text.len() - 1];
        if let Some(name) = spec(text) {
            return Some(Declaration { name, line });
        }
        if !is_blank_or_comment(text) {
            return None;
        }
    }
    None
}

/// The encoding named on a comment-only line: after the first `coding` that is
/// followed by `:` or `=`, optional blanks, and at least one name character.
fn spec(line: &[u8]) -> Option<String> {
    // CPython only looks at positions with six more bytes after them.
    let limit = line.len().saturating_sub(6);
    let hash = line[..limit].iter().position(|&b| !is_blank(b))?;
    if line[hash] != b'#' {
        return None;
    }
    (hash..limit).find_map(|i| {
        let rest = line[i..].strip_prefix(b"coding")?;
        let rest = rest
            .strip_prefix(b":")
            .or_else(|| rest.strip_prefix(b"="))?;
        let start = rest.iter().position(|&b| b != b' ' && b != b'\t')?;
        let rest = &rest[start..];
        let len = rest
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b"-_.".contains(&b)))
            .unwrap_or(rest.len());
        (len > 0).then(|| normal_name(&rest[..len]))
    })
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// Whether a line without a declaration lets line 2 declare one.
fn is_blank_or_comment(line: &[u8]) -> bool {
    line.iter()
        .find(|&&b| !is_blank(b))
        .is_none_or(|&b| b == b'#')
}

/// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 (judged on the
/// first 12 characters, lowercased, `_` read as `-`) become `utf-8` and
/// `iso-8859-1`; other names stay as written.
fn normal_name(name: &[u8]) -> String {
    let head: String = name
        .iter()
        .take(12)
        .map(|&b| {
            if b == b'_' {
                '-'
            } else {
                b.to_ascii_lowercase() as char
            }
        })
        .collect();
    let is = |base: &str| head == base || head.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".into()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        // The name is ASCII: only alphanumerics, `-`, `_` and `.` are taken.
        String::from_utf8_lossy(name).into_owned()
    }
}
