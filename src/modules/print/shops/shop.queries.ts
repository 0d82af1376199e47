import { builder } from "../../../builder.ts";
import { ANY_PRINT_USER } from "../roles.ts";
import { PrintShop } from "./shop.type.ts";
import { nearestShops } from "./shop.service.ts";

builder.queryFields((t) => ({
  printShops: t.field({
    description: "Shops nearest to lat/long (or to the caller's own position), closest first, open or not.",
    type: [PrintShop],
    authScopes: { role: ANY_PRINT_USER },
    args: {
      lat: t.arg.float({ description: "Latitude of the origin (with long)." }),
      long: t.arg.float({ description: "Longitude of the origin (with lat)." }),
      limit: t.arg.int({ description: "At most this many shops (1–100, default 50)." }),
    },
    resolve: (_root, args, ctx) => nearestShops(ctx, args),
  }),
}));
