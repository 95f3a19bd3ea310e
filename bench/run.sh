#!/usr/bin/env bash
# The newsdex benchmark. Usage: bench/run.sh [--articles N] [--threads 1,2] ...
# Needs ../shared/corpora (BBC + Reuters). Installs ripgrep if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rg >/dev/null 2>&1; then
  (apt-get install -y ripgrep >/dev/null 2>&1) || cargo install ripgrep
fi
cargo build --release --workspace
exec target/release/newsdex-bench "$@"
