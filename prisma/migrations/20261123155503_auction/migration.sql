-- CreateEnum
CREATE TYPE "AuctionClientStatus" AS ENUM ('new', 'pending', 'approved', 'unapproved', 'deleted');

-- CreateEnum
CREATE TYPE "AuctionStaffStatus" AS ENUM ('active', 'blocked');

-- CreateEnum
CREATE TYPE "AuctionSaleStatus" AS ENUM ('draft', 'published', 'closed');

-- CreateEnum
CREATE TYPE "AuctionItemStatus" AS ENUM ('available', 'sold', 'unsold', 'passed', 'withdrawn');

-- CreateEnum
CREATE TYPE "AuctionOrderType" AS ENUM ('bidder', 'consignor', 'credit_note', 'transport_invoice');

-- CreateEnum
CREATE TYPE "AuctionOrderStatus" AS ENUM ('new', 'in_process', 'finished', 'locked', 'canceled');

-- CreateEnum
CREATE TYPE "AuctionConsignmentStatus" AS ENUM ('active', 'closed');

-- CreateEnum
CREATE TYPE "AuctionBidderKind" AS ENUM ('online', 'phone', 'floor');

-- CreateEnum
CREATE TYPE "AuctionTaskStatus" AS ENUM ('open', 'in_progress', 'completed');

-- CreateEnum
CREATE TYPE "AuctionTaskPriority" AS ENUM ('low', 'normal', 'high');

-- CreateEnum
CREATE TYPE "AuctionShipmentStatus" AS ENUM ('pending', 'shipped', 'delivered');

-- CreateEnum
CREATE TYPE "AuctionJobState" AS ENUM ('queued', 'processing', 'success', 'failure');

-- CreateTable
CREATE TABLE "auction_staff" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" TEXT[],
    "status" "AuctionStaffStatus" NOT NULL DEFAULT 'active',
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_categories" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "parentId" INTEGER,
    "weight" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "auction_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_charge_terms" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "defaultAmount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "defaultVat" DECIMAL(5,2) NOT NULL DEFAULT 0,

    CONSTRAINT "auction_charge_terms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_bank_accounts" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "branch" TEXT,
    "currency" TEXT NOT NULL DEFAULT 'USD',

    CONSTRAINT "auction_bank_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_payment_types" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "letter" TEXT NOT NULL,

    CONSTRAINT "auction_payment_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_bid_steps" (
    "id" SERIAL NOT NULL,
    "priceFrom" DECIMAL(14,2) NOT NULL,
    "step" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "auction_bid_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_client_sources" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "auction_client_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_shipping_areas" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "baseRate" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "auction_shipping_areas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_catalogs" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "auction_catalogs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_catalogue_parts" (
    "id" SERIAL NOT NULL,
    "catalogId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "weight" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_catalogue_parts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_clients" (
    "id" SERIAL NOT NULL,
    "uuid" UUID NOT NULL,
    "customerNumber" TEXT NOT NULL,
    "firstName" TEXT NOT NULL DEFAULT '',
    "lastName" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT,
    "mobile" TEXT,
    "taxId" TEXT,
    "status" "AuctionClientStatus" NOT NULL DEFAULT 'new',
    "subscriptionType" TEXT,
    "defaultPaymentMethodId" INTEGER,
    "sourceId" INTEGER,
    "consignorCommissions" JSONB NOT NULL DEFAULT '[]',
    "additionalCharges" JSONB NOT NULL DEFAULT '[]',
    "connectedToId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_clients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_client_addresses" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "administrativeArea" TEXT NOT NULL DEFAULT '',
    "locality" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT NOT NULL DEFAULT '',
    "thoroughfare" TEXT NOT NULL DEFAULT '',
    "premise" TEXT NOT NULL DEFAULT '',
    "firstName" TEXT NOT NULL DEFAULT '',
    "lastName" TEXT NOT NULL DEFAULT '',
    "types" TEXT[],
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "validated" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_client_addresses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_sales" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "saleDate" TIMESTAMP(3) NOT NULL,
    "status" "AuctionSaleStatus" NOT NULL DEFAULT 'draft',
    "catalogId" INTEGER,
    "lotsLocked" BOOLEAN NOT NULL DEFAULT false,
    "venue" TEXT NOT NULL DEFAULT '',
    "premiumRate" DECIMAL(5,2) NOT NULL DEFAULT 20,
    "taxRate" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_sales_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_sale_sessions" (
    "id" SERIAL NOT NULL,
    "saleId" INTEGER NOT NULL,
    "sessionDate" TIMESTAMP(3) NOT NULL,
    "sessionNumber" INTEGER NOT NULL,
    "itemRangeStart" TEXT NOT NULL DEFAULT '',
    "itemRangeEnd" TEXT NOT NULL DEFAULT '',
    "auctioneerId" INTEGER,

    CONSTRAINT "auction_sale_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_sale_bidders" (
    "id" SERIAL NOT NULL,
    "saleId" INTEGER NOT NULL,
    "clientId" INTEGER NOT NULL,
    "bidderNumber" TEXT NOT NULL,
    "kind" "AuctionBidderKind" NOT NULL,
    "sessionId" INTEGER,
    "lots" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_sale_bidders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_consignments" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL,
    "subSymbol" TEXT NOT NULL DEFAULT '',
    "saleId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "consignorCommission" DECIMAL(5,2) NOT NULL DEFAULT 15,
    "paymentInstructions" TEXT NOT NULL DEFAULT '',
    "status" "AuctionConsignmentStatus" NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_consignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_items" (
    "id" SERIAL NOT NULL,
    "saleId" INTEGER NOT NULL,
    "consignmentId" INTEGER,
    "categoryId" INTEGER,
    "lot" TEXT,
    "lotNumber" INTEGER,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "estimateLow" DECIMAL(14,2),
    "estimateHigh" DECIMAL(14,2),
    "reservePrice" DECIMAL(14,2),
    "hammerPrice" DECIMAL(14,2),
    "status" "AuctionItemStatus" NOT NULL DEFAULT 'available',
    "winnerId" INTEGER,
    "winnerBidderNumber" TEXT,
    "winnerKind" "AuctionBidderKind",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_item_images" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "fileId" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "auction_item_images_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_item_dimensions" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "height" DECIMAL(10,2),
    "width" DECIMAL(10,2),
    "depth" DECIMAL(10,2),
    "weight" DECIMAL(10,3),
    "unit" TEXT NOT NULL DEFAULT 'cm',

    CONSTRAINT "auction_item_dimensions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_item_histories" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "userId" INTEGER,
    "details" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_item_histories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_orders" (
    "id" SERIAL NOT NULL,
    "orderNumber" INTEGER NOT NULL,
    "type" "AuctionOrderType" NOT NULL,
    "status" "AuctionOrderStatus" NOT NULL DEFAULT 'new',
    "saleId" INTEGER,
    "ownerId" INTEGER NOT NULL,
    "bidderIds" TEXT[],
    "paymentTypeId" INTEGER,
    "shippingWeight" DECIMAL(10,3),
    "useCustomAddress" BOOLEAN NOT NULL DEFAULT false,
    "customAddress" JSONB,
    "prependText" TEXT NOT NULL DEFAULT '',
    "appendText" TEXT NOT NULL DEFAULT '',
    "subtotal" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "grandTotal" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "paymentReceived" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "amountDue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "creditedOrderId" INTEGER,
    "reissuedFromId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_order_lines" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "hammerPrice" DECIMAL(14,2) NOT NULL,
    "commission" DECIMAL(14,2) NOT NULL,
    "taxRate" DECIMAL(5,2) NOT NULL DEFAULT 0,

    CONSTRAINT "auction_order_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_order_charges" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "termId" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "tax" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL DEFAULT '',
    "date" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_order_charges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_transactions" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "clientId" INTEGER NOT NULL,
    "transactionType" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "transferredCurrency" TEXT NOT NULL DEFAULT 'USD',
    "transferredAmount" DECIMAL(14,2),
    "bankId" INTEGER,
    "bankAccountNumber" TEXT,
    "bankBranch" TEXT,
    "creditCardType" TEXT,
    "creditCardLast4" TEXT,
    "transactionDate" DATE NOT NULL,
    "chequeNumber" TEXT,
    "chequeDate" DATE,
    "info" TEXT NOT NULL DEFAULT '',
    "chequeFileId" INTEGER,
    "illustratedFileId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_activities" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "contentId" INTEGER NOT NULL,
    "userId" INTEGER,
    "message" TEXT NOT NULL DEFAULT '',
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_notes" (
    "id" SERIAL NOT NULL,
    "referenceType" TEXT NOT NULL,
    "referenceId" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_tasks" (
    "id" SERIAL NOT NULL,
    "referenceType" TEXT NOT NULL,
    "referenceId" INTEGER NOT NULL,
    "taskType" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "AuctionTaskStatus" NOT NULL DEFAULT 'open',
    "priority" "AuctionTaskPriority" NOT NULL DEFAULT 'normal',
    "assignedToId" INTEGER,
    "createdById" INTEGER,
    "dueDate" DATE,
    "completionNotes" TEXT NOT NULL DEFAULT '',
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_calls" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_calls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_shipments" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "itemIds" INTEGER[],
    "shippingMethod" TEXT NOT NULL,
    "trackingNumber" TEXT NOT NULL DEFAULT '',
    "shippingCost" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "weight" DECIMAL(10,3),
    "dimensions" JSONB,
    "status" "AuctionShipmentStatus" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_shipments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_shipping_boxes" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "boxNumber" TEXT NOT NULL,
    "itemIds" INTEGER[],
    "weight" DECIMAL(10,3),
    "dimensions" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_shipping_boxes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_files" (
    "id" SERIAL NOT NULL,
    "filename" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fieldName" TEXT NOT NULL DEFAULT '',
    "entityType" TEXT NOT NULL DEFAULT '',
    "bundle" TEXT NOT NULL DEFAULT '',
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_jobs" (
    "id" SERIAL NOT NULL,
    "queue" TEXT NOT NULL DEFAULT 'bulk',
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "ids" INTEGER[],
    "state" "AuctionJobState" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT NOT NULL DEFAULT '',
    "result" JSONB,
    "createdById" INTEGER,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "auction_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_sequences" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "auction_sequences_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "_AuctionCategoryToAuctionClient" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AuctionCategoryToAuctionClient_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "auction_staff_email_key" ON "auction_staff"("email");

-- CreateIndex
CREATE UNIQUE INDEX "auction_staff_username_key" ON "auction_staff"("username");

-- CreateIndex
CREATE UNIQUE INDEX "auction_payment_types_letter_key" ON "auction_payment_types"("letter");

-- CreateIndex
CREATE INDEX "auction_catalogue_parts_catalogId_weight_idx" ON "auction_catalogue_parts"("catalogId", "weight");

-- CreateIndex
CREATE UNIQUE INDEX "auction_clients_uuid_key" ON "auction_clients"("uuid");

-- CreateIndex
CREATE UNIQUE INDEX "auction_clients_customerNumber_key" ON "auction_clients"("customerNumber");

-- CreateIndex
CREATE INDEX "auction_clients_status_idx" ON "auction_clients"("status");

-- CreateIndex
CREATE INDEX "auction_clients_updatedAt_idx" ON "auction_clients"("updatedAt");

-- CreateIndex
CREATE INDEX "auction_clients_lastName_idx" ON "auction_clients"("lastName");

-- CreateIndex
CREATE INDEX "auction_client_addresses_clientId_isDefault_idx" ON "auction_client_addresses"("clientId", "isDefault");

-- CreateIndex
CREATE INDEX "auction_sales_status_saleDate_idx" ON "auction_sales"("status", "saleDate");

-- CreateIndex
CREATE UNIQUE INDEX "auction_sale_sessions_saleId_sessionNumber_key" ON "auction_sale_sessions"("saleId", "sessionNumber");

-- CreateIndex
CREATE INDEX "auction_sale_bidders_clientId_idx" ON "auction_sale_bidders"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "auction_sale_bidders_saleId_bidderNumber_key" ON "auction_sale_bidders"("saleId", "bidderNumber");

-- CreateIndex
CREATE UNIQUE INDEX "auction_consignments_number_key" ON "auction_consignments"("number");

-- CreateIndex
CREATE INDEX "auction_consignments_saleId_symbol_idx" ON "auction_consignments"("saleId", "symbol");

-- CreateIndex
CREATE INDEX "auction_consignments_ownerId_idx" ON "auction_consignments"("ownerId");

-- CreateIndex
CREATE INDEX "auction_items_saleId_lot_idx" ON "auction_items"("saleId", "lot");

-- CreateIndex
CREATE INDEX "auction_items_consignmentId_idx" ON "auction_items"("consignmentId");

-- CreateIndex
CREATE INDEX "auction_items_status_idx" ON "auction_items"("status");

-- CreateIndex
CREATE UNIQUE INDEX "auction_items_saleId_position_key" ON "auction_items"("saleId", "position");

-- CreateIndex
CREATE INDEX "auction_item_images_itemId_idx" ON "auction_item_images"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "auction_item_dimensions_itemId_key" ON "auction_item_dimensions"("itemId");

-- CreateIndex
CREATE INDEX "auction_item_histories_itemId_createdAt_idx" ON "auction_item_histories"("itemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "auction_orders_orderNumber_key" ON "auction_orders"("orderNumber");

-- CreateIndex
CREATE INDEX "auction_orders_type_status_idx" ON "auction_orders"("type", "status");

-- CreateIndex
CREATE INDEX "auction_orders_saleId_idx" ON "auction_orders"("saleId");

-- CreateIndex
CREATE INDEX "auction_orders_ownerId_idx" ON "auction_orders"("ownerId");

-- CreateIndex
CREATE INDEX "auction_order_lines_itemId_idx" ON "auction_order_lines"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "auction_order_lines_orderId_itemId_key" ON "auction_order_lines"("orderId", "itemId");

-- CreateIndex
CREATE INDEX "auction_order_charges_orderId_idx" ON "auction_order_charges"("orderId");

-- CreateIndex
CREATE INDEX "auction_transactions_orderId_idx" ON "auction_transactions"("orderId");

-- CreateIndex
CREATE INDEX "auction_transactions_clientId_idx" ON "auction_transactions"("clientId");

-- CreateIndex
CREATE INDEX "auction_activities_contentType_contentId_idx" ON "auction_activities"("contentType", "contentId");

-- CreateIndex
CREATE INDEX "auction_activities_userId_createdAt_idx" ON "auction_activities"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "auction_notes_referenceType_referenceId_idx" ON "auction_notes"("referenceType", "referenceId");

-- CreateIndex
CREATE INDEX "auction_tasks_referenceType_referenceId_idx" ON "auction_tasks"("referenceType", "referenceId");

-- CreateIndex
CREATE INDEX "auction_tasks_assignedToId_status_idx" ON "auction_tasks"("assignedToId", "status");

-- CreateIndex
CREATE INDEX "auction_calls_clientId_date_idx" ON "auction_calls"("clientId", "date");

-- CreateIndex
CREATE INDEX "auction_shipments_orderId_idx" ON "auction_shipments"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "auction_shipping_boxes_orderId_boxNumber_key" ON "auction_shipping_boxes"("orderId", "boxNumber");

-- CreateIndex
CREATE UNIQUE INDEX "auction_files_storageKey_key" ON "auction_files"("storageKey");

-- CreateIndex
CREATE INDEX "auction_jobs_state_availableAt_idx" ON "auction_jobs"("state", "availableAt");

-- CreateIndex
CREATE INDEX "_AuctionCategoryToAuctionClient_B_index" ON "_AuctionCategoryToAuctionClient"("B");

-- AddForeignKey
ALTER TABLE "auction_categories" ADD CONSTRAINT "auction_categories_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "auction_categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_catalogue_parts" ADD CONSTRAINT "auction_catalogue_parts_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "auction_catalogs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_clients" ADD CONSTRAINT "auction_clients_defaultPaymentMethodId_fkey" FOREIGN KEY ("defaultPaymentMethodId") REFERENCES "auction_payment_types"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_clients" ADD CONSTRAINT "auction_clients_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "auction_client_sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_clients" ADD CONSTRAINT "auction_clients_connectedToId_fkey" FOREIGN KEY ("connectedToId") REFERENCES "auction_clients"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_client_addresses" ADD CONSTRAINT "auction_client_addresses_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "auction_clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_sales" ADD CONSTRAINT "auction_sales_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "auction_catalogs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_sale_sessions" ADD CONSTRAINT "auction_sale_sessions_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "auction_sales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_sale_sessions" ADD CONSTRAINT "auction_sale_sessions_auctioneerId_fkey" FOREIGN KEY ("auctioneerId") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_sale_bidders" ADD CONSTRAINT "auction_sale_bidders_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "auction_sales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_sale_bidders" ADD CONSTRAINT "auction_sale_bidders_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "auction_clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_sale_bidders" ADD CONSTRAINT "auction_sale_bidders_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "auction_sale_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_consignments" ADD CONSTRAINT "auction_consignments_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "auction_sales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_consignments" ADD CONSTRAINT "auction_consignments_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "auction_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_items" ADD CONSTRAINT "auction_items_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "auction_sales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_items" ADD CONSTRAINT "auction_items_consignmentId_fkey" FOREIGN KEY ("consignmentId") REFERENCES "auction_consignments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_items" ADD CONSTRAINT "auction_items_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "auction_categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_items" ADD CONSTRAINT "auction_items_winnerId_fkey" FOREIGN KEY ("winnerId") REFERENCES "auction_clients"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_item_images" ADD CONSTRAINT "auction_item_images_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "auction_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_item_images" ADD CONSTRAINT "auction_item_images_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "auction_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_item_dimensions" ADD CONSTRAINT "auction_item_dimensions_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "auction_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_item_histories" ADD CONSTRAINT "auction_item_histories_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "auction_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_item_histories" ADD CONSTRAINT "auction_item_histories_userId_fkey" FOREIGN KEY ("userId") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_orders" ADD CONSTRAINT "auction_orders_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "auction_sales"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_orders" ADD CONSTRAINT "auction_orders_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "auction_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_orders" ADD CONSTRAINT "auction_orders_paymentTypeId_fkey" FOREIGN KEY ("paymentTypeId") REFERENCES "auction_payment_types"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_orders" ADD CONSTRAINT "auction_orders_creditedOrderId_fkey" FOREIGN KEY ("creditedOrderId") REFERENCES "auction_orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_orders" ADD CONSTRAINT "auction_orders_reissuedFromId_fkey" FOREIGN KEY ("reissuedFromId") REFERENCES "auction_orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_order_lines" ADD CONSTRAINT "auction_order_lines_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "auction_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_order_lines" ADD CONSTRAINT "auction_order_lines_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "auction_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_order_charges" ADD CONSTRAINT "auction_order_charges_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "auction_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_order_charges" ADD CONSTRAINT "auction_order_charges_termId_fkey" FOREIGN KEY ("termId") REFERENCES "auction_charge_terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_transactions" ADD CONSTRAINT "auction_transactions_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "auction_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_transactions" ADD CONSTRAINT "auction_transactions_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "auction_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_transactions" ADD CONSTRAINT "auction_transactions_bankId_fkey" FOREIGN KEY ("bankId") REFERENCES "auction_bank_accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_transactions" ADD CONSTRAINT "auction_transactions_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_activities" ADD CONSTRAINT "auction_activities_userId_fkey" FOREIGN KEY ("userId") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_notes" ADD CONSTRAINT "auction_notes_userId_fkey" FOREIGN KEY ("userId") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_tasks" ADD CONSTRAINT "auction_tasks_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_tasks" ADD CONSTRAINT "auction_tasks_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_calls" ADD CONSTRAINT "auction_calls_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "auction_clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_calls" ADD CONSTRAINT "auction_calls_userId_fkey" FOREIGN KEY ("userId") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_shipments" ADD CONSTRAINT "auction_shipments_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "auction_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_shipping_boxes" ADD CONSTRAINT "auction_shipping_boxes_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "auction_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_files" ADD CONSTRAINT "auction_files_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_jobs" ADD CONSTRAINT "auction_jobs_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "auction_staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AuctionCategoryToAuctionClient" ADD CONSTRAINT "_AuctionCategoryToAuctionClient_A_fkey" FOREIGN KEY ("A") REFERENCES "auction_categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AuctionCategoryToAuctionClient" ADD CONSTRAINT "_AuctionCategoryToAuctionClient_B_fkey" FOREIGN KEY ("B") REFERENCES "auction_clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;
