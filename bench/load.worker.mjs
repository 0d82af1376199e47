// Load generator, run in a worker thread so its event loop does not share time with the server under test.
// Plain JS because tsx does not hook worker threads. Latencies are kept as exact floats (autocannon's own
// histogram rounds to whole milliseconds, too coarse for a 10 % latency target).
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

const { target, connections, duration, warmup } = workerData;
const base = { url: target.url, method: target.method, headers: target.headers, body: target.body, connections };

if (warmup) await autocannon({ ...base, duration: warmup });
parentPort.postMessage({ phase: "measuring" });
const latencies = [];
const run = autocannon({ ...base, duration });
run.on("response", (_client, status, _bytes, ms) => { if (status >= 200 && status < 300) latencies.push(ms); });
const result = await run;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
parentPort.postMessage({
  phase: "done",
  rps: latencies.length / result.duration,
  p50: pct(50), p99: pct(99),
  ok: latencies.length, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
});
