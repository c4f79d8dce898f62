import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import compression from 'compression';
import express from 'express';
import { sql } from 'kysely';
import { meetingContexts } from '../bot/conversation/meeting-context.js';
import { createBot } from '../bot/ipecn-bot.js';
import { attendanceRouter } from './api/attendance/routes.js';
import { authenticate } from './api/authenticate.js';
import { committeesRouter } from './api/committees/routes.js';
import { devRouter } from './api/dev-routes.js';
import { errorHandler, notFoundHandler } from './api/errors.js';
import { manualIndicatorsRouter } from './api/indicators/manual.js';
import { indicatorsRouter } from './api/indicators/routes.js';
import { minutesRouter } from './api/minutes/routes.js';
import { settingsRouter } from './api/settings/routes.js';
import { meetingsRouter } from './api/meetings/routes.js';
import { openApiDocument } from './api/openapi.js';
import { organizationsRouter } from './api/organizations/routes.js';
import { peopleRouter } from './api/people/routes.js';
import { syncRouter } from './api/sync/routes.js';
import { legalPages } from './api/legal-pages.js';
import type { DevIssuer } from './auth/dev-issuer.js';
import { createDevIssuer, DEV_AUDIENCE, DEV_SCOPE } from './auth/dev-issuer.js';
import { entraTokenPolicy } from './auth/entra.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import { createTokenVerifier } from './auth/token-verifier.js';
import type { Config } from './config.js';
import { missingGraphCredentials } from './config.js';
import { ensureReferenceCommittees } from './domain/committees/reference-committees.js';
import { referenceData } from './domain/reference/reference-data.js';
import { appSync, scheduleSync } from './graph/app-sync.js';
import { createOutboundFetch } from './http/outbound-fetch.js';
import { seedDemoIfEmpty } from './store/seed/demo.js';
import { storeLocation } from './store/database.js';
import type { Store } from './store/store.js';
import { createStore } from './store/store.js';

/** The folder holding package.json, whether this file runs from src/ (tsx) or dist/src/ (built). */
function findProjectRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const TABS_DIST = path.join(projectRoot, 'tabs', 'dist');

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message, error) => console.error(message, error),
};

export interface AppDeps {
  config: Config;
  store: Store;
  now?: () => Date;
  log?: Logger;
}

/** The development issuer's own address, which its tokens carry as `iss`. */
function devIssuerUrl(config: Config): string {
  return `${config.publicUrl ?? `http://localhost:${config.port}`}/dev`;
}

async function tokenVerification(config: Config): Promise<{ verify: TokenVerifier; devIssuer?: DevIssuer }> {
  if (!config.devAuth) return { verify: createTokenVerifier(entraTokenPolicy(config, createOutboundFetch())) };
  const devIssuer = await createDevIssuer({ dataDir: config.dataDir, issuer: devIssuerUrl(config) });
  const verify = createTokenVerifier({
    keys: devIssuer.keys,
    issuers: [devIssuer.issuer],
    audiences: [DEV_AUDIENCE],
    requiredScope: DEV_SCOPE,
  });
  return { verify, devIssuer };
}

function botAdapter(config: Config, log: Logger): CloudAdapter {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.password ?? '',
    MicrosoftAppType: config.bot.appType ?? (config.bot.tenantId ? 'SingleTenant' : 'MultiTenant'),
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
  };
  if (!config.bot.appId) {
    log.warn(
      '\n**********************************************************************\n' +
        '  WARNING: BOT_ID is not set: /api/messages accepts UNAUTHENTICATED\n' +
        '  activities. Fine for the Microsoft 365 Agents Playground, never for\n' +
        '  a real tenant.\n' +
        '**********************************************************************',
    );
  }
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
  adapter.onTurnError = async (context, error) => {
    log.error('bot turn failed', error);
    await context.sendActivity(
      'Désolé, une erreur est survenue. Réessayez dans un instant. / Sorry, something went wrong. Please try again in a moment.',
    );
  };
  return adapter;
}

/** The composition root: one store, the bot, the JSON API, the development issuer and the tabs. */
export interface App {
  app: express.Express;
  devIssuer?: DevIssuer;
  /** Waits for the work the bot does after answering (so the store is not closed under it). */
  drain(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, store } = deps;
  const inFlight = new Set<Promise<void>>();
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? consoleLogger;
  const { verify, devIssuer } = await tokenVerification(config);
  const fiscalYearStart = config.fiscalYearStart;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // The tabs' JavaScript budget (DESIGN §6) is counted gzipped: responses are compressed on the way out.
  app.use(compression());
  app.use(express.json({ limit: '1mb' }));

  app.get('/healthz', async (_req, res) => {
    await sql`select 1`.execute(store.connection.db);
    res.json({ status: 'ok', store: store.connection.backend });
  });

  const background = (task: () => Promise<void>) => {
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => log.error('background work failed', error))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };
  const adapter = botAdapter(config, log);
  const bot = createBot({
    store,
    reference: referenceData,
    now,
    fiscalYearStart,
    tenantId: config.bot.tenantId ?? config.entra.tenantId,
    contexts: meetingContexts(store),
    notifier: {
      post: (reference, card) =>
        adapter.continueConversationAsync(config.bot.appId ?? '', reference, async (context) => {
          await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        }),
    },
    background,
  });
  app.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  if (devIssuer) {
    log.warn(`Development sign-in is on: tokens from POST /dev/token, keys at /dev/jwks.json (no AAD_APP_CLIENT_ID).`);
    app.use('/dev', devRouter(store, devIssuer));
  }

  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument(publicUrl));
  });
  const api = express.Router();
  api.use(authenticate(verify, store));
  api.use('/committees', committeesRouter(store));
  api.use('/meetings/:id/attendance', attendanceRouter(store, { now }));
  api.use('/meetings', meetingsRouter(store, { now, fiscalYearStart }));
  api.use('/people', peopleRouter(store));
  api.use('/organizations', organizationsRouter(store));
  api.use('/indicators/manual', manualIndicatorsRouter(store, referenceData.indicators));
  api.use('/indicators', indicatorsRouter(store, { reference: referenceData, now, fiscalYearStart }));
  api.use('/settings', settingsRouter({ now, fiscalYearStart }));
  api.use('/meetings/:id/minutes', minutesRouter(store, { now, background }));
  api.use(
    '/sync',
    syncRouter(store, {
      enabled: missingGraphCredentials(config).length === 0 && config.graphSyncIntervalMinutes > 0,
      intervalMinutes: config.graphSyncIntervalMinutes,
    }),
  );
  app.use('/api/v1', api);

  app.use(legalPages());
  if (fs.existsSync(TABS_DIST)) app.use('/tabs', express.static(TABS_DIST, { index: 'index.html', maxAge: '1h' }));
  app.use(notFoundHandler);
  app.use(errorHandler((message, error) => log.error(message, error)));
  return {
    app,
    ...(devIssuer ? { devIssuer } : {}),
    drain: async () => {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}

/** Prepares the store for serving: reference committees always, demo data into an empty development store. */
export async function prepareStore(config: Config, log: Logger): Promise<Store> {
  const store = await createStore(storeLocation(config));
  await ensureReferenceCommittees(store.committees, referenceData.committees);
  if (config.env !== 'production') {
    const seeded = await seedDemoIfEmpty(store, { now: new Date(), fiscalYearStart: config.fiscalYearStart });
    if (seeded)
      log.info(
        `Demo data seeded: ${seeded.people} people, ${seeded.meetings} meetings, ${seeded.attendance} attendance rows.`,
      );
  }
  return store;
}

export interface RunningServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function startServer(config: Config, log: Logger = consoleLogger): Promise<RunningServer> {
  const store = await prepareStore(config, log);
  const { app, drain } = await createApp({ config, store, log });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  log.info(`IPECN Concertation: ${url} (store: ${store.connection.backend}) — /healthz, /api/v1/openapi.json`);
  const missing = missingGraphCredentials(config);
  const stopSync =
    missing.length === 0 && config.graphSyncIntervalMinutes > 0
      ? scheduleSync(appSync(config, store), config.graphSyncIntervalMinutes, log)
      : (log.info(
          missing.length > 0
            ? `Graph sync off: ${missing.join(', ')} not set.`
            : 'Graph sync off: GRAPH_SYNC_INTERVAL_MINUTES=0.',
        ),
        () => {});
  return {
    url,
    store,
    close: async () => {
      stopSync();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await drain();
      await store.close();
    },
  };
}
