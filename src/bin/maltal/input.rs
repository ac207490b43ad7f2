//! Reading the tool's input files: never more than the size limit, from a file, a pipe or
//! standard input (`-`), and a CSV in UTF-8 or in Windows-1252, the encoding Excel's
//! «CSV (semikolonsepareret)» writes on a Danish Windows.
//!
//! A pipe has no size to ask for, so every read is cut at the limit plus one byte: a file or an
//! endless pipe past the limit is refused after reading that much, never read into memory whole.

use std::io::Read;
use std::path::Path;

use encoding_rs::{Encoding, WINDOWS_1252};
use maltal::data::convert::MAX_FILE_BYTES;
use maltal::data::lines::line_and_column;

use crate::failure::Failure;

/// The path that means standard input.
pub const STDIN: &str = "-";

/// How a path is named in a message: standard input by that name.
pub fn shown(path: &Path) -> String {
    if path == Path::new(STDIN) {
        "standardinput".into()
    } else {
        path.display().to_string()
    }
}

/// Reads at most `limit` bytes of `path` (`-`: standard input); more is refused.
///
/// # Errors
/// [`Failure::Usage`] when it cannot be read, [`Failure::Invalid`] when it is larger than `limit`.
pub fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>, Failure> {
    let name = shown(path);
    let unreadable = |e: std::io::Error| Failure::Usage(format!("kan ikke læse {name}: {e}"));
    let too_large = |size: String| {
        Failure::Invalid(format!(
            "{name}: filen er for stor: {size} bytes (højst {limit} bytes)"
        ))
    };
    let mut bytes = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    if path == Path::new(STDIN) {
        let stdin = std::io::stdin();
        let mut input = stdin.lock().take(cap);
        input.read_to_end(&mut bytes).map_err(unreadable)?;
    } else {
        let file = std::fs::File::open(path).map_err(unreadable)?;
        // A regular file says its size: refused unread, with the size named.
        let size = file.metadata().map_err(unreadable)?.len();
        if size > limit as u64 {
            return Err(too_large(size.to_string()));
        }
        // A pipe or device says 0 and may never end: read no more than the limit allows.
        file.take(cap).read_to_end(&mut bytes).map_err(unreadable)?;
    }
    if bytes.len() > limit {
        return Err(too_large(format!("mere end {limit}")));
    }
    Ok(bytes)
}

/// Reads a data file (at most [`MAX_FILE_BYTES`]).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    read_limited(path, MAX_FILE_BYTES)
}

/// Reads a UTF-8 text file (at most [`MAX_FILE_BYTES`]).
pub fn read(path: &Path) -> Result<String, Failure> {
    let bytes = read_bytes(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let (line, _) = line_and_column(e.as_bytes(), e.utf8_error().valid_up_to());
        Failure::Invalid(format!(
            "{}: linje {line}: teksten er ikke UTF-8; gem filen som UTF-8",
            shown(path)
        ))
    })
}

/// A CSV's text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or
/// else Windows-1252. With the text comes a note for stderr when it was not read as UTF-8.
///
/// # Errors
/// [`Failure::Invalid`] naming the line of a byte that no encoding here explains: a byte
/// Windows-1252 leaves undefined, or a file that is UTF-8 up to a line and not after it.
pub fn decode_csv(bytes: &[u8], name: &str) -> Result<(String, Option<String>), Failure> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(Failure::Invalid(format!(
                "{name}: teksten er ikke gyldig {}",
                encoding.name()
            )));
        }
        let note = (encoding != encoding_rs::UTF_8)
            .then(|| format!("{name}: læst som {}", encoding.name()));
        return Ok((text.into_owned(), note));
    }
    let first_bad = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((text.to_string(), None)),
        Err(e) => e.valid_up_to(),
    };
    let line_of = |index: usize| line_and_column(bytes, index).0;
    let utf8_before = bytes.get(..first_bad).is_some_and(|b| !b.is_ascii());
    if utf8_before {
        return Err(Failure::Invalid(format!(
            "{name}: linje {}: teksten er UTF-8 før denne linje, men ikke her; gem hele filen som UTF-8",
            line_of(first_bad)
        )));
    }
    // Windows-1252 leaves five bytes undefined (the WHATWG decoder maps them to C1 controls).
    let undefined = |b: &u8| matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D);
    if let Some(i) = bytes.iter().position(undefined) {
        return Err(Failure::Invalid(format!(
            "{name}: linje {}: byten 0x{:02X} er hverken UTF-8 eller et tegn i Windows-1252; gem filen som UTF-8",
            line_of(i),
            bytes[i]
        )));
    }
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    let note = format!(
        "{name}: ikke UTF-8 (første gang på linje {}); læst som Windows-1252, som Excel skriver «CSV (semikolonsepareret)»",
        line_of(first_bad)
    );
    Ok((text.into_owned(), Some(note)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(bytes: &[u8]) -> (String, Option<String>) {
        match decode_csv(bytes, "f.csv") {
            Ok(t) => t,
            Err(_) => panic!("refused {bytes:?}"),
        }
    }

    fn refusal(bytes: &[u8]) -> String {
        match decode_csv(bytes, "f.csv") {
            Err(Failure::Invalid(m)) => m,
            _ => panic!("accepted {bytes:?}"),
        }
    }

    #[test]
    fn utf8_is_read_as_it_is_and_windows_1252_is_decoded_with_a_note() {
        assert_eq!(
            text_of("måned;værdi".as_bytes()),
            ("måned;værdi".into(), None)
        );
        let (text, note) = text_of(b"m\xE5ned;v\xE6rdi\r\n751;\x80");
        assert_eq!(text, "måned;værdi\r\n751;€");
        assert!(note.is_some_and(|n| n.contains("linje 1") && n.contains("Windows-1252")));
        let (text, note) = text_of(b"\xFF\xFEa\x00\xE6\x00");
        assert_eq!(text, "aæ");
        assert!(note.is_some_and(|n| n.contains("UTF-16LE")));
    }

    #[test]
    fn a_byte_no_encoding_explains_is_refused_naming_its_line() {
        assert_eq!(
            refusal(b"a\rb\r\x81"),
            "f.csv: linje 3: byten 0x81 er hverken UTF-8 eller et tegn i Windows-1252; gem filen som UTF-8"
        );
        let mixed = refusal(
            "æ\n\nø\n"
                .as_bytes()
                .iter()
                .chain(b"\xE6")
                .copied()
                .collect::<Vec<u8>>()
                .as_slice(),
        );
        assert!(
            mixed.starts_with("f.csv: linje 4: teksten er UTF-8 før"),
            "{mixed}"
        );
    }
}
