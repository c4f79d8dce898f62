import type { JWTVerifyGetKey } from 'jose';
import { errors, jwtVerify } from 'jose';
import { UnauthenticatedError } from '../domain/shared/errors.js';
import type { Identity } from './identity.js';
import { identityOf, TokenClaims } from './identity.js';

export interface TokenPolicy {
  /** Keys that may sign tokens: Entra ID's JWKS in production, the development issuer's key otherwise. */
  keys: JWTVerifyGetKey;
  /** Accepted issuers; `{tenantid}` stands for the token's own tenant (multi-tenant apps). */
  issuers: readonly string[];
  audiences: readonly string[];
  /** When set, only tokens of this tenant are accepted. */
  tenantId?: string | undefined;
  /** The delegated scope the tab asks for, e.g. `access_as_user`. */
  requiredScope: string;
  clockToleranceSeconds?: number;
}

export type TokenVerifier = (token: string) => Promise<Identity>;

function issuerMatches(issuer: string | undefined, tenantId: string, accepted: readonly string[]): boolean {
  return issuer !== undefined && accepted.some((pattern) => pattern.replace('{tenantid}', tenantId) === issuer);
}

/**
 * The single validation path for bearer tokens: signature, lifetime, audience, issuer, tenant and scope.
 * Development tokens and Entra ID tokens differ only in the policy handed here.
 */
export function createTokenVerifier(policy: TokenPolicy): TokenVerifier {
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, policy.keys, {
        audience: [...policy.audiences],
        clockTolerance: policy.clockToleranceSeconds ?? 60,
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('The token has expired');
      if (error instanceof errors.JWTClaimValidationFailed)
        throw new UnauthenticatedError(`The token was refused: ${error.claim} is not accepted`);
      throw new UnauthenticatedError('The token could not be validated');
    }
    const claims = TokenClaims.safeParse(payload);
    if (!claims.success) throw new UnauthenticatedError('The token lacks the tenant or user claims');
    if (!issuerMatches(payload.iss, claims.data.tid, policy.issuers))
      throw new UnauthenticatedError('The token was refused: iss is not accepted');
    if (policy.tenantId && claims.data.tid !== policy.tenantId)
      throw new UnauthenticatedError('The token was refused: tid is not accepted');
    const scopes = (claims.data.scp ?? '').split(' ');
    if (!scopes.includes(policy.requiredScope))
      throw new UnauthenticatedError(`The token was refused: scope ${policy.requiredScope} is missing`);
    return identityOf(claims.data);
  };
}
