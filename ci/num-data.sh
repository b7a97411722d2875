#!/usr/bin/env bash
# Prints the directory of the numeric cases runtime/tests/num_diff.rs checks
# (format: ci/gen_num_data.py), making it if missing or stale (see
# ci/reference-data.sh).
exec "$(dirname "$0")/reference-data.sh" num gen_num_data.py
