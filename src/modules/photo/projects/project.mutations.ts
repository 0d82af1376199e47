import { builder } from "../../../builder.ts";
import { requiredOnUpdate } from "../../../kernel/validation.ts";
import { OPERATOR } from "../roles.ts";
import { PhotoProjectStatus, PhotoProjectType } from "../enums.ts";
import { PhotoProject } from "./project.type.ts";
import { CreateStatusModel, LocationModel, NameModel, ProjectLinkModel, TermsModel, TimezoneModel } from "./project.validation.ts";
import * as projects from "./project.service.ts";

export const CreatePhotoProjectInput = builder.inputType("CreatePhotoProjectInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: NameModel }),
    type: t.field({ type: PhotoProjectType, description: "Defaults to private (email-bound invite links)." }),
    status: t.field({ type: PhotoProjectStatus, description: "draft (default) or live to publish immediately.", validate: CreateStatusModel.nullish() }),
    locationName: t.string({ validate: LocationModel.nullish() }),
    startAt: t.field({ type: "DateTime" }),
    endAt: t.field({ type: "DateTime" }),
    projectLink: t.string({ validate: ProjectLinkModel.nullish() }),
    termsAndConditions: t.string({ validate: TermsModel.nullish() }),
    timezone: t.string({ validate: TimezoneModel.nullish() }),
  }),
});

export const UpdatePhotoProjectInput = builder.inputType("UpdatePhotoProjectInput", {
  validate: requiredOnUpdate("name", "type"),
  description: "Only the fields present change; null clears an optional field.",
  fields: (t) => ({
    name: t.string({ validate: NameModel.optional() }),
    type: t.field({ type: PhotoProjectType }),
    locationName: t.string({ validate: LocationModel.nullish() }),
    startAt: t.field({ type: "DateTime" }),
    endAt: t.field({ type: "DateTime" }),
    projectLink: t.string({ validate: ProjectLinkModel.nullish() }),
    termsAndConditions: t.string({ validate: TermsModel.nullish() }),
    timezone: t.string({ validate: TimezoneModel.nullish() }),
  }),
});

export const UpdatePhotoProjectStatusInput = builder.inputType("UpdatePhotoProjectStatusInput", {
  fields: (t) => ({ status: t.field({ type: PhotoProjectStatus, required: true }) }),
});
export const AssignPhotoProjectPhotographerInput = builder.inputType("AssignPhotoProjectPhotographerInput", {
  fields: (t) => ({ photographerId: t.field({ type: "UUID", required: true }) }),
});
export const LinkPhotoProjectDiscountInput = builder.inputType("LinkPhotoProjectDiscountInput", {
  fields: (t) => ({ discountId: t.field({ type: "UUID", required: true }) }),
});

/** Every project mutation answers with the project as it is now (REST 204 routes drop the body). */
const reload = (ctx: Parameters<typeof projects.ownProject>[0], query: object, id: string) =>
  ctx.db.photoProject.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  createPhotoProject: t.prismaField({
    description: "Create a project (type private and status draft unless given).",
    type: PhotoProject,
    authScopes: { role: OPERATOR },
    args: { input: t.arg({ type: CreatePhotoProjectInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => reload(ctx, query, await projects.createProject(ctx, {
      ...input, type: input.type ?? undefined, status: input.status as "draft" | "live" | null | undefined,
    })),
  }),
  updatePhotoProject: t.prismaField({
    description: "Update a project's name, type, location, dates, link, terms or timezone.",
    type: PhotoProject,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: UpdatePhotoProjectInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await projects.updateProject(ctx, id, { ...input, name: input.name ?? undefined, type: input.type ?? undefined });
      return reload(ctx, query, id);
    },
  }),
  updatePhotoProjectStatus: t.prismaField({
    description: "Transition a project: draft→live, live→draft, live→closed, closed→archived.",
    type: PhotoProject,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: UpdatePhotoProjectStatusInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await projects.changeStatus(ctx, id, input.status);
      return reload(ctx, query, id);
    },
  }),
  deletePhotoProject: t.field({
    description: "Permanently delete a project with all its photos (stored objects and rows). Returns the deleted id.",
    type: "UUID",
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (_root, { id }, ctx) => { await projects.deleteProject(ctx, id); return id; },
  }),
  assignPhotoProjectPhotographer: t.prismaField({
    description: "Assign one of the operator's photographers to the project (idempotent).",
    type: PhotoProject,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: AssignPhotoProjectPhotographerInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await projects.assignPhotographer(ctx, id, input.photographerId);
      return reload(ctx, query, id);
    },
  }),
  unassignPhotoProjectPhotographer: t.prismaField({
    description: "Remove a photographer from the project.",
    type: PhotoProject,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), photographerId: t.arg({ type: "UUID", required: true }) },
    resolve: async (query, _root, { id, photographerId }, ctx) => {
      await projects.unassignPhotographer(ctx, id, photographerId);
      return reload(ctx, query, id);
    },
  }),
  linkPhotoProjectDiscount: t.prismaField({
    description: "Link one of the operator's discounts to the project (idempotent).",
    type: PhotoProject,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: LinkPhotoProjectDiscountInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await projects.linkDiscount(ctx, id, input.discountId);
      return reload(ctx, query, id);
    },
  }),
  unlinkPhotoProjectDiscount: t.prismaField({
    description: "Unlink a discount from the project.",
    type: PhotoProject,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), discountId: t.arg({ type: "UUID", required: true }) },
    resolve: async (query, _root, { id, discountId }, ctx) => {
      await projects.unlinkDiscount(ctx, id, discountId);
      return reload(ctx, query, id);
    },
  }),
}));
