import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const TRANSACTION = "id type amount balance_before: balanceBefore balance_after: balanceAfter status description payment_order_id: paymentOrderId created_at: createdAt";

export const walletRoutes: RestRoute[] = [
  { method: "GET", path: "/wallet/balance", operation: "Query.printWalletBalance", select: "{ balance }", summary: "The caller's wallet balance" },
  { method: "POST", path: "/wallet/topup", operation: "Mutation.topUpPrintWallet", bodyArg: "input", select: "{ order_id: orderId key_id: keyId amount }", summary: "Start a wallet top-up via Razorpay" },
  { method: "GET", path: "/wallet/transactions", operation: "Query.printWalletTransactions", select: `{ transactions { ${TRANSACTION} } total }`, summary: "Wallet transaction history (limit, offset)" },
  { method: "POST", path: "/wallet/withdraw", operation: "Mutation.withdrawPrintWallet", bodyArg: "input", select: "{ withdrawal_id: id status amount processing_time: processingTime }", summary: "Withdraw wallet money to a bank account" },
];
