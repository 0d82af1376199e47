import type { SystemModule } from "../kernel/system.ts";
import { photoModule } from "./photo/module.ts";
import { printModule } from "./print/module.ts";
import { auctionModule } from "./auction/module.ts";
import { posModule } from "./pos/module.ts";

/** Every system served by this process. Adding a system = adding its manifest here and its schema in schema.ts. */
export const systems: SystemModule[] = [photoModule, printModule, auctionModule, posModule];
