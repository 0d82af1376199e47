import type { Context } from "../../../kernel/context.ts";
import { notFound, unauthenticated } from "../../../kernel/errors.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";

const CODE = /^[A-Za-z0-9]{6}$/;

/**
 * Who may look at a file by its code: its customer, an admin, and shops — any shop for a private print (the
 * customer hands the code to the shop of their choice), only its own shop for a queue print. Everyone else gets
 * "not found", indistinguishable from a code that does not exist.
 */
export function visibleByCode(ctx: Context, code: string): Prisma.PrintFileWhereInput {
  const p = ctx.principal;
  if (!p || p.system !== "print") throw unauthenticated();
  if (!CODE.test(code)) throw notFound("File");
  const me = Number(p.id);
  switch (p.role) {
    case "admin": return { code };
    case "shopkeeper": return { code, OR: [{ printType: "private" }, { shopkeeperId: me }] };
    default: return { code, userId: me };
  }
}

/**
 * The stored bytes of a file still waiting to be printed. Printed (downloaded), withdrawn and cancelled files
 * have no bytes any more: 404 "File not found", like a missing one.
 */
export async function downloadByCode(ctx: Context, code: string) {
  const file = await ctx.db.printFile.findFirst({
    where: { ...visibleByCode(ctx, code), status: { in: ["uploaded", "printing"] }, storageKey: { not: null } },
    select: { originalName: true, mimeType: true, storageKey: true },
  });
  const bytes = file?.storageKey ? await ctx.storage.get(file.storageKey) : null;
  if (!file || !bytes) throw notFound("File");
  return { bytes, name: file.originalName, mimeType: file.mimeType };
}

/** `attachment` with an ASCII fallback name and the exact one in RFC 5987 form. */
export const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${rfc5987(name)}`;
const rfc5987 = (v: string) => encodeURIComponent(v).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
