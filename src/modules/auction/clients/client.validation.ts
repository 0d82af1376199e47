import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
export const ClientEmail = z.string().trim().max(254).email("Please enter a valid email address");
export const ClientPhone = text(40).regex(/^[+()\d\s.-]*$/, "Please enter a valid phone number");
export const ClientName = text(120);
export const SUBSCRIPTION_TYPES = ["email", "post", "both", "none"] as const;
