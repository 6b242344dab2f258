#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks (content JSON, recipe parse, Liquid render of a blog post), Release. Extra arguments go to
# BenchmarkDotNet, e.g. bench/micro.sh --job short
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec dotnet run -c Release --project "$REPO_ROOT/bench/LpbCms.Benchmarks" -- --filter '*' "$@"
