//! The JSON path of the place where serde stopped reading, from the line and column in its
//! error: `series[3].values[7]`, `meta`, `municipalities[0].colour`.
//!
//! Decision (issue 15, D23): this replaces the `serde_path_to_error` wrapper, which tracked the
//! path on every value of every valid file and added about 60 KB of per-type code to the
//! browser's wasm. The path is only needed when reading failed, so it is worked out then, by
//! scanning the text up to the error's position. The notation is the one `place_of_path`
//! reads: object keys joined by `.`, array positions as `[n]`.

/// Where the scan is inside one open object or array.
enum Frame {
    /// Inside an object; `key` is the key being read or whose value is being read (none between
    /// members).
    Object {
        key: Option<String>,
        awaiting_key: bool,
    },
    /// Inside an array, at element `index`.
    Array { index: usize },
}

/// The path of the value open at byte `offset` of `text` (the root is the empty path).
pub(super) fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes.get(i) {
            Some(b'"') => {
                let close = string_end(bytes, i + 1);
                if let Some(Frame::Object {
                    key,
                    awaiting_key: true,
                }) = stack.last_mut()
                {
                    let raw = text.get(i + 1..close.min(bytes.len())).unwrap_or("");
                    *key = Some(raw.to_string());
                }
                i = close + 1;
                continue;
            }
            Some(b'{') => stack.push(Frame::Object {
                key: None,
                awaiting_key: true,
            }),
            Some(b'[') => stack.push(Frame::Array { index: 0 }),
            Some(b'}' | b']') => {
                stack.pop();
            }
            Some(b':') => {
                if let Some(Frame::Object { awaiting_key, .. }) = stack.last_mut() {
                    *awaiting_key = false;
                }
            }
            Some(b',') => match stack.last_mut() {
                Some(Frame::Object { key, awaiting_key }) => {
                    *key = None;
                    *awaiting_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

/// The index of the quote closing the string whose text starts at `start` (escapes skipped),
/// or the text's length when it never closes.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut j = start;
    while let Some(&b) = bytes.get(j) {
        match b {
            b'\\' => j += 2,
            b'"' => return j,
            _ => j += 1,
        }
    }
    bytes.len()
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    path
}

/// The byte offset of serde_json's (line, column): the bytes read up to the error.
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let e = serde_json::from_str::<T>(text).expect_err("the text is invalid");
        path_at(text, offset_of(text, e.line(), e.column()))
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        a: f64,
        b: String,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        meta: Inner,
        list: Vec<Inner>,
        values: Vec<f64>,
    }

    const GOOD_META: &str = r#""meta": {"a": 1, "b": "x"}"#;

    #[test]
    fn names_the_value_of_the_wrong_type_the_unknown_key_and_the_object_missing_a_field() {
        let t = format!(r#"{{{GOOD_META}, "list": [], "values": [1, 2, "tre"]}}"#);
        assert_eq!(path_of_error::<Outer>(&t), "values[2]");
        let t = format!(
            "{{{GOOD_META},\n \"list\": [{{\"a\": 1, \"b\": \"\"}},\n {{\"a\": \"1\", \"b\": \"\"}}], \"values\": []}}"
        );
        assert_eq!(path_of_error::<Outer>(&t), "list[1].a");
        let t = format!(r#"{{{GOOD_META}, "list": [{{"a": 1, "b": "x", "c": 2}}], "values": []}}"#);
        assert_eq!(path_of_error::<Outer>(&t), "list[0].c");
        let t = r#"{"meta": {"a": 1}, "list": [], "values": []}"#;
        assert_eq!(path_of_error::<Outer>(t), "meta");
        let t = r#"{"meta": {"a": 1, "b": "x", "a": 2}, "list": [], "values": []}"#;
        assert_eq!(path_of_error::<Outer>(t), "meta.a");
        let t = r#"{"meta": {"a": 1, "b": "x"}, "list": []}"#;
        assert_eq!(path_of_error::<Outer>(t), "");
    }

    #[test]
    fn strings_with_escaped_quotes_brackets_and_commas_do_not_move_the_path() {
        let t = r#"{"meta": {"b": "a \"[,{\" b", "a": "x"}, "list": [], "values": []}"#;
        assert_eq!(path_of_error::<Outer>(t), "meta.a");
    }

    #[test]
    fn any_offset_in_any_text_gives_a_path_without_panicking() {
        let texts = ["", "\"", "{\"a", "[[[,,]", "}}]]", "{\"\\", "{\"é\": [1,"];
        for t in texts {
            for offset in 0..=t.len() + 2 {
                let _ = path_at(t, offset);
            }
            let _ = offset_of(t, 9, 9);
        }
    }
}
