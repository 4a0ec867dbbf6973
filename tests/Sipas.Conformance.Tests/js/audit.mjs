// Runs the graphql-http server audits (GraphQL-over-HTTP conformance) against --url.
// Prints one JSON array: [{ id, name, status: ok|notice|warn|error, reason?, status code?, body? }].
import { serverAudits } from 'graphql-http';
import { parseArgs, required } from './args.mjs';

const url = required(parseArgs(), 'url');
const report = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.httpStatus = result.response.status;
    try {
      entry.body = (await result.response.text()).slice(0, 500);
    } catch {
      entry.body = null;
    }
  }
  report.push(entry);
}
console.log(JSON.stringify(report));
