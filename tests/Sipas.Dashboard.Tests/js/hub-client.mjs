// Drives /hubs/live with the official @microsoft/signalr client, as the page does, and prints one JSON line with
// what it saw. Usage: node hub-client.mjs <base-url> <key> <scope> <commune>
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";

const [base, key, scope, commune] = process.argv.slice(2);
const patience = 30_000;

function connect(accessKey) {
  return new HubConnectionBuilder()
    .withUrl(`${base}/hubs/live`, accessKey ? { accessTokenFactory: () => accessKey } : {})
    .configureLogging(LogLevel.None)
    .build();
}

function nOf(message, code) {
  return message.units.find((u) => u.code === code)?.n;
}

async function submit(unit, count) {
  const servedAt = new Date(Date.now() - 5 * 60_000).toISOString();
  const items = Array.from({ length: count }, () => ({
    id: crypto.randomUUID(), unit, questionnaire: "sipas-2017", servedAt, channel: "kiosk",
    answers: { TC1: 5, TC2: 4, TT1: 4, CC1: 5, KQ1: 4, PA1: 2 },
  }));
  const response = await fetch(`${base}/api/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify(items),
  });
  if (response.status !== 202) {
    throw new Error(`POST /api/v1/responses: ${response.status} ${await response.text()}`);
  }
}

function waitFor(connection, target, predicate) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching '${target}' within ${patience} ms`)), patience);
    connection.on(target, (message) => {
      if (predicate(message)) {
        clearTimeout(timer);
        resolve(message);
      }
    });
  });
}

const result = {};

const anonymous = connect(null);
try {
  await anonymous.start();
  result.anonymous = "connected";
  await anonymous.stop();
} catch (e) {
  result.anonymous = String(e.message ?? e);
}

const connection = connect(key);
await connection.start();
const snapshot = await connection.invoke("Join", scope, "30d");
result.snapshotUnits = snapshot.units.length;
result.snapshotSequence = snapshot.sequence;
result.before = nOf(snapshot, commune);

let lastApplied = snapshot.sequence;
let stale = 0;
connection.on("figures", (m) => { if (m.sequence <= lastApplied) { stale++; } else { lastApplied = m.sequence; } });
const pushed = waitFor(connection, "figures", (m) => (nOf(m, commune) ?? -1) >= result.before + 2);
await submit(commune, 2);
const message = await pushed;
result.pushedN = nOf(message, commune);
result.pushedSequence = message.sequence;
result.stale = stale;

try {
  await connection.invoke("Join", "XX999", "30d");
  result.refused = "joined";
} catch (e) {
  result.refused = String(e.message ?? e);
}

// A reconnect: a new connection, a new Join, a fresh snapshot.
await connection.stop();
await connection.start();
const again = await connection.invoke("Join", scope, "30d");
result.rejoinN = nOf(again, commune);
result.rejoinSequence = again.sequence;
await connection.stop();

console.log(JSON.stringify(result));
