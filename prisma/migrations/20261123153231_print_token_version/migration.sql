-- AlterTable
ALTER TABLE "print_users" ADD COLUMN     "tokenVersion" INTEGER NOT NULL DEFAULT 0;
