import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { AuthError, ConfidentialClientApplication } from '@azure/msal-node';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { OutboundFetch } from '../http/outbound-fetch.js';
import type { AccessTokenSource } from './auth-middleware.js';
import { GraphAuthError } from './errors.js';

/** Anything Entra ID answers is a JSON object; msal reads the fields it needs. */
const EntraBody = z.record(z.string(), z.unknown());

/** msal's network client over the app's outbound fetch: Entra ID is reached through the one outbound path. */
export function entraNetworkModule(fetch: OutboundFetch): INetworkModule {
  async function send<T>(
    url: string,
    method: 'GET' | 'POST',
    options: NetworkRequestOptions | undefined,
    timeoutMs?: number,
  ): Promise<NetworkResponse<T>> {
    const response = await fetch(url, {
      method,
      headers: options?.headers ?? {},
      ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
      ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = { error: 'invalid_response', error_description: `Entra ID answered ${response.status} without JSON` };
    }
    const body = EntraBody.safeParse(json);
    return { headers, status: response.status, body: (body.success ? body.data : {}) as T };
  }
  return {
    sendGetRequestAsync: (url, options, timeout) => send(url, 'GET', options, timeout),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
  };
}

const DEFAULT_AUTHORITY_HOST = 'login.microsoftonline.com';

/** A readable error that names what Entra ID said (`AADSTS7000215: Invalid client secret provided.`). */
export function toGraphAuthError(error: unknown): GraphAuthError {
  if (error instanceof GraphAuthError) return error;
  if (error instanceof AuthError) {
    const text = error.errorMessage || error.message;
    const aadsts = /AADSTS\d+/.exec(text)?.[0];
    // msal writes "Error(s): 7000215 - Timestamp: … - Description: AADSTS7000215: …" then the trace ids.
    const first = text.split(/\r?\n/)[0]!;
    const described = first.indexOf('Description: ');
    const summary = (described >= 0 ? first.slice(described + 'Description: '.length) : first).trim();
    return new GraphAuthError(
      `Microsoft Entra ID refused the token request (${error.errorCode}): ${summary}`,
      aadsts,
      error.errorCode,
    );
  }
  return new GraphAuthError(
    `No Microsoft Graph token: ${error instanceof Error ? error.message : String(error)}`,
    undefined,
    'unknown',
  );
}

export interface GraphTokens {
  /** The app's own token (client credentials): background sync. */
  app: AccessTokenSource;
  /** A token for the signed-in user, exchanged from the tab's SSO token: where the user's rights apply. */
  onBehalfOf(userAssertion: string, scopes?: string[]): AccessTokenSource;
}

/**
 * Tokens for Graph from msal-node's ConfidentialClientApplication. The authority and Graph's scope come
 * from configuration (national clouds); a host other than login.microsoftonline.com is declared in
 * `knownAuthorities` so msal reads its metadata from that host instead of Microsoft's instance discovery.
 * msal keeps the tokens in its cache and refreshes them before they expire.
 */
export function createGraphTokens(
  config: Pick<Config, 'entra' | 'graphBaseUrl'>,
  deps: { fetch: OutboundFetch },
): GraphTokens {
  const { clientId, clientSecret, tenantId, authorityHost } = config.entra;
  const defaultScopes = [`${config.graphBaseUrl.replace(/\/+$/, '')}/.default`];
  let application: ConfidentialClientApplication | undefined;

  function app(): ConfidentialClientApplication {
    const missing = [
      ['AAD_APP_CLIENT_ID', clientId],
      ['AAD_APP_CLIENT_SECRET', clientSecret],
      ['AAD_APP_TENANT_ID', tenantId],
    ].filter(([, value]) => !value);
    if (missing.length > 0)
      throw new GraphAuthError(
        `Microsoft Graph is not configured: set ${missing.map(([name]) => name).join(', ')}`,
        undefined,
        'notConfigured',
      );
    const host = new URL(authorityHost);
    if (host.protocol !== 'https:')
      throw new GraphAuthError(`AAD_APP_OAUTH_AUTHORITY_HOST must be https (${authorityHost})`, undefined, 'config');
    try {
      application ??= new ConfidentialClientApplication({
        auth: {
          clientId: clientId!,
          clientSecret: clientSecret!,
          authority: `${authorityHost.replace(/\/+$/, '')}/${tenantId}`,
          knownAuthorities: host.host === DEFAULT_AUTHORITY_HOST ? [] : [host.host],
        },
        system: { networkClient: entraNetworkModule(deps.fetch) },
      });
    } catch (error) {
      throw toGraphAuthError(error);
    }
    return application;
  }

  async function acquire(run: (application: ConfidentialClientApplication) => Promise<{ accessToken: string } | null>) {
    let result: { accessToken: string } | null;
    try {
      result = await run(app());
    } catch (error) {
      throw toGraphAuthError(error);
    }
    if (!result?.accessToken)
      throw new GraphAuthError('Microsoft Entra ID returned no access token', undefined, 'empty');
    return result.accessToken;
  }

  return {
    app: {
      getAccessToken: () => acquire((client) => client.acquireTokenByClientCredential({ scopes: defaultScopes })),
    },
    onBehalfOf: (userAssertion, scopes = defaultScopes) => ({
      getAccessToken: () => acquire((client) => client.acquireTokenOnBehalfOf({ oboAssertion: userAssertion, scopes })),
    }),
  };
}
