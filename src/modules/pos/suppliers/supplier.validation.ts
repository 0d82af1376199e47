import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const SupplierName = text(160).min(1, "is required");
export const SupplierContactName = text(120);
export const SupplierEmail = z.string().trim().max(254, "must be at most 254 characters").email("must be a valid e-mail address");
export const SupplierPhone = text(40).regex(/^\+?[()\d\s.-]*\d[()\d\s.-]*$/, "must be a valid phone number");
export const SupplierAddress = text(500);
