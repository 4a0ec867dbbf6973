#!/usr/bin/env bash
# Memory of the aggregates: the whole 2025 tree (4,309 units) with two years of daily history fully populated, every
# parent's rows wide (counts past 255), as the managed heap's growth after full collections
# (bench/Sipas.Memory.Benchmarks, workstation GC). Baseline: the same rings (24 five-minute, 48 hourly, 732 daily
# buckets and the total per unit) as plain long[] arrays, computed from their sizes. Goal: ≤ 1 GiB.
# Also runs the saturated case (every leaf's 5-minute, hourly and today's rows past 255 too) and prints it on stderr.
# Takes well under a minute after the build.
# The last line is the contract relied on by tools:
#   memory_mib=<n> baseline_mib=<n> ratio=<r>
# Usage: bench/memory.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
project=bench/Sipas.Memory.Benchmarks/Sipas.Memory.Benchmarks.csproj
dll=bench/Sipas.Memory.Benchmarks/bin/Release/net10.0/Sipas.Memory.Benchmarks.dll
case "${1:-}" in
  --no-build) ;;
  "") dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly >&2 ;;
  *) echo "usage: bench/memory.sh [--no-build]" >&2; exit 2 ;;
esac

echo "== saturated: every leaf's 5-minute, hourly and today's rows past 255 as well ==" >&2
dotnet "$dll" tree --saturated >&2
echo "== two years of daily history, parents wide (the figure) ==" >&2
result=$(dotnet "$dll" tree)
echo "$result" >&2
echo "$result" | tail -n 1
