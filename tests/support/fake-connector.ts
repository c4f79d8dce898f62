import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  path: string;
  body: {
    type: string;
    text?: string;
    attachments?: { contentType: string; content: { body: unknown[]; actions?: unknown[] } }[];
  };
}

/**
 * Stands where the Bot Connector would be (the activity's serviceUrl): records what the bot sends to a
 * conversation, replies and proactive messages alike, and answers as the connector does.
 */
export async function startFakeConnector(): Promise<{ url: string; sent: SentActivity[]; close(): Promise<void> }> {
  const sent: SentActivity[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      sent.push({ path: req.url ?? '', body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `activity-${sent.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
