import { Worker } from "node:worker_threads";
import { mainThreadCpuMs } from "./setup.ts";

export type LoadTarget = { url: string; method: "GET" | "POST"; headers: Record<string, string>; body?: string };
export type Load = { rps: number; p50: number; p99: number; ok: number; non2xx: number; errors: number; timeouts: number; cpu: number };

/** One warm-up + measured autocannon run against `t` from a worker thread, with the main thread's CPU per request. */
export function load(t: LoadTarget, opts: { connections: number; warmup: number; duration: number }): Promise<Load> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./load.worker.mjs", import.meta.url), {
      workerData: { target: t, connections: opts.connections, warmup: opts.warmup, duration: opts.duration },
    });
    let cpu0 = 0;
    worker.on("message", (m: { phase: "measuring" } | ({ phase: "done" } & Omit<Load, "cpu">)) => {
      if (m.phase === "measuring") cpu0 = mainThreadCpuMs();
      else resolve({ ...m, cpu: (mainThreadCpuMs() - cpu0) / m.ok });
    });
    worker.once("error", reject);
    worker.once("exit", (code) => code && reject(new Error(`load worker exited with ${code}`)));
  });
}

/** Prints rows as an aligned table (first column left, the rest right-aligned). */
export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  "));
}
