//! Runner for the many-thread Python programs kept beside this crate.
//!
//! The programs arrive once ferropy executes Python (issue 3).
