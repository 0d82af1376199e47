import { builder } from "../../builder.ts";
import * as E from "../../../generated/prisma/enums.ts";

/** print's enums, straight from the Prisma schema. */
export const PrintRole = builder.enumType(E.PrintRole, { name: "PrintRole" });
export const PrintFileStatus = builder.enumType(E.PrintFileStatus, { name: "PrintFileStatus" });
export const PrintType = builder.enumType(E.PrintType, { name: "PrintType" });
export const PrintPaymentStatus = builder.enumType(E.PrintPaymentStatus, { name: "PrintPaymentStatus" });
export const PrintPaymentMethod = builder.enumType(E.PrintPaymentMethod, { name: "PrintPaymentMethod" });
export const PrintWalletTxType = builder.enumType(E.PrintWalletTxType, { name: "PrintWalletTxType" });
export const PrintReferralStatus = builder.enumType(E.PrintReferralStatus, { name: "PrintReferralStatus" });
export const PrintPayoutStatus = builder.enumType(E.PrintPayoutStatus, { name: "PrintPayoutStatus" });
export const PrintWithdrawalStatus = builder.enumType(E.PrintWithdrawalStatus, { name: "PrintWithdrawalStatus" });
