use super::*;

#[test]
#[ignore]
fn dump_tokens() {
    let list = std::env::var("TOKDUMP_LIST").unwrap();
    let out = std::env::var("TOKDUMP_OUT").unwrap();
    let mut text = String::new();
    for path in std::fs::read_to_string(list).unwrap().lines() {
        let bytes = std::fs::read(path).unwrap();
        text.push_str(&format!("=== {path}\n"));
        match crate::source::decode(&bytes) {
            Err(e) => text.push_str(&format!("DECODE {}\n", e.report())),
            Ok(src) => {
                let toks = tokenize(&src);
                for t in &toks.tokens {
                    text.push_str(&format!(
                        "{:?} {} {} {} {} {}\n",
                        t.kind, t.start.line, t.start.col, t.end.line, t.end.col, t.lo
                    ));
                }
                if let Some(e) = toks.error {
                    text.push_str(&format!("ERROR {}\n", e.report()));
                }
            }
        }
    }
    std::fs::write(out, text).unwrap();
}
