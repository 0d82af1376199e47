import { builder } from "../../../builder.ts";

export const PhotoUser = builder.prismaObject("PhotoUser", {
  description: "A participant: joins projects, gets tagged in photos and buys them.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
  }),
});
