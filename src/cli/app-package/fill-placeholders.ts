import type { Variables } from './env-files.js';

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface FillResult<T> {
  value: T;
  /** Variables referenced but undefined or empty, sorted, without duplicates. */
  missing: string[];
}

/**
 * Replaces every `${{VAR}}` in the string values of a parsed JSON document. Working on parsed values rather
 * than on the raw text keeps quotes and backslashes in a value from breaking the JSON.
 */
export function fillPlaceholders<T>(document: T, variables: Variables): FillResult<T> {
  const missing = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (placeholder, name: string) => {
        const value = variables[name];
        if (value === undefined || value === '') {
          missing.add(name);
          return placeholder;
        }
        return value;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  const value = fill(document) as T;
  return { value, missing: [...missing].sort() };
}

export class MissingVariablesError extends Error {
  constructor(
    /** Missing variable names, each with the files that reference it. */
    readonly missing: ReadonlyMap<string, readonly string[]>,
    readonly sources: readonly string[],
  ) {
    const lines = [...missing].map(([name, files]) => `  - ${name} (used in ${files.join(', ')})`);
    super(
      `Missing variables for the app package:\n${lines.join('\n')}\n` +
        `Define them in ${sources.join(' or ')}, or in the environment.`,
    );
    this.name = 'MissingVariablesError';
  }
}
