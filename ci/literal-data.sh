#!/usr/bin/env bash
# Prints the directory of the literal data compiler/tests/literal_corpus.rs checks
# (format: ci/gen_literal_data.py), making it if missing or stale (see
# ci/reference-data.sh).
exec "$(dirname "$0")/reference-data.sh" literal gen_literal_data.py
