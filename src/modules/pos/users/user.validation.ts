import { z } from "zod";

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const STAFF_ROLES = ["ADMIN", "MANAGER", "CASHIER"] as const;
export const ALL_ROLES = ["SUPER_ADMIN", ...STAFF_ROLES] as const;

export const EmailModel = z.string().trim().toLowerCase().max(254, "must be at most 254 characters").email("must be a valid e-mail address");
export const NameModel = z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters");
export const PhoneModel = z.string().trim().max(40, "must be at most 40 characters").regex(/^[+()\d\s.-]*$/, "must be a valid phone number");
/** New passwords: 8 to 128 characters. */
export const PasswordModel = z.string().min(8, "must be at least 8 characters").max(128, "must be at most 128 characters");
/** Any role name the API knows: SUPER_ADMIN is refused by the rules (403), not by validation. */
export const RoleModel = z.enum(ALL_ROLES, { message: `must be one of ${STAFF_ROLES.join(", ")}` });
export const UuidModel = z.string().regex(UUID_RE, "must be a UUID");
