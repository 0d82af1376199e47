import { builder } from "../../../builder.ts";
import { CUSTOMER } from "../roles.ts";
import { PrintType } from "../enums.ts";
import { PrintPaymentOrder } from "./payment-order.type.ts";
import { createPaymentOrder } from "./payment-order.service.ts";

export const CreatePrintPaymentOrderInput = builder.inputType("CreatePrintPaymentOrderInput", {
  fields: (t) => ({
    amount: t.field({ type: "Amount", required: true, description: "What the print job costs, in rupees (> 0, at most ₹100,000)." }),
    useWallet: t.boolean({ description: "Pay from the wallet first: all of it when the balance covers it, else the balance plus Razorpay (hybrid)." }),
    printType: t.field({ type: PrintType, required: true }),
    copies: t.int({ description: "Default 1." }),
    printMode: t.string({ description: "single (default) or double." }),
    colorMode: t.string({ description: "bw (default) or color." }),
    paperSize: t.string({ description: "Default A4." }),
    shopkeeperId: t.int({ description: "The shop; required for queue prints." }),
    comment: t.string(),
    platformCommission: t.float({ description: "Must equal the platform's configured commission (0-1; currently 0)." }),
    fileIds: t.intList({ description: "Optional: the caller's unpaid uploads this order pays for; amount must equal their cost." }),
  }),
});

builder.mutationFields((t) => ({
  createPrintPaymentOrder: t.prismaField({
    description: "Create a payment order for a print job, paid from the wallet, through Razorpay, or both (hybrid).",
    type: PrintPaymentOrder,
    authScopes: { role: CUSTOMER },
    args: { input: t.arg({ type: CreatePrintPaymentOrderInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createPaymentOrder(ctx, input);
      return ctx.db.printPaymentOrder.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
