import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TeamsActivityHandler } from 'botbuilder';
import type { InvokeResponse, TurnContext } from 'botbuilder';
import express from 'express';

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

const STATIC_CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Présences', size: 'medium', weight: 'bolder', wrap: true },
    { type: 'TextBlock', text: 'Merci, votre présence est notée.', color: 'good', wrap: true },
  ],
  actions: [
    { type: 'Action.Execute', title: 'Présent·e sur place', verb: 'attendance.checkIn', data: { choice: 'inPerson' } },
    { type: 'Action.Execute', title: 'Présent·e en ligne', verb: 'attendance.checkIn', data: { choice: 'online' } },
  ],
};

/** Answers every Universal Action at once with the same small card: no store, no lookup. */
class BareBot extends TeamsActivityHandler {
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    return { status: 200, body: { statusCode: 200, type: CARD_CONTENT_TYPE, value: STATIC_CARD } };
  }
}

export interface ListeningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on a free loopback port, with connections kept open between the bench's rounds. */
export async function listenOnLoopback(app: express.Express): Promise<ListeningServer> {
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  server.keepAliveTimeout = 120_000;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The baseline of the check-ins section: a bare botbuilder bot as the app's bot is hosted (express 5, JSON
 * body parser, `CloudAdapter` without an app id) whose invoke handler answers `adaptiveCard/action` at once.
 */
export async function startBareBot(onError: (error: unknown) => void): Promise<ListeningServer> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (_context, error) => onError(error);
  const bot = new BareBot();
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return listenOnLoopback(app);
}
