import { builder } from "../../../builder.ts";

export const PhotoPhotographer = builder.prismaObject("PhotoPhotographer", {
  description: "A photographer account owned by one operator.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
