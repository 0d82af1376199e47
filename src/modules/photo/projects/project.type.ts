import { builder } from "../../../builder.ts";
import { PhotoProjectStatus, PhotoProjectType } from "../enums.ts";
import { PhotoPhotographer } from "../photographers/photographer.type.ts";
import { PhotoDiscount } from "../discounts/discount.type.ts";
import { OPERATOR } from "../roles.ts";

export const PhotoProject = builder.prismaObject("PhotoProject", {
  description: "A photo event: participants join it, photographers shoot it, photos are sold from it.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    name: t.exposeString("name"),
    type: t.expose("type", { type: PhotoProjectType }),
    status: t.expose("status", { type: PhotoProjectStatus }),
    locationName: t.exposeString("locationName", { nullable: true }),
    startAt: t.expose("startAt", { type: "DateTime", nullable: true }),
    endAt: t.expose("endAt", { type: "DateTime", nullable: true }),
    projectLink: t.exposeString("projectLink", { nullable: true }),
    termsAndConditions: t.exposeString("termsAndConditions", { nullable: true }),
    timezone: t.exposeString("timezone", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    photographers: t.field({
      description: "Photographers assigned to the project, in assignment order.",
      type: [PhotoPhotographer],
      select: (_args, _ctx, nested) => ({
        photographers: { select: { photographer: nested(true) }, orderBy: { assignedAt: "asc" } },
      }),
      resolve: (p) => p.photographers.map((a) => a.photographer),
    }),
    discounts: t.field({
      description: "Discounts linked to the project.",
      type: [PhotoDiscount],
      authScopes: { role: OPERATOR },
      select: (_args, _ctx, nested) => ({
        discounts: { select: { discount: nested(true) }, orderBy: { linkedAt: "asc" } },
      }),
      resolve: (p) => p.discounts.map((d) => d.discount),
    }),
    invites: t.relation("invites", {
      description: "Invites sent for the project, newest first.",
      authScopes: { role: OPERATOR },
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    }),
    memberCount: t.relationCount("members", { description: "Participants who joined the project." }),
    photoCount: t.relationCount("photos", { description: "Photos uploaded to the project." }),
  }),
});
