// Introspection round-trip: getIntrospectionQuery -> the server at --url -> buildClientSchema -> printSchema.
// Prints one JSON object: { sdl } on success or { error } when the server's answer is not a valid schema.
// With --oracle, prints graphql-js's own printSchema of the oracle schema instead (for a three-way comparison).
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';
import { parseArgs } from './args.mjs';
import { buildOracleSchema } from './oracle/schema.mjs';

const args = parseArgs();
try {
  if (args.oracle) {
    console.log(JSON.stringify({ sdl: printSchema(buildOracleSchema()) }));
  } else {
    const res = await fetch(args.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }) }),
    });
    const body = await res.json();
    if (body.errors) {
      console.log(JSON.stringify({ error: JSON.stringify(body.errors) }));
    } else {
      console.log(JSON.stringify({ sdl: printSchema(buildClientSchema(body.data)) }));
    }
  }
} catch (e) {
  console.log(JSON.stringify({ error: String(e?.stack ?? e) }));
}
