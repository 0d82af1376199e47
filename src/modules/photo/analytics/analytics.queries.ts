import { builder } from "../../../builder.ts";
import { OPERATOR } from "../roles.ts";
import { PhotoAnalytics } from "./analytics.type.ts";
import { UuidListModel } from "./analytics.validation.ts";
import { computeAnalytics } from "./analytics.service.ts";

builder.queryFields((t) => ({
  photoAnalytics: t.field({
    description: "KPIs, photos by photographer, revenue by project and conversion funnel of the calling operator's projects.",
    type: PhotoAnalytics,
    authScopes: { role: OPERATOR },
    args: {
      projectIds: t.arg.string({ description: "Comma-separated project UUIDs: scope to these projects." })
        .validate(UuidListModel.nullish()),
      photographerIds: t.arg.string({ description: "Comma-separated photographer UUIDs: scope the photo figures to them." })
        .validate(UuidListModel.nullish()),
    },
    resolve: (_root, { projectIds, photographerIds }, ctx) => computeAnalytics(ctx, { projectIds, photographerIds }),
  }),
}));
