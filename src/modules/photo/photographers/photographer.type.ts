import { builder } from "../../../builder.ts";

export const PhotoPhotographer = builder.prismaObject("PhotoPhotographer", {
  description: "A photographer account owned by one operator.",
  // select mode: load only the columns the request asks for (exposed fields add their own), not whole rows
  select: { id: true },
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
