import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { DomainError, badRequest, unauthenticated } from "../../../kernel/errors.ts";
import { PAYOUT, SHOP, SHOP_STATUS } from "./shop.selections.ts";

const STATUS_MUTATION = "mutation ShopStatus($input: UpdatePrintShopStatusInput!) { updatePrintShopStatus(input: $input) { ok isOpen } }";

const MAX_BODY = 16 * 1024;

async function jsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.length > MAX_BODY) throw new DomainError("PAYLOAD_TOO_LARGE", `Request body exceeds ${MAX_BODY} bytes`);
  if (!text.trim()) return {};
  let body: unknown;
  try { body = JSON.parse(text); } catch { throw badRequest("Malformed JSON in request body"); }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw badRequest("The request body must be a JSON object");
  return body as Record<string, unknown>;
}

export const shopRoutes: RestRoute[] = [
  { method: "GET", path: "/shops", operation: "Query.printShops", select: SHOP, summary: "Nearest shops (query lat/long, else the caller's position), closest first" },
  {
    method: "POST", path: "/shop/status", operation: "Mutation.updatePrintShopStatus", summary: "Open or close the shop",
    // the documented body key is snake_case (is_open) while the input field is isOpen: mapped here, executed through GraphQL
    handler: async ({ request, context, run }) => {
      const body = await jsonObject(request);
      if (typeof body.is_open !== "boolean") {
        // who is asking comes first: an anonymous caller learns nothing about the body
        if (context.principal?.system !== "print") throw unauthenticated();
        throw badRequest("is_open must be true or false");
      }
      const data = await run<{ updatePrintShopStatus: { ok: boolean; isOpen: boolean } }>(STATUS_MUTATION, { input: { isOpen: body.is_open } });
      return Response.json({ ok: data.updatePrintShopStatus.ok, is_open: data.updatePrintShopStatus.isOpen });
    },
  },
  { method: "POST", path: "/shop/heartbeat", operation: "Mutation.recordPrintShopHeartbeat", select: SHOP_STATUS, summary: "Shop app heartbeat: keeps the shop from being auto-closed" },
  { method: "GET", path: "/shopkeeper/payouts", operation: "Query.printShopPayouts", select: PAYOUT, summary: "The shop's payouts, newest first" },
];
