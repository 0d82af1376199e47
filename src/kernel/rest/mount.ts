import type { GraphQLSchema } from "graphql";
import { useSofa } from "@graphql-yoga/plugin-sofa";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../logger.ts";
import { useLegacyRest } from "./legacy-rest.plugin.ts";
import { restErrorFrom } from "./rest-error.ts";
import type { SystemRest } from "./route-table.ts";
import type { SessionConfig } from "../auth/session-cookie.ts";
import type { Config } from "../config.ts";

const customScalars = {
  UUID: { type: "string", format: "uuid" },
  DateTime: { type: "string", format: "date-time" },
  EmailAddress: { type: "string", format: "email" },
  NonNegativeInt: { type: "integer", minimum: 0 },
  SafeInt: { type: "integer" },
  Amount: { type: "number", multipleOf: 0.01 },
  File: { type: "string", format: "binary" },
  JSON: {},
  Flag: { type: "boolean" },
  Money: { type: "string", pattern: "^-?\\d+\\.\\d{2}$", example: "1250.50" },
};

/** One sofa instance per system (sofa routes each field once), behind the route-table layer. */
export function restPlugins(sys: SystemRest, schema: GraphQLSchema, opts: { bodyLimit: number; log: Logger; session?: SessionConfig; config: Config }): Plugin<any>[] {
  const routes = Object.fromEntries(sys.routes.map((r) => [r.operation, {
    method: r.method, path: r.path, responseStatus: r.status ?? 200, description: r.summary, tags: [sys.title],
  }]));
  return [
    useLegacyRest(sys, schema, { bodyLimit: opts.bodyLimit, session: opts.session, rateLimit: sys.dialect.rateLimit?.(opts.config) }),
    useSofa({
      basePath: `/${sys.system}`,
      routes,
      depthLimit: 1,
      customScalars,
      errorHandler: ((errors: ReadonlyArray<unknown>) => {
        const error = restErrorFrom(errors, { snakeCase: sys.dialect.snakeCaseFields });
        if (error.status >= 500) opts.log.error({ errors, system: sys.system }, "REST operation failed");
        return sys.dialect.renderError(error);
      }) as never,
      openAPI: {
        info: { title: `${sys.title} REST API`, version: "1.0.0", description: sys.description },
        components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
        security: [{ bearerAuth: [] }],
      } as never,
    }) as Plugin<any>,
  ];
}
