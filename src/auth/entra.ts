import { createRemoteJWKSet, customFetch } from 'jose';
import type { Config } from '../config.js';
import type { OutboundFetch } from '../http/outbound-fetch.js';
import type { TokenPolicy } from './token-verifier.js';

/**
 * Teams SSO tokens (authentication.getAuthToken) are Entra ID access tokens for the app's own API:
 * audience `api://<domain>/<client id>` (or the bare client id), v1 or v2 issuer of the user's tenant,
 * delegated scope `access_as_user`.
 */
export function entraTokenPolicy(config: Config, outboundFetch: OutboundFetch): TokenPolicy {
  const clientId = config.entra.clientId!;
  const authority = config.entra.authorityHost;
  const domain = config.publicUrl ? new URL(config.publicUrl).host : undefined;
  const keys = createRemoteJWKSet(new URL(`${authority}/common/discovery/v2.0/keys`), {
    [customFetch]: (url: string, init: RequestInit) => outboundFetch(url, init),
  });
  return {
    keys,
    issuers: [`${authority}/{tenantid}/v2.0`, 'https://sts.windows.net/{tenantid}/'],
    audiences: [clientId, `api://${clientId}`, ...(domain ? [`api://${domain}/${clientId}`] : [])],
    tenantId: config.entra.tenantId,
    requiredScope: 'access_as_user',
  };
}
