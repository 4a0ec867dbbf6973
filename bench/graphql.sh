#!/usr/bin/env bash
# GraphQL benchmark: our engine vs graphql-js 16 on the same schema and data (parse + validate + execute of a typical
# nested query and of the full introspection query), then GraphQL over HTTP vs a minimal-API endpoint returning the
# same JSON. Ends with exactly one line: ours_us=<n> graphqljs_us=<n> ratio=<r> http_ratio=<r>
# Extra arguments go to the benchmark (e.g. --seconds 5 --http-seconds 8).
set -euo pipefail
cd "$(dirname "$0")/.."
js=tests/Sipas.Conformance.Tests/js
if [ ! -d "$js/node_modules/graphql" ]; then
  (cd "$js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
dotnet build bench/Sipas.GraphQL.Benchmarks/Sipas.GraphQL.Benchmarks.csproj -c Release -nologo -v quiet >&2
dotnet bench/Sipas.GraphQL.Benchmarks/bin/Release/net10.0/Sipas.GraphQL.Benchmarks.dll "$@"
