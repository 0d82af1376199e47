import { builder } from "../../../builder.ts";
import { STAFF } from "../roles.ts";
import { AuctionActivity } from "./activity.type.ts";
import { ActivityMessage, ContentTypeName, MachineName } from "./activity.validation.ts";
import { createActivity, findActivity, type ActivityInput } from "./activity.service.ts";

const CreateAuctionActivityInput = builder.inputType("CreateAuctionActivityInput", {
  fields: (t) => ({
    type: t.string({ description: "Activity type id (machine name), e.g. note_added. Required.", validate: MachineName.nullish() }),
    content: t.id({ description: "Id of the record the activity is about. Required." }),
    contentType: t.string({ description: "item (default), order, client, sale, consignment or transaction.", validate: ContentTypeName.nullish() }),
    message: t.string({ validate: ActivityMessage.nullish() }),
    details: t.field({ type: "JSON", description: "Free-form JSON object (old/new values, ...)." }),
  }),
});

builder.mutationFields((t) => ({
  createAuctionActivity: t.prismaField({
    description: "Log an activity on a record as the signed-in staff member.",
    type: AuctionActivity,
    authScopes: { role: STAFF },
    args: { input: t.arg({ type: CreateAuctionActivityInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await createActivity(ctx, input as ActivityInput);
      return findActivity(ctx, created.id, query);
    },
  }),
}));
