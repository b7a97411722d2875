//! The raw facts the first pass records about a name in a scope
//! (CPython's `DEF_*` and `USE` bits).

use std::ops::{BitOr, BitOrAssign};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SymbolFlags(u16);

impl SymbolFlags {
    /// Declared `global`.
    pub const GLOBAL: SymbolFlags = SymbolFlags(1);
    /// Assigned, deleted or defined here.
    pub const LOCAL: SymbolFlags = SymbolFlags(1 << 1);
    pub const PARAM: SymbolFlags = SymbolFlags(1 << 2);
    /// Declared `nonlocal`.
    pub const NONLOCAL: SymbolFlags = SymbolFlags(1 << 3);
    /// Read here.
    pub const USE: SymbolFlags = SymbolFlags(1 << 4);
    /// A class-body name that is also free in a method.
    pub const FREE_CLASS: SymbolFlags = SymbolFlags(1 << 5);
    pub const IMPORT: SymbolFlags = SymbolFlags(1 << 6);
    pub const ANNOT: SymbolFlags = SymbolFlags(1 << 7);
    /// A comprehension's iteration variable.
    pub const COMP_ITER: SymbolFlags = SymbolFlags(1 << 8);
    pub const TYPE_PARAM: SymbolFlags = SymbolFlags(1 << 9);
    /// A cell of an inlined comprehension, merged into this scope.
    pub const COMP_CELL: SymbolFlags = SymbolFlags(1 << 10);
    /// Any binding.
    pub const BOUND: SymbolFlags = SymbolFlags(1 << 1 | 1 << 2 | 1 << 6);

    /// Every flag with CPython's name for it, in the order `symtable.c`'s
    /// debug dump lists them.
    pub const NAMED: [(SymbolFlags, &'static str); 11] = [
        (SymbolFlags::USE, "USE"),
        (SymbolFlags::GLOBAL, "DEF_GLOBAL"),
        (SymbolFlags::LOCAL, "DEF_LOCAL"),
        (SymbolFlags::PARAM, "DEF_PARAM"),
        (SymbolFlags::NONLOCAL, "DEF_NONLOCAL"),
        (SymbolFlags::FREE_CLASS, "DEF_FREE_CLASS"),
        (SymbolFlags::IMPORT, "DEF_IMPORT"),
        (SymbolFlags::ANNOT, "DEF_ANNOT"),
        (SymbolFlags::COMP_ITER, "DEF_COMP_ITER"),
        (SymbolFlags::TYPE_PARAM, "DEF_TYPE_PARAM"),
        (SymbolFlags::COMP_CELL, "DEF_COMP_CELL"),
    ];

    pub const fn empty() -> SymbolFlags {
        SymbolFlags(0)
    }

    /// Whether every flag of `other` is set.
    pub fn contains(self, other: SymbolFlags) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether any flag of `other` is set.
    pub fn intersects(self, other: SymbolFlags) -> bool {
        self.0 & other.0 != 0
    }
}

impl BitOr for SymbolFlags {
    type Output = SymbolFlags;
    fn bitor(self, other: SymbolFlags) -> SymbolFlags {
        SymbolFlags(self.0 | other.0)
    }
}

impl BitOrAssign for SymbolFlags {
    fn bitor_assign(&mut self, other: SymbolFlags) {
        self.0 |= other.0;
    }
}
