// Random-document generator for the validation work: builds seeded random executable documents over
// graphql-js's validation harness schema (Cases/ValidationSchemas.cs), validates them with graphql-js 16 and writes
// [{ query, errors: [{ message, locations: [[line, column]] }] }] as JSON, every document distinct.
// RandomDocumentCases.Part*.cs are its first 80 documents for seed 99, written by to-cases.mjs:
//
//   node random-documents.mjs 99 80 /tmp/random-documents.json
//   node to-cases.mjs /tmp/random-documents.json ../Cases      (rewrites RandomDocumentCases.Part*.cs)
//
// graphql is taken from the conformance harness (tests/Sipas.Conformance.Tests/js, after `npm ci` there).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../../Sipas.Conformance.Tests/js/'));
const g = require('graphql');
const schemaSource = fs.readFileSync(path.join(here, '../Cases/ValidationSchemas.cs'), 'utf8');
const sdl = schemaSource.slice(schemaSource.indexOf('"""') + 3, schemaSource.lastIndexOf('"""'));
const schema = g.buildSchema(sdl);
// mulberry32: 32-bit state kept exact with Math.imul and >>> 0 (the LCG used before multiplied past 2^53 in a
// JavaScript number, lost the low bits and cycled after 23 documents).
let state = Number(process.argv[2] ?? 1) >>> 0;
const rnd = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const typeNames = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__'));
const junk = ['foo', 'nme', 'Name', 'barkz', 'mother', 'pets', '__typename', 'meows', 'nickname', 'furColor'];
const fragNames = ['A', 'B', 'C', 'D'];
const varNames = ['a', 'b', 'c', 'd'];
function literal(type, depth = 0) {
  const named = g.getNamedType(type);
  if (chance(0.15)) return pick(['1', '"s"', 'true', 'null', '1.5', 'SIT', 'BROWN', '[1, 2]', '{x: 1}', '$' + pick(varNames), '"""b"""']);
  if (g.isListType(g.getNullableType(type)) && chance(0.6)) return '[' + literal(g.getNullableType(type).ofType, depth + 1) + (chance(0.4) ? ', ' + literal(g.getNullableType(type).ofType, depth + 1) : '') + ']';
  if (g.isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter(() => chance(0.5));
    if (chance(0.2)) fields.push(pick(Object.values(named.getFields())));
    return '{' + fields.map((f) => (chance(0.1) ? 'unknownField' : f.name) + ': ' + (depth < 3 ? literal(f.type, depth + 1) : '1')).join(', ') + '}';
  }
  if (g.isEnumType(named)) return pick(named.getValues()).name;
  switch (named.name) { case 'Int': return pick(['1', '-3', '2147483648']); case 'Float': return pick(['1.5', '2']); case 'Boolean': return pick(['true', 'false']); case 'ID': return pick(['"x"', '4']); default: return pick(['"str"', '"""block"""']); }
}
function args(defArgs) {
  const out = [];
  for (const a of defArgs) if (chance(0.6)) out.push(a.name + ': ' + literal(a.type));
  if (chance(0.1)) out.push(pick(['unknownArg: 1', ...defArgs.map((a) => a.name + ': ' + literal(a.type))]));
  return out.length ? '(' + out.join(', ') + ')' : '';
}
function directives() {
  if (!chance(0.2)) return '';
  return ' ' + Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(['@skip(if: true)', '@include(if: $' + pick(varNames) + ')', '@onField', '@unknown', '@skip', '@include(if: false, x: 1)', '@skip(if: $' + pick(varNames) + ')'])).join(' ');
}
function selection(type, depth) {
  const named = g.getNamedType(type);
  if (!g.isCompositeType(named)) return chance(0.05) ? ' { name }' : '';
  if (chance(0.05)) return '';
  const sels = [];
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.12) { sels.push('...' + pick(fragNames) + directives()); continue; }
    if (r < 0.22) { const cond = chance(0.8) ? pick(typeNames) : null; const t = cond ? schema.getType(cond) : named; sels.push('... ' + (cond ? 'on ' + cond + ' ' : '') + directives() + (depth < 4 && g.isCompositeType(t) ? selection(t, depth + 1) || '{ __typename }' : '{ __typename }')); continue; }
    const fields = 'getFields' in named ? Object.values(named.getFields()) : [];
    let name, def;
    if (fields.length && chance(0.85)) { def = pick(fields); name = def.name; } else { name = pick(junk); def = 'getFields' in named ? named.getFields()[name] : undefined; }
    const alias = chance(0.2) ? pick(['x', 'y', 'name', 'dog']) + ': ' : '';
    sels.push(alias + name + (def ? args(def.args) : chance(0.2) ? '(a: 1)' : '') + directives() + (depth < 4 && def ? selection(def.type, depth + 1) : chance(0.1) ? ' { name }' : ''));
  }
  return ' { ' + sels.join(' ') + ' }';
}
function varDefs() {
  if (!chance(0.5)) return '';
  const defs = [];
  for (const v of varNames) if (chance(0.4)) defs.push('$' + v + ': ' + pick(['Int', 'Int!', 'String', 'Boolean!', 'Boolean', '[String]', '[String!]!', 'DogCommand', 'ComplexInput', 'Dog', 'Unknown', 'FurColor!', 'ID']) + (chance(0.2) ? ' = ' + pick(['1', 'true', '"s"', 'null', 'SIT', '{requiredField: true}']) : ''));
  return defs.length ? '(' + defs.join(', ') + ')' : '';
}
function doc() {
  const parts = [];
  const ops = 1 + Math.floor(rnd() * 2);
  for (let i = 0; i < ops; i++) parts.push((chance(0.3) && ops === 1 ? '' : 'query ' + (chance(0.8) ? pick(['Q', 'R', 'S']) : '') + varDefs() + directives()) + selection(schema.getQueryType(), 0));
  for (const f of fragNames) if (chance(0.35)) { const cond = pick(['Dog', 'Cat', 'Pet', 'CatOrDog', 'Human', 'QueryRoot', 'Canine', 'Int', 'Nope']); const t = schema.getType(cond); parts.push('fragment ' + f + ' on ' + cond + directives() + (t && g.isCompositeType(t) ? selection(t, 1) || ' { __typename }' : ' { name }')); }
  return parts.join('\n');
}
const out = [];
const seen = new Set();
const n = Number(process.argv[3] ?? 500);
let repeats = 0;
while (out.length < n) {
  const q = doc();
  if (seen.has(q)) {
    // A few repeats happen by chance; a long run of them means the generator cycles (the old LCG's failure).
    if (++repeats > 1000) throw new Error(`the generator repeats itself: only ${out.length} distinct documents`);
    continue;
  }
  repeats = 0;
  let d; try { d = g.parse(q); } catch { continue; }
  seen.add(q);
  const errors = g.validate(schema, d).map((e) => ({ message: e.message, locations: (e.locations ?? []).map((l) => [l.line, l.column]) }));
  out.push({ query: q, errors });
}
fs.writeFileSync(process.argv[4] ?? 'random-documents.json', JSON.stringify(out));
console.log(out.length, 'docs', out.filter((c) => c.errors.length).length, 'with errors', out.reduce((s, c) => s + c.errors.length, 0), 'errors');
