import { randomUUID } from "node:crypto";
import type { TestApp } from "./test-app.ts";
import { unique, uniqueEmail } from "./unique.ts";
import type { PhotoPurchaseStatus } from "../../generated/prisma/enums.ts";

const DAY = 86_400_000;
/** `days` ago from now (fractions allowed): distinct, ordered timestamps for newest-first assertions. */
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

export type PurchaseFields = {
  status?: PhotoPurchaseStatus; photoIds?: string[]; photoCount?: number; subtotalCents?: number; discountAppliedCents?: number;
  totalCents?: number; appliedPromoCode?: string | null; stripePaymentIntentId?: string | null; createdAt?: Date;
};

/**
 * Rows no endpoint writes (participants, members, photos, tags, invites, purchases, downloads), inserted straight
 * through the app's Prisma client. Every value is unique, so tests stay parallel-safe.
 */
export function photoData(app: TestApp) {
  const db = app.services.db;
  const data = {
    user: (fields: { email?: string; name?: string } = {}) =>
      db.photoUser.create({ data: { email: fields.email ?? uniqueEmail("participant"), name: fields.name ?? unique("Participant") } }),

    async users(count: number) {
      const out = [];
      for (let i = 0; i < count; i++) out.push(await data.user());
      return out;
    },

    async member(projectId: string, ...userIds: string[]) {
      await db.photoProjectMember.createMany({ data: userIds.map((userId) => ({ projectId, userId })) });
    },

    photo(projectId: string, fields: { photographerId?: string | null; createdAt?: Date } = {}) {
      const id = randomUUID();
      return db.photoPhoto.create({
        data: { id, projectId, photographerId: fields.photographerId ?? null, storageKey: `photo/${projectId}/${id}.jpg`, createdAt: fields.createdAt },
      });
    },

    async photos(projectId: string, count: number, fields: { photographerId?: string | null } = {}) {
      const out = [];
      for (let i = 0; i < count; i++) out.push(await data.photo(projectId, fields));
      return out;
    },

    async tag(photoId: string, ...userIds: string[]) {
      await db.photoPhotoTag.createMany({ data: userIds.map((userId) => ({ photoId, userId })) });
    },

    invite: (projectId: string, fields: { email?: string; createdAt?: Date; expiresAt?: Date } = {}) =>
      db.photoInvite.create({
        data: { projectId, email: fields.email ?? uniqueEmail("invitee"), createdAt: fields.createdAt, expiresAt: fields.expiresAt ?? daysAgo(-7) },
      }),

    /** A purchase with one download row per photo; amounts default to 500 cents a photo without discount. */
    purchase(projectId: string, userId: string, fields: PurchaseFields = {}) {
      const photoIds = fields.photoIds ?? [];
      const photoCount = fields.photoCount ?? photoIds.length;
      const subtotalCents = fields.subtotalCents ?? photoCount * 500;
      const discountAppliedCents = fields.discountAppliedCents ?? 0;
      return db.photoPurchase.create({
        data: {
          projectId, userId, status: fields.status ?? "paid", photoCount, subtotalCents, discountAppliedCents,
          totalCents: fields.totalCents ?? subtotalCents - discountAppliedCents,
          appliedPromoCode: fields.appliedPromoCode ?? null, stripePaymentIntentId: fields.stripePaymentIntentId ?? null,
          createdAt: fields.createdAt,
          downloads: { create: photoIds.map((photoId) => ({ photoId })) },
        },
      });
    },
  };
  return data;
}
export type PhotoData = ReturnType<typeof photoData>;
