//! The eval loop's references: [`StackRef`], a reference held by a frame
//! (counted in the object's header, or in the thread's [`ref_cache`]), and
//! [`Values`], a frame's local slots and value stack.
//!
//! A cached reference's bits are a valid `PyRef` pointer, so a frame's
//! values stay a plain `[Option<PyRef>]` to read (a call's arguments are
//! passed to native functions as a slice of the stack); which entries are
//! cached is kept beside them, in a bit mask.
//!
//! [`ref_cache`]: super::ref_cache

use super::handle::PyRef;
use super::ref_cache;
use super::refcount;
use std::mem::ManuallyDrop;

/// One reference to an object, owned by the eval loop of the thread that
/// made it: counted in the object's header, or in the thread's reference
/// cache (for objects other threads own, so that reading shared objects
/// writes none of them). Dereferences to a `PyRef` to use the object.
pub struct StackRef {
    obj: ManuallyDrop<PyRef>,
    cached: bool,
}

impl StackRef {
    /// A reference counted in the object's header.
    #[inline]
    pub fn owned(obj: PyRef) -> Self {
        Self {
            obj: ManuallyDrop::new(obj),
            cached: false,
        }
    }

    /// A new reference to `obj`: cached when another thread owns it.
    #[inline(always)]
    pub fn new(obj: &PyRef) -> Self {
        if refcount::incref_if_local(obj.header()) {
            return Self::owned(PyRef { obj: obj.obj });
        }
        Self::new_foreign(obj)
    }

    /// [`StackRef::new`] for an object another thread owns.
    #[inline(never)]
    fn new_foreign(obj: &PyRef) -> Self {
        if ref_cache::acquire(obj) {
            return Self::cached_copy(obj);
        }
        Self::owned(obj.clone())
    }

    /// An uncounted copy of `obj`'s handle, for a reference the cache has
    /// just counted.
    #[inline]
    fn cached_copy(obj: &PyRef) -> Self {
        Self {
            obj: ManuallyDrop::new(PyRef { obj: obj.obj }),
            cached: true,
        }
    }

    /// One more cached reference to `obj`, which has one.
    #[inline(never)]
    fn add_cached(obj: &PyRef) -> Self {
        ref_cache::add(obj.id());
        Self::cached_copy(obj)
    }

    /// The reference, counted in the header.
    #[inline(never)]
    fn owned_copy(self) -> Self {
        Self::owned(self.into_owned())
    }

    /// The reference as a `PyRef`, counted in the header (for the heap).
    #[inline(always)]
    pub fn into_owned(self) -> PyRef {
        let mut this = ManuallyDrop::new(self);
        if this.cached {
            let owned = PyRef::clone(&this.obj);
            release(owned.id());
            owned
        } else {
            // SAFETY: `this` is never dropped, so the owned handle moves out
            // exactly once.
            unsafe { ManuallyDrop::take(&mut this.obj) }
        }
    }

    pub fn is_cached(&self) -> bool {
        self.cached
    }
}

impl Clone for StackRef {
    #[inline]
    fn clone(&self) -> Self {
        if self.cached {
            Self::add_cached(&self.obj)
        } else {
            Self::new(&self.obj)
        }
    }
}

impl Drop for StackRef {
    /// Small enough to inline where the eval loop drops its operands: an
    /// immortal object (None, bools, small ints, constants) costs one load
    /// and compare; counted and cached references go out of line.
    #[inline(always)]
    fn drop(&mut self) {
        if self.cached {
            release(self.obj.id());
        } else if !self.obj.is_immortal() {
            drop_counted(&mut self.obj);
        }
    }
}

/// Gives up an owned reference to a mortal object.
#[inline(never)]
fn drop_counted(obj: &mut ManuallyDrop<PyRef>) {
    // SAFETY: the handle is owned, and its `StackRef` is being dropped: it
    // is never used again.
    unsafe { ManuallyDrop::drop(obj) }
}

impl std::ops::Deref for StackRef {
    type Target = PyRef;

    #[inline]
    fn deref(&self) -> &PyRef {
        &self.obj
    }
}

impl From<PyRef> for StackRef {
    #[inline]
    fn from(obj: PyRef) -> Self {
        Self::owned(obj)
    }
}

impl std::fmt::Debug for StackRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.obj.fmt(f)
    }
}

/// Gives up a cached reference (out of line: the eval loop's common case
/// is an owned one).
#[cold]
#[inline(never)]
fn release(addr: usize) {
    ref_cache::release(addr);
}

/// How many of a frame's values can be cached references (the bit mask's
/// width); entries past it always hold owned references.
const CACHEABLE: usize = u64::BITS as usize;

/// A frame's local slots then its value stack: references or NULLs, each
/// owned or cached (see [`StackRef`]). Reads see a `[Option<PyRef>]`;
/// writes go through the methods, which keep the mask right.
#[derive(Default)]
pub struct Values {
    items: Vec<Option<PyRef>>,
    /// Bit `i`: `items[i]` is a cached reference.
    cached: u64,
}

impl Values {
    /// How many values the storage holds without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.items.capacity()
    }

    #[inline]
    fn bit(i: usize) -> u64 {
        if i < CACHEABLE { 1 << i } else { 0 }
    }

    /// Whether item `i` is a cached reference, clearing its bit.
    #[inline(always)]
    fn clear_bit(&mut self, i: usize) -> bool {
        if self.cached == 0 {
            return false;
        }
        let bit = Self::bit(i);
        let cached = self.cached & bit != 0;
        self.cached &= !bit;
        cached
    }

    /// Takes item `i`'s reference out, leaving NULL.
    #[inline(always)]
    pub fn take(&mut self, i: usize) -> Option<StackRef> {
        let obj = self.items[i].take()?;
        let cached = self.clear_bit(i);
        Some(StackRef {
            obj: ManuallyDrop::new(obj),
            cached,
        })
    }

    /// Stores `value` as item `i`, giving up the reference it replaces.
    #[inline(always)]
    pub fn set(&mut self, i: usize, value: Option<StackRef>) {
        let old = self.take(i);
        if let Some(v) = value {
            self.items[i] = Some(self.place(i, v));
        }
        drop(old);
    }

    /// `v`'s handle, to store as item `i`: its bits move into the array
    /// (`v` is not dropped) and the mask records how it is counted.
    #[inline(always)]
    fn place(&mut self, i: usize, v: StackRef) -> PyRef {
        let v = if v.cached {
            if i >= CACHEABLE {
                v.owned_copy()
            } else {
                self.cached |= Self::bit(i);
                v
            }
        } else {
            v
        };
        let v = ManuallyDrop::new(v);
        PyRef { obj: v.obj.obj }
    }

    /// A new reference to item `i`'s object.
    #[inline(always)]
    pub fn load(&self, i: usize) -> Option<StackRef> {
        let obj = self.items[i].as_ref()?;
        if self.cached != 0 && self.cached & Self::bit(i) != 0 {
            return Some(StackRef::add_cached(obj));
        }
        Some(StackRef::new(obj))
    }

    #[inline(always)]
    pub fn push(&mut self, value: Option<StackRef>) {
        let item = value.map(|v| self.place(self.items.len(), v));
        self.items.push(item);
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Option<StackRef> {
        let obj = self.items.pop()??;
        let cached = self.clear_bit(self.items.len());
        Some(StackRef {
            obj: ManuallyDrop::new(obj),
            cached,
        })
    }

    /// Exchanges items `a` and `b`.
    #[inline]
    pub fn swap(&mut self, a: usize, b: usize) {
        let (va, vb) = (self.take(a), self.take(b));
        self.set(a, vb);
        self.set(b, va);
    }

    /// Drops the items from `len` on.
    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        if len >= self.items.len() {
            return;
        }
        let above = if len >= CACHEABLE { 0 } else { !0 << len };
        if self.cached & above == 0 {
            self.items.truncate(len);
        } else {
            self.truncate_cached(len);
        }
    }

    /// Drops every item (a finished frame's), inline: a frame holds few,
    /// and the common ones are immortal or owned.
    #[inline(always)]
    pub fn clear(&mut self) {
        if self.cached != 0 {
            self.truncate_cached(0);
        }
        while let Some(v) = self.items.pop() {
            drop(v);
        }
    }

    #[cold]
    fn truncate_cached(&mut self, len: usize) {
        while self.items.len() > len {
            drop(self.pop());
        }
    }

    /// Makes this storage (empty) a frame's: `len` NULLs, room for
    /// `capacity` values.
    #[inline]
    pub fn prepare(&mut self, len: usize, capacity: usize) {
        debug_assert!(self.items.is_empty() && self.cached == 0);
        self.items.reserve(capacity);
        self.items.resize(len, None);
    }

    /// Makes this storage (empty) a callee's values: `nslots` slots, the
    /// first ones taking the caller's items from `first` on (moved, each
    /// counted as it was), the rest NULL, with room for `capacity`; the
    /// caller's stack then drops to `base` (the callable and the NULL or
    /// self between are given up).
    #[inline]
    pub fn start_call(
        &mut self,
        caller: &mut Values,
        base: usize,
        first: usize,
        nslots: usize,
        capacity: usize,
    ) {
        debug_assert!(self.cached == 0);
        let n = caller.items.len().wrapping_sub(first);
        assert!(
            n <= nslots && self.items.is_empty(),
            "more arguments than slots"
        );
        self.items.reserve(capacity.max(nslots));
        if first < CACHEABLE {
            // Item `first + j` becomes item `j`: its bit moves down; a bit
            // past the mask stays owned, as it was.
            self.cached = caller.cached >> first;
            caller.cached &= !(!0 << first);
        }
        // Popped one at a time: calls pass few arguments, and a copy of the
        // block costs a call of `memcpy` or a vector loop's checks.
        let to = self.items.as_mut_ptr();
        for i in (0..n).rev() {
            let v = caller.items.pop().flatten();
            // SAFETY: slot `i < n <= nslots` lies within the capacity just
            // reserved and past the length (0): the write overwrites nothing.
            unsafe { to.add(i).write(v) };
        }
        // SAFETY: the first `n` slots were all written just above.
        unsafe { self.items.set_len(n) };
        // Pushed one at a time for the same reason (a call of `memset`).
        for _ in n..nslots {
            self.items.push(None);
        }
        caller.truncate(base);
    }

    /// Makes every cached reference owned: before the frame leaves this
    /// thread's stack for the heap (a suspended generator), since cached
    /// references belong to the thread's cache.
    #[inline]
    pub fn make_owned(&mut self) {
        if self.cached != 0 {
            self.make_cached_owned();
        }
    }

    #[inline(never)]
    fn make_cached_owned(&mut self) {
        while self.cached != 0 {
            let i = self.cached.trailing_zeros() as usize;
            let v = self.take(i).map(StackRef::into_owned);
            self.items[i] = v;
        }
    }

    /// Resizes to `len` items, new ones NULL.
    pub fn resize(&mut self, len: usize) {
        self.truncate(len);
        self.items.resize(len, None);
    }

    /// Items `range` to write owned references into (binding a call's
    /// arguments): any cached ones there are made owned first.
    pub fn owned_mut(&mut self, range: std::ops::RangeTo<usize>) -> &mut [Option<PyRef>] {
        for i in 0..range.end.min(CACHEABLE) {
            if self.cached & Self::bit(i) != 0 {
                let v = self.take(i).map(StackRef::into_owned);
                self.items[i] = v;
            }
        }
        &mut self.items[range]
    }

    pub fn reserve(&mut self, additional: usize) {
        self.items.reserve(additional);
    }
}

impl std::ops::Deref for Values {
    type Target = [Option<PyRef>];

    #[inline]
    fn deref(&self) -> &[Option<PyRef>] {
        &self.items
    }
}

impl Drop for Values {
    fn drop(&mut self) {
        self.truncate(0);
    }
}
