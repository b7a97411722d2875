//! The global allocator: mimalloc, as the design fixes for the whole runtime
//! (the parser allocates one box per AST node, the runtime one block per
//! object and frame).
//!
//! `mimalloc::MiMalloc` sends every request through `mi_malloc_aligned`,
//! whose checks cost a tenth of an object allocation. Every block mimalloc
//! returns is aligned to `MAX_ALIGN` already, so requests asking no more take
//! the plain entry points, and only larger alignments the aligned ones.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The alignment of every block `mi_malloc` returns (`MI_MAX_ALIGN_SIZE`).
const MAX_ALIGN: usize = 16;

pub struct Allocator;

/// `mi_option_purge_decommits` in mimalloc v3's option list.
const PURGE_DECOMMITS: mi::mi_option_t = 5;

impl Allocator {
    /// Sets mimalloc's options; called first thing in `main`. Freed pages
    /// are purged by resetting them (the kernel takes them back when it
    /// needs them) instead of decommitting them: a program that frees and
    /// then allocates again, round after round, would otherwise fault every
    /// page in afresh and have the kernel clear it (a sixth of the time of
    /// bench/programs/float_objects.py).
    pub fn configure() {
        // SAFETY: setting an option is a plain store mimalloc reads on its
        // next purge; any value is valid for this option.
        unsafe { mi::mi_option_set(PURGE_DECOMMITS, 0) }
    }
}

// SAFETY: each method forwards to mimalloc, which returns blocks of at least
// the requested size aligned to `MAX_ALIGN` from its plain entry points and to
// the requested alignment from its aligned ones; frees take any block it gave.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= MAX_ALIGN {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= MAX_ALIGN {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the trait's contract).
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout` (the trait's
        // contract); a reallocated block keeps the plain entry points'
        // alignment, the aligned one keeps the requested one.
        unsafe {
            if layout.align() <= MAX_ALIGN {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}
