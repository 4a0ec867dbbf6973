// The reference graphql-ws client (npm graphql-ws, protocol graphql-transport-ws) against --url: connects with
// --token as the connection_init payload, runs --query to completion and prints
// { results: [...], error?: string, closeCode?: number }.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parseArgs, required } from './args.mjs';

const args = parseArgs();
const url = required(args, 'url').replace(/^http/, 'ws');
const query = required(args, 'query');
let closeCode;
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: true,
  retryAttempts: 0,
  connectionParams: args.token ? { token: args.token } : undefined,
  on: { closed: (event) => (closeCode = event?.code) },
});

const results = [];
let error;
try {
  for await (const result of client.iterate({ query })) {
    results.push(result);
  }
} catch (e) {
  if (typeof e?.code === 'number') {
    closeCode = e.code;
  }
  error = e instanceof Error ? e.message : JSON.stringify(e?.reason ?? e?.code ?? e);
}
await client.dispose();
console.log(JSON.stringify({ results, error, closeCode }));
