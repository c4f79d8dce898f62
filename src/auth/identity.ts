import { z } from 'zod';

/** What a validated token tells about its bearer. Parsed, so a token missing a claim is refused. */
export const TokenClaims = z.object({
  tid: z.string().min(1),
  oid: z.string().min(1),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  upn: z.string().optional(),
  scp: z.string().optional(),
});

export interface Identity {
  tenantId: string;
  objectId: string;
  name: string | undefined;
  email: string | undefined;
}

export function identityOf(claims: z.infer<typeof TokenClaims>): Identity {
  return {
    tenantId: claims.tid,
    objectId: claims.oid,
    name: claims.name,
    email: (claims.preferred_username ?? claims.upn)?.toLowerCase(),
  };
}
