import { z } from "zod";
import type { Config } from "./config.ts";

/**
 * A system's own settings, parsed from the same environment as the kernel's (so tests can inject them through
 * loadConfig) and cached per Config object. A bad value fails the first request that needs it, naming the variable.
 */
export function systemConfig<S extends z.ZodObject>(schema: S): (config: Config) => z.infer<S> {
  const cache = new WeakMap<Config, z.infer<S>>();
  return (config) => {
    let parsed = cache.get(config);
    if (!parsed) {
      const result = schema.safeParse(config.env);
      if (!result.success) throw new Error(`Invalid configuration: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      cache.set(config, (parsed = result.data));
    }
    return parsed;
  };
}
