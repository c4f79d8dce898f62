import fs from 'node:fs';
import path from 'node:path';
import type { JWK, JWTVerifyGetKey } from 'jose';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';

/**
 * The development token issuer: without an Entra app, the server signs its own tokens so that the tabs and
 * scripts can call the API, and the API validates them through the very same verifier as Entra tokens.
 * The key pair is kept in DATA_DIR so that tokens survive a restart.
 */
export const DEV_TENANT_ID = '00000000-0000-4000-8000-00000000d3e0';
export const DEV_AUDIENCE = 'api://localhost/ipecn-dev';
export const DEV_SCOPE = 'access_as_user';
const KEY_ID = 'ipecn-dev-1';

export interface DevIssuer {
  issuer: string;
  jwks: { keys: JWK[] };
  keys: JWTVerifyGetKey;
  issue(
    subject: { tenantId: string; objectId: string; name: string; email?: string | null },
    lifetimeSeconds?: number,
  ): Promise<string>;
}

async function loadOrCreateKeyPair(file: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const pair = { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(pair), { mode: 0o600 });
  return pair;
}

export async function createDevIssuer(options: { dataDir: string; issuer: string }): Promise<DevIssuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKeyPair(path.join(options.dataDir, 'dev-token-key.json'));
  const privateKey = await importJWK(privateJwk, 'ES256');
  const jwks = { keys: [{ ...publicJwk, kid: KEY_ID, alg: 'ES256', use: 'sig' }] };
  return {
    issuer: options.issuer,
    jwks,
    keys: createLocalJWKSet(jwks),
    async issue(subject, lifetimeSeconds = 8 * 3600) {
      return new SignJWT({
        tid: subject.tenantId,
        oid: subject.objectId,
        name: subject.name,
        ...(subject.email ? { preferred_username: subject.email } : {}),
        scp: DEV_SCOPE,
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'ES256', kid: KEY_ID, typ: 'JWT' })
        .setIssuer(options.issuer)
        .setAudience(DEV_AUDIENCE)
        .setSubject(subject.objectId)
        .setIssuedAt()
        .setExpirationTime(`${lifetimeSeconds}s`)
        .sign(privateKey);
    },
  };
}
