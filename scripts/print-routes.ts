// npm run routes: every served REST route, one JSON object per line, at its documented path. Needs no database.
import { systems } from "../src/modules/systems.ts";

for (const sys of systems) {
  for (const r of sys.rest.routes) {
    process.stdout.write(JSON.stringify({ system: sys.id, method: r.method, path: r.path, operation: r.operation }) + "\n");
  }
}
