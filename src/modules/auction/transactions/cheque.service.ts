import type { Context } from "../../../kernel/context.ts";
import { badRequest, invalid } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";
import { dateOnly } from "../shared/dates.ts";
import { auctionConfig } from "../config.ts";
import { staffIdOf } from "../roles.ts";
import { fileUrl, storeFile } from "../files/file.service.ts";
import { maskAccount } from "./transaction.type.ts";
import { chequePdf, chequeSvg, type ChequeData } from "./cheque.render.ts";
import { removeFiles } from "./cheque.files.ts";

export const NOT_A_CHEQUE = "Transaction must be of type 'Cheque'";
export type GeneratedCheque = { transactionId: number; chequeUrl: string; illustratedChequeUrl: string };

/** What the cheque prints, from the transaction, its order's client and its bank. */
async function chequeDataOf(ctx: Context, id: number, rawId: string): Promise<ChequeData> {
  const t = await ctx.db.auctionTransaction.findUnique({
    where: { id },
    include: { client: { select: { firstName: true, lastName: true } }, bank: { select: { name: true } }, order: { select: { orderNumber: true } } },
  });
  if (!t) throw missing("Transaction", rawId);
  // the spec's documented 400: its title is the message itself
  if (t.transactionType !== "Cheque") throw badRequest(NOT_A_CHEQUE, { title: NOT_A_CHEQUE });
  return {
    chequeNumber: t.chequeNumber ?? String(t.id),
    date: dateOnly(t.chequeDate ?? t.transactionDate)!,
    payee: `${t.client.firstName} ${t.client.lastName}`.trim(),
    amount: t.amount,
    currency: auctionConfig(ctx.config).AUCTION_CURRENCY,
    bankName: t.bank?.name ?? "",
    bankBranch: t.bankBranch,
    account: maskAccount(t.bankAccountNumber),
    memo: [`Order ${t.order.orderNumber}`, t.info].filter(Boolean).join(" - "),
  };
}

/**
 * Renders the cheque of a Cheque transaction (printable PDF and an SVG picture), stores both and points the
 * transaction at them. Regenerating replaces them: the old files are removed once the new ones are in place.
 */
export async function generateCheque(ctx: Context, rawId: string | null | undefined): Promise<GeneratedCheque> {
  if (!rawId) throw invalid("The field 'id' is required", { fields: [{ path: "id", message: "This field is required" }] });
  const id = idOf(rawId, "Transaction");
  const data = await chequeDataOf(ctx, id, rawId);
  const pdf = await chequePdf(data);
  const svg = new TextEncoder().encode(chequeSvg(data));
  const common = { fieldName: "cheque", entityType: "auction_transaction", bundle: "cheques", uploadedById: staffIdOf(ctx) };
  const pdfFile = await storeFile(ctx, { ...common, filename: `cheque-${id}.pdf`, mime: "application/pdf", bytes: pdf });
  let svgFile: Awaited<ReturnType<typeof storeFile>> | undefined;
  let old: number[];
  try {
    svgFile = await storeFile(ctx, { ...common, filename: `cheque-${id}-illustrated.svg`, mime: "image/svg+xml", bytes: svg });
    const fresh = svgFile;
    // the row lock makes two concurrent regenerations replace each other's files instead of orphaning them
    old = await ctx.db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ chequeFileId: number | null; illustratedFileId: number | null }[]>`
        SELECT "chequeFileId", "illustratedFileId" FROM auction_transactions WHERE id = ${id} FOR UPDATE`;
      if (!rows[0]) throw missing("Transaction", rawId);
      await tx.auctionTransaction.update({ where: { id }, data: { chequeFileId: pdfFile.id, illustratedFileId: fresh.id } });
      return [rows[0].chequeFileId, rows[0].illustratedFileId].filter((f): f is number => f !== null);
    });
  } catch (error) {
    await removeFiles(ctx, [pdfFile.id, ...(svgFile ? [svgFile.id] : [])]);
    throw error;
  }
  await removeFiles(ctx, old);
  return { transactionId: id, chequeUrl: fileUrl(ctx.config, pdfFile.id), illustratedChequeUrl: fileUrl(ctx.config, svgFile!.id) };
}
