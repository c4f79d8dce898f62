/** The development sign-in, kept for the browser tab's lifetime only (sessionStorage), never in Teams. */
export interface DevSession {
  token: string;
  email: string;
  person: { id: string; displayName: string };
}

const DEV_SESSION_KEY = 'ipecn.devSession';

function isDevSession(value: unknown): value is DevSession {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Partial<DevSession>;
  return (
    typeof session.token === 'string' &&
    typeof session.email === 'string' &&
    typeof session.person?.id === 'string' &&
    typeof session.person.displayName === 'string'
  );
}

export function readDevSession(): DevSession | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(DEV_SESSION_KEY) ?? 'null');
    return isDevSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveDevSession(session: DevSession): void {
  sessionStorage.setItem(DEV_SESSION_KEY, JSON.stringify(session));
}

export function clearDevSession(): void {
  try {
    sessionStorage.removeItem(DEV_SESSION_KEY);
  } catch {
    // Nothing stored when storage is unavailable.
  }
}
