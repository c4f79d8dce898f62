import fs from 'node:fs';
import path from 'node:path';
import type { JWK } from 'jose';
import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, DEV_TENANT_ID } from '../../../src/auth/dev-issuer.js';
import { personInput } from '../../support/factories.js';
import { startTestServer } from '../../support/server.js';
import type { TestServer } from '../../support/server.js';

type Claims = Record<string, unknown>;

async function signWith(privateJwk: JWK, kid: string, claims: Claims, options: { expiresIn?: string } = {}) {
  const key = await importJWK(privateJwk, privateJwk.kty === 'EC' ? 'ES256' : 'RS256');
  const { iss, aud, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: privateJwk.kty === 'EC' ? 'ES256' : 'RS256', kid, typ: 'JWT' })
    .setIssuer(iss as string)
    .setAudience(aud as string)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(key);
}

describe('development tokens go through the token verifier', () => {
  let server: TestServer;
  let privateJwk: JWK;
  let objectId: string;
  let base: Claims;

  beforeAll(async () => {
    server = await startTestServer();
    await server.store.people.create(personInput({ email: 'someone@test.example' }));
    await server.tokenFor('someone@test.example'); // creates the key pair and links a development identity
    ({ privateJwk } = JSON.parse(fs.readFileSync(path.join(server.config.dataDir, 'dev-token-key.json'), 'utf8')));
    objectId = (await server.store.people.findByEmail('someone@test.example'))!.aadObjectId!;
    base = {
      iss: server.devIssuer.issuer,
      aud: DEV_AUDIENCE,
      tid: DEV_TENANT_ID,
      oid: objectId,
      scp: 'access_as_user',
    };
  });
  afterAll(async () => server?.close());

  const call = (token?: string) => server.request('GET', '/api/v1/committees', token ? { token } : {});

  it('accepts a valid token', async () => {
    expect((await call(await signWith(privateJwk, 'ipecn-dev-1', base))).status).toBe(200);
  });

  it('refuses a missing token', async () => {
    expect(await call()).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'A bearer token is required (Authorization: Bearer …)' } },
    });
  });

  it('refuses an expired token', async () => {
    const token = await signWith(privateJwk, 'ipecn-dev-1', { ...base }, { expiresIn: '-10m' });
    expect(await call(token)).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'The token has expired' } },
    });
  });

  it('refuses a wrong audience, a wrong issuer, a missing scope', async () => {
    const wrongAudience = await call(await signWith(privateJwk, 'ipecn-dev-1', { ...base, aud: 'api://someone-else' }));
    expect(wrongAudience.status).toBe(401);
    expect(wrongAudience.body.error.message).toBe('The token was refused: aud is not accepted');
    const wrongIssuer = await call(
      await signWith(privateJwk, 'ipecn-dev-1', { ...base, iss: 'https://evil.example/dev' }),
    );
    expect(wrongIssuer.status).toBe(401);
    expect(wrongIssuer.body.error.message).toBe('The token was refused: iss is not accepted');
    const noScope = await call(await signWith(privateJwk, 'ipecn-dev-1', { ...base, scp: 'User.Read' }));
    expect(noScope.status).toBe(401);
  });

  it('refuses a token signed by another key, and garbage', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const other = await signWith(await exportJWK(privateKey), 'ipecn-dev-1', base);
    expect((await call(other)).status).toBe(401);
    expect((await call('not.a.token')).status).toBe(401);
  });

  it('issues tokens only for known people, with a JSON error otherwise', async () => {
    const unknown = await server.request('POST', '/dev/token', { body: { user: 'nobody@test.example' } });
    expect(unknown.status).toBe(404);
    const bad = await server.request('POST', '/dev/token', { body: { name: 'x' } });
    expect(bad.status).toBe(400);
  });
});

/**
 * Production: Teams SSO tokens from Entra ID, keys from the authority's JWKS endpoint (served by msw, shaped
 * like https://login.microsoftonline.com/common/discovery/v2.0/keys).
 */
describe('Entra ID tokens (Teams SSO)', () => {
  const CLIENT_ID = '6f1a3c2e-8b4d-4e21-9a7f-0c5d2e1b3a49';
  const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
  const KID = 'nOo3ZDrODXEK1jKWhXslHR_KXEg';
  let server: TestServer;
  let privateJwk: JWK;
  let claims: Claims;
  let keysRequested = 0;

  const graphLike = setupServer();

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateJwk = await exportJWK(pair.privateKey);
    const publicJwk = await exportJWK(pair.publicKey);
    graphLike.use(
      http.get('https://login.microsoftonline.com/common/discovery/v2.0/keys', () => {
        keysRequested++;
        return HttpResponse.json({
          keys: [
            {
              kty: 'RSA',
              use: 'sig',
              kid: KID,
              x5t: KID,
              n: publicJwk.n,
              e: publicJwk.e,
              issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
            },
          ],
        });
      }),
    );
    graphLike.listen({
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).hostname !== '127.0.0.1') print.error();
      },
    });
    server = await startTestServer('sqlite', {
      env: { AAD_APP_CLIENT_ID: CLIENT_ID, AAD_APP_TENANT_ID: TENANT, PUBLIC_URL: 'https://ipecn.example.org' },
    });
    claims = {
      iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      aud: `api://ipecn.example.org/${CLIENT_ID}`,
      tid: TENANT,
      oid: 'a3c8e0f2-5b71-4d9e-8c2a-6f4b1d7e9a05',
      name: 'Intervenante Exemple',
      preferred_username: 'intervenante@contoso.example',
      scp: 'access_as_user',
      azp: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      ver: '2.0',
    };
  });
  afterAll(async () => {
    await server?.close();
    graphLike.close();
  });

  const call = (token: string) => server.request('GET', '/api/v1/people/me', { token });

  it('has no development routes', async () => {
    expect((await server.request('POST', '/dev/token', { body: { user: 'x@y.z' } })).status).toBe(404);
  });

  it('accepts a Teams SSO token and creates the person to classify on first sight', async () => {
    const response = await call(await signWith(privateJwk, KID, claims));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      displayName: 'Intervenante Exemple',
      email: 'intervenante@contoso.example',
      category: 'other',
      tenantId: TENANT,
    });
    expect(keysRequested).toBeGreaterThan(0);
  });

  it('refuses another tenant, audience or issuer, and an expired token', async () => {
    const otherTenant = 'b1c2d3e4-0000-4000-8000-000000000001';
    const cases: [Claims, string, string?][] = [
      [
        { ...claims, tid: otherTenant, iss: `https://login.microsoftonline.com/${otherTenant}/v2.0` },
        'The token was refused: tid is not accepted',
      ],
      [{ ...claims, aud: 'api://other-app' }, 'The token was refused: aud is not accepted'],
      [
        { ...claims, iss: `https://login.microsoftonline.com/${otherTenant}/v2.0` },
        'The token was refused: iss is not accepted',
      ],
      [claims, 'The token has expired', '-5m'],
    ];
    for (const [tokenClaims, message, expiresIn] of cases) {
      const response = await call(await signWith(privateJwk, KID, tokenClaims, expiresIn ? { expiresIn } : {}));
      expect(response).toEqual({ status: 401, body: { error: { code: 'unauthenticated', message } } });
    }
  });
});
