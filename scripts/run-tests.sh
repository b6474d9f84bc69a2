#!/usr/bin/env bash
# Runs every test suite against an already built tree: unit and API tests through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"

ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
