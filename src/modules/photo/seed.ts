import { randomUUID } from "node:crypto";
import type { Services } from "../../kernel/context.ts";
import type { DemoLogin } from "../../kernel/system.ts";
import { hashPassword } from "../../kernel/auth/password.ts";
import type { PhotoPurchaseStatus } from "../../../generated/prisma/enums.ts";

const DAY = 86_400_000;
const PRICE_CENTS = 499;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/**
 * Demo data for a fresh database: one operator with photographers, projects in several statuses, participants,
 * tagged photos, invites, discounts, a promo code, pricing rules and purchases, so every screen and analytics
 * figure shows something. One transaction: a half-seeded demo would not be re-seeded (the operator exists).
 */
export async function seedPhotoDemo({ db }: Services): Promise<DemoLogin[]> {
  const password = "photo-demo-123";
  const passwordHash = await hashPassword(password);
  const operatorId = randomUUID();
  const [paula, marco, lea] = [randomUUID(), randomUUID(), randomUUID()];
  const projects = [
    { id: randomUUID(), name: "City Marathon 2026", type: "public" as const, status: "live" as const, locationName: "Berlin", startAt: ago(10), endAt: ago(9), photographers: [paula, marco], members: [0, 1, 2, 3, 4, 5] },
    { id: randomUUID(), name: "Summer Gala", type: "private" as const, status: "closed" as const, locationName: "Hamburg", startAt: ago(60), endAt: ago(60), photographers: [paula, lea], members: [5, 6, 7, 8] },
    { id: randomUUID(), name: "Autumn School Portraits", type: "private" as const, status: "draft" as const, locationName: "Munich", startAt: null, endAt: null, photographers: [lea], members: [] },
  ];
  const users = Array.from({ length: 10 }, (_, i) => ({ id: randomUUID(), email: `participant${i + 1}@photo.demo`, name: `Participant ${i + 1}` }));
  // photos per project: [photographer, how many]; each photo tags one or two of the project's members
  const shots: [number, string, number][] = [[0, paula, 7], [0, marco, 5], [1, paula, 3], [1, lea, 5]];
  const photos: { id: string; projectId: string; photographerId: string; storageKey: string; createdAt: Date }[] = [];
  const tags: { photoId: string; userId: string }[] = [];
  for (const [p, photographerId, count] of shots) {
    const project = projects[p]!;
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      photos.push({ id, projectId: project.id, photographerId, storageKey: `photo/${project.id}/${id}.jpg`, createdAt: ago(9 - i / 10) });
      const member = project.members[photos.length % project.members.length]!;
      tags.push({ photoId: id, userId: users[member]!.id });
      if (i % 3 === 0) tags.push({ photoId: id, userId: users[project.members[(photos.length + 1) % project.members.length]!]!.id });
    }
  }
  const promo = { id: randomUUID(), code: "SUMMER10" };
  const discounts = {
    earlyBird: { id: randomUUID(), operatorId, name: "Early bird 10%", type: "percentage" as const, value: 10 },
    bundle: { id: randomUUID(), operatorId, name: "Bundle of 5: 20% off", type: "bundle" as const, value: 20, bundleMinPhotos: 5 },
    fixed: { id: randomUUID(), operatorId, name: "2 EUR off", type: "fixed" as const, value: 200, isActive: false },
  };
  // [project, participant, status, photos bought, promo code used, days ago]
  const orders: [number, number, PhotoPurchaseStatus, number, boolean, number][] = [
    [0, 0, "paid", 3, false, 8], [0, 1, "paid", 5, false, 7.5], [0, 2, "pending", 2, false, 0.2], [0, 3, "failed", 1, false, 6],
    [0, 4, "paid", 1, true, 5], [0, 5, "refunded", 2, false, 4], [1, 5, "paid", 4, true, 55], [1, 6, "paid", 6, false, 50],
    [1, 7, "pending", 1, false, 1], [1, 8, "paid", 2, false, 45],
  ];
  const purchases = orders.map(([p, u, status, count, withPromo, days]) => {
    const projectPhotos = photos.filter((ph) => ph.projectId === projects[p]!.id);
    const subtotalCents = count * PRICE_CENTS;
    const percent = withPromo ? discounts.earlyBird.value : count >= discounts.bundle.bundleMinPhotos ? discounts.bundle.value : 0;
    const discountAppliedCents = Math.round((subtotalCents * percent) / 100);
    return {
      id: randomUUID(), projectId: projects[p]!.id, userId: users[u]!.id, status, photoCount: count, subtotalCents, discountAppliedCents,
      totalCents: subtotalCents - discountAppliedCents, promoCodeId: withPromo ? promo.id : null, appliedPromoCode: withPromo ? promo.code : null,
      stripePaymentIntentId: status === "pending" ? null : `pi_demo_${u}_${p}_${count}`, createdAt: ago(days),
      photoIds: projectPhotos.slice(u % 3, u % 3 + count).map((ph) => ph.id),
    };
  });

  await db.$transaction(async (tx) => {
    await tx.photoOperator.create({ data: { id: operatorId, name: "Demo Studio", email: "operator@photo.demo", passwordHash, timezone: "Europe/Berlin" } });
    await tx.photoPhotographer.createMany({ data: [
      { id: paula, operatorId, name: "Paula Lens", email: "photographer@photo.demo", passwordHash },
      { id: marco, operatorId, name: "Marco Flash", email: "marco@photo.demo", passwordHash },
      { id: lea, operatorId, name: "Lea Shutter", email: "lea@photo.demo", passwordHash },
    ] });
    await tx.photoProject.createMany({ data: projects.map(({ photographers: _p, members: _m, ...p }, i) => ({ ...p, operatorId, createdAt: ago(90 - i * 30) })) });
    await tx.photoProjectPhotographer.createMany({ data: projects.flatMap((p) => p.photographers.map((photographerId) => ({ projectId: p.id, photographerId }))) });
    await tx.photoUser.createMany({ data: users });
    await tx.photoProjectMember.createMany({ data: projects.flatMap((p) => p.members.map((u) => ({ projectId: p.id, userId: users[u]!.id, joinedAt: ago(p.status === "closed" ? 65 : 12) }))) });
    await tx.photoInvite.createMany({ data: [
      ...projects[1]!.members.map((u) => ({ projectId: projects[1]!.id, email: users[u]!.email, createdAt: ago(70), expiresAt: ago(63) })),
      { projectId: projects[1]!.id, email: "late.guest@example.com", createdAt: ago(70), expiresAt: ago(63) },
      { projectId: projects[2]!.id, email: "parent.one@example.com", createdAt: ago(2), expiresAt: ago(-5) },
      { projectId: projects[2]!.id, email: "parent.two@example.com", createdAt: ago(2), expiresAt: ago(-5) },
      { projectId: projects[2]!.id, email: users[9]!.email, createdAt: ago(1), expiresAt: ago(-6) },
    ] });
    await tx.photoPhoto.createMany({ data: photos });
    await tx.photoPhotoTag.createMany({ data: tags, skipDuplicates: true });
    await tx.photoDiscount.createMany({ data: Object.values(discounts) });
    await tx.photoProjectDiscount.createMany({ data: [
      { projectId: projects[0]!.id, discountId: discounts.bundle.id },
      { projectId: projects[1]!.id, discountId: discounts.earlyBird.id },
    ] });
    await tx.photoPromoCode.create({ data: { ...promo, operatorId, discountId: discounts.earlyBird.id, maxUses: 100, maxUsesPerUser: 1 } });
    await tx.photoPricingRule.createMany({ data: [
      { operatorId, pricePerPhotoCents: PRICE_CENTS, compareAtPriceCents: 799 },
      { operatorId, projectId: projects[2]!.id, pricePerPhotoCents: 399, compareAtPriceCents: 599, validFrom: ago(1) },
    ] });
    await tx.photoPurchase.createMany({ data: purchases.map(({ photoIds: _ids, ...p }) => p) });
    await tx.photoDownload.createMany({ data: purchases.flatMap((p) => p.photoIds.map((photoId) => ({ purchaseId: p.id, photoId }))) });
  });
  return [
    { system: "photo", role: "operator", login: "operator@photo.demo", password },
    { system: "photo", role: "photographer", login: "photographer@photo.demo", password },
  ];
}
