import type { SystemModule } from "../../kernel/system.ts";
import { photoRest } from "./rest.ts";
import { seedPhotoDemo } from "./seed.ts";

export const photoModule: SystemModule = {
  id: "photo",
  audience: "backoffice",
  rest: photoRest,
  seedDemo: seedPhotoDemo,
  isFresh: async ({ db }) => (await db.photoOperator.count()) === 0,
};
