//! The storage of the per-thread caches the eval loop keeps in its frame
//! pool (`Pool`): a boxed fixed-size array, made on the first miss, so that
//! a hit indexes it with a slot number the hash bounds (no bounds check)
//! and no thread-local lookup or borrow flag.

/// `N` slots of `T` (none until [`Slots::make`]).
pub struct Slots<T, const N: usize>(Option<Box<[T; N]>>);

impl<T: Default, const N: usize> Slots<T, N> {
    pub const EMPTY: Self = Self(None);

    /// Whether no slots were made (nothing to keep).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    #[inline(always)]
    pub fn get(&self) -> Option<&[T; N]> {
        self.0.as_deref()
    }

    #[inline(always)]
    pub fn get_mut(&mut self) -> Option<&mut [T; N]> {
        self.0.as_deref_mut()
    }

    /// The slots, made empty on the first call.
    pub fn make(&mut self) -> &mut [T; N] {
        self.0.get_or_insert_with(|| {
            let slots: Box<[T]> = (0..N).map(|_| T::default()).collect();
            slots.try_into().unwrap_or_else(|_| unreachable!())
        })
    }

    /// Takes `other`'s slots if this has none (a nested loop's cache left
    /// in the thread's slot for the next one); `other` keeps what is not
    /// taken, for the caller to drop where that is safe.
    pub fn adopt(&mut self, other: &mut Self) {
        if self.is_empty() {
            std::mem::swap(self, other);
        }
    }
}

impl<T: Default, const N: usize> Default for Slots<T, N> {
    fn default() -> Self {
        Self::EMPTY
    }
}
