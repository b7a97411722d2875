//! `ast.dump(tree, include_attributes=True)` exactly as CPython 3.14 prints it
//! (one line, field names given, `None` and empty-list fields left out except
//! the `value` of `Constant` and `MatchSingleton`).

use super::nodes::{Identifier, Range};

/// Something that prints itself in `ast.dump` form.
pub trait Dump {
    fn dump(&self, out: &mut Dumper);

    /// Whether `ast.dump` leaves this field out (`None` or `[]`).
    fn is_omitted(&self) -> bool {
        false
    }
}

/// Accumulates the dump text.
#[derive(Default)]
pub struct Dumper {
    out: String,
    /// One flag per open node: whether it has printed a field yet.
    first: Vec<bool>,
}

impl Dumper {
    /// Dumps a whole tree into a string.
    pub fn dump(node: &impl Dump) -> String {
        let mut dumper = Dumper::default();
        node.dump(&mut dumper);
        dumper.out
    }

    /// Appends text as is.
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    pub fn begin(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
        self.first.push(true);
    }

    pub fn end(&mut self) {
        self.first.pop();
        self.out.push(')');
    }

    fn separate(&mut self) {
        let first = self
            .first
            .last_mut()
            .expect("a field is always inside a node");
        if !*first {
            self.out.push_str(", ");
        }
        *first = false;
    }

    /// Prints `name=value` unless `ast.dump` omits the value.
    pub fn field(&mut self, name: &str, value: &impl Dump) {
        if value.is_omitted() {
            return;
        }
        self.separate();
        self.out.push_str(name.trim_start_matches("r#"));
        self.out.push('=');
        value.dump(self);
    }

    /// Prints the four position attributes.
    pub fn attributes(&mut self, range: &Range) {
        let fields = [
            ("lineno", range.start.line),
            ("col_offset", range.start.col),
            ("end_lineno", range.end.line),
            ("end_col_offset", range.end.col),
        ];
        for (name, value) in fields {
            self.separate();
            self.out.push_str(name);
            self.out.push('=');
            self.out.push_str(&value.to_string());
        }
    }
}

impl<T: Dump> Dump for Box<T> {
    fn dump(&self, out: &mut Dumper) {
        (**self).dump(out)
    }
}

impl<T: Dump> Dump for Option<T> {
    fn dump(&self, out: &mut Dumper) {
        match self {
            Some(value) => value.dump(out),
            None => out.raw("None"),
        }
    }

    fn is_omitted(&self) -> bool {
        self.is_none()
    }
}

impl<T: Dump> Dump for Vec<T> {
    fn dump(&self, out: &mut Dumper) {
        out.raw("[");
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.raw(", ");
            }
            item.dump(out);
        }
        out.raw("]");
    }

    fn is_omitted(&self) -> bool {
        self.is_empty()
    }
}

impl Dump for Identifier {
    fn dump(&self, out: &mut Dumper) {
        out.raw(&crate::literal::repr::plain_str_repr(self));
    }
}

impl Dump for i64 {
    fn dump(&self, out: &mut Dumper) {
        out.raw(&self.to_string());
    }
}
