//! Native modules that CPython writes in C (`_thread`, `time`, `math`, ...), one
//! file or folder per module.
//!
//! Empty until issue 3 lands the first slice; see ARCHITECTURE.md for the plan.
