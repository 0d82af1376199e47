import SchemaBuilder from "@pothos/core";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import PrismaPlugin from "@pothos/plugin-prisma";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ValidationPlugin from "@pothos/plugin-validation";
import { DateTimeResolver, EmailAddressResolver, JSONResolver, NonNegativeIntResolver, SafeIntResolver, UUIDResolver } from "graphql-scalars";
import type PrismaTypes from "../generated/pothos-types.ts";
import { getDatamodel } from "../generated/pothos-types.ts";
import type { Context } from "./kernel/context.ts";
import { hasRole, type RoleRef } from "./kernel/auth/principal.ts";
import { forbidden, invalid, unauthenticated } from "./kernel/errors.ts";
import { systemOfFailure } from "./kernel/auth/scope-failure.ts";
import { AmountScalar, MoneyScalar } from "./kernel/money.ts";
import { FileScalar } from "./kernel/file-scalar.ts";
import { FlagScalar } from "./kernel/flag-scalar.ts";
import type { UploadedFile } from "./kernel/rest/multipart.ts";

/** The one schema builder of the product. It defines no types: each system's folder does. */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: { role: RoleRef | RoleRef[] };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    UUID: { Input: string; Output: string };
    EmailAddress: { Input: string; Output: string };
    NonNegativeInt: { Input: number; Output: number };
    /** Integers up to 2^53-1: money sums in minor units outgrow GraphQL Int (2^31-1). */
    SafeInt: { Input: number; Output: number };
    /** money: major units at the edge, integer minor units in resolvers */
    Amount: { Input: number; Output: number };
    File: { Input: UploadedFile; Output: never };
    JSON: { Input: unknown; Output: unknown };
    /** money as a two-decimal string ("1250.50") over Decimal columns */
    Money: { Input: string; Output: { toFixed(d: number): string } | string };
    /** a boolean that also accepts 1/0 and "1"/"0" */
    Flag: { Input: boolean; Output: boolean };
  };
}>({
  defaultFieldNullability: false,
  // scope-auth first: an anonymous caller gets 401 before any validation message about its input
  plugins: [ScopeAuthPlugin, PrismaPlugin, DataloaderPlugin, ValidationPlugin],
  scopeAuth: {
    // a subscription is authorized once, when it is opened (its events then need no check of their own)
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      role: (refs) => (Array.isArray(refs) ? refs : [refs]).some((ref) => hasRole(ctx.principal, ref)),
    }),
    // 401 when the caller holds no valid token of the field's system, 403 when it does but lacks the role
    unauthorizedError: (_parent, ctx, _info, result) => {
      if (!ctx.principal && ctx.csrfRejected) return forbidden("Invalid or missing CSRF token");
      const system = systemOfFailure(result.failure);
      return ctx.principal && (!system || ctx.principal.system === system) ? forbidden() : unauthenticated();
    },
  },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  validation: {
    validationError: (result) => invalid("Validation failed", {
      fields: result.issues.map((i) => ({
        path: (i.path ?? []).map((p) => (typeof p === "object" ? p.key : p)).join(".").replace(/^input\./, ""),
        message: i.message,
      })),
    }),
  },
});

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("UUID", UUIDResolver);
builder.addScalarType("EmailAddress", EmailAddressResolver);
builder.addScalarType("NonNegativeInt", NonNegativeIntResolver);
builder.addScalarType("SafeInt", SafeIntResolver);
builder.addScalarType("Amount", AmountScalar);
builder.addScalarType("File", FileScalar);
builder.addScalarType("JSON", JSONResolver);
builder.addScalarType("Money", MoneyScalar);
builder.addScalarType("Flag", FlagScalar);

builder.queryType({});
builder.mutationType({});
// served over SSE by Yoga (GraphQL over SSE: `Accept: text/event-stream` on /graphql); events come from ctx.pubsub
builder.subscriptionType({});
