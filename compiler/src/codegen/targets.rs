//! Assignment and deletion targets, including unpacking with a star.

use super::{Compiler, Result, error};
use crate::ast::*;
use crate::bytecode::Opcode;

/// `UNPACK_EX` holds the count before the star in 8 bits and the count
/// after it in the 16 above.
const MAX_BEFORE_STAR: usize = 1 << 8;
const MAX_AFTER_STAR: usize = 1 << 16;

impl<'a> Compiler<'a> {
    /// Stores the value on top into `target`.
    pub(super) fn store_target(&mut self, target: &'a Expr) -> Result {
        let saved = self.set_loc(target.range());
        match target {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_loc(a);
                self.emit_name(Opcode::STORE_ATTR, &a.attr);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if self.two_part_slice(&s.slice)? {
                    self.set_loc(s.range);
                    self.emit(Opcode::STORE_SLICE, 0);
                } else {
                    self.expr(&s.slice)?;
                    self.set_loc(s.range);
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            Expr::Tuple(ExprTuple { elts, range, .. })
            | Expr::List(ExprList { elts, range, .. }) => {
                self.unpack(elts, *range)?;
                for elt in elts {
                    match elt {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(elt)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(error(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ));
            }
            // The parser only produces the targets above.
            other => return Err(error("cannot assign to expression", other.range())),
        }
        self.restore_loc(saved);
        Ok(())
    }

    /// Unpacks the value on top into `elts.len()` values, first on top.
    fn unpack(&mut self, elts: &[Expr], range: Range) -> Result {
        let mut star = None;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt, Expr::Starred(_)) {
                if star.is_some() {
                    return Err(error("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        match star {
            Some(before) => {
                let after = elts.len() - before - 1;
                if before >= MAX_BEFORE_STAR || after >= MAX_AFTER_STAR {
                    return Err(error(
                        "too many expressions in star-unpacking assignment",
                        range,
                    ));
                }
                self.emit(Opcode::UNPACK_EX, (before | after << 8) as u32);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        Ok(())
    }

    pub(super) fn delete_target(&mut self, target: &'a Expr) -> Result {
        let saved = self.set_loc(target.range());
        match target {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_loc(a);
                self.emit_name(Opcode::DELETE_ATTR, &a.attr);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. }) => {
                for elt in elts {
                    self.delete_target(elt)?;
                }
            }
            other => return Err(error("cannot delete expression", other.range())),
        }
        self.restore_loc(saved);
        Ok(())
    }
}
