-- CreateEnum
CREATE TYPE "PrintRole" AS ENUM ('customer', 'shopkeeper', 'admin');

-- CreateEnum
CREATE TYPE "PrintOtpPurpose" AS ENUM ('signup', 'login');

-- CreateEnum
CREATE TYPE "PrintFileStatus" AS ENUM ('uploaded', 'printing', 'downloaded', 'withdrawn', 'cancelled');

-- CreateEnum
CREATE TYPE "PrintType" AS ENUM ('private', 'queue');

-- CreateEnum
CREATE TYPE "PrintPaymentStatus" AS ENUM ('created', 'paid', 'failed', 'refunded');

-- CreateEnum
CREATE TYPE "PrintPaymentMethod" AS ENUM ('wallet', 'razorpay', 'hybrid');

-- CreateEnum
CREATE TYPE "PrintWalletTxType" AS ENUM ('topup', 'payment', 'refund', 'withdrawal', 'referral_bonus', 'referral_welcome');

-- CreateEnum
CREATE TYPE "PrintReferralStatus" AS ENUM ('pending', 'credited');

-- CreateEnum
CREATE TYPE "PrintPayoutStatus" AS ENUM ('pending', 'processing', 'paid', 'failed');

-- CreateEnum
CREATE TYPE "PrintWithdrawalStatus" AS ENUM ('pending', 'processed', 'rejected');

-- CreateTable
CREATE TABLE "kernel_notifications" (
    "id" UUID NOT NULL,
    "system" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "data" JSONB,
    "status" "KernelMailStatus" NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "kernel_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_users" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "PrintRole" NOT NULL DEFAULT 'customer',
    "shopName" TEXT,
    "lat" DOUBLE PRECISION,
    "long" DOUBLE PRECISION,
    "address" TEXT,
    "isOpen" BOOLEAN NOT NULL DEFAULT false,
    "lastHeartbeatAt" TIMESTAMP(3),
    "lastWebActivityAt" TIMESTAMP(3),
    "walletBalance" INTEGER NOT NULL DEFAULT 0,
    "referralCode" TEXT,
    "fcmToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "print_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_otps" (
    "id" SERIAL NOT NULL,
    "purpose" "PrintOtpPurpose" NOT NULL,
    "email" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sendCount" INTEGER NOT NULL DEFAULT 1,
    "lastSentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "print_otps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_password_resets" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "print_password_resets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_referrals" (
    "id" SERIAL NOT NULL,
    "referrerId" INTEGER NOT NULL,
    "refereeId" INTEGER NOT NULL,
    "status" "PrintReferralStatus" NOT NULL DEFAULT 'pending',
    "amount" INTEGER NOT NULL DEFAULT 0,
    "creditedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "print_referrals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_referral_invites" (
    "id" SERIAL NOT NULL,
    "referrerId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "print_referral_invites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_payment_orders" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "orderId" TEXT NOT NULL,
    "paymentId" TEXT,
    "amount" INTEGER NOT NULL,
    "status" "PrintPaymentStatus" NOT NULL DEFAULT 'created',
    "paymentMethod" "PrintPaymentMethod" NOT NULL DEFAULT 'razorpay',
    "walletAmount" INTEGER NOT NULL DEFAULT 0,
    "razorpayAmount" INTEGER NOT NULL DEFAULT 0,
    "printType" "PrintType" NOT NULL,
    "copies" INTEGER NOT NULL DEFAULT 1,
    "printMode" TEXT NOT NULL DEFAULT 'single',
    "colorMode" TEXT NOT NULL DEFAULT 'bw',
    "paperSize" TEXT NOT NULL DEFAULT 'A4',
    "shopkeeperId" INTEGER,
    "shopkeeperAmount" INTEGER NOT NULL DEFAULT 0,
    "commissionBps" INTEGER NOT NULL DEFAULT 0,
    "comment" TEXT,
    "refundedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "print_payment_orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_files" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "paymentOrderId" INTEGER,
    "shopkeeperId" INTEGER,
    "code" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT,
    "numPages" INTEGER NOT NULL,
    "copies" INTEGER NOT NULL DEFAULT 1,
    "printMode" TEXT NOT NULL DEFAULT 'single',
    "colorMode" TEXT NOT NULL DEFAULT 'bw',
    "paperSize" TEXT NOT NULL DEFAULT 'A4',
    "printType" "PrintType" NOT NULL,
    "comment" TEXT,
    "cost" INTEGER NOT NULL,
    "status" "PrintFileStatus" NOT NULL DEFAULT 'uploaded',
    "cancelReason" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "cancelledBy" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "print_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_wallet_transactions" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "type" "PrintWalletTxType" NOT NULL,
    "amount" INTEGER NOT NULL,
    "balanceBefore" INTEGER NOT NULL,
    "balanceAfter" INTEGER NOT NULL,
    "paymentOrderId" INTEGER,
    "razorpayPaymentId" TEXT,
    "razorpayRefundId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'completed',
    "description" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "print_wallet_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_wallet_topups" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "orderId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" "PrintPaymentStatus" NOT NULL DEFAULT 'created',
    "paymentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "print_wallet_topups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_withdrawals" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "amount" INTEGER NOT NULL,
    "bankAccount" TEXT NOT NULL,
    "ifscCode" TEXT NOT NULL,
    "accountHolderName" TEXT NOT NULL,
    "status" "PrintWithdrawalStatus" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "print_withdrawals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_payouts" (
    "id" SERIAL NOT NULL,
    "shopkeeperId" INTEGER NOT NULL,
    "paymentOrderId" INTEGER,
    "amount" INTEGER NOT NULL,
    "status" "PrintPayoutStatus" NOT NULL DEFAULT 'pending',
    "reference" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "print_payouts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_webhook_events" (
    "id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "print_webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "print_app_downloads" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "windowsShopkeeperUrl" TEXT NOT NULL DEFAULT '',
    "androidCustomerUrl" TEXT NOT NULL DEFAULT '',
    "iosCustomerUrl" TEXT NOT NULL DEFAULT '',
    "windowsComingSoon" BOOLEAN NOT NULL DEFAULT false,
    "androidComingSoon" BOOLEAN NOT NULL DEFAULT false,
    "iosComingSoon" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "print_app_downloads_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "kernel_notifications_system_recipient_idx" ON "kernel_notifications"("system", "recipient");

-- CreateIndex
CREATE UNIQUE INDEX "print_users_username_key" ON "print_users"("username");

-- CreateIndex
CREATE UNIQUE INDEX "print_users_email_key" ON "print_users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "print_users_phone_key" ON "print_users"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "print_users_referralCode_key" ON "print_users"("referralCode");

-- CreateIndex
CREATE INDEX "print_users_role_isOpen_idx" ON "print_users"("role", "isOpen");

-- CreateIndex
CREATE INDEX "print_otps_purpose_email_createdAt_idx" ON "print_otps"("purpose", "email", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "print_password_resets_tokenHash_key" ON "print_password_resets"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "print_referrals_refereeId_key" ON "print_referrals"("refereeId");

-- CreateIndex
CREATE INDEX "print_referrals_referrerId_createdAt_idx" ON "print_referrals"("referrerId", "createdAt");

-- CreateIndex
CREATE INDEX "print_referral_invites_referrerId_createdAt_idx" ON "print_referral_invites"("referrerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "print_payment_orders_orderId_key" ON "print_payment_orders"("orderId");

-- CreateIndex
CREATE INDEX "print_payment_orders_userId_createdAt_idx" ON "print_payment_orders"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "print_payment_orders_shopkeeperId_status_idx" ON "print_payment_orders"("shopkeeperId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "print_files_code_key" ON "print_files"("code");

-- CreateIndex
CREATE INDEX "print_files_shopkeeperId_status_createdAt_idx" ON "print_files"("shopkeeperId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "print_files_userId_createdAt_idx" ON "print_files"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "print_files_paymentOrderId_idx" ON "print_files"("paymentOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "print_wallet_transactions_idempotencyKey_key" ON "print_wallet_transactions"("idempotencyKey");

-- CreateIndex
CREATE INDEX "print_wallet_transactions_userId_createdAt_idx" ON "print_wallet_transactions"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "print_wallet_topups_orderId_key" ON "print_wallet_topups"("orderId");

-- CreateIndex
CREATE INDEX "print_wallet_topups_userId_createdAt_idx" ON "print_wallet_topups"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "print_payouts_shopkeeperId_createdAt_idx" ON "print_payouts"("shopkeeperId", "createdAt");

-- CreateIndex
CREATE INDEX "print_payouts_status_idx" ON "print_payouts"("status");

-- AddForeignKey
ALTER TABLE "print_password_resets" ADD CONSTRAINT "print_password_resets_userId_fkey" FOREIGN KEY ("userId") REFERENCES "print_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_referrals" ADD CONSTRAINT "print_referrals_referrerId_fkey" FOREIGN KEY ("referrerId") REFERENCES "print_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_referrals" ADD CONSTRAINT "print_referrals_refereeId_fkey" FOREIGN KEY ("refereeId") REFERENCES "print_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_referral_invites" ADD CONSTRAINT "print_referral_invites_referrerId_fkey" FOREIGN KEY ("referrerId") REFERENCES "print_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_payment_orders" ADD CONSTRAINT "print_payment_orders_userId_fkey" FOREIGN KEY ("userId") REFERENCES "print_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_payment_orders" ADD CONSTRAINT "print_payment_orders_shopkeeperId_fkey" FOREIGN KEY ("shopkeeperId") REFERENCES "print_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_files" ADD CONSTRAINT "print_files_userId_fkey" FOREIGN KEY ("userId") REFERENCES "print_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_files" ADD CONSTRAINT "print_files_shopkeeperId_fkey" FOREIGN KEY ("shopkeeperId") REFERENCES "print_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_files" ADD CONSTRAINT "print_files_paymentOrderId_fkey" FOREIGN KEY ("paymentOrderId") REFERENCES "print_payment_orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_wallet_transactions" ADD CONSTRAINT "print_wallet_transactions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "print_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_wallet_transactions" ADD CONSTRAINT "print_wallet_transactions_paymentOrderId_fkey" FOREIGN KEY ("paymentOrderId") REFERENCES "print_payment_orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_wallet_topups" ADD CONSTRAINT "print_wallet_topups_userId_fkey" FOREIGN KEY ("userId") REFERENCES "print_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_withdrawals" ADD CONSTRAINT "print_withdrawals_userId_fkey" FOREIGN KEY ("userId") REFERENCES "print_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_payouts" ADD CONSTRAINT "print_payouts_shopkeeperId_fkey" FOREIGN KEY ("shopkeeperId") REFERENCES "print_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "print_payouts" ADD CONSTRAINT "print_payouts_paymentOrderId_fkey" FOREIGN KEY ("paymentOrderId") REFERENCES "print_payment_orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;
