import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type Variables = Readonly<Record<string, string | undefined>>;

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/** Parses the dotenv subset the Teams/Agents Toolkit writes: `KEY=value`, quotes, `#` comments. */
export function parseDotEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    values[key] = unquote(raw);
  }
  return values;
}

function unquote(raw: string): string {
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.length >= 2) {
    const end = raw.indexOf(quote, 1);
    if (end > 0) {
      const inner = raw.slice(1, end);
      return quote === '"' ? inner.replace(/\\n/g, '\n') : inner;
    }
  }
  // An unquoted value ends where a ` #` comment starts.
  return raw.replace(/\s+#.*$/, '');
}

export interface EnvironmentSources {
  envDir: string;
  env: string;
  /** Highest precedence, usually `process.env`. */
  processEnv?: Variables;
}

export interface LoadedEnvironment {
  variables: Variables;
  /** Files that were read, in the order they were applied. */
  files: string[];
}

/** Reads `env/.env.<env>`, then the optional `env/.env.<env>.user`, then the process environment. */
export async function loadEnvironment({
  envDir,
  env,
  processEnv = {},
}: EnvironmentSources): Promise<LoadedEnvironment> {
  if (!ENV_NAME.test(env)) {
    throw new Error(`Invalid environment name "${env}": use letters, digits, "-" and "_" only.`);
  }
  const main = path.join(envDir, `.env.${env}`);
  const user = `${main}.user`;
  const mainText = await readOptional(main);
  if (mainText === undefined) {
    throw new Error(`Unknown environment "${env}": ${main} does not exist.`);
  }
  const userText = await readOptional(user);
  const files = userText === undefined ? [main] : [main, user];
  const variables = overlay(parseDotEnv(mainText), parseDotEnv(userText ?? ''), processEnv);
  return { variables, files };
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Later layers win, but an empty value never hides a defined one: Toolkit files keep empty `BOT_ID=` lines until
 * provisioning fills them, and an exported-but-empty shell variable is no more a value than an absent one.
 */
function overlay(...layers: Variables[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined || (value === '' && merged[key] !== undefined)) continue;
      merged[key] = value;
    }
  }
  return merged;
}
