// The measuring side of bench/latency.sh. Connects --clients SignalR clients to /hubs/live; each joins the national
// board (VN, 30d: the pushes a wall screen gets) and the probe's parent (30d). After --warmup seconds it posts one
// probe response every --interval ms, one at a time, to a service point the load generator never sends to (its
// scenario gives service points no share), and notes when each POST is acknowledged (202). The k-th acknowledged
// probe is counted once the unit's n reaches n0 + k, so a client's arrival time of probe k is the first push showing
// n >= n0 + k. Prints the latency percentiles over every (probe, client) pair as one JSON line, and where the time
// went (wall clock, which the server shares): acknowledgement -> the server's push ("at") -> arrival.
// Usage: node latency.mjs --url <base> --key <key> [--clients 50] [--warmup 5] [--duration 60] [--interval 100]
import { HubConnectionBuilder, HttpTransportType, LogLevel } from "@microsoft/signalr";
import { performance } from "node:perf_hooks";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = args.url.replace(/\/$/, "");
const key = args.key;
const clients = Number(args.clients ?? 50);
const warmupMs = Number(args.warmup ?? 5) * 1000;
const durationMs = Number(args.duration ?? 60) * 1000;
const intervalMs = Number(args.interval ?? 100);
const settleMs = 10_000;
const log = (message) => process.stderr.write(`[latency.mjs] ${message}\n`);

async function rest(path, init = {}) {
  const response = await fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...init.headers } });
  if (!response.ok) {
    throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

// The probe: the first service point of the first province (the load generator's scenario gives service points no share).
async function findProbe() {
  const provinces = await rest("/api/v1/units");
  for (const province of provinces) {
    for (const child of await rest(`/api/v1/units?parent=${province.code}`)) {
      const points = (await rest(`/api/v1/units?parent=${encodeURIComponent(child.code)}`)).filter((u) => u.kind === "service-point");
      if (points.length > 0) {
        return { unit: points[0].code, scope: child.code };
      }
    }
  }
  throw new Error("no service point in the unit tree");
}

const probe = await findProbe();
log(`probe unit ${probe.unit} under ${probe.scope}; ${clients} clients`);

const acks = []; // acks[k - 1] = performance.now() when the k-th probe was acknowledged
const ackClock = []; // the same instant on the wall clock, which the server's push time ("at") shares
const serverPart = []; // per probe: from its acknowledgement to the server's push time (the rest is delivery)
const deliveryPart = []; // per (probe, client): from the push to its arrival, on the wall clock
const arrivals = []; // latency in ms of every (probe, client)
let n0 = null;
let staleDropped = 0;

function connect(index) {
  const connection = new HubConnectionBuilder()
    .withUrl(`${base}/hubs/live`, { accessTokenFactory: () => key, transport: HttpTransportType.WebSockets, skipNegotiation: true })
    .configureLogging(LogLevel.Warning)
    .build();
  const state = { index, applied: new Map(), seen: 0 };
  connection.on("figures", (message) => {
    const now = performance.now();
    const wallNow = Date.now();
    const group = `${message.scope}|${message.window}`;
    if (message.sequence <= (state.applied.get(group) ?? -1)) {
      staleDropped++;
      return;
    }
    state.applied.set(group, message.sequence);
    if (message.scope !== probe.scope || n0 === null) {
      return;
    }
    const unit = message.units.find((u) => u.code === probe.unit);
    if (!unit) {
      return;
    }
    for (let k = state.seen + 1; k <= unit.n - n0 && k <= acks.length; k++) {
      arrivals.push(now - acks[k - 1]);
      serverPart[k - 1] ??= Date.parse(message.at) - ackClock[k - 1];
      deliveryPart.push(wallNow - Date.parse(message.at));
      state.seen = k;
    }
  });
  return { connection, state };
}

const connections = Array.from({ length: clients }, (_, i) => connect(i));
await Promise.all(connections.map(async ({ connection, state }) => {
  await connection.start();
  await connection.invoke("Join", "VN", "30d");
  const snapshot = await connection.invoke("Join", probe.scope, "30d");
  state.applied.set(`${probe.scope}|30d`, snapshot.sequence);
  const unit = snapshot.units.find((u) => u.code === probe.unit);
  n0 ??= unit.n;
  if (unit.n !== n0) {
    throw new Error(`the probe unit received responses from elsewhere (n=${unit.n}, expected ${n0})`);
  }
}));
log(`connected and joined; n0=${n0}; warming up ${warmupMs / 1000} s`);
await new Promise((r) => setTimeout(r, warmupMs));

const servedAt = () => new Date(Date.now() - 60_000).toISOString();
const answers = { TC1: 5, TC2: 4, TT1: 4, CC1: 5, KQ1: 4, PA1: 2 };
const end = performance.now() + durationMs;
let ackSum = 0;
while (performance.now() < end) {
  const started = performance.now();
  const body = JSON.stringify([{ id: crypto.randomUUID(), unit: probe.unit, questionnaire: "sipas-2017", servedAt: servedAt(), channel: "kiosk", answers }]);
  const result = await rest("/api/v1/responses", { method: "POST", body });
  const acked = performance.now();
  if (result.results[0].status !== "accepted") {
    throw new Error(`probe not accepted: ${JSON.stringify(result.results[0])}`);
  }
  acks.push(acked);
  ackClock.push(Date.now());
  ackSum += acked - started;
  const wait = intervalMs - (performance.now() - started);
  if (wait > 0) {
    await new Promise((r) => setTimeout(r, wait));
  }
}

// Let the last probes arrive everywhere.
const deadline = performance.now() + settleMs;
while (arrivals.length < acks.length * clients && performance.now() < deadline) {
  await new Promise((r) => setTimeout(r, 50));
}
await Promise.all(connections.map(({ connection }) => connection.stop()));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};
const sorted = [...arrivals].sort((a, b) => a - b);
const pct = (p) => percentile(sorted, p);
const server = serverPart.filter((v) => v !== undefined);
const missing = acks.length * clients - arrivals.length;
log(`probes=${acks.length} arrivals=${arrivals.length} missing=${missing} stale_dropped=${staleDropped} mean_ack_ms=${(ackSum / Math.max(1, acks.length)).toFixed(1)} max_ms=${sorted.at(-1)?.toFixed(0)}`);
console.log(JSON.stringify({
  p50: Math.round(pct(50)), p90: Math.round(pct(90)), p99: Math.round(pct(99)), max: Math.round(sorted.at(-1) ?? NaN),
  server_p50: Math.round(percentile(server, 50)), server_p99: Math.round(percentile(server, 99)),
  delivery_p50: Math.round(percentile(deliveryPart, 50)), delivery_p99: Math.round(percentile(deliveryPart, 99)),
  probes: acks.length, arrivals: arrivals.length, missing, clients,
}));
process.exit(missing > 0 ? 1 : 0);
