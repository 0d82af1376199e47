import type { SystemId } from "./principal.ts";

/** Finds which system a failed scope-auth check was about, from its `photo:operator` style parameter. */
export function systemOfFailure(failure: unknown): SystemId | undefined {
  const f = failure as { parameter?: unknown; failures?: unknown[] } | undefined;
  if (!f) return undefined;
  const params = Array.isArray(f.parameter) ? f.parameter : [f.parameter];
  for (const p of params) if (typeof p === "string" && p.includes(":")) return p.split(":")[0] as SystemId;
  for (const inner of f.failures ?? []) {
    const found = systemOfFailure(inner);
    if (found) return found;
  }
  return undefined;
}
