import { z } from "zod";
import { AUCTION_ROLES } from "../roles.ts";

export const StaffName = z.string().trim().min(1, "This field is required").max(120, "must be at most 120 characters");
export const StaffEmail = z.string().trim().max(254).email("Please enter a valid email address");
export const StaffUsername = z.string().trim().min(1, "This field is required").max(60, "must be at most 60 characters")
  .regex(/^[A-Za-z0-9_.@-]+$/, "may contain letters, digits and . _ - @ only");
export const StaffPassword = z.string().min(8, "must be at least 8 characters").max(200, "must be at most 200 characters");
export const StaffRoles = z.array(z.enum(AUCTION_ROLES, { message: `must be one of ${AUCTION_ROLES.join(", ")}` }))
  .min(1, "must name at least one role").max(AUCTION_ROLES.length * 2);
