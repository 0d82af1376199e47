import type { Context } from "../../../kernel/context.ts";
import { conflict, notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import type { PhotoProjectStatus } from "../../../../generated/prisma/enums.ts";
import { operatorIdOf } from "../roles.ts";

/** Status machine: the only transitions the spec allows. */
export const TRANSITIONS: Record<PhotoProjectStatus, PhotoProjectStatus[]> = {
  draft: ["live"],
  live: ["draft", "closed"],
  closed: ["archived"],
  archived: [],
};

export type ProjectFields = {
  name?: string; type?: "private" | "public"; locationName?: string | null; startAt?: Date | null; endAt?: Date | null;
  projectLink?: string | null; termsAndConditions?: string | null; timezone?: string | null;
};

/** The operator's project (any status) or 404: another operator's project is indistinguishable from a missing one. */
export async function ownProject(ctx: Context, id: string) {
  const project = await ctx.db.photoProject.findFirst({ where: scoped("operatorId", operatorIdOf(ctx), { id }), select: { id: true, status: true, startAt: true, endAt: true } });
  if (!project) throw notFound("Project");
  return project;
}

function assertDates(startAt: Date | null | undefined, endAt: Date | null | undefined) {
  if (startAt && endAt && startAt > endAt) throw conflict("endAt must not be before startAt");
}

export async function createProject(ctx: Context, input: ProjectFields & { name: string; status?: "draft" | "live" | null }) {
  assertDates(input.startAt, input.endAt);
  const project = await ctx.db.photoProject.create({
    data: {
      operatorId: operatorIdOf(ctx),
      name: input.name.trim(),
      type: input.type ?? "private",
      status: input.status ?? "draft",
      locationName: input.locationName ?? null,
      startAt: input.startAt ?? null,
      endAt: input.endAt ?? null,
      projectLink: input.projectLink ?? null,
      termsAndConditions: input.termsAndConditions ?? null,
      timezone: input.timezone ?? null,
    },
    select: { id: true },
  });
  return project.id;
}

export async function updateProject(ctx: Context, id: string, input: ProjectFields) {
  const current = await ownProject(ctx, id);
  if (current.status === "archived") throw conflict("Archived projects cannot be changed");
  assertDates(input.startAt === undefined ? current.startAt : input.startAt, input.endAt === undefined ? current.endAt : input.endAt);
  await ctx.db.photoProject.update({
    where: { id },
    data: {
      name: input.name?.trim(),
      type: input.type,
      locationName: input.locationName,
      startAt: input.startAt,
      endAt: input.endAt,
      projectLink: input.projectLink,
      termsAndConditions: input.termsAndConditions,
      timezone: input.timezone,
    },
  });
}

export async function changeStatus(ctx: Context, id: string, status: PhotoProjectStatus) {
  const current = await ownProject(ctx, id);
  if (!TRANSITIONS[current.status].includes(status)) {
    const allowed = TRANSITIONS[current.status];
    throw conflict(`Cannot change project status from ${current.status} to ${status}`, {
      from: current.status, to: status, allowed,
    });
  }
  // conditional update: a concurrent transition cannot be overwritten
  const { count } = await ctx.db.photoProject.updateMany({ where: { id, status: current.status }, data: { status } });
  if (count === 0) throw conflict("The project status changed meanwhile; reload and retry");
}

export async function deleteProject(ctx: Context, id: string) {
  await ownProject(ctx, id);
  const photos = await ctx.db.photoPhoto.findMany({ where: { projectId: id }, select: { storageKey: true } });
  // rows first (one transaction via the cascade), then the stored objects: a failed object delete leaves an orphan
  // file, never a row pointing at a missing file
  await ctx.db.photoProject.delete({ where: { id } });
  try {
    await ctx.storage.delete(photos.map((p) => p.storageKey));
  } catch (error) {
    ctx.log.error({ err: error, projectId: id }, "photo objects of a deleted project could not be removed");
  }
}

export async function assignPhotographer(ctx: Context, id: string, photographerId: string) {
  const project = await ownProject(ctx, id);
  if (project.status === "archived") throw conflict("Archived projects cannot be changed");
  const photographer = await ctx.db.photoPhotographer.findFirst({ where: scoped("operatorId", operatorIdOf(ctx), { id: photographerId }), select: { id: true } });
  if (!photographer) throw notFound("Photographer");
  await ctx.db.photoProjectPhotographer.upsert({
    where: { projectId_photographerId: { projectId: id, photographerId } },
    create: { projectId: id, photographerId },
    update: {},
  });
}

export async function unassignPhotographer(ctx: Context, id: string, photographerId: string) {
  await ownProject(ctx, id);
  const { count } = await ctx.db.photoProjectPhotographer.deleteMany({ where: { projectId: id, photographerId } });
  if (count === 0) throw notFound("Photographer assignment");
}

export async function linkDiscount(ctx: Context, id: string, discountId: string) {
  const project = await ownProject(ctx, id);
  if (project.status === "archived") throw conflict("Archived projects cannot be changed");
  const discount = await ctx.db.photoDiscount.findFirst({ where: scoped("operatorId", operatorIdOf(ctx), { id: discountId }), select: { id: true } });
  if (!discount) throw notFound("Discount");
  await ctx.db.photoProjectDiscount.upsert({
    where: { projectId_discountId: { projectId: id, discountId } },
    create: { projectId: id, discountId },
    update: {},
  });
}

export async function unlinkDiscount(ctx: Context, id: string, discountId: string) {
  await ownProject(ctx, id);
  const { count } = await ctx.db.photoProjectDiscount.deleteMany({ where: { projectId: id, discountId } });
  if (count === 0) throw notFound("Discount link");
}
