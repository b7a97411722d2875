//! Thread states and the per-thread halves of the runtime's protocols.

pub mod brc;
