import type { DataDeletionInfo } from "./data-deletion.type.ts";

/**
 * The deletion policy in words. It mirrors what DELETE /profile and the admin deletion actually do (files and
 * their stored copies, reset tokens and payouts removed; payment and wallet records kept without the user link).
 */
export function dataDeletionInfo(publicUrl: string): DataDeletionInfo {
  return {
    title: "Delete your account and data",
    steps: [
      "Log in to the app or the website with your username, e-mail or mobile number.",
      "Open your profile and choose Delete Account.",
      "Confirm with your current password. Your account is deleted immediately and you are logged out.",
    ],
    apiEndpoint: "DELETE /profile",
    deleted: [
      "Your account and profile (name, username, e-mail, mobile number, shop details, address).",
      "Your uploaded files, including their stored copies.",
      "Your password-reset tokens, referral links and, for shops, payout records.",
    ],
    retained: [
      "Payment orders and wallet transactions are kept for accounting and legal obligations, no longer linked to you.",
    ],
    supportUrl: publicUrl,
  };
}
