-- CreateEnum
CREATE TYPE "KernelMailStatus" AS ENUM ('queued', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "PhotoProjectType" AS ENUM ('private', 'public');

-- CreateEnum
CREATE TYPE "PhotoProjectStatus" AS ENUM ('draft', 'live', 'closed', 'archived');

-- CreateEnum
CREATE TYPE "PhotoDiscountType" AS ENUM ('percentage', 'fixed', 'bundle');

-- CreateEnum
CREATE TYPE "PhotoPurchaseStatus" AS ENUM ('pending', 'paid', 'failed', 'refunded');

-- CreateTable
CREATE TABLE "kernel_mail_outbox" (
    "id" UUID NOT NULL,
    "system" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" "KernelMailStatus" NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "kernel_mail_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_operators" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "timezone" TEXT,
    "address" TEXT,
    "billingAddress" TEXT,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "profilePictureUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "photo_operators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_photographers" (
    "id" UUID NOT NULL,
    "operatorId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "photo_photographers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_projects" (
    "id" UUID NOT NULL,
    "operatorId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "PhotoProjectType" NOT NULL DEFAULT 'private',
    "status" "PhotoProjectStatus" NOT NULL DEFAULT 'draft',
    "locationName" TEXT,
    "startAt" TIMESTAMP(3),
    "endAt" TIMESTAMP(3),
    "projectLink" TEXT,
    "termsAndConditions" TEXT,
    "timezone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "photo_projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_project_photographers" (
    "projectId" UUID NOT NULL,
    "photographerId" UUID NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_project_photographers_pkey" PRIMARY KEY ("projectId","photographerId")
);

-- CreateTable
CREATE TABLE "photo_users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_project_members" (
    "projectId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_project_members_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "photo_invites" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "photo_invites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_photos" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "photographerId" UUID,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_photos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_photo_tags" (
    "photoId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "photo_photo_tags_pkey" PRIMARY KEY ("photoId","userId")
);

-- CreateTable
CREATE TABLE "photo_pricing_rules" (
    "id" UUID NOT NULL,
    "operatorId" UUID NOT NULL,
    "projectId" UUID,
    "pricePerPhotoCents" INTEGER NOT NULL,
    "compareAtPriceCents" INTEGER,
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "photo_pricing_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_discounts" (
    "id" UUID NOT NULL,
    "operatorId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "PhotoDiscountType" NOT NULL,
    "value" INTEGER NOT NULL,
    "bundleMinPhotos" INTEGER,
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "photo_discounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_project_discounts" (
    "projectId" UUID NOT NULL,
    "discountId" UUID NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_project_discounts_pkey" PRIMARY KEY ("projectId","discountId")
);

-- CreateTable
CREATE TABLE "photo_promo_codes" (
    "id" UUID NOT NULL,
    "operatorId" UUID NOT NULL,
    "discountId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "maxUses" INTEGER,
    "maxUsesPerUser" INTEGER,
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "photo_promo_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_purchases" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "PhotoPurchaseStatus" NOT NULL DEFAULT 'pending',
    "photoCount" INTEGER NOT NULL,
    "subtotalCents" INTEGER NOT NULL,
    "discountAppliedCents" INTEGER NOT NULL DEFAULT 0,
    "totalCents" INTEGER NOT NULL,
    "promoCodeId" UUID,
    "appliedPromoCode" TEXT,
    "stripePaymentIntentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_purchases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_downloads" (
    "purchaseId" UUID NOT NULL,
    "photoId" UUID NOT NULL,

    CONSTRAINT "photo_downloads_pkey" PRIMARY KEY ("purchaseId","photoId")
);

-- CreateIndex
CREATE INDEX "kernel_mail_outbox_system_to_idx" ON "kernel_mail_outbox"("system", "to");

-- CreateIndex
CREATE UNIQUE INDEX "photo_operators_email_key" ON "photo_operators"("email");

-- CreateIndex
CREATE UNIQUE INDEX "photo_photographers_email_key" ON "photo_photographers"("email");

-- CreateIndex
CREATE INDEX "photo_photographers_operatorId_idx" ON "photo_photographers"("operatorId");

-- CreateIndex
CREATE INDEX "photo_projects_operatorId_status_createdAt_idx" ON "photo_projects"("operatorId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "photo_project_photographers_photographerId_idx" ON "photo_project_photographers"("photographerId");

-- CreateIndex
CREATE UNIQUE INDEX "photo_users_email_key" ON "photo_users"("email");

-- CreateIndex
CREATE INDEX "photo_project_members_userId_idx" ON "photo_project_members"("userId");

-- CreateIndex
CREATE INDEX "photo_invites_projectId_email_expiresAt_idx" ON "photo_invites"("projectId", "email", "expiresAt");

-- CreateIndex
CREATE INDEX "photo_invites_projectId_createdAt_idx" ON "photo_invites"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "photo_photos_projectId_idx" ON "photo_photos"("projectId");

-- CreateIndex
CREATE INDEX "photo_photos_photographerId_idx" ON "photo_photos"("photographerId");

-- CreateIndex
CREATE INDEX "photo_photo_tags_userId_idx" ON "photo_photo_tags"("userId");

-- CreateIndex
CREATE INDEX "photo_pricing_rules_operatorId_projectId_idx" ON "photo_pricing_rules"("operatorId", "projectId");

-- CreateIndex
CREATE INDEX "photo_discounts_operatorId_idx" ON "photo_discounts"("operatorId");

-- CreateIndex
CREATE INDEX "photo_project_discounts_discountId_idx" ON "photo_project_discounts"("discountId");

-- CreateIndex
CREATE INDEX "photo_promo_codes_discountId_idx" ON "photo_promo_codes"("discountId");

-- CreateIndex
CREATE UNIQUE INDEX "photo_promo_codes_operatorId_code_key" ON "photo_promo_codes"("operatorId", "code");

-- CreateIndex
CREATE INDEX "photo_purchases_projectId_status_createdAt_idx" ON "photo_purchases"("projectId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "photo_purchases_createdAt_idx" ON "photo_purchases"("createdAt");

-- CreateIndex
CREATE INDEX "photo_downloads_photoId_idx" ON "photo_downloads"("photoId");

-- AddForeignKey
ALTER TABLE "photo_photographers" ADD CONSTRAINT "photo_photographers_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "photo_operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_projects" ADD CONSTRAINT "photo_projects_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "photo_operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_project_photographers" ADD CONSTRAINT "photo_project_photographers_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "photo_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_project_photographers" ADD CONSTRAINT "photo_project_photographers_photographerId_fkey" FOREIGN KEY ("photographerId") REFERENCES "photo_photographers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_project_members" ADD CONSTRAINT "photo_project_members_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "photo_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_project_members" ADD CONSTRAINT "photo_project_members_userId_fkey" FOREIGN KEY ("userId") REFERENCES "photo_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_invites" ADD CONSTRAINT "photo_invites_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "photo_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_photos" ADD CONSTRAINT "photo_photos_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "photo_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_photos" ADD CONSTRAINT "photo_photos_photographerId_fkey" FOREIGN KEY ("photographerId") REFERENCES "photo_photographers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_photo_tags" ADD CONSTRAINT "photo_photo_tags_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "photo_photos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_photo_tags" ADD CONSTRAINT "photo_photo_tags_userId_fkey" FOREIGN KEY ("userId") REFERENCES "photo_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_pricing_rules" ADD CONSTRAINT "photo_pricing_rules_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "photo_operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_pricing_rules" ADD CONSTRAINT "photo_pricing_rules_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "photo_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_discounts" ADD CONSTRAINT "photo_discounts_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "photo_operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_project_discounts" ADD CONSTRAINT "photo_project_discounts_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "photo_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_project_discounts" ADD CONSTRAINT "photo_project_discounts_discountId_fkey" FOREIGN KEY ("discountId") REFERENCES "photo_discounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_promo_codes" ADD CONSTRAINT "photo_promo_codes_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "photo_operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_promo_codes" ADD CONSTRAINT "photo_promo_codes_discountId_fkey" FOREIGN KEY ("discountId") REFERENCES "photo_discounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_purchases" ADD CONSTRAINT "photo_purchases_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "photo_projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_purchases" ADD CONSTRAINT "photo_purchases_userId_fkey" FOREIGN KEY ("userId") REFERENCES "photo_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_purchases" ADD CONSTRAINT "photo_purchases_promoCodeId_fkey" FOREIGN KEY ("promoCodeId") REFERENCES "photo_promo_codes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_downloads" ADD CONSTRAINT "photo_downloads_purchaseId_fkey" FOREIGN KEY ("purchaseId") REFERENCES "photo_purchases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_downloads" ADD CONSTRAINT "photo_downloads_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "photo_photos"("id") ON DELETE CASCADE ON UPDATE CASCADE;
