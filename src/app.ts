import { createYoga, maskError as yogaMaskError, type YogaServerInstance } from "graphql-yoga";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { schema } from "./schema.ts";
import { systems } from "./modules/systems.ts";
import type { Context, Services } from "./kernel/context.ts";
import { principalOf } from "./kernel/auth/request-principal.ts";
import { domainErrorOf } from "./kernel/errors.ts";
import { restPlugins } from "./kernel/rest/mount.ts";
import { useHealth } from "./kernel/health.plugin.ts";
import { useRequestLog } from "./kernel/request-log.plugin.ts";
import { useDevOutbox } from "./kernel/mail/outbox-dev.plugin.ts";
import type { RestServerContext } from "./kernel/rest/legacy-rest.plugin.ts";

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** The whole product as one fetch handler: /graphql, every system's REST routes and docs, health. */
export function createApp(services: Services): App {
  const { config, log } = services;
  const sessions = systems.flatMap((s) => (s.session ? [s.session] : []));
  const validators = new Map(systems.flatMap((s) => (s.validatePrincipal ? [[s.id, s.validatePrincipal] as const] : [])));
  // a revoked token is treated like no token at all
  const validated = async (auth: Awaited<ReturnType<typeof principalOf>>) => {
    const check = auth.principal && validators.get(auth.principal.system);
    if (check && !(await check(auth.principal!, services))) return { ...auth, principal: null };
    return auth;
  };
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    // credentials (cookie sessions) only for listed origins; bearer-token clients may call from anywhere
    cors: config.CORS_ORIGINS.length
      ? { origin: config.CORS_ORIGINS, credentials: true, allowedHeaders: ["authorization", "content-type", "x-csrf-token", "x-request-id"] }
      : { origin: "*", credentials: false },
    landingPage: false,
    renderGraphiQL,
    graphiql: { title: "Backoffice graph", defaultQuery: "{ __typename }" },
    logging: {
      debug: (...a) => log.debug(a.map(String).join(" ")),
      info: (...a) => log.info(a.map(String).join(" ")),
      warn: (...a) => log.warn(a.map(String).join(" ")),
      error: (...a) => log.error(a.map(String).join(" ")),
    },
    maskedErrors: {
      // expected failures keep their code and message; anything else is masked (no internals, no stack traces)
      maskError: (error, message, isDev) => domainErrorOf(error) ?? yogaMaskError(error, message, isDev),
    },
    context: async ({ request, ...rest }) => ({
      ...services,
      request,
      requestId: (rest as { requestId?: string }).requestId ?? "",
      restRoute: (rest as RestServerContext).restRoute,
      ...(await validated(await principalOf(request, services.tokens, sessions))),
      clientIp: (rest as { req?: { socket?: { remoteAddress?: string } } }).req?.socket?.remoteAddress ?? "unknown",
    }),
    plugins: [
      useRequestLog(log),
      useHealth(services.db),
      ...(config.DEV_OUTBOX && config.NODE_ENV !== "production" ? [useDevOutbox(services.db)] : []),
      // depth/cost/alias/token limits on /graphql; REST routes run fixed, pre-validated documents
      EnvelopArmorPlugin({
        maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
        costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: true },
        maxAliases: { n: 30 },
        maxTokens: { n: 2000 },
        blockFieldSuggestion: { enabled: config.NODE_ENV === "production" },
      }),
      ...systems.flatMap((m) => restPlugins(m.rest, schema, { bodyLimit: config.BODY_LIMIT_BYTES, log, session: m.session, config })),
    ],
  });
}
