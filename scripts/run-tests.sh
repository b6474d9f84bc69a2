#!/usr/bin/env bash
# Runs every test suite against an already built tree (make test builds it first):
#   1. unit and API tests (CTest), the store suite on SQLite and on a throwaway PostgreSQL;
#   2. the dashboard in headless Chromium;
#   3. unit and API tests again under AddressSanitizer + UndefinedBehaviorSanitizer (build-sanitize);
#   4. a short libFuzzer run of each fuzz target (build-fuzz; MSSOPS_FUZZ_SECONDS each, default 20).
# MSSOPS_QUICK=1 stops after stage 2, for a quick local round; CI runs all four.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
jobs="$(nproc)"

step() { printf '\n== %s\n' "$*"; }

step "formatting (clang-format, .clang-format)"
# Formatting is never a review topic: the check is here so that it never has to be one.
if ! git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror; then
  echo "run: git ls-files '*.cpp' '*.hpp' | xargs clang-format -i" >&2
  exit 1
fi

step "architecture (includes follow the layering, scripts/check-architecture.py)"
python3 scripts/check-architecture.py

step "unit and API tests (SQLite and PostgreSQL)"
if [[ -x scripts/with-postgres.sh ]]; then
  scripts/with-postgres.sh ctest --test-dir "$build" --output-on-failure -j "$jobs"
else
  ctest --test-dir "$build" --output-on-failure -j "$jobs"
fi

if [[ -f web/package.json ]]; then
  step "dashboard in headless Chromium"
  (cd web && MSSOPS_BINARY="$PWD/../$build/mssops" npm run --silent test:e2e)
fi

if [[ "${MSSOPS_QUICK:-0}" == 1 ]]; then
  echo "quick test suites passed (without MSSOPS_QUICK=1 the sanitizer build and the fuzz run follow)"
  exit 0
fi

step "sanitizer build (ASan + UBSan): unit and API tests"
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMSSOPS_SANITIZE=ON \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" >/dev/null
cmake --build build-sanitize -j "$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-sanitize --output-on-failure -j "$jobs"

if [[ -d tests/fuzz ]]; then
  step "short fuzz run"
  scripts/install-deps.sh --with-fuzz
  CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSSOPS_FUZZ=ON \
    -DMSSOPS_BUILD_TESTS=OFF >/dev/null
  # Only the fuzz targets: the rest of the tree is tested above, and the CLI's libfmt does not link under clang.
  targets=()
  for source in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
  cmake --build build-fuzz -j "$jobs" --target "${targets[@]}"
  for name in "${targets[@]}"; do
    work="$(mktemp -d)"
    mkdir "$work/corpus" "$work/crashes"
    cp -r "tests/fuzz/corpus/${name#fuzz_}/." "$work/corpus/" 2>/dev/null || true
    if ! "build-fuzz/tests/fuzz/$name" -max_total_time="${MSSOPS_FUZZ_SECONDS:-20}" -rss_limit_mb=2048 \
        -timeout=10 -artifact_prefix="$work/crashes/" "$work/corpus" >"$work/log" 2>&1; then
      tail -n 60 "$work/log"
      echo "$name failed; the input that broke it is in $work/crashes/ (see tests/fuzz/README.md)" >&2
      exit 1
    fi
    echo "$name: $(grep -E '^#[0-9]+' "$work/log" | tail -n 1)"
    rm -rf "$work"
  done
fi
echo "all test suites passed"
