// The graphql-js oracle: runs every corpus case on graphql-js 16 (oracle/schema.mjs) and on the server at --url
// (which hosts the same schema), and reports every difference in data, errors[].message, locations and path.
// Usage: node oracle.mjs --url http://127.0.0.1:PORT/graphql --corpus ../corpus
// Prints one JSON object: { total, passed, mismatches: [{ file, name, query, variables, expected, actual }] }.
import { graphql } from 'graphql';
import { parseArgs, required } from './args.mjs';
import { loadCorpus } from './corpus.mjs';
import { buildOracleSchema } from './oracle/schema.mjs';

const args = parseArgs();
const url = required(args, 'url');
const cases = loadCorpus(required(args, 'corpus'));
const schema = buildOracleSchema();

// Only the compared members, in a fixed key order, so that JSON text equality is structural equality.
function normalise(result) {
  const out = {};
  out.data = Object.prototype.hasOwnProperty.call(result, 'data') ? result.data : '<absent>';
  out.errors = (result.errors ?? []).map((e) => ({
    message: e.message,
    locations: e.locations ?? null,
    path: e.path ?? null,
  }));
  return out;
}

async function runOurs(c) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: c.query, variables: c.variables, operationName: c.operationName }),
    signal: AbortSignal.timeout(10000),
  });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${res.status}, not JSON: ${text.slice(0, 200)}` }] };
  }
}

const mismatches = [];
for (const c of cases) {
  const expected = normalise(
    JSON.parse(
      JSON.stringify(
        await graphql({ schema, source: c.query, variableValues: c.variables, operationName: c.operationName }),
      ),
    ),
  );
  let actual;
  try {
    actual = normalise(await runOurs(c));
  } catch (e) {
    actual = { error: String(e) };
  }
  if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    mismatches.push({ file: c.file, name: c.name, query: c.query, variables: c.variables, expected, actual });
  }
}

console.log(JSON.stringify({ total: cases.length, passed: cases.length - mismatches.length, mismatches }));
