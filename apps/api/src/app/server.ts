import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import http from 'node:http';
import type { DataSource } from 'typeorm';
import type { Logger } from '../foundation/config/logger';
import type { Context } from '../foundation/graphql/context';
import { createErrorFormatter } from '../foundation/graphql/format-error';
import { afterEachMutation } from '../foundation/graphql/after-each-mutation';
import { AnswerBytes } from '../foundation/graphql/answer-bytes';
import { answerBodyErrors, graphqlBody, legacyJsonStatus } from '../foundation/graphql/http-errors';
import { sendError } from '../foundation/http/error-reply';
import {
  introspectionForViewersOnly,
  PARSE_LIMITS,
  queryLimits,
  refuseMalformedInput,
} from '../foundation/graphql/limits';
import { RateBudgets, type RateBudgetSettings } from '../foundation/rate-limit/rate-budget';
import { RequestLoaders } from '../foundation/database/request-loaders';
import { createSchema } from './schema';
import type { WebhookServices } from '../modules/webhooks';
import { DatabaseProbe, healthHandler } from '../foundation/http/health';
import { ApiTokensService } from '../modules/api-tokens/api-tokens.service';
import { HTTP_ROUTES } from './http-routes';
import { AuthService } from '../modules/auth/auth.service';
import { registerHttpRoutes } from '../foundation/http/http-route';
import { languageOf, languageOfHeader, msg, varyByLanguage, type Language } from '../foundation/i18n/message';
import { localizedErrors } from '../foundation/graphql/localized-errors';
import { viewerOf, viewerOfAuthorization } from '../modules/auth/bearer-viewer';
import { serveSubscriptions } from '../foundation/graphql/subscriptions-server';
import { changesOf } from '../foundation/realtime/changes';
import { relayThroughPostgres } from '../foundation/realtime/postgres-relay';
import type { Viewer } from '../foundation/access/viewer';
import { RankingResponseCache } from '../modules/rankings/ranking-cache';
import { rankingExecutor } from '../modules/rankings/ranking-executor';
import { PublicAnswerCache, PublicScoreboards, publicPageDocument } from '../modules/public-scoreboard';

export interface ServerOptions {
  dataSource: DataSource;
  sessionSecret: string;
  log: Logger;
  /** The built web app, served at `/` with client-side routes falling back to index.html. */
  webDir: string | null;
  /** How long answers of ranking-only queries are kept (see RankingResponseCache); 0 (the default) keeps none. */
  rankingCacheSeconds?: number;
  /** The address people open; an https one makes every page ask for https (see `securityHeaders`). */
  publicUrl?: string | null;
  /** Express's `trust proxy`: whose X-Forwarded-For and X-Forwarded-Proto are believed; false (the default) none. */
  trustProxy?: number | string | false;
  /** Sites that may frame the public scoreboard (PUBLIC_EMBED_ORIGINS); none by default. */
  publicEmbedOrigins?: readonly string[];
  /** Each user's and token's rate budget (RATE_BUDGET); null or absent (the default) charges nothing. */
  rateBudget?: RateBudgetSettings | null;
  /** How long a public scoreboard answer is kept when no write of this process clears it first (default 10 s). */
  publicCacheMs?: number;
  /**
   * Relay committed changes to the other processes of this PostgreSQL database and hear theirs (LISTEN/NOTIFY), for
   * the subscriptions and kept answers. For a DataSource not opened by `openDatabase`, which relays already (tests).
   * Never on the embedded database (one process).
   */
  relayChanges?: boolean;
  /** The webhook settings and the job queue deliveries go to; absent: defaults and no redelivery. */
  webhooks?: WebhookServices;
}

export interface RunningServer {
  httpServer: http.Server;
  /** Stops taking requests, finishes those in flight, then stops GraphQL. */
  stop(): Promise<void>;
}

/** One process, one port: GraphQL at /graphql, health at /healthz, the web app everywhere else. */
export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const { dataSource, log } = options;
  const app = express();
  // No ETag on answers sent whole (GraphQL, JSON): none is ever revalidated, and hashing a 0,1 MB ranking per
  // answer costs more than its GraphQL execution. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const auth = new AuthService(dataSource, options.sessionSecret, new ApiTokensService(dataSource));
  const budgets = options.rateBudget ? new RateBudgets(dataSource, options.rateBudget) : null;
  const limits = queryLimits(budgets);
  const rankingCache = new RankingResponseCache((options.rankingCacheSeconds ?? 0) * 1000);
  const answerBytes = new AnswerBytes();
  const publicScoreboards = new PublicScoreboards(dataSource, new PublicAnswerCache(options.publicCacheMs));
  const written = () => {
    rankingCache.clear();
    publicScoreboards.clear();
  };
  // Every committed report write, this process's or (relayed) another's, clears the kept answers and is told to the
  // subscriptions (reportStatusChanged, rankingChanged).
  const changes = changesOf(dataSource);
  const stopClearing = changes.listen(() => written());
  const relay = options.relayChanges ? await relayThroughPostgres(changes, postgresUrlOf(dataSource), log) : null;
  const contextOf = async (viewer: Viewer | null, ip: string, language: Language): Promise<Context> => ({
    viewer,
    dataSource,
    loaders: new RequestLoaders(dataSource),
    log,
    ip,
    language,
  });
  const schema = await createSchema({ auth, webhooks: options.webhooks });
  const formatError = createErrorFormatter(log);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // No cache hints are used; the default cache-control plugin would wrap every field's resolver (a third of a
    // 10.600-row ranking's GraphQL time). rankingExecutor runs the ranking query compiled (graphql-jit).
    plugins: [
      ...limits.plugins,
      introspectionForViewersOnly,
      refuseMalformedInput,
      ApolloServerPluginCacheControlDisabled(),
      rankingExecutor(rankingCache),
      afterEachMutation(() => publicScoreboards.clear()),
      localizedErrors,
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    validationRules: limits.validationRules,
    parseOptions: PARSE_LIMITS,
    stringifyResult: (result) => answerBytes.hold(rankingCache.answerBytes(result)),
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: true,
    stopOnTerminationSignals: false, // main.ts owns shutdown: drain, then close the pool and the embedded database
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(securityHeaders(options.publicUrl ?? null));
  app.get('/healthz', healthHandler(new DatabaseProbe(dataSource)));
  app.use(
    '/graphql',
    noStore,
    legacyJsonStatus,
    answerBytes.send,
    ...graphqlBody(),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> =>
        contextOf(await viewerOf(req, auth), req.ip ?? req.socket.remoteAddress ?? 'unknown', languageOf(req)),
    }),
    answerBodyErrors,
  );
  registerHttpRoutes(
    app,
    HTTP_ROUTES,
    (req) => viewerOf(req, auth),
    {
      dataSource,
      rankingsChanged: written,
      publicScoreboards,
    },
    budgets,
  );
  if (options.webDir) {
    serveWebApp(app, options.webDir, log, publicPageDocument(publicScoreboards, options.publicEmbedOrigins ?? []));
  }
  // Unexpected failures of the plain HTTP routes: logged, never shown.
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    log.error({ err: error }, 'unexpected error in an HTTP route');
    if (!res.headersSent) {
      sendError(req, res, 500, 'INTERNAL_SERVER_ERROR', msg('Internal server error', 'Lỗi máy chủ'));
    }
  });

  // Subscriptions over WebSocket at the same path, with the same viewer, checks, limits and error formatting.
  const subscriptions = serveSubscriptions({
    httpServer,
    path: '/graphql',
    schema,
    validationRules: limits.validationRules,
    formatError,
    contextOf: async (authorization, request) =>
      contextOf(
        await viewerOfAuthorization(authorization, auth),
        request.socket.remoteAddress ?? 'unknown',
        languageOfHeader(request.headers['accept-language']),
      ),
  });

  return {
    httpServer,
    async stop() {
      await subscriptions.close();
      stopClearing();
      await relay?.close();
      await apollo.stop();
    },
  };
}

function serveWebApp(
  app: express.Express,
  webDir: string,
  log: Logger,
  publicPage: (index: string) => express.RequestHandler,
): void {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn({ webDir }, 'the web app is not built; only the API is served (run `npm run build`)');
    return;
  }
  // The app's files compressed (≈ 3× smaller on a commune's slow line); API answers are not, to spare the CPU.
  app.use(compression());
  // Vite names built files by their content: a changed file is a new name, so they can be kept for a year.
  app.use('/assets', express.static(path.join(webDir, 'assets'), { index: false, immutable: true, maxAge: '1y' }));
  app.use('/assets', (_req, res) => res.status(404).end()); // a file of an older build: the app offers to reload
  app.use(express.static(webDir, { index: false, maxAge: '1h' }));
  app.get(['/cong-khai/:slug', '/cong-khai/:slug/*rest'], publicPage(index));
  app.get(/^\/(?!graphql|healthz|exports|imports|public\/).*/, (_req, res) => res.sendFile(index));
}

/**
 * Helmet's headers. `upgrade-insecure-requests` and HSTS only for a page served over HTTPS (PUBLIC_URL is https, or
 * a trusted proxy forwards `X-Forwarded-Proto: https`): on plain HTTP the browser would ask for the scripts and styles
 * over https, which is not there, and show a blank page on any host but localhost.
 */
export function securityHeaders(publicUrl: string | null): express.RequestHandler {
  const directives = { 'img-src': ["'self'", 'data:', 'blob:'], 'connect-src': ["'self'"], 'script-src': ["'self'"] };
  const overHttps = helmet({ contentSecurityPolicy: { directives } });
  const overHttp = helmet({
    contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': null } },
    strictTransportSecurity: false,
  });
  const alwaysHttps = publicUrl?.toLowerCase().startsWith('https://') ?? false;
  return (req, res, next) => (alwaysHttps || req.secure ? overHttps : overHttp)(req, res, next);
}

/**
 * GraphQL answers hold data only their caller may read: no browser or proxy cache keeps them. Their messages follow
 * `Accept-Language`.
 */
function noStore(_req: express.Request, res: express.Response, next: express.NextFunction): void {
  res.set('Cache-Control', 'no-store');
  varyByLanguage(res);
  next();
}

/** The connection string of a PostgreSQL DataSource, for a connection of its own outside the pool. */
function postgresUrlOf(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('relayChanges needs a DataSource made from a connection URL');
  return url;
}
