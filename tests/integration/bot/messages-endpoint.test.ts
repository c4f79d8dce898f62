import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../support/server.js';
import type { TestServer } from '../../support/server.js';

interface SentActivity {
  path: string;
  body: {
    type: string;
    attachments?: { contentType: string; content: { body: { text?: string }[] } }[];
    text?: string;
  };
}

/**
 * The bot over HTTP, as Teams reaches it: a recorded activity is posted to /api/messages and the reply is
 * caught where the Bot Connector would receive it (the activity's serviceUrl), here a local server.
 */
describe('POST /api/messages', () => {
  let server: TestServer;
  let connector: http.Server;
  let connectorUrl: string;
  const sent: SentActivity[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    connector = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        sent.push({ path: req.url ?? '', body: JSON.parse(raw) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${sent.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => connector?.close(resolve));
  });

  const recorded = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/activities', name), 'utf8'));

  it('answers aide with the French help card through the connector', async () => {
    const activity = { ...recorded('message-aide.json'), serviceUrl: connectorUrl };
    const response = await server.request('POST', '/api/messages', { body: activity });
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
    const reply = sent[0]!;
    expect(reply.path).toBe(
      `/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${encodeURIComponent(activity.id)}`,
    );
    const card = reply.body.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card?.content)).toContain('aide');
    expect(card?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('answers a channel mention in English', async () => {
    const activity = { ...recorded('message-channel-mention-help.json'), serviceUrl: connectorUrl };
    const before = sent.length;
    const response = await server.request('POST', '/api/messages', { body: activity });
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(before + 1);
    expect(JSON.stringify(sent.at(-1)!.body.attachments?.[0]?.content)).toMatch(/help/i);
  });

  it('refuses a body that is not an activity without crashing', async () => {
    const response = await server.request('POST', '/api/messages', { rawBody: '{"type":' });
    expect(response.status).toBe(400);
    const health = await server.request('GET', '/healthz');
    expect(health.status).toBe(200);
  });
});
