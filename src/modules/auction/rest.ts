import type { SystemRest } from "../../kernel/rest/route-table.ts";
import { auctionDialect } from "./dialect.ts";
import { authRoutes } from "./auth/auth.rest.ts";
import { clientRoutes } from "./clients/client.rest.ts";
import { addressRoutes } from "./addresses/address.rest.ts";
import { orderRoutes } from "./orders/order.rest.ts";
import { consignmentRoutes } from "./consignments/consignment.rest.ts";
import { itemRoutes } from "./items/item.rest.ts";
import { saleRoutes } from "./sales/sale.rest.ts";
import { transactionRoutes } from "./transactions/transaction.rest.ts";
import { activityRoutes } from "./activities/activity.rest.ts";
import { noteRoutes } from "./notes/note.rest.ts";
import { taskRoutes } from "./tasks/task.rest.ts";
import { callRoutes } from "./calls/call.rest.ts";
import { shippingRoutes } from "./shipping/shipping.rest.ts";
import { taxonomyRoutes } from "./taxonomy/taxonomy.rest.ts";
import { catalogueRoutes } from "./catalogues/catalogue.rest.ts";
import { staffRoutes } from "./staff/staff.rest.ts";
import { fileRoutes } from "./files/file.rest.ts";
import { queueRoutes } from "./queue/queue.rest.ts";

/** Every documented auction endpoint (../shared/specs/auction.txt), area by area in the spec's order. */
export const auctionRest: SystemRest = {
  system: "auction",
  title: "Auction back office",
  description: "Circuit Auction back-office API v1.0: clients, orders and invoices, consignments, items and lots, sales, transactions. "
    + "Lists answer {data: [...], count}; single records {data: [{...}]}; errors {title, status, detail, errors}.",
  legacyPortEnv: "AUCTION_PORT",
  documentedBaseUrl: "https://backoffice.ddev.site/api/v1.0/",
  routes: [
    ...authRoutes, ...clientRoutes, ...addressRoutes, ...orderRoutes, ...consignmentRoutes, ...itemRoutes, ...saleRoutes,
    ...transactionRoutes, ...activityRoutes, ...noteRoutes, ...taskRoutes, ...callRoutes, ...shippingRoutes,
    ...taxonomyRoutes, ...catalogueRoutes, ...staffRoutes, ...fileRoutes, ...queueRoutes,
  ],
  dialect: auctionDialect,
};
