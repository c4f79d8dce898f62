import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { loadConfig } from '../../src/config.js';
import type { Config } from '../../src/config.js';
import type { DevIssuer } from '../../src/auth/dev-issuer.js';
import { createApp } from '../../src/server.js';
import type { Logger } from '../../src/server.js';
import type { StoreLocation } from '../../src/store/database.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore } from './stores.js';

export const quietLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export interface TestServer {
  url: string;
  store: Store;
  config: Config;
  devIssuer: DevIssuer;
  /** A development token for a stored person, through the real `POST /dev/token` route. */
  tokenFor(user: string): Promise<string>;
  request(
    method: string,
    route: string,
    options?: { token?: string; body?: unknown; rawBody?: string },
  ): Promise<{
    status: number;
    body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  }>;
  close(): Promise<void>;
}

/** The real app on loopback, over a fresh store of the given backend. */
export async function startTestServer(
  backend: StoreLocation['backend'] = 'sqlite',
  options: { now?: () => Date; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipecn-server-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PORT: '0', ...options.env });
  const testStore = await openTestStore(backend);
  const { app, devIssuer, drain } = await createApp({
    config,
    store: testStore.store,
    log: quietLogger,
    ...(options.now ? { now: options.now } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const request: TestServer['request'] = async (method, route, { token, body, rawBody } = {}) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${url}${route}`, {
      method,
      headers,
      ...(rawBody !== undefined ? { body: rawBody } : body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed };
  };

  return {
    url,
    store: testStore.store,
    config,
    devIssuer: devIssuer!,
    request,
    async tokenFor(user) {
      const response = await request('POST', '/dev/token', { body: { user } });
      if (response.status !== 200)
        throw new Error(`dev token for ${user}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.token as string;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await drain();
      await testStore.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
