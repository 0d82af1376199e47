/** The shop area's REST shapes (snake_case, as the legacy clients read them) as GraphQL selections. */
export const SHOP = "{ id username shop_name: shopName lat long distance is_open: isOpen address }";
export const SHOP_STATUS = "{ ok is_open: isOpen }";
export const QUEUE_GROUP = `{ order_group_id: orderGroupId first_file_id: firstFileId payment_order_id: paymentOrderId order_id: orderId
  payment_status: paymentStatus customer_name: customerName files_count: filesCount total_pages: totalPages total_cost: totalCost
  created_at: createdAt status }`;
const FILE_FIELDS = `id code original_name: originalName mime_type: mimeType size_bytes: sizeBytes num_pages: numPages copies
  print_mode: printMode color_mode: colorMode paper_size: paperSize print_type: printType comment total_cost: cost status
  payment_order_id: paymentOrderId customer_name: customerName cancel_reason: cancelReason cancelled_at: cancelledAt
  created_at: createdAt updated_at: updatedAt`;
export const QUEUE_FILE = `{ ${FILE_FIELDS} }`;
export const FILE_STATUS = "{ id code status }";
export const CANCEL_RESULT = "{ message payment_order_id: paymentOrderId cancelled_file_ids: cancelledFileIds refunded_amount: refundedAmount }";
export const HISTORY_PAGE = `{ history: items { ${FILE_FIELDS} } total limit offset }`;
export const PAYOUT = "{ id amount status payment_order_id: paymentOrderId reference created_at: createdAt paid_at: paidAt }";
