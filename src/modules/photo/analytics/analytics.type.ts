import { builder } from "../../../builder.ts";

export type Analytics = {
  kpis: { membersEnrolled: number; revenueInCents: number; photosUploaded: number; usersTagged: number; purchasesMade: number };
  photosByPhotographer: { name: string; photoCount: number }[];
  revenueByProject: { projectName: string; purchasesMade: number; revenueInCents: number }[];
  conversionFunnel: { invited: number; enrolled: number; tagged: number; purchased: number };
};

const Kpis = builder.objectRef<Analytics["kpis"]>("PhotoAnalyticsKpis").implement({
  fields: (t) => ({
    membersEnrolled: t.exposeInt("membersEnrolled", { description: "Distinct participants who joined a project in scope." }),
    revenueInCents: t.expose("revenueInCents", { type: "SafeInt", description: "Sum of paid purchases' totals." }),
    photosUploaded: t.exposeInt("photosUploaded"),
    usersTagged: t.exposeInt("usersTagged", { description: "Distinct participants tagged in those photos." }),
    purchasesMade: t.exposeInt("purchasesMade", { description: "Paid purchases." }),
  }),
});

const PhotographerPhotos = builder.objectRef<Analytics["photosByPhotographer"][number]>("PhotoAnalyticsPhotographerPhotos").implement({
  fields: (t) => ({ name: t.exposeString("name"), photoCount: t.exposeInt("photoCount") }),
});

const ProjectRevenue = builder.objectRef<Analytics["revenueByProject"][number]>("PhotoAnalyticsProjectRevenue").implement({
  fields: (t) => ({
    projectName: t.exposeString("projectName"),
    purchasesMade: t.exposeInt("purchasesMade"),
    revenueInCents: t.expose("revenueInCents", { type: "SafeInt" }),
  }),
});

const Funnel = builder.objectRef<Analytics["conversionFunnel"]>("PhotoAnalyticsFunnel").implement({
  description: "Distinct people at each stage: invited e-mails, enrolled, tagged, and buyers of a paid purchase.",
  fields: (t) => ({
    invited: t.exposeInt("invited"),
    enrolled: t.exposeInt("enrolled"),
    tagged: t.exposeInt("tagged"),
    purchased: t.exposeInt("purchased"),
  }),
});

export const PhotoAnalytics = builder.objectRef<Analytics>("PhotoAnalytics").implement({
  description: "KPIs, photos by photographer, revenue by project and the conversion funnel of the operator's projects.",
  fields: (t) => ({
    kpis: t.field({ type: Kpis, resolve: (a) => a.kpis }),
    photosByPhotographer: t.field({ type: [PhotographerPhotos], description: "Photographers with photos in scope, most photos first.", resolve: (a) => a.photosByPhotographer }),
    revenueByProject: t.field({ type: [ProjectRevenue], description: "Every project in scope, highest revenue first.", resolve: (a) => a.revenueByProject }),
    conversionFunnel: t.field({ type: Funnel, resolve: (a) => a.conversionFunnel }),
  }),
});
