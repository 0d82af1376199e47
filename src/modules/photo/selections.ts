/** Documented response shapes as GraphQL selections, shared by the photo routes. */
export const PHOTOGRAPHER_BRIEF = "{ id name email }";
export const PROJECT_DETAIL = `{ id name type status locationName startAt endAt projectLink termsAndConditions timezone createdAt updatedAt photographers ${PHOTOGRAPHER_BRIEF} }`;
export const PROJECT_SUMMARY = PROJECT_DETAIL;
export const DISCOUNT = "{ id name type value bundleMinPhotos validFrom validUntil isActive createdAt updatedAt }";
export const PRICING_RULE = "{ id projectId pricePerPhotoCents compareAtPriceCents validFrom validUntil isActive createdAt updatedAt }";
export const PROMO_CODE = "{ id code discountId maxUses maxUsesPerUser usesCount validFrom validUntil isActive createdAt updatedAt }";
export const INVITE = "{ id email registrationStatus createdAt expiresAt }";
export const PHOTOGRAPHER_WITH_PROJECTS = "{ id name email projects { id name } }";
export const OPERATOR_PROFILE = "{ id name email address billingAddress currency locale timezone profilePictureUrl createdAt updatedAt }";
export const PURCHASE_ITEM = "id status photoCount subtotalCents discountAppliedCents totalCents appliedPromoCode stripePaymentIntentId createdAt project { id name } user { id email name }";
export const PURCHASE_PAGE = `{ items { ${PURCHASE_ITEM} } total page limit }`;
export const PURCHASE_DETAIL = `{ ${PURCHASE_ITEM} downloads { photoId } }`;
export const ANALYTICS = "{ kpis { membersEnrolled revenueInCents photosUploaded usersTagged purchasesMade } photosByPhotographer { name photoCount } revenueByProject { projectName purchasesMade revenueInCents } conversionFunnel { invited enrolled tagged purchased } }";
