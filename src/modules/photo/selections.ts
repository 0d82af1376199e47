/** Documented response shapes as GraphQL selections, shared by the photo routes. */
export const PHOTOGRAPHER_BRIEF = "{ id name email }";
export const PROJECT_DETAIL = `{ id name type status locationName startAt endAt projectLink termsAndConditions timezone createdAt updatedAt photographers ${PHOTOGRAPHER_BRIEF} }`;
export const PROJECT_SUMMARY = PROJECT_DETAIL;
export const DISCOUNT = "{ id name type value bundleMinPhotos validFrom validUntil isActive createdAt updatedAt }";
export const PRICING_RULE = "{ id projectId pricePerPhotoCents compareAtPriceCents validFrom validUntil isActive createdAt updatedAt }";
export const PROMO_CODE = "{ id code discountId maxUses maxUsesPerUser usesCount validFrom validUntil isActive createdAt updatedAt }";
