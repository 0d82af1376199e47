import type { BackgroundJob } from "../../kernel/system.ts";
import { expireUnpaidOrdersJob } from "./payments/payment.jobs.ts";
import { shopSweeperJob } from "./shops/shop-sweeper.ts";

/** print's background work (the shop sweeper is registered here by the shops module). */
export const printJobs: BackgroundJob[] = [shopSweeperJob, expireUnpaidOrdersJob];
