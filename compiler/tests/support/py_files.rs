//! Listing CPython's Lib, for the tests and the fuzz harness that run over it.

use std::path::{Path, PathBuf};

/// Every regular `.py` file below `dir` (not symlinks, nor inside symlinked
/// directories), sorted: the set ci/ast_reference.py walks.
pub fn py_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            let path = entry.path();
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() && entry.file_name().as_encoded_bytes().ends_with(b".py") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}
