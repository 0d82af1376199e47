import type { Context } from "../../../kernel/context.ts";
import { badRequest, DomainError, invalid } from "../../../kernel/errors.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { idOf, missing } from "../shared/ids.ts";

type Tx = Prisma.TransactionClient;
/** The postal parts (AuctionAddressPartsInput). */
export type AddressParts = {
  country?: string | null; administrativeArea?: string | null; locality?: string | null; postalCode?: string | null;
  thoroughfare?: string | null; premise?: string | null; firstName?: string | null; lastName?: string | null; nameLine?: string | null;
};
export type AddressInput = {
  client?: string | null; address?: AddressParts | null; addressTypes?: readonly string[] | null;
  defaultAddress?: boolean | null; validated?: boolean | null;
};

const COLUMNS = ["country", "administrativeArea", "locality", "postalCode", "thoroughfare", "premise", "firstName", "lastName"] as const;

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });

/** Only the given parts (null clears one); `nameLine` fills first/last names when those are not given. */
function columnsOf(parts: AddressParts): Record<string, string> {
  const data: Record<string, string> = {};
  for (const column of COLUMNS) {
    const value = parts[column];
    if (value !== undefined) data[column] = value ?? "";
  }
  if (data.country) data.country = data.country.toUpperCase();
  if (parts.nameLine && parts.firstName === undefined && parts.lastName === undefined) {
    const words = parts.nameLine.trim().split(/\s+/);
    data.lastName = words.length > 1 ? words.pop()! : "";
    data.firstName = words.join(" ");
  }
  return data;
}

/** Default-address rules change several rows of one client: its row lock serializes them. */
async function lockClient(tx: Tx, clientId: number) {
  const rows = await tx.$queryRaw<{ id: number; status: string }[]>`SELECT id, status::text FROM auction_clients WHERE id = ${clientId} FOR UPDATE`;
  return rows[0];
}

export async function createAddress(ctx: Context, input: AddressInput) {
  if (!input.client) throw required("client");
  if (!input.address) throw required("address");
  if (!input.address.country) throw required("address.country");
  const clientId = idOfBody(input.client);
  return ctx.db.$transaction(async (tx) => {
    const client = await lockClient(tx, clientId);
    if (!client) throw invalid("Unknown client", { fields: [{ path: "client", message: `Client with ID ${input.client} does not exist` }] });
    if (client.status === "deleted") throw new DomainError("UNPROCESSABLE", "Addresses cannot be added to a deleted client");
    const others = await tx.auctionClientAddress.count({ where: { clientId } });
    // a client's first address is its default whatever the body says; a new default replaces the old one
    const isDefault = others === 0 || input.defaultAddress === true;
    if (isDefault) await tx.auctionClientAddress.updateMany({ where: { clientId, isDefault: true }, data: { isDefault: false } });
    return tx.auctionClientAddress.create({
      data: {
        clientId, ...columnsOf(input.address!), types: [...new Set(input.addressTypes ?? [])], isDefault,
        validated: input.validated ?? false,
      },
    });
  });
}

export async function updateAddress(ctx: Context, rawId: string, input: AddressInput) {
  const id = idOf(rawId, "Client address");
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.auctionClientAddress.findUnique({ where: { id }, select: { clientId: true, isDefault: true } });
    if (!current) throw missing("Client address", rawId);
    await lockClient(tx, current.clientId);
    const data: Prisma.AuctionClientAddressUpdateInput = {};
    if (input.address) {
      Object.assign(data, columnsOf(input.address));
      if (data.country === "") throw invalid("Invalid country", { fields: [{ path: "address.country", message: "The country cannot be empty" }] });
      // a changed postal address has not been checked yet
      if (Object.keys(data).length) data.validated = false;
    }
    if (input.addressTypes) data.types = [...new Set(input.addressTypes)];
    if (input.validated !== undefined && input.validated !== null) data.validated = input.validated;
    if (input.defaultAddress === true && !current.isDefault) {
      await tx.auctionClientAddress.updateMany({ where: { clientId: current.clientId, isDefault: true }, data: { isDefault: false } });
      data.isDefault = true;
    }
    if (input.defaultAddress === false && current.isDefault) {
      throw new DomainError("UNPROCESSABLE", "A client always keeps a default address: make another address the default instead", {
        title: "The default address cannot be unset",
      });
    }
    return tx.auctionClientAddress.update({ where: { id }, data });
  });
}

/** The only address of a client cannot go; deleting the default promotes the oldest other address. */
export async function deleteAddress(ctx: Context, rawId: string) {
  const id = idOf(rawId, "Client address");
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.auctionClientAddress.findUnique({ where: { id }, select: { clientId: true, isDefault: true } });
    if (!current) throw missing("Client address", rawId);
    await lockClient(tx, current.clientId);
    if (current.isDefault) {
      const next = await tx.auctionClientAddress.findFirst({
        where: { clientId: current.clientId, id: { not: id } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true },
      });
      if (!next) {
        throw new DomainError("UNPROCESSABLE", "You cannot delete a client's default address if it's the only address", {
          title: "Cannot delete the only address",
        });
      }
      await tx.auctionClientAddress.delete({ where: { id } });
      await tx.auctionClientAddress.update({ where: { id: next.id }, data: { isDefault: true } });
    } else {
      await tx.auctionClientAddress.delete({ where: { id } });
    }
    return { id };
  });
}

export async function findAddress(ctx: Context, rawId: string, query: object) {
  const address = await ctx.db.auctionClientAddress.findUnique({ ...query, where: { id: idOf(rawId, "Client address") } });
  if (!address) throw missing("Client address", rawId);
  return address;
}

/** `client` in a body names a row: a non-numeric one is a 422 on that field (not a 404 of the route). */
function idOfBody(raw: string): number {
  if (!/^\d{1,9}$/.test(raw.trim())) throw invalid("Unknown client", { fields: [{ path: "client", message: `Client with ID ${raw} does not exist` }] });
  return Number(raw);
}

/** `client_id` of the list: a client id or nothing. */
export function clientIdArg(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || raw === "") return undefined;
  if (!/^\d{1,9}$/.test(String(raw).trim())) throw badRequest(`Invalid query parameter 'client_id': '${raw}' is not an id`, { fields: [{ path: "client_id", message: "must be a client id" }] });
  return Number(raw);
}
