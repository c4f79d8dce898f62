import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A JSON schema as parsed from its file. */
export type JsonSchema = Record<string, unknown>;

const require = createRequire(import.meta.url);

/** The Teams JSON schemas shipped inside @microsoft/app-manifest, so that validation never needs the network. */
export const bundledTeamsSchemaDir = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/(MicrosoftTeams(?:\.[A-Za-z]+)?\.schema\.json)$/i;

/** The bundled manifest versions, oldest first, e.g. `['1.0', …, '1.30']`. */
export function bundledManifestVersions(): string[] {
  return readdirSync(bundledTeamsSchemaDir)
    .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]))
    .map((match) => `${match[1]}.${match[2]}`);
}

export function newestBundledManifestVersion(): string {
  const versions = bundledManifestVersions();
  const newest = versions.at(-1);
  if (!newest) throw new Error(`No Teams manifest schema found in ${bundledTeamsSchemaDir}`);
  return newest;
}

/** The version folder and file name a Teams `$schema` URL points to, e.g. `{ version: '1.30', file: '…' }`. */
export function parseSchemaUrl(url: string): { version: string; file: string } | undefined {
  const match = SCHEMA_URL.exec(url);
  if (!match) return undefined;
  return { version: match[1]!.replace(/^v/, ''), file: match[2]! };
}

/** Loads the bundled copy of a Teams schema named by its `$schema` URL; never falls back to the network. */
export async function loadBundledSchema(url: string): Promise<JsonSchema> {
  const parsed = parseSchemaUrl(url);
  if (!parsed) {
    throw new Error(
      `"$schema" ${url} is not a Teams schema URL (https://developer.microsoft.com/json-schemas/teams/…)`,
    );
  }
  const file = path.join(bundledTeamsSchemaDir, `v${parsed.version}`, parsed.file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(
      `"$schema" ${url} is not bundled with @microsoft/app-manifest (newest: v${newestBundledManifestVersion()})`,
    );
  }
  // Same clean-up as @microsoft/app-manifest applies to schemas it reads: JavaScript regexes know neither \a nor \v.
  return JSON.parse(text.replace(/\\\\a/g, '\\\\u0007').replace(/\\\\v/g, '\\\\u000b')) as JsonSchema;
}
