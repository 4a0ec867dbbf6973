// The oracle schema in graphql-js: oracle/schema.graphql with resolvers over oracle/data.mjs.
// The C# fixture (tests/Sipas.Conformance.Tests/Oracle) implements the same schema and data with our engine.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { droids, FeetPerMeter, humans, starships } from './data.mjs';

const sdl = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

const humanById = new Map(humans.map((h) => [h.id, { ...h, kind: 'Human' }]));
const droidById = new Map(droids.map((d) => [d.id, { ...d, kind: 'Droid' }]));
const starshipById = new Map(starships.map((s) => [s.id, { ...s, kind: 'Starship' }]));
const character = (id) => humanById.get(id) ?? droidById.get(id) ?? null;
const inUnit = (meters, unit) => (meters == null ? null : unit === 'FOOT' ? meters * FeetPerMeter : meters);

const resolvers = {
  Query: {
    hero: (_, { episode }) => (episode === 'EMPIRE' ? humanById.get('1000') : droidById.get('2001')),
    human: (_, { id }) => humanById.get(id) ?? null,
    droid: (_, { id }) => droidById.get(id) ?? null,
    character: (_, { id }) => character(id),
    node: (_, { id }) => character(id) ?? starshipById.get(id) ?? null,
    characters: (_, { ids }) => ids.map(character),
    search: (_, { text }) =>
      [...humanById.values(), ...droidById.values(), ...starshipById.values()].filter((x) => x.name.includes(text)),
    starship: (_, { id }) => starshipById.get(id) ?? null,
    echo: (_, { message, times }) => {
      if (times < 0) {
        throw new Error('times must not be negative.');
      }
      return message == null ? null : Array(times).fill(message).join(' ');
    },
    add: (_, { a, b }) => a + b,
    multiply: (_, { a, b }) => a * b,
    not: (_, { value }) => !value,
    sum: (_, { values }) => values.reduce((s, v) => s + v, 0),
    reverse: (_, { values }) => (values == null ? null : [...values].reverse()),
    review: (_, { input }) => input,
    fail: (_, { message }) => {
      throw new Error(message);
    },
    failNonNull: () => {
      throw new Error('failNonNull always fails.');
    },
    nullNonNull: () => null,
    matrix: () => [[1, 2], [3, null], null],
    oldField: () => 'old',
  },
  Mutation: {
    createReview: (_, { episode, review }) => ({ ...review, episode }),
    failingMutation: () => {
      throw new Error('failingMutation always fails.');
    },
  },
  Human: {
    friends: (h) => h.friends.map(character),
    secretBackstory: () => {
      throw new Error('secretBackstory is secret.');
    },
    height: (h, { unit }) => inUnit(h.height, unit),
    starships: (h) => h.starships.map((id) => starshipById.get(id)),
    nonNullSecret: (h) => {
      if (h.homePlanet == null) {
        throw new Error(`No secret is known for ${h.name}.`);
      }
      return `${h.name} is from ${h.homePlanet}.`;
    },
  },
  Droid: {
    friends: (d) => d.friends.map(character),
    secretBackstory: () => {
      throw new Error('secretBackstory is secret.');
    },
  },
  Starship: {
    length: (s, { unit }) => inUnit(s.length, unit),
  },
};

export function buildOracleSchema() {
  const schema = buildSchema(sdl);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      type.getFields()[fieldName].resolve = resolve;
    }
  }
  const resolveType = (value) => value.kind;
  for (const name of ['Node', 'Character', 'SearchResult']) {
    schema.getType(name).resolveType = resolveType;
  }
  return schema;
}

export { sdl };
