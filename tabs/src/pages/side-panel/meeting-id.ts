/** The meeting a side panel opened outside Teams is about: `#/side-panel?meeting=<id>`. */
export function meetingIdFromHash(hash: string): string | undefined {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const id = new URLSearchParams(query).get('meeting')?.trim();
  return id ? id : undefined;
}
