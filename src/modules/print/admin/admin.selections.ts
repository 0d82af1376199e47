/** The admin section's REST response shapes (snake_case) as GraphQL selections. */
const ORDER_FIELDS = `id order_id: orderId user_id: userId customer_username: customerUsername shopkeeper_id: shopkeeperId shop_name: shopName
  payment_id: paymentId amount status payment_method: paymentMethod wallet_amount: walletAmount razorpay_amount: razorpayAmount
  shopkeeper_amount: shopkeeperAmount print_type: printType copies created_at: createdAt paid_at: paidAt refunded_at: refundedAt`;
const USER_FIELDS = `id username full_name: fullName email phone role shop_name: shopName address is_open: isOpen
  wallet_balance: walletBalance referral_code: referralCode created_at: createdAt`;
export const PAYOUT = `{ id shopkeeper_id: shopkeeperId shop_name: shopName shopkeeper_username: shopkeeperUsername payment_order_id: paymentOrderId
  amount status reference note created_at: createdAt updated_at: updatedAt paid_at: paidAt }`;

export const DASHBOARD_STATS = `{ total_users: totalUsers customers shopkeepers admins open_shops: openShops
  total_files: totalFiles files_uploaded: filesUploaded files_printing: filesPrinting files_downloaded: filesDownloaded
  files_withdrawn: filesWithdrawn files_cancelled: filesCancelled paid_orders: paidOrders revenue platform_commission: platformCommission
  today_orders: todayOrders today_revenue: todayRevenue wallet_balance_total: walletBalanceTotal
  pending_payouts: pendingPayouts pending_payout_amount: pendingPayoutAmount }`;
export const USER_PAGE = `{ users: items { ${USER_FIELDS} files_count: filesCount orders_count: ordersCount } total page limit }`;
export const USER_DETAIL = `{ ${USER_FIELDS} files_count: filesCount orders_count: ordersCount paid_orders_count: paidOrdersCount
  recent_orders: recentOrders { ${ORDER_FIELDS} }
  referred_by: referredBy { id username } referrals_count: referralsCount referrals_credited: referralsCredited referral_earnings: referralEarnings }`;
export const ORDER_PAGE = `{ orders: items { ${ORDER_FIELDS} } total page limit }`;
export const PAYOUT_PAGE = `{ payouts: items ${PAYOUT} total page limit }`;
