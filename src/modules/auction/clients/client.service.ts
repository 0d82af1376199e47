import type { Context } from "../../../kernel/context.ts";
import { invalid, notFound } from "../../../kernel/errors.ts";
import { idOf, idsOf, missing } from "../shared/ids.ts";
import { nextNumber } from "../shared/sequence.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";

type Status = "new" | "pending" | "approved" | "unapproved" | "deleted";
export type ClientInput = {
  firstName?: string | null; lastName?: string | null; email?: string | null; phone?: string | null; mobile?: string | null;
  taxId?: string | null; status?: Status | null; categories?: readonly string[] | null; subscriptionType?: string | null;
  defaultPaymentMethod?: string | null; source?: string | null;
  consignorCommissions?: readonly { consignorCommission: string; stepFrom: string }[] | null;
};

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });

/** References named in a client body must exist: a missing one is a 422 on that field, not a 500 from a foreign key. */
async function references(ctx: Context, input: ClientInput) {
  const data: Prisma.AuctionClientUncheckedUpdateInput = {};
  if (input.categories) {
    const ids = idsOf(input.categories, "Category");
    const found = await ctx.db.auctionCategory.count({ where: { id: { in: ids } } });
    if (found !== ids.length) throw invalid("Unknown category", { fields: [{ path: "categories", message: "One or more categories do not exist" }] });
    data.categories = { set: ids.map((id) => ({ id })) } as never;
  }
  if (input.defaultPaymentMethod !== undefined) {
    data.defaultPaymentMethodId = input.defaultPaymentMethod ? idOf(input.defaultPaymentMethod, "Payment method") : null;
    if (data.defaultPaymentMethodId && !(await ctx.db.auctionPaymentType.count({ where: { id: data.defaultPaymentMethodId as number } }))) {
      throw invalid("Unknown payment method", { fields: [{ path: "defaultPaymentMethod", message: "This payment method does not exist" }] });
    }
  }
  if (input.source !== undefined) {
    data.sourceId = input.source ? idOf(input.source, "Source") : null;
    if (data.sourceId && !(await ctx.db.auctionClientSource.count({ where: { id: data.sourceId as number } }))) {
      throw invalid("Unknown source", { fields: [{ path: "source", message: "This source does not exist" }] });
    }
  }
  return data;
}

function scalars(input: ClientInput) {
  const data: Record<string, unknown> = {};
  for (const key of ["firstName", "lastName", "email", "phone", "mobile", "taxId", "status", "subscriptionType"] as const) {
    if (input[key] !== undefined) data[key] = input[key];
  }
  if (input.consignorCommissions) {
    data.consignorCommissions = input.consignorCommissions.map((s) => ({ consignor_commission: s.consignorCommission, step_from: s.stepFrom }));
  }
  return data;
}

/** New client: e-mail required (the spec's own validation example), a customer number from the house series. */
export async function createClient(ctx: Context, input: ClientInput) {
  if (!input.email) throw required("email");
  if (!input.firstName && !input.lastName) throw required("last_name");
  const refs = await references(ctx, input);
  return ctx.db.$transaction(async (tx) => {
    const number = await nextNumber(tx, "customer", 10001);
    const { categories, ...rest } = refs as { categories?: unknown };
    return tx.auctionClient.create({
      data: { ...scalars(input), ...rest, customerNumber: `C${number}`, ...(categories ? { categories: { connect: (categories as { set: { id: number }[] }).set } } : {}) } as never,
    });
  });
}

export async function updateClient(ctx: Context, rawId: string, input: ClientInput) {
  const id = idOf(rawId, "Client");
  if (input.email === null) throw required("email");
  const refs = await references(ctx, input);
  const exists = await ctx.db.auctionClient.count({ where: { id } });
  if (!exists) throw notFound("Client");
  return ctx.db.auctionClient.update({ where: { id }, data: { ...scalars(input), ...refs } as never });
}

export async function findClient(ctx: Context, rawId: string, query: object) {
  const client = await ctx.db.auctionClient.findUnique({ ...query, where: { id: idOf(rawId, "Client") } });
  if (!client) throw missing("Client", rawId);
  return client;
}
