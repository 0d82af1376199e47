import { GraphQLError } from "graphql";
import { expect, test } from "vitest";
import { DomainError } from "../errors.ts";
import { restErrorFrom } from "./rest-error.ts";

test("domain errors keep code and status; rate limits carry Retry-After", () => {
  expect(restErrorFrom([new DomainError("CONFLICT", "taken")])).toMatchObject({ status: 409, code: "CONFLICT", message: "taken" });
  expect(restErrorFrom([new DomainError("RATE_LIMITED", "slow down", { retryAfter: 7 })]).headers).toEqual({ "retry-after": "7" });
});

test("input coercion errors are 400 with the field named; unknown errors are 500 without internals", () => {
  const coercion = new GraphQLError('Variable "$input" got invalid value 5 at "input.name"; String cannot represent a non string value: 5');
  const message = 'Invalid value 5 for "name": String cannot represent a non string value: 5';
  // the field goes into details too, so dialects with per-field errors (pos details[], auction errors{}) can show it
  expect(restErrorFrom([coercion])).toEqual({ status: 400, code: "BAD_REQUEST", message, details: { fields: [{ path: "name", message }] } });
  const internal = new GraphQLError("Unexpected error.", { path: ["photoProjects"] });
  expect(restErrorFrom([internal])).toEqual({ status: 500, code: "INTERNAL", message: "Internal server error" });
});

test("Prisma unique violations become 409", () => {
  expect(restErrorFrom([Object.assign(new Error("dup"), { code: "P2002", meta: { target: ["email"] } })])).toMatchObject({ status: 409, code: "CONFLICT" });
});
