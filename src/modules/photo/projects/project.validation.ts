import { z } from "zod";
import { NameModel, TimezoneModel } from "../validation.ts";

export const ProjectLinkModel = z.string().trim().url("must be a URL").max(2000);
export const LocationModel = z.string().trim().max(300);
export const TermsModel = z.string().max(20_000);
export const CreateStatusModel = z.enum(["draft", "live"], { message: 'must be "draft" or "live" when creating' });
export { NameModel, TimezoneModel };
