-- CreateEnum
CREATE TYPE "PosRole" AS ENUM ('SUPER_ADMIN', 'ADMIN', 'MANAGER', 'CASHIER');

-- CreateEnum
CREATE TYPE "PosMovementType" AS ENUM ('ADJUSTMENT', 'SET', 'SALE', 'VOID', 'RETURN', 'TRANSFER_OUT', 'TRANSFER_IN', 'PURCHASE');

-- CreateEnum
CREATE TYPE "PosTransferStatus" AS ENUM ('PENDING', 'IN_TRANSIT', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PosSaleStatus" AS ENUM ('COMPLETED', 'PARTIALLY_RETURNED', 'RETURNED', 'VOIDED');

-- CreateEnum
CREATE TYPE "PosPaymentMethod" AS ENUM ('CASH', 'CARD', 'CREDIT', 'BANK_TRANSFER', 'MOBILE');

-- CreateEnum
CREATE TYPE "PosPaymentKind" AS ENUM ('SALE', 'DUE_COLLECTION', 'REFUND', 'VOID_REVERSAL');

-- CreateEnum
CREATE TYPE "PosLedgerType" AS ENUM ('SALE', 'PAYMENT', 'DUE_COLLECTION', 'ADJUSTMENT', 'RETURN', 'VOID');

-- CreateEnum
CREATE TYPE "PosLoyaltyType" AS ENUM ('EARN', 'REDEEM', 'ADJUST', 'VOID', 'RETURN');

-- CreateEnum
CREATE TYPE "PosPurchaseStatus" AS ENUM ('ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED');

-- CreateTable
CREATE TABLE "pos_tenants" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_tenants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_stores" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_stores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_users" (
    "id" UUID NOT NULL,
    "tenantId" UUID,
    "storeId" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "PosRole" NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "deletedAt" TIMESTAMP(3),
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_refresh_tokens" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "replacedBy" UUID,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_refresh_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_categories" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_products" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "categoryId" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sku" TEXT NOT NULL,
    "barcode" TEXT,
    "unit" TEXT NOT NULL DEFAULT 'pcs',
    "price" INTEGER NOT NULL,
    "cost" INTEGER NOT NULL DEFAULT 0,
    "taxRate" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "trackStock" BOOLEAN NOT NULL DEFAULT true,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_products_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_variants" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "barcode" TEXT,
    "price" INTEGER,
    "cost" INTEGER,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_variants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_stock" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "variantId" UUID,
    "variantKey" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL DEFAULT 0,
    "lowStockThreshold" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_stock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_stock_movements" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "variantId" UUID,
    "type" "PosMovementType" NOT NULL,
    "change" INTEGER NOT NULL,
    "quantityAfter" INTEGER NOT NULL,
    "reason" TEXT,
    "referenceType" TEXT,
    "referenceId" TEXT,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_stock_movements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_transfers" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "fromStoreId" UUID NOT NULL,
    "toStoreId" UUID NOT NULL,
    "status" "PosTransferStatus" NOT NULL DEFAULT 'PENDING',
    "notes" TEXT,
    "createdById" UUID,
    "shippedAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_transfers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_transfer_lines" (
    "id" UUID NOT NULL,
    "transferId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "variantId" UUID,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "pos_transfer_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_customer_groups" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "discountPercent" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_customer_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_customers" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "groupId" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "creditLimit" INTEGER NOT NULL DEFAULT 0,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "loyaltyPoints" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_customers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_ledger_entries" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "type" "PosLedgerType" NOT NULL,
    "amount" INTEGER NOT NULL,
    "balanceAfter" INTEGER NOT NULL,
    "referenceType" TEXT,
    "referenceId" TEXT,
    "note" TEXT,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "pos_ledger_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_loyalty_entries" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "type" "PosLoyaltyType" NOT NULL,
    "points" INTEGER NOT NULL,
    "balanceAfter" INTEGER NOT NULL,
    "saleId" UUID,
    "reason" TEXT,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "pos_loyalty_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_sales" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "cashierId" UUID NOT NULL,
    "customerId" UUID,
    "status" "PosSaleStatus" NOT NULL DEFAULT 'COMPLETED',
    "subtotal" INTEGER NOT NULL,
    "discountTotal" INTEGER NOT NULL DEFAULT 0,
    "taxTotal" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "paidTotal" INTEGER NOT NULL DEFAULT 0,
    "dueAmount" INTEGER NOT NULL DEFAULT 0,
    "changeAmount" INTEGER NOT NULL DEFAULT 0,
    "pointsEarned" INTEGER NOT NULL DEFAULT 0,
    "pointsRedeemed" INTEGER NOT NULL DEFAULT 0,
    "pointsValue" INTEGER NOT NULL DEFAULT 0,
    "refundedTotal" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "voidReason" TEXT,
    "voidedAt" TIMESTAMP(3),
    "voidedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_sales_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_sale_lines" (
    "id" UUID NOT NULL,
    "saleId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "variantId" UUID,
    "name" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "unitCost" INTEGER NOT NULL DEFAULT 0,
    "discount" INTEGER NOT NULL DEFAULT 0,
    "taxRate" INTEGER NOT NULL DEFAULT 0,
    "taxAmount" INTEGER NOT NULL DEFAULT 0,
    "lineTotal" INTEGER NOT NULL,
    "returnedQuantity" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "pos_sale_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_payments" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "storeId" UUID,
    "saleId" UUID,
    "customerId" UUID,
    "method" "PosPaymentMethod" NOT NULL,
    "kind" "PosPaymentKind" NOT NULL DEFAULT 'SALE',
    "amount" INTEGER NOT NULL,
    "reference" TEXT,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_returns" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "saleId" UUID NOT NULL,
    "reason" TEXT,
    "refundAmount" INTEGER NOT NULL,
    "refundMethod" "PosPaymentMethod" NOT NULL,
    "dueReduction" INTEGER NOT NULL DEFAULT 0,
    "pointsRemoved" INTEGER NOT NULL DEFAULT 0,
    "pointsRestored" INTEGER NOT NULL DEFAULT 0,
    "restock" BOOLEAN NOT NULL DEFAULT true,
    "lines" JSONB NOT NULL,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_returns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_suppliers" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "contactName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_suppliers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_purchase_orders" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "status" "PosPurchaseStatus" NOT NULL DEFAULT 'ORDERED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "receivedTotal" INTEGER NOT NULL DEFAULT 0,
    "paidTotal" INTEGER NOT NULL DEFAULT 0,
    "expectedAt" TIMESTAMP(3),
    "notes" TEXT,
    "createdById" UUID,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_purchase_orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_purchase_lines" (
    "id" UUID NOT NULL,
    "purchaseId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "variantId" UUID,
    "quantity" INTEGER NOT NULL,
    "receivedQuantity" INTEGER NOT NULL DEFAULT 0,
    "unitCost" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "pos_purchase_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_purchase_payments" (
    "id" UUID NOT NULL,
    "purchaseId" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "method" "PosPaymentMethod" NOT NULL,
    "reference" TEXT,
    "userId" UUID,
    "paidAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_purchase_payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_expense_categories" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_expense_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_expenses" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "storeId" UUID,
    "categoryId" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "description" TEXT,
    "date" DATE NOT NULL,
    "paymentMethod" "PosPaymentMethod" NOT NULL DEFAULT 'CASH',
    "reference" TEXT,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_expenses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_receipt_templates" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "header" TEXT NOT NULL DEFAULT '',
    "footer" TEXT NOT NULL DEFAULT '',
    "showLogo" BOOLEAN NOT NULL DEFAULT false,
    "logoUrl" TEXT,
    "showTax" BOOLEAN NOT NULL DEFAULT true,
    "showCashier" BOOLEAN NOT NULL DEFAULT true,
    "paperWidth" INTEGER NOT NULL DEFAULT 80,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pos_receipt_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_audit_logs" (
    "id" UUID NOT NULL,
    "tenantId" UUID,
    "userId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_sequences" (
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "pos_sequences_pkey" PRIMARY KEY ("tenantId","name")
);

-- CreateIndex
CREATE UNIQUE INDEX "pos_tenants_slug_key" ON "pos_tenants"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "pos_stores_tenantId_code_key" ON "pos_stores"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "pos_users_email_key" ON "pos_users"("email");

-- CreateIndex
CREATE INDEX "pos_users_tenantId_role_idx" ON "pos_users"("tenantId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "pos_refresh_tokens_tokenHash_key" ON "pos_refresh_tokens"("tokenHash");

-- CreateIndex
CREATE INDEX "pos_refresh_tokens_userId_idx" ON "pos_refresh_tokens"("userId");

-- CreateIndex
CREATE INDEX "pos_refresh_tokens_familyId_idx" ON "pos_refresh_tokens"("familyId");

-- CreateIndex
CREATE INDEX "pos_categories_tenantId_parentId_idx" ON "pos_categories"("tenantId", "parentId");

-- CreateIndex
CREATE INDEX "pos_products_tenantId_name_idx" ON "pos_products"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "pos_products_tenantId_sku_key" ON "pos_products"("tenantId", "sku");

-- CreateIndex
CREATE UNIQUE INDEX "pos_products_tenantId_barcode_key" ON "pos_products"("tenantId", "barcode");

-- CreateIndex
CREATE UNIQUE INDEX "pos_variants_tenantId_sku_key" ON "pos_variants"("tenantId", "sku");

-- CreateIndex
CREATE UNIQUE INDEX "pos_variants_tenantId_barcode_key" ON "pos_variants"("tenantId", "barcode");

-- CreateIndex
CREATE INDEX "pos_stock_tenantId_storeId_idx" ON "pos_stock"("tenantId", "storeId");

-- CreateIndex
CREATE UNIQUE INDEX "pos_stock_storeId_productId_variantKey_key" ON "pos_stock"("storeId", "productId", "variantKey");

-- CreateIndex
CREATE INDEX "pos_stock_movements_tenantId_storeId_createdAt_idx" ON "pos_stock_movements"("tenantId", "storeId", "createdAt");

-- CreateIndex
CREATE INDEX "pos_stock_movements_productId_idx" ON "pos_stock_movements"("productId");

-- CreateIndex
CREATE INDEX "pos_transfers_tenantId_status_idx" ON "pos_transfers"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "pos_transfers_tenantId_number_key" ON "pos_transfers"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "pos_customer_groups_tenantId_name_key" ON "pos_customer_groups"("tenantId", "name");

-- CreateIndex
CREATE INDEX "pos_customers_tenantId_name_idx" ON "pos_customers"("tenantId", "name");

-- CreateIndex
CREATE INDEX "pos_customers_tenantId_phone_idx" ON "pos_customers"("tenantId", "phone");

-- CreateIndex
CREATE INDEX "pos_ledger_entries_customerId_createdAt_idx" ON "pos_ledger_entries"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "pos_loyalty_entries_customerId_createdAt_idx" ON "pos_loyalty_entries"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "pos_sales_tenantId_storeId_createdAt_idx" ON "pos_sales"("tenantId", "storeId", "createdAt");

-- CreateIndex
CREATE INDEX "pos_sales_customerId_idx" ON "pos_sales"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "pos_sales_tenantId_number_key" ON "pos_sales"("tenantId", "number");

-- CreateIndex
CREATE INDEX "pos_sale_lines_saleId_idx" ON "pos_sale_lines"("saleId");

-- CreateIndex
CREATE INDEX "pos_sale_lines_productId_idx" ON "pos_sale_lines"("productId");

-- CreateIndex
CREATE INDEX "pos_payments_tenantId_createdAt_idx" ON "pos_payments"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "pos_payments_customerId_idx" ON "pos_payments"("customerId");

-- CreateIndex
CREATE INDEX "pos_returns_saleId_idx" ON "pos_returns"("saleId");

-- CreateIndex
CREATE INDEX "pos_suppliers_tenantId_name_idx" ON "pos_suppliers"("tenantId", "name");

-- CreateIndex
CREATE INDEX "pos_purchase_orders_tenantId_status_idx" ON "pos_purchase_orders"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "pos_purchase_orders_tenantId_number_key" ON "pos_purchase_orders"("tenantId", "number");

-- CreateIndex
CREATE INDEX "pos_purchase_lines_purchaseId_idx" ON "pos_purchase_lines"("purchaseId");

-- CreateIndex
CREATE INDEX "pos_purchase_payments_purchaseId_idx" ON "pos_purchase_payments"("purchaseId");

-- CreateIndex
CREATE UNIQUE INDEX "pos_expense_categories_tenantId_name_key" ON "pos_expense_categories"("tenantId", "name");

-- CreateIndex
CREATE INDEX "pos_expenses_tenantId_date_idx" ON "pos_expenses"("tenantId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "pos_receipt_templates_tenantId_key" ON "pos_receipt_templates"("tenantId");

-- CreateIndex
CREATE INDEX "pos_audit_logs_tenantId_createdAt_idx" ON "pos_audit_logs"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "pos_audit_logs_entityType_entityId_idx" ON "pos_audit_logs"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "pos_stores" ADD CONSTRAINT "pos_stores_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "pos_tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_users" ADD CONSTRAINT "pos_users_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "pos_tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_refresh_tokens" ADD CONSTRAINT "pos_refresh_tokens_userId_fkey" FOREIGN KEY ("userId") REFERENCES "pos_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_categories" ADD CONSTRAINT "pos_categories_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "pos_categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_products" ADD CONSTRAINT "pos_products_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "pos_categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_variants" ADD CONSTRAINT "pos_variants_productId_fkey" FOREIGN KEY ("productId") REFERENCES "pos_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_transfer_lines" ADD CONSTRAINT "pos_transfer_lines_transferId_fkey" FOREIGN KEY ("transferId") REFERENCES "pos_transfers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_customers" ADD CONSTRAINT "pos_customers_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "pos_customer_groups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_sale_lines" ADD CONSTRAINT "pos_sale_lines_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "pos_sales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_payments" ADD CONSTRAINT "pos_payments_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "pos_sales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_returns" ADD CONSTRAINT "pos_returns_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "pos_sales"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_purchase_orders" ADD CONSTRAINT "pos_purchase_orders_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "pos_suppliers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_purchase_lines" ADD CONSTRAINT "pos_purchase_lines_purchaseId_fkey" FOREIGN KEY ("purchaseId") REFERENCES "pos_purchase_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_purchase_payments" ADD CONSTRAINT "pos_purchase_payments_purchaseId_fkey" FOREIGN KEY ("purchaseId") REFERENCES "pos_purchase_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_expenses" ADD CONSTRAINT "pos_expenses_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "pos_expense_categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
