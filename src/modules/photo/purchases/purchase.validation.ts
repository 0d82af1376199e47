import { pageArgModels } from "../../../kernel/pagination.ts";

export const DEFAULT_LIMIT = 50;
export const { page: PageModel, limit: LimitModel } = pageArgModels(100);
