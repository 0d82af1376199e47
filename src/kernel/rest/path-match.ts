import type { HttpMethod, RestRoute } from "./route-table.ts";

type Compiled = { route: RestRoute; regex: RegExp; keys: string[]; statics: number };

/** Matches documented paths: static segments win over params (`/me/projects` before `/:id`). */
export class RouteMatcher {
  private readonly compiled: Compiled[];
  constructor(routes: RestRoute[]) {
    this.compiled = routes.map((route) => {
      const keys: string[] = [];
      const segments = route.path.split("/").filter(Boolean);
      const pattern = segments.map((s) => {
        if (s.startsWith(":")) { keys.push(s.slice(1)); return "/([^/]+)"; }
        return "/" + s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }).join("");
      return { route, regex: new RegExp(`^${pattern || "/"}/?$`), keys, statics: segments.length - keys.length };
    }).sort((a, b) => b.statics - a.statics);
  }

  match(method: string, path: string): { route: RestRoute; params: Record<string, string> } | { allowed: HttpMethod[] } | null {
    const allowed: HttpMethod[] = [];
    for (const c of this.compiled) {
      const m = c.regex.exec(path);
      if (!m) continue;
      if (c.route.method !== method) { allowed.push(c.route.method); continue; }
      const params: Record<string, string> = {};
      c.keys.forEach((k, i) => { params[k] = safeDecode(m[i + 1]!); });
      return { route: c.route, params };
    }
    return allowed.length ? { allowed } : null;
  }
}

function safeDecode(s: string) {
  try { return decodeURIComponent(s); } catch { return s; }
}
