import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { fundWallet, printUser, type PrintUserFixture } from "../../support/print-factory.ts";
import { startFakeRazorpay, type FakeRazorpay } from "../../support/fake-razorpay.ts";
import { AlreadyApplied, applyWalletChange } from "../../../src/modules/print/wallet/ledger.ts";

let app: TestApp;
let fake: FakeRazorpay;
beforeAll(async () => {
  fake = await startFakeRazorpay();
  app = await startTestApp({ ...fake.env, PRINT_PAYMENT_ORDERS_PER_MINUTE: "100000" });
});
afterAll(async () => { await app?.close(); await fake?.close(); });

const payOneRupee = (c: PrintUserFixture) => c.api.post("/create-payment-order", { amount: 1, use_wallet: true, print_type: "private" });

/** The ledger of one customer must be a chain: each row starts where the previous ended, and it sums to the balance. */
async function assertLedgerChain(userId: number) {
  const rows = await app.services.db.printWalletTransaction.findMany({ where: { userId }, orderBy: { id: "asc" } });
  let balance = 0;
  for (const row of rows) {
    expect(row.balanceBefore).toBe(balance);
    expect(row.balanceAfter).toBe(row.balanceBefore + row.amount);
    expect(row.balanceAfter).toBeGreaterThanOrEqual(0);
    balance = row.balanceAfter;
  }
  const user = await app.services.db.printUser.findUniqueOrThrow({ where: { id: userId } });
  expect(user.walletBalance).toBe(balance);
  expect(rows.reduce((sum, r) => sum + r.amount, 0)).toBe(user.walletBalance);
  return { rows, balance };
}

test("200 simultaneous ₹1 wallet payments against ₹100, then 200 racing refunds and 100 more payments: no overdraft, no double credit, the ledger stays a chain", async () => {
  const c = await printUser(app, "customer");
  await fundWallet(app, c.id, 100_00);

  // round 1: exactly the affordable number is paid from the wallet, the rest falls back to Razorpay (empty wallet)
  const first = await Promise.all(Array.from({ length: 200 }, () => payOneRupee(c)));
  expect(first.filter((r) => r.status !== 200).map((r) => r.text)).toEqual([]);
  const walletOrders = first.filter((r) => r.body.payment_method === "wallet");
  expect(walletOrders).toHaveLength(100);
  expect(first.filter((r) => r.body.payment_method === "razorpay")).toHaveLength(100);
  expect(walletOrders.every((r) => r.body.status === "paid" && r.body.skip_payment === true)).toBe(true);
  expect((await assertLedgerChain(c.id)).balance).toBe(0);
  const orders = await app.services.db.printPaymentOrder.groupBy({ by: ["paymentMethod", "status"], where: { userId: c.id }, _count: true });
  expect(orders.map((o) => [o.paymentMethod, o.status, o._count]).sort()).toEqual([["razorpay", "created", 100], ["wallet", "paid", 100]]);

  // round 2: every wallet-paid order refunded twice at once (a retried refund) while 100 more payments compete
  const refund = (orderId: number) => app.services.db.$transaction((tx) => applyWalletChange(tx, {
    userId: c.id, amount: 1_00, type: "refund", description: "Refund for withdrawal", paymentOrderId: orderId, idempotencyKey: `refund:test:${orderId}`,
  }), { maxWait: 10_000, timeout: 15_000 }).then((applied) => (applied ? "applied" : "skipped"), (error: unknown) => {
    if (error instanceof AlreadyApplied) return "skipped";
    throw error;
  });
  const [refunds, second] = await Promise.all([
    Promise.all(walletOrders.flatMap((r) => [refund(r.body.id), refund(r.body.id)])),
    Promise.all(Array.from({ length: 100 }, () => payOneRupee(c))),
  ]);
  expect(refunds.filter((r) => r === "applied")).toHaveLength(100);
  expect(second.filter((r) => r.status !== 200).map((r) => r.text)).toEqual([]);
  const walletPaid = second.filter((r) => r.body.payment_method === "wallet").length;
  const { rows, balance } = await assertLedgerChain(c.id);
  // money is conserved: ₹100 in, ₹100 refunded, ₹1 out per wallet payment of either round
  expect(balance).toBe(100_00 + 100_00 - (100 + walletPaid) * 1_00);
  expect(rows.filter((r) => r.type === "refund")).toHaveLength(100);
  expect(rows.filter((r) => r.type === "payment")).toHaveLength(100 + walletPaid);
  expect((await c.api.get("/wallet/balance")).body).toEqual({ balance: balance / 100 });
});
