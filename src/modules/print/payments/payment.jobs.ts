import type { BackgroundJob } from "../../../kernel/system.ts";
import { expireUnpaidOrders } from "./payment-settlement.service.ts";

/** Abandoned checkouts give their wallet part back (see UNPAID_ORDER_TTL_MS). */
export const expireUnpaidOrdersJob: BackgroundJob = {
  name: "print-expire-unpaid-orders",
  everyMs: 5 * 60 * 1000,
  run: async (services) => {
    const failed = await expireUnpaidOrders(services);
    if (failed > 0) services.log.info({ failed }, "unpaid print payment orders expired, wallet parts returned");
  },
};
