//! Where a byte of a text file is, as a person's editor shows it: the line, counting LF, CRLF
//! and a lone CR (old Mac programs) each as one line break, and the column in characters.
//! serde_json counts only LF, so a file with lone CRs would have every error on line 1; the
//! data file's errors and the data tool's messages take their line from here instead.

/// The 1-based line and column of the byte at `index` of `text` (an index past the end is
/// the end). `text` need not be UTF-8: columns count the bytes that start a character.
pub fn line_and_column(text: &[u8], index: usize) -> (usize, usize) {
    let before = text.get(..index.min(text.len())).unwrap_or_default();
    let mut line = 1;
    let mut line_start = 0;
    for (i, &b) in before.iter().enumerate() {
        let ends_line = b == b'\n' || (b == b'\r' && text.get(i + 1) != Some(&b'\n'));
        if ends_line {
            line += 1;
            line_start = i + 1;
        }
    }
    let on_line = before.get(line_start..).unwrap_or_default();
    let column = on_line.iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lf_crlf_and_lone_cr_each_end_one_line() {
        for ending in ["\n", "\r\n", "\r"] {
            let text = ["ab", "cd", "æfg"].join(ending);
            let at = text.find('g').unwrap();
            assert_eq!(line_and_column(text.as_bytes(), at), (3, 3), "{ending:?}");
            let at = text.find('c').unwrap();
            assert_eq!(line_and_column(text.as_bytes(), at), (2, 1), "{ending:?}");
        }
        assert_eq!(line_and_column(b"", 5), (1, 1));
        assert_eq!(line_and_column(b"a\r", 9), (2, 1));
    }
}
