import { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { operatorIdOf } from "../roles.ts";
import type { Analytics } from "./analytics.type.ts";

export type AnalyticsScope = { projectIds?: string[] | null; photographerIds?: string[] | null };

/**
 * Scope rules:
 * - only the calling operator's projects (any status: archived projects still hold revenue); ids of other
 *   operators' projects or photographers are not an error, they just match nothing, so they reveal nothing;
 * - projectIds narrows every figure to those projects;
 * - photographerIds narrows the photo figures only (photosUploaded, usersTagged/tagged, photosByPhotographer):
 *   members, invites and purchases are per project, not per photographer.
 * People are counted once however many projects they are in; revenue and purchases count `paid` purchases.
 * Three statements whatever the data size, all aggregated in PostgreSQL.
 */
export async function computeAnalytics(ctx: Context, scope: AnalyticsScope): Promise<Analytics> {
  const projects = Prisma.sql`SELECT id, name FROM photo_projects WHERE "operatorId" = ${operatorIdOf(ctx)}::uuid
    ${scope.projectIds?.length ? Prisma.sql`AND id = ANY(${scope.projectIds}::uuid[])` : Prisma.empty}`;
  const photos = Prisma.sql`SELECT p.id, p."photographerId" FROM photo_photos p JOIN scope s ON s.id = p."projectId"
    ${scope.photographerIds?.length ? Prisma.sql`WHERE p."photographerId" = ANY(${scope.photographerIds}::uuid[])` : Prisma.empty}`;
  const withScope = Prisma.sql`WITH scope AS (${projects}), photos AS (${photos})`;

  const [totals, byPhotographer, byProject] = await Promise.all([
    ctx.db.$queryRaw<[Record<"photos" | "tagged" | "enrolled" | "invited" | "purchased" | "purchases", number> & { revenue: bigint }]>`${withScope}
      SELECT
        (SELECT COUNT(*) FROM photos)::int AS photos,
        (SELECT COUNT(DISTINCT t."userId") FROM photo_photo_tags t JOIN photos p ON p.id = t."photoId")::int AS tagged,
        (SELECT COUNT(DISTINCT m."userId") FROM photo_project_members m JOIN scope s ON s.id = m."projectId")::int AS enrolled,
        (SELECT COUNT(DISTINCT lower(i.email)) FROM photo_invites i JOIN scope s ON s.id = i."projectId")::int AS invited,
        (SELECT COUNT(DISTINCT b."userId") FROM photo_purchases b JOIN scope s ON s.id = b."projectId" WHERE b.status = 'paid')::int AS purchased,
        (SELECT COUNT(*) FROM photo_purchases b JOIN scope s ON s.id = b."projectId" WHERE b.status = 'paid')::int AS purchases,
        (SELECT COALESCE(SUM(b."totalCents"), 0) FROM photo_purchases b JOIN scope s ON s.id = b."projectId" WHERE b.status = 'paid')::bigint AS revenue`,
    // photos whose photographer was deleted (photographerId set null) have no name to list
    ctx.db.$queryRaw<{ name: string; photoCount: number }[]>`${withScope}
      SELECT ph.name, COUNT(*)::int AS "photoCount"
      FROM photos p JOIN photo_photographers ph ON ph.id = p."photographerId"
      GROUP BY ph.id, ph.name ORDER BY "photoCount" DESC, ph.name, ph.id`,
    ctx.db.$queryRaw<{ projectName: string; purchasesMade: number; revenue: bigint }[]>`${withScope}
      SELECT s.name AS "projectName", COUNT(b.id)::int AS "purchasesMade", COALESCE(SUM(b."totalCents"), 0)::bigint AS revenue
      FROM scope s LEFT JOIN photo_purchases b ON b."projectId" = s.id AND b.status = 'paid'
      GROUP BY s.id, s.name ORDER BY revenue DESC, s.name, s.id`,
  ]);
  const t = totals[0];
  return {
    kpis: { membersEnrolled: t.enrolled, revenueInCents: Number(t.revenue), photosUploaded: t.photos, usersTagged: t.tagged, purchasesMade: t.purchases },
    photosByPhotographer: byPhotographer,
    revenueByProject: byProject.map((r) => ({ projectName: r.projectName, purchasesMade: r.purchasesMade, revenueInCents: Number(r.revenue) })),
    conversionFunnel: { invited: t.invited, enrolled: t.enrolled, tagged: t.tagged, purchased: t.purchased },
  };
}
