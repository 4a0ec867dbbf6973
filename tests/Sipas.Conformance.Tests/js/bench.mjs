// Times graphql-js 16 graphql() (parse + validate + execute, as a server without a document cache does) on the
// oracle schema and data, for bench/graphql.sh. Usage:
//   node bench.mjs --query-file F [--variables JSON] [--seconds S]   -> { us_per_op, cpu_us_per_op, ops }
//   node bench.mjs --print-introspection-query                        -> { query }
import { readFileSync } from 'node:fs';
import { getIntrospectionQuery, graphql } from 'graphql';
import { parseArgs } from './args.mjs';
import { buildOracleSchema } from './oracle/schema.mjs';

const args = parseArgs();
if ('print-introspection-query' in args) {
  console.log(JSON.stringify({ query: getIntrospectionQuery() }));
  process.exit(0);
}

const schema = buildOracleSchema();
const source = readFileSync(args['query-file'], 'utf8');
const variableValues = args.variables ? JSON.parse(args.variables) : undefined;
const seconds = Number(args.seconds ?? 3);

async function runFor(ms) {
  let ops = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1000000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 50; i++) {
      const result = await graphql({ schema, source, variableValues });
      if (result.errors) {
        throw new Error(JSON.stringify(result.errors));
      }
    }
    ops += 50;
    now = process.hrtime.bigint();
  }
  const cpu = process.cpuUsage(cpuStart);
  return { ops, elapsedNs: Number(now - start), cpuUs: cpu.user + cpu.system };
}

// A warm-up, then the median (by CPU time) of five rounds, as the C# side does.
await runFor(Math.max(500, seconds * 300));
const rounds = [];
for (let i = 0; i < 5; i++) {
  rounds.push(await runFor((seconds * 1000) / 5));
}
rounds.sort((a, b) => a.cpuUs / a.ops - b.cpuUs / b.ops);
const { ops, elapsedNs, cpuUs } = rounds[2];
console.log(JSON.stringify({ us_per_op: elapsedNs / 1000 / ops, cpu_us_per_op: cpuUs / ops, ops }));
