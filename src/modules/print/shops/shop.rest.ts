import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { PAYOUT, SHOP, SHOP_STATUS } from "./shop.selections.ts";

export const shopRoutes: RestRoute[] = [
  { method: "GET", path: "/shops", operation: "Query.printShops", select: SHOP, summary: "Nearest shops (query lat/long, else the caller's position), closest first" },
  { method: "POST", path: "/shop/status", operation: "Mutation.updatePrintShopStatus", bodyArg: "input", select: SHOP_STATUS, summary: "Open or close the shop: {is_open}" },
  { method: "POST", path: "/shop/heartbeat", operation: "Mutation.recordPrintShopHeartbeat", select: SHOP_STATUS, summary: "Shop app heartbeat: keeps the shop from being auto-closed" },
  { method: "GET", path: "/shopkeeper/payouts", operation: "Query.printShopPayouts", select: PAYOUT, summary: "The shop's payouts, newest first" },
];
