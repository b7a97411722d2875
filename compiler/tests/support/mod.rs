//! Helpers shared by the tests and the fuzz harness that check the frontend
//! against CPython 3.14: finding the reference data and isolating panics.
//! (Listing Lib's files is in `py_files.rs`, which not every test needs.)

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Once;

/// The workspace root (the parent of the compiler crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the compiler crate sits inside the workspace")
        .to_path_buf()
}

/// Runs `ci/<script>` (which fetches or makes what is missing) and returns the
/// path it prints.
pub fn ci_path(script: &str) -> Result<PathBuf, String> {
    let path = workspace_root().join("ci").join(script);
    let out = Command::new("bash")
        .arg(&path)
        .output()
        .map_err(|err| format!("can't run {}: {err}", path.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed ({}):\n{}",
            path.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let printed = String::from_utf8_lossy(&out.stdout);
    Ok(PathBuf::from(printed.trim_end()))
}

thread_local! {
    /// The panic report of the current `catch_panic` call on this thread, if
    /// one is running (`Some`).
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic into `Err("panicked at FILE:LINE:COL:\nMSG")`
/// without printing it. Panics outside `catch_panic` print as usual.
pub fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let quiet = CAUGHT.with_borrow_mut(|caught| match caught {
                Some(report) => {
                    *report = info.to_string();
                    true
                }
                None => false,
            });
            if !quiet {
                previous(info);
            }
        }));
    });
    CAUGHT.set(Some(String::new()));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    let report = CAUGHT.take().unwrap_or_default();
    result.map_err(|_| report)
}
