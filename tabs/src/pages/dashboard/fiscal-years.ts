/** `2025-2026` and the `count - 1` years before it, newest first. */
export function recentFiscalYears(current: string, count: number): string[] {
  const start = Number(current.slice(0, 4));
  return Array.from({ length: count }, (_, index) => `${start - index}-${start - index + 1}`);
}
