import type { Services } from "../../../kernel/context.ts";
import { Prisma } from "../../../../generated/prisma/client.ts";
import { auctionConfig } from "../config.ts";
import { recalcOrder } from "../orders/order-totals.ts";
import { fileUrl, storeFile } from "../files/file.service.ts";
import { renderLabelsPdf } from "./labels-pdf.ts";
import { exportCsv } from "./export-csv.ts";
import type { BulkEntity, Operation } from "./queue.operations.ts";

/** A job gets this many runs; a failed run is retried after 30 s, then 2 min (×4 each time). */
export const MAX_ATTEMPTS = 3;
const BACKOFF_MS = 30_000;
/**
 * While a job is processing, its `availableAt` is the end of its lease (claim time + 5 minutes). A worker that died
 * mid-job leaves the row in processing; once the lease has passed, the next run puts it back in the queue (or fails
 * it when it has had all its attempts). So no extra column is needed and jobs survive restarts.
 */
const LEASE = Prisma.raw("interval '5 minutes'");

type Claimed = { id: number; operation: string; entityType: string; ids: number[]; attempts: number; createdById: number | null };
type Outcome = { message: string; result: Prisma.InputJsonValue };

/** Re-queues jobs whose worker disappeared (lease expired); those out of attempts fail instead. */
async function requeueStuck(db: Services["db"]): Promise<number> {
  return db.$executeRaw`
    UPDATE auction_jobs
    SET state = (CASE WHEN attempts >= ${Prisma.raw(String(MAX_ATTEMPTS))} THEN 'failure' ELSE 'queued' END)::"AuctionJobState",
        message = 'The worker stopped while processing this job (re-queued after 5 minutes)',
        "processedAt" = CASE WHEN attempts >= ${Prisma.raw(String(MAX_ATTEMPTS))} THEN now() ELSE NULL END,
        "availableAt" = now()
    WHERE state = 'processing' AND "availableAt" < now()`;
}

/**
 * Takes the oldest due job: `FOR UPDATE SKIP LOCKED` lets concurrent workers (other processes, other timers) pass
 * over a row another one is claiming, so no job is ever taken twice; marking it processing in the same transaction
 * keeps it taken after the lock is released.
 */
async function claim(db: Services["db"]): Promise<Claimed | null> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM auction_jobs WHERE state = 'queued' AND "availableAt" <= now()
      ORDER BY "availableAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (!due[0]) return null;
    const rows = await tx.$queryRaw<Claimed[]>`
      UPDATE auction_jobs SET state = 'processing', attempts = attempts + 1, "availableAt" = now() + ${LEASE}
      WHERE id = ${due[0].id}
      RETURNING id, operation, "entityType", ids, attempts, "createdById"`;
    return rows[0] ?? null;
  });
}

/** Missing rows make a run fail (the job cannot do what was asked): named in the job's message. */
function assertAll(entity: string, ids: number[], found: { id: number }[]) {
  const have = new Set(found.map((r) => r.id));
  const gone = ids.filter((id) => !have.has(id));
  if (gone.length) throw new Error(`These ${entity}s no longer exist: ${gone.slice(0, 20).join(", ")}`);
}

const RUN: Record<Operation, (services: Services, job: Claimed) => Promise<Outcome>> = {
  async print_labels(services, job) {
    const items = await services.db.auctionItem.findMany({
      where: { id: { in: job.ids } },
      orderBy: [{ saleId: "asc" }, { position: "asc" }],
      select: { id: true, lot: true, description: true, estimateLow: true, estimateHigh: true, sale: { select: { label: true } } },
    });
    assertAll("item", job.ids, items);
    const bytes = await renderLabelsPdf(items, auctionConfig(services.config).AUCTION_CURRENCY);
    const file = await storeFile(services, {
      filename: `lot-labels-${job.id}.pdf`, mime: "application/pdf", bytes,
      fieldName: "labels", entityType: "advancedqueue_item", bundle: "print_labels", uploadedById: job.createdById,
    });
    return { message: `${items.length} labels printed`, result: { fid: String(file.id), url: fileUrl(services.config, file.id), count: items.length } };
  },
  async export_csv(services, job) {
    const entity = job.entityType as BulkEntity;
    const { csv, rows } = await exportCsv(services.db, entity, job.ids);
    if (rows !== job.ids.length) {
      const found = await exportIds(services, entity, job.ids);
      assertAll(entity, job.ids, found);
    }
    const file = await storeFile(services, {
      filename: `${entity}s-export-${job.id}.csv`, mime: "text/csv", bytes: new TextEncoder().encode(csv),
      fieldName: "export", entityType: "advancedqueue_item", bundle: "export_csv", uploadedById: job.createdById,
    });
    return { message: `${rows} ${entity}s exported`, result: { fid: String(file.id), url: fileUrl(services.config, file.id), count: rows } };
  },
  async recalculate_totals(services, job) {
    const orders = await services.db.auctionOrder.findMany({ where: { id: { in: job.ids } }, select: { id: true } });
    assertAll("order", job.ids, orders);
    // small transactions: a long list does not hold locks on every order at once; recalculating is idempotent
    for (let i = 0; i < job.ids.length; i += 50) {
      const chunk = job.ids.slice(i, i + 50);
      await services.db.$transaction(async (tx) => { for (const id of chunk) await recalcOrder(tx, id); });
    }
    return { message: `Totals of ${job.ids.length} orders recalculated`, result: { count: job.ids.length } };
  },
};

function exportIds(services: Services, entity: BulkEntity, ids: number[]) {
  const args = { where: { id: { in: ids } }, select: { id: true } } as const;
  return entity === "item" ? services.db.auctionItem.findMany(args)
    : entity === "client" ? services.db.auctionClient.findMany(args) : services.db.auctionOrder.findMany(args);
}

/** Runs one claimed job and records its outcome, unless the job was taken away meanwhile (lease expired). */
async function work(services: Services, job: Claimed): Promise<void> {
  const mine = { id: job.id, state: "processing" as const, attempts: job.attempts };
  try {
    const run = RUN[job.operation as Operation];
    if (!run) throw new Error(`Unknown operation ${job.operation}`);
    const { message, result } = await run(services, job);
    await services.db.auctionJob.updateMany({ where: mine, data: { state: "success", message, result, processedAt: new Date() } });
  } catch (error) {
    const message = (error as Error).message?.slice(0, 2000) || "The job failed";
    const last = job.attempts >= MAX_ATTEMPTS;
    services.log.warn({ err: error, job: job.id, operation: job.operation, attempt: job.attempts }, "auction queue job failed");
    await services.db.auctionJob.updateMany({
      where: mine,
      data: last
        ? { state: "failure", message, processedAt: new Date() }
        : { state: "queued", message, availableAt: new Date(Date.now() + BACKOFF_MS * 4 ** (job.attempts - 1)) },
    });
  }
}

/**
 * One pass of the queue worker: re-queues jobs of a dead worker, then claims and runs due jobs one by one (at most
 * `limit`). Returns how many it ran. The serving process calls it on a timer (auctionJobs); tests call it directly.
 */
export async function runAuctionQueueOnce(services: Services, opts: { limit?: number } = {}): Promise<number> {
  await requeueStuck(services.db);
  let done = 0;
  while (done < (opts.limit ?? 10)) {
    const job = await claim(services.db);
    if (!job) break;
    await work(services, job);
    done++;
  }
  return done;
}
