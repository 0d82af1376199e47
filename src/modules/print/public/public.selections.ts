/** Documented response shapes (snake_case) as GraphQL selections. */
export const APP_DOWNLOADS = `{ windows_shopkeeper_url: windowsShopkeeperUrl android_customer_url: androidCustomerUrl ios_customer_url: iosCustomerUrl
  windows_coming_soon: windowsComingSoon android_coming_soon: androidComingSoon ios_coming_soon: iosComingSoon }`;
