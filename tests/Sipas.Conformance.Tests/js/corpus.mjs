// Reads the oracle corpus: every corpus/*.graphql file holds cases, each opened by a header
//   # case: <name>
//   # variables: <JSON object>       (optional)
//   # operationName: <name>          (optional)
// followed by the document, up to the next "# case:" line. Header lines are not part of the document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadCorpus(dir) {
  const cases = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    let current = null;
    const flush = () => {
      if (current) {
        current.query = current.lines.join('\n').replace(/\s+$/, '') + '\n';
        delete current.lines;
        cases.push(current);
      }
    };
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const header = /^# (case|variables|operationName): ?(.*)$/.exec(line);
      if (header && header[1] === 'case') {
        flush();
        current = { file, name: header[2].trim(), lines: [], variables: undefined, operationName: undefined };
      } else if (header && current && current.lines.length === 0) {
        if (header[1] === 'variables') {
          current.variables = JSON.parse(header[2]);
        } else {
          current.operationName = header[2].trim();
        }
      } else if (current) {
        current.lines.push(line);
      }
    }
    flush();
  }
  return cases;
}
