import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GraphAuthError } from '../../../src/graph/errors.js';
import { createGraphClient } from '../../../src/graph/graph-client.js';
import { createGraphTokens } from '../../../src/graph/token-provider.js';
import { createOutboundFetch, USER_AGENT } from '../../../src/http/outbound-fetch.js';
import { fixture, mswServer } from './graph-kit.js';

const TENANT = '22222222-2222-4222-8222-222222222222';
const CLIENT = '11111111-1111-4111-8111-111111111111';
const ACCESS_TOKEN = fixture<{ access_token: string }>('token-client-credentials').access_token;

const entra = (authorityHost: string, overrides: Record<string, string | undefined> = {}) => ({
  clientId: CLIENT,
  clientSecret: 'client-secret-value',
  tenantId: TENANT,
  authorityHost,
  ...overrides,
});

describe('Microsoft Graph tokens through msal-node and the outbound fetch', () => {
  const server = mswServer();

  it('serves a national cloud from configuration: authority, scope and Graph host', async () => {
    const tokenBodies: URLSearchParams[] = [];
    const graphCalls: Request[] = [];
    server.use(
      http.post(`https://login.microsoftonline.us/${TENANT}/oauth2/v2.0/token`, async ({ request }) => {
        expect(request.headers.get('user-agent')).toBe(USER_AGENT);
        tokenBodies.push(new URLSearchParams(await request.text()));
        return HttpResponse.json(fixture('token-client-credentials'));
      }),
      http.get('https://graph.microsoft.us/v1.0/groups/:group/calendarView', ({ request }) => {
        graphCalls.push(request);
        return HttpResponse.json({ value: [] });
      }),
    );
    const config = { graphBaseUrl: 'https://graph.microsoft.us', entra: entra('https://login.microsoftonline.us') };
    const tokens = createGraphTokens(config, { fetch: createOutboundFetch() });
    const graph = createGraphClient(config, { tokens: tokens.app });
    const Page = z.object({ value: z.array(z.unknown()) });

    await graph.get('/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/calendarView', Page);
    await graph.get('/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/calendarView', Page);

    expect(tokenBodies).toHaveLength(1);
    expect(Object.fromEntries(tokenBodies[0]!)).toMatchObject({
      client_id: CLIENT,
      client_secret: 'client-secret-value',
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.us/.default',
    });
    expect(graphCalls.map((request) => request.headers.get('authorization'))).toEqual([
      `Bearer ${ACCESS_TOKEN}`,
      `Bearer ${ACCESS_TOKEN}`,
    ]);
    expect(graphCalls[0]!.headers.get('user-agent')).toBe(USER_AGENT);
    expect(graph.requests).toBe(2);
  });

  it('reads a custom authority host’s metadata from that host (knownAuthorities), not instance discovery', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`https://login.ipecn.test/${TENANT}/v2.0/.well-known/openid-configuration`, ({ request }) => {
        seen.push(new URL(request.url).pathname);
        return HttpResponse.json(fixture('openid-configuration'));
      }),
      http.post(`https://login.ipecn.test/${TENANT}/oauth2/v2.0/token`, ({ request }) => {
        seen.push(new URL(request.url).pathname);
        return HttpResponse.json(fixture('token-client-credentials'));
      }),
    );
    const tokens = createGraphTokens(
      { graphBaseUrl: 'https://graph.microsoft.com', entra: entra('https://login.ipecn.test') },
      { fetch: createOutboundFetch() },
    );

    expect(await tokens.app.getAccessToken()).toBe(ACCESS_TOKEN);
    expect(seen).toEqual([`/${TENANT}/v2.0/.well-known/openid-configuration`, `/${TENANT}/oauth2/v2.0/token`]);
  });

  it('exchanges the tab’s SSO token on behalf of the user', async () => {
    const ssoToken = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJhcGk6Ly9pcGVjbiIsIm9pZCI6IjEyMyJ9.c2lnbmF0dXJl';
    let body: URLSearchParams | undefined;
    server.use(
      http.post(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`, async ({ request }) => {
        body = new URLSearchParams(await request.text());
        return HttpResponse.json({
          ...fixture<Record<string, unknown>>('token-client-credentials'),
          access_token: 'delegated-token',
        });
      }),
    );
    const tokens = createGraphTokens(
      { graphBaseUrl: 'https://graph.microsoft.com', entra: entra('https://login.microsoftonline.com') },
      { fetch: createOutboundFetch() },
    );

    expect(await tokens.onBehalfOf(ssoToken).getAccessToken()).toBe('delegated-token');
    expect(Object.fromEntries(body!)).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: ssoToken,
    });
  });

  it('names what is missing when the app is not configured, without calling anyone', async () => {
    const tokens = createGraphTokens(
      {
        graphBaseUrl: 'https://graph.microsoft.com',
        entra: entra('https://login.microsoftonline.com', { clientSecret: undefined, tenantId: undefined }),
      },
      { fetch: createOutboundFetch() },
    );

    const error = await tokens.app.getAccessToken().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GraphAuthError);
    expect((error as Error).message).toBe(
      'Microsoft Graph is not configured: set AAD_APP_CLIENT_SECRET, AAD_APP_TENANT_ID',
    );
  });
});
