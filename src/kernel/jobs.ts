import type { Services } from "./context.ts";
import type { SystemModule } from "./system.ts";

/** Runs every system's background jobs on their interval; a run never overlaps the previous one of the same job. */
export function startJobs(services: Services, systems: SystemModule[]): () => void {
  const timers = systems.flatMap((s) => (s.jobs ?? []).map((job) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      job.run(services)
        .catch((error) => services.log.error({ err: error, job: job.name, system: s.id }, "background job failed"))
        .finally(() => { running = false; });
    }, job.everyMs);
    timer.unref();
    return timer;
  }));
  return () => timers.forEach(clearInterval);
}
