import { builder } from "../../../builder.ts";
import { notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import { OPERATOR, PHOTOGRAPHER, operatorIdOf } from "../roles.ts";
import { PhotoProject } from "./project.type.ts";

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

builder.queryFields((t) => ({
  photoProjects: t.prismaField({
    description: "The calling operator's projects, newest first (archived projects are hidden).",
    type: [PhotoProject],
    authScopes: { role: OPERATOR },
    resolve: (query, _root, _args, ctx) => ctx.db.photoProject.findMany({
      ...query,
      where: scoped("operatorId", operatorIdOf(ctx), { status: { not: "archived" as const } }),
      orderBy: newestFirst,
    }),
  }),
  photoProject: t.prismaField({
    description: "One project with its photographers: an operator's own, or one a photographer is assigned to.",
    type: PhotoProject,
    authScopes: { role: [OPERATOR, PHOTOGRAPHER] },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const assigned = ctx.principal!.role === "photographer"
        ? { status: { not: "archived" as const }, photographers: { some: { photographerId: ctx.principal!.id } } }
        : {};
      const project = await ctx.db.photoProject.findFirst({ ...query, where: scoped("operatorId", operatorIdOf(ctx), { id, ...assigned }) });
      if (!project) throw notFound("Project");
      return project;
    },
  }),
  photoAssignedProjects: t.prismaField({
    description: "Projects the calling photographer is assigned to, newest first.",
    type: [PhotoProject],
    authScopes: { role: PHOTOGRAPHER },
    resolve: (query, _root, _args, ctx) => ctx.db.photoProject.findMany({
      ...query,
      where: { status: { not: "archived" }, photographers: { some: { photographerId: ctx.principal!.id } } },
      orderBy: newestFirst,
    }),
  }),
  photoAssignedProject: t.prismaField({
    description: "One project the calling photographer is assigned to.",
    type: PhotoProject,
    authScopes: { role: PHOTOGRAPHER },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const project = await ctx.db.photoProject.findFirst({
        ...query,
        where: { id, status: { not: "archived" }, photographers: { some: { photographerId: ctx.principal!.id } } },
      });
      if (!project) throw notFound("Project");
      return project;
    },
  }),
}));
