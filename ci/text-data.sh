#!/usr/bin/env bash
# Prints the directory of the str cases runtime/tests/text_diff.rs checks
# (format: ci/gen_text_cases.py), making it if missing or stale (see
# ci/reference-data.sh).
# Hashes are compared under the fixed all-zero SipHash key.
PYTHONHASHSEED=0 exec "$(dirname "$0")/reference-data.sh" text gen_text_cases.py
