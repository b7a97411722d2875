//! Checks `runtime::text` against CPython 3.14 on the cases
//! ci/gen_text_cases.py records from the reference interpreter (made and
//! cached by ci/text-data.sh, which this test runs: nothing to do by hand).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use runtime::text::{PyStr, TextError, decode};

/// A value in the case file's encoding (see ci/gen_text_cases.py).
#[derive(Debug)]
enum Value {
    Str(PyStr),
    Int(i64),
    Bool(bool),
    None,
    Bytes(Vec<u8>),
    List(Vec<Value>),
}

fn parse(field: &str) -> Value {
    let (tag, rest) = field.split_at(1);
    match tag {
        "s" => Value::Str(PyStr::from_code_points(
            rest.split(',')
                .filter(|h| !h.is_empty())
                .map(|h| u32::from_str_radix(h, 16).expect("hex code point")),
        )),
        "i" => Value::Int(rest.parse().expect("decimal int")),
        "t" => Value::Bool(true),
        "f" => Value::Bool(false),
        "n" => Value::None,
        "b" => Value::Bytes(
            (0..rest.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&rest[i..i + 2], 16).expect("hex byte"))
                .collect(),
        ),
        "l" => Value::List(
            rest.split('|')
                .filter(|x| !x.is_empty())
                .map(parse)
                .collect(),
        ),
        _ => panic!("unknown value tag in {field:?}"),
    }
}

fn render(value: &Value) -> String {
    match value {
        Value::Str(s) => {
            let hex: Vec<String> = s.code_points().map(|c| format!("{c:x}")).collect();
            format!("s{}", hex.join(","))
        }
        Value::Int(i) => format!("i{i}"),
        Value::Bool(b) => (if *b { "t" } else { "f" }).to_owned(),
        Value::None => "n".to_owned(),
        Value::Bytes(b) => format!(
            "b{}",
            b.iter().map(|x| format!("{x:02x}")).collect::<String>()
        ),
        Value::List(items) => format!(
            "l{}",
            items.iter().map(render).collect::<Vec<_>>().join("|")
        ),
    }
}

fn render_result(result: Result<Value, TextError>) -> String {
    match result {
        Ok(value) => render(&value),
        Err(err) => format!(
            "!{}:{}",
            err.class_name(),
            render(&Value::Str(err.message()))
        ),
    }
}

fn str_arg(args: &[Value], i: usize) -> &PyStr {
    match &args[i] {
        Value::Str(s) => s,
        other => panic!("argument {i} should be a str, is {other:?}"),
    }
}

fn opt_str_arg(args: &[Value], i: usize) -> Option<&PyStr> {
    match args.get(i) {
        None | Some(Value::None) => None,
        Some(_) => Some(str_arg(args, i)),
    }
}

fn int_arg(args: &[Value], i: usize) -> isize {
    match &args[i] {
        Value::Int(n) => *n as isize,
        Value::Bool(b) => isize::from(*b),
        other => panic!("argument {i} should be an int, is {other:?}"),
    }
}

fn opt_int_arg(args: &[Value], i: usize) -> Option<isize> {
    match args.get(i) {
        None | Some(Value::None) => None,
        Some(_) => Some(int_arg(args, i)),
    }
}

fn strs(parts: impl IntoIterator<Item = PyStr>) -> Value {
    Value::List(parts.into_iter().map(Value::Str).collect())
}

fn rust_str(args: &[Value], i: usize) -> String {
    str_arg(args, i).to_utf8().expect("codec names are UTF-8")
}

/// Runs operation `op` on `receiver` with `args` through `runtime::text`.
fn run(op: &str, receiver: &Value, args: &[Value]) -> Result<Value, TextError> {
    let s = match receiver {
        Value::Str(s) => s,
        Value::Bytes(bytes) if op == "decode" => {
            return decode(bytes, &rust_str(args, 0), &rust_str(args, 1)).map(Value::Str);
        }
        _ => panic!("receiver of {op} is {receiver:?}"),
    };
    let sub = || str_arg(args, 0);
    let start = || opt_int_arg(args, 1);
    let end = || opt_int_arg(args, 2);
    let chars = || opt_str_arg(args, 0);
    let maxsplit = || args.get(1).map_or(-1, |_| int_arg(args, 1));
    let fill = || str_arg(args, 1).get(0).expect("a one-character fill");
    let int = |x: usize| Value::Int(x as i64);
    Ok(match op {
        "lower" => Value::Str(s.lower()),
        "upper" => Value::Str(s.upper()),
        "casefold" => Value::Str(s.casefold()),
        "title" => Value::Str(s.title()),
        "capitalize" => Value::Str(s.capitalize()),
        "swapcase" => Value::Str(s.swapcase()),
        "isalpha" => Value::Bool(s.isalpha()),
        "isalnum" => Value::Bool(s.isalnum()),
        "isdecimal" => Value::Bool(s.isdecimal()),
        "isdigit" => Value::Bool(s.isdigit()),
        "isnumeric" => Value::Bool(s.isnumeric()),
        "isspace" => Value::Bool(s.isspace()),
        "islower" => Value::Bool(s.islower()),
        "isupper" => Value::Bool(s.isupper()),
        "istitle" => Value::Bool(s.istitle()),
        "isidentifier" => Value::Bool(s.isidentifier()),
        "isascii" => Value::Bool(s.isascii()),
        "isprintable" => Value::Bool(s.isprintable()),
        "repr" => Value::Str(PyStr::from(s.repr().as_str())),
        "ascii" => Value::Str(PyStr::from(s.ascii().as_str())),
        "len" => int(s.len()),
        "hash" => Value::Int(s.hash()),
        "strip" => Value::Str(s.strip(chars())),
        "lstrip" => Value::Str(s.lstrip(chars())),
        "rstrip" => Value::Str(s.rstrip(chars())),
        "split" => strs(s.split(chars(), maxsplit())?),
        "rsplit" => strs(s.rsplit(chars(), maxsplit())?),
        "splitlines" => strs(s.splitlines(int_arg(args, 0) != 0)),
        "find" => Value::Int(s.find(sub(), start(), end()) as i64),
        "rfind" => Value::Int(s.rfind(sub(), start(), end()) as i64),
        "index" => int(s.index_of(sub(), start(), end())?),
        "rindex" => int(s.rindex_of(sub(), start(), end())?),
        "contains" => Value::Bool(s.contains(sub())),
        "count" => int(s.count(sub(), start(), end())),
        "startswith" => Value::Bool(s.startswith(sub(), start(), end())),
        "endswith" => Value::Bool(s.endswith(sub(), start(), end())),
        "replace" => {
            let count = args.get(2).map_or(-1, |_| int_arg(args, 2));
            Value::Str(s.replace(sub(), str_arg(args, 1), count))
        }
        "partition" => strs(s.partition(sub())?),
        "rpartition" => strs(s.rpartition(sub())?),
        "removeprefix" => Value::Str(s.removeprefix(sub())),
        "removesuffix" => Value::Str(s.removesuffix(sub())),
        "center" => Value::Str(s.center(int_arg(args, 0), fill())?),
        "ljust" => Value::Str(s.ljust(int_arg(args, 0), fill())?),
        "rjust" => Value::Str(s.rjust(int_arg(args, 0), fill())?),
        "zfill" => Value::Str(s.zfill(int_arg(args, 0))?),
        "expandtabs" => Value::Str(s.expandtabs(int_arg(args, 0) as i32)?),
        "getitem" => Value::Str(s.item(int_arg(args, 0))?),
        "slice" => Value::Str(s.slice(opt_int_arg(args, 0), start(), end())?),
        "add" => Value::Str(s.concat(sub())),
        "mul" => Value::Str(s.repeat(int_arg(args, 0))?),
        "cmp" => Value::Int(s.cmp(sub()) as i64),
        "join" => {
            let Value::List(items) = &args[0] else {
                panic!("join takes a list")
            };
            let items: Vec<&PyStr> = (0..items.len()).map(|i| str_arg(items, i)).collect();
            Value::Str(s.join(items.iter().copied()))
        }
        "format" => Value::Str(s.format(sub())?),
        "formatter_parser" => {
            let mut flat = Vec::new();
            for piece in s.format_template()? {
                flat.push(Value::Str(piece.literal));
                match piece.field {
                    Some(field) => flat.extend([
                        Value::Str(field.name),
                        Value::Str(field.spec),
                        field
                            .conversion
                            .map_or(Value::None, |c| Value::Str(PyStr::from_code_points([c]))),
                    ]),
                    None => flat.extend([Value::None, Value::None, Value::None]),
                }
            }
            Value::List(flat)
        }
        "encode" => Value::Bytes(s.encode(&rust_str(args, 0), &rust_str(args, 1))?),
        _ => panic!("no operation {op}"),
    })
}

/// The case file, made by ci/text-data.sh if missing or stale.
fn case_file() -> PathBuf {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ci/text-data.sh");
    let out = Command::new("bash")
        .arg(&script)
        .output()
        .unwrap_or_else(|err| panic!("can't run {}: {err}", script.display()));
    assert!(
        out.status.success(),
        "{} failed:\n{}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    Path::new(String::from_utf8_lossy(&out.stdout).trim_end()).join("cases.txt")
}

#[test]
fn str_operations_match_cpython() {
    let path = case_file();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("can't read {}: {err}", path.display()));
    let mut total = 0;
    let mut failures: BTreeMap<&str, (usize, Vec<String>)> = BTreeMap::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (op, expected) = (fields[0], fields[fields.len() - 1]);
        let receiver = parse(fields[1]);
        let args: Vec<Value> = fields[2..fields.len() - 1]
            .iter()
            .map(|f| parse(f))
            .collect();
        total += 1;
        let got = render_result(run(op, &receiver, &args));
        if got != expected {
            let entry = failures.entry(op).or_default();
            entry.0 += 1;
            if entry.1.len() < 3 {
                entry.1.push(format!("{line}\n    got {got}"));
            }
        }
    }
    let failed: usize = failures.values().map(|(n, _)| n).sum();
    println!("{} of {total} str cases match CPython", total - failed);
    for (op, (count, examples)) in &failures {
        println!("{op}: {count} mismatches");
        for example in examples {
            println!("  {example}");
        }
    }
    assert!(total > 0, "no cases in {}", path.display());
    assert_eq!(failed, 0, "{failed} of {total} cases differ from CPython");
}
