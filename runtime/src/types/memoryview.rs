//! The `memoryview` type's core: a one-dimensional view of the bytes of a
//! bytes or bytearray object (its "exporter"), described by a start, a
//! step and a length over the exporter's bytes, and an item format of one
//! byte (`B`, `b` or `c`). The Python-visible methods are in
//! `memoryview_methods.rs`.
//!
//! Memory safety: the view never borrows the exporter's storage; every
//! access goes through [`with_bytes`] (a bytearray's lock) and checks its
//! positions. A view over a bytearray counts as an export of it
//! ([`bytearray::export`]) until released or dropped, so the bytearray
//! refuses to change size meanwhile, as CPython's does.

use super::bytearray;
use super::bytes::with_bytes;
use super::exceptions::BUFFER_ERROR;
use super::slice;
use super::{OBJECT, Slots, Type, flags};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use std::sync::atomic::{
    AtomicBool,
    Ordering::{AcqRel, Acquire},
};

/// The item format of a view: each item is one byte.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `B`: unsigned byte, an int in range(0, 256).
    Unsigned,
    /// `b`: signed byte, an int in range(-128, 128).
    Signed,
    /// `c`: a bytes object of length 1.
    Char,
}

impl Format {
    /// The format's struct-module letter.
    pub fn letter(self) -> &'static str {
        match self {
            Format::Unsigned => "B",
            Format::Signed => "b",
            Format::Char => "c",
        }
    }
}

/// The payload of a memoryview object.
pub struct MemoryView {
    /// The exporter: a bytes or bytearray (or a subclass of either).
    pub base: PyRef,
    /// The position of the first item in the exporter's bytes.
    pub start: usize,
    /// The distance between consecutive items (negative for a reversed view).
    pub step: isize,
    /// The number of items.
    pub len: usize,
    pub format: Format,
    /// Whether the view cannot write: its exporter is immutable, or it was
    /// made by `toreadonly()`.
    pub readonly: bool,
    released: AtomicBool,
}

pub static MEMORYVIEW: Type =
    Type::builtin::<MemoryView>("memoryview", Some(&OBJECT), flags::SEQUENCE, Slots::NONE);

impl MemoryView {
    /// A view of `len` items of `base` from `start` by `step`, registered as
    /// an export of `base` when it is a bytearray.
    fn new(base: PyRef, start: usize, step: isize, len: usize, format: Format) -> MemoryView {
        let exported = bytearray::is_bytearray(&base);
        if exported {
            bytearray::export(&base);
        }
        MemoryView {
            base,
            start,
            step,
            len,
            format,
            readonly: !exported,
            released: AtomicBool::new(false),
        }
    }

    /// The exporter's position of item `i` (< `len`).
    fn position(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// Every item's position in the exporter, in order.
    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(|i| self.position(i))
    }

    /// Ends the export (once): `release()`, leaving a `with` block, or drop.
    pub fn release(&self) {
        if !self.released.swap(true, AcqRel) && bytearray::is_bytearray(&self.base) {
            bytearray::unexport(&self.base);
        }
    }

    pub fn is_released(&self) -> bool {
        self.released.load(Acquire)
    }

    /// Fails on a released view, as every operation but `release` does.
    pub fn check(&self) -> PyResult<()> {
        if self.is_released() {
            return Err(PyErr::value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        Ok(())
    }

    /// The bytes the view shows, copied out of the exporter.
    pub fn to_vec(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        let picked = with_bytes(&self.base, |b| {
            self.positions()
                .map(|i| b.get(i).copied())
                .collect::<Option<Vec<u8>>>()
        });
        picked.flatten().ok_or_else(resized)
    }

    /// The byte of item `i`, an index already checked against `len`.
    pub fn get(&self, i: usize) -> PyResult<u8> {
        let at = self.position(i);
        with_bytes(&self.base, |b| b.get(at).copied())
            .flatten()
            .ok_or_else(resized)
    }

    /// Writes `values` to the items at `indices` (each < `len`) of a view
    /// that is not read-only (so its exporter is a bytearray).
    pub fn store(&self, indices: impl Iterator<Item = usize>, values: &[u8]) -> PyResult<()> {
        let positions: Vec<usize> = indices.map(|i| self.position(i)).collect();
        bytearray::with_data(&self.base, |v| {
            if positions.iter().any(|&p| p >= v.len()) {
                return Err(resized());
            }
            for (&p, &b) in positions.iter().zip(values) {
                v[p] = b;
            }
            Ok(())
        })
    }

    /// The view of `count` items selected by an adjusted slice of this one.
    pub fn sliced(&self, start: isize, step: isize, count: usize) -> MemoryView {
        let first = if count == 0 {
            self.start
        } else {
            self.position(start as usize)
        };
        MemoryView::new(
            self.base.clone(),
            first,
            self.step * step,
            count,
            self.format,
        )
    }

    /// The same items under another format.
    pub fn recast(&self, format: Format) -> MemoryView {
        MemoryView::new(self.base.clone(), self.start, self.step, self.len, format)
    }

    /// The adjusted slice `key` of this view, if it is a slice.
    pub fn slice_of(&self, key: &PyRef) -> PyResult<Option<(isize, isize, usize)>> {
        Ok(slice::unpack(key)?.map(|bounds| {
            let (start, _, step, count) = slice::adjust_indices(bounds, self.len);
            (start, step, count)
        }))
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

/// Only a bug could make an exported bytearray shorter than its views.
fn resized() -> PyErr {
    PyErr::new(&BUFFER_ERROR, "memoryview: underlying buffer was resized")
}

/// `memoryview(obj)` of a bytes, bytearray or memoryview object.
pub fn view_of(obj: &PyRef) -> Option<MemoryView> {
    if let Some(mv) = as_memoryview(obj) {
        return Some(MemoryView::new(
            mv.base.clone(),
            mv.start,
            mv.step,
            mv.len,
            mv.format,
        ));
    }
    let len = with_bytes(obj, <[u8]>::len)?;
    Some(MemoryView::new(obj.clone(), 0, 1, len, Format::Unsigned))
}

pub fn new_memoryview(view: MemoryView) -> PyRef {
    PyRef::new(view, &MEMORYVIEW)
}

#[inline]
pub fn as_memoryview(obj: &PyRef) -> Option<&MemoryView> {
    obj.payload::<MemoryView>()
}
