import { randomInt } from "node:crypto";
import type { Context } from "../../../kernel/context.ts";
import { badRequest, notFound } from "../../../kernel/errors.ts";
import type { UploadedFile } from "../../../kernel/rest/multipart.ts";
import type { PrintType } from "../../../../generated/prisma/enums.ts";
import { quote } from "./file-cost.service.ts";
import { commentOf, type PrintOptionsInput } from "./file.validation.ts";
import { publishShopQueueChange } from "../shops/queue-events.ts";

export type UploadInput = PrintOptionsInput & { printType: PrintType; shopId?: number | null; comment?: string | null; paymentOrderId?: number | null };
export type UploadedRow = { fileId: number; code: string; name: string; numPages: number; totalCost: number; queuePosition: number | null };

/** An order whose files are all printed, withdrawn or cancelled (and possibly paid out to the shop) takes no new files. */
export const ORDER_COMPLETED = "This payment order is already completed (its files were printed, withdrawn or cancelled); pay for new files with a new order";

const CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** 6 characters from [A-Za-z0-9], crypto-random and unbiased (randomInt rejects out-of-range samples). */
export const newCode = () => Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");

/**
 * Stores the customer's files and records them in one transaction: bytes first (a row never points at missing
 * bytes), rows after; when the transaction fails the stored objects are removed again. A code collision with a
 * concurrent upload (unique index) retries with new codes.
 */
export async function uploadFiles(ctx: Context, userId: number, files: UploadedFile[], input: UploadInput): Promise<UploadedRow[]> {
  const comment = commentOf(input.comment);
  const { files: priced, options, totalCost } = await quote(ctx, files, input);
  const order = input.paymentOrderId == null ? null : await paidOrder(ctx, userId, input.paymentOrderId, input.printType);
  const shopkeeperId = input.printType === "queue" ? await openShop(ctx, input.shopId ?? order?.shopkeeperId) : null;
  if (order?.shopkeeperId && shopkeeperId && order.shopkeeperId !== shopkeeperId) throw badRequest("The payment order is for another shop");

  for (let attempt = 1; ; attempt++) {
    const codes = await freshCodes(ctx, priced.length);
    const keys = codes.map((code) => `print/${userId}/${code}`);
    let uploaded: UploadedRow[];
    try {
      await Promise.all(priced.map((f, i) => ctx.storage.put(keys[i]!, f.bytes, f.mimeType)));
      uploaded = await ctx.db.$transaction(async (tx) => {
        if (order) {
          // serialize uploads against the same order so two batches cannot both fit into what was paid, and against
          // the payout of a finished order (recorded under the same lock)
          await tx.$executeRaw`SELECT id FROM print_payment_orders WHERE id = ${order.id} FOR UPDATE`;
          const attached = await tx.printFile.aggregate({ where: { paymentOrderId: order.id }, _sum: { cost: true }, _count: { _all: true } });
          const open = await tx.printFile.count({ where: { paymentOrderId: order.id, status: { in: ["uploaded", "printing"] } } });
          const paidOut = await tx.printPayout.count({ where: { paymentOrderId: order.id } });
          if (paidOut > 0 || (attached._count._all > 0 && open === 0)) throw badRequest(ORDER_COMPLETED);
          if ((attached._sum.cost ?? 0) + totalCost > order.amount) throw badRequest("The payment order does not cover the cost of these files");
        }
        const rows = await tx.printFile.createManyAndReturn({
          data: priced.map((f, i) => ({
            userId, code: codes[i]!, storageKey: keys[i]!, originalName: f.name, mimeType: f.mimeType, sizeBytes: f.bytes.byteLength,
            numPages: f.numPages, cost: f.cost, ...options, printType: input.printType, shopkeeperId, comment, paymentOrderId: order?.id ?? null,
          })),
          select: { id: true, code: true },
        });
        const idOf = new Map(rows.map((r) => [r.code, r.id]));
        const result: UploadedRow[] = [];
        for (const [i, f] of priced.entries()) {
          const fileId = idOf.get(codes[i]!)!;
          // the shop's waiting files uploaded before this one, plus this one
          const queuePosition = shopkeeperId === null ? null
            : 1 + await tx.printFile.count({ where: { shopkeeperId, status: { in: ["uploaded", "printing"] }, id: { lt: fileId } } });
          result.push({ fileId, code: codes[i]!, name: f.name, numPages: f.numPages, totalCost: f.cost, queuePosition });
        }
        return result;
      });
    } catch (error) {
      await ctx.storage.delete(keys).catch((err) => ctx.log.error({ err, keys }, "stored uploads of a failed transaction could not be removed"));
      if ((error as { code?: string }).code === "P2002" && attempt < 3) continue;
      throw error;
    }
    for (const f of uploaded) publishShopQueueChange(ctx, "uploaded", { id: f.fileId, printType: input.printType, shopkeeperId, paymentOrderId: order?.id ?? null });
    return uploaded;
  }
}

/** n codes not used by any file yet (the unique index still guards against a concurrent upload taking one). */
async function freshCodes(ctx: Context, n: number): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < n) {
    const candidates = Array.from({ length: n - codes.size }, newCode).filter((c) => !codes.has(c));
    const taken = new Set((await ctx.db.printFile.findMany({ where: { code: { in: candidates } }, select: { code: true } })).map((r) => r.code));
    for (const c of candidates) if (!taken.has(c)) codes.add(c);
  }
  return [...codes].slice(0, n);
}

/** The caller's own paid payment order for this kind of print; another customer's order is not found. */
async function paidOrder(ctx: Context, userId: number, id: number, printType: PrintType) {
  const order = await ctx.db.printPaymentOrder.findFirst({ where: { id, userId }, select: { id: true, status: true, amount: true, printType: true, shopkeeperId: true } });
  if (!order) throw notFound("Payment order");
  if (order.status !== "paid") throw badRequest("The payment order is not paid");
  if (order.printType !== printType) throw badRequest(`The payment order is for a ${order.printType} print`);
  return order;
}

/** A queue print goes to an existing shop that is open now. */
async function openShop(ctx: Context, shopId: number | null | undefined): Promise<number> {
  if (shopId == null) throw badRequest("shop_id is required for queue prints");
  const shop = await ctx.db.printUser.findFirst({ where: { id: shopId, role: "shopkeeper" }, select: { id: true, isOpen: true } });
  if (!shop) throw badRequest("Shop not found");
  if (!shop.isOpen) throw badRequest("This shop is closed right now; please choose another shop");
  return shop.id;
}
