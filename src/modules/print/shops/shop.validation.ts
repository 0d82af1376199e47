import { badRequest } from "../../../kernel/errors.ts";

/** An origin for distances: both coordinates or neither, within the globe. */
export function checkedOrigin(lat: number | null | undefined, long: number | null | undefined): { lat: number; long: number } | null {
  if (lat == null && long == null) return null;
  if (lat == null || long == null) throw badRequest("lat and long must be given together");
  if (lat < -90 || lat > 90) throw badRequest("lat must be between -90 and 90");
  if (long < -180 || long > 180) throw badRequest("long must be between -180 and 180");
  return { lat, long };
}

/** limit/offset of a list: defaults when absent, a clear 400 when out of range (never a silent clamp). */
export function checkedWindow(limit: number | null | undefined, offset: number | null | undefined, opts: { fallback: number; max: number }) {
  const take = limit ?? opts.fallback;
  const skip = offset ?? 0;
  if (take < 1 || take > opts.max) throw badRequest(`limit must be between 1 and ${opts.max}`);
  if (skip < 0) throw badRequest("offset must not be negative");
  return { take, skip };
}

export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** A shop's cancellation reason, shown to the customer in the push notification. */
export function checkedReason(reason: string | null | undefined): string {
  const text = (reason ?? "").trim();
  if (text.length < REASON_MIN || text.length > REASON_MAX) throw badRequest(`A reason of ${REASON_MIN} to ${REASON_MAX} characters is required`);
  return text;
}
