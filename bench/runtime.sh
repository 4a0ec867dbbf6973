#!/usr/bin/env bash
# Runtime benchmark: BenchmarkDotNet (one caller, cost and allocations of one call vs. a Channel round trip), then the
# throughput harness (100 concurrent callers; 1, 100 and 10,000 grains; request/response and one-way; a Channel
# ping-pong baseline measured in the same run; the headline pair three times, alternating, medians compared).
# Takes about two minutes on 2 cores.
# The last line is the contract relied on by tools:
#   calls_per_sec=<n> baseline_per_sec=<n> ratio=<r> alloc_bytes_per_call=<n>
# Usage: bench/runtime.sh [seconds per harness measurement, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."
project=bench/Sipas.Runtime.Benchmarks/Sipas.Runtime.Benchmarks.csproj
dll=bench/Sipas.Runtime.Benchmarks/bin/Release/net10.0/Sipas.Runtime.Benchmarks.dll

dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly >&2

echo "== BenchmarkDotNet (ShortRun, in process) ==" >&2
dotnet "$dll" bdn --filter '*' 2>&1 | grep -E '^\|' >&2 || true

echo "== Throughput harness ==" >&2
dotnet "$dll" "${1:-2}"
