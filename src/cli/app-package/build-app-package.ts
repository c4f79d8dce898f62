import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadBundledSchema, parseSchemaUrl } from './bundled-schemas.js';
import type { Variables } from './env-files.js';
import { fillPlaceholders, MissingVariablesError } from './fill-placeholders.js';
import { decodePng, nonWhitePixels } from './png-pixels.js';
import { readPngSize } from './png-size.js';
import { crossCheckManifest, validateAgainstSchema } from './validate-manifest.js';
import { createZip, type ZipEntry } from './zip.js';

type Json = Record<string, unknown>;

export interface BuildOptions {
  /** Folder holding manifest.json, its localization files and icons. */
  appPackageDir: string;
  variables: Variables;
  /** Where the variables are meant to be defined, named in the message about missing ones. */
  variableSources: readonly string[];
}

export interface AppPackage {
  zip: Buffer;
  /** The files at the root of the zip, in order. */
  files: string[];
  manifest: Json;
}

/** The package is invalid; `problems` lists every reason, one per line, each naming its file. */
export class AppPackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The app package is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

const ICON_SIZES: Record<string, number> = { color: 192, outline: 32, color32x32: 32 };

/** Fills, validates and zips the app package. Throws MissingVariablesError or AppPackageError. */
export async function buildAppPackage({
  appPackageDir,
  variables,
  variableSources,
}: BuildOptions): Promise<AppPackage> {
  const template = await readJson(appPackageDir, 'manifest.json');
  const localizationNames = localizationFilesOf(template);
  const missing = new Map<string, string[]>();
  const fill = (file: string, document: Json): Json => {
    const result = fillPlaceholders(document, variables);
    for (const name of result.missing) missing.set(name, [...(missing.get(name) ?? []), file]);
    return result.value;
  };

  const manifest = fill('manifest.json', template);
  const localizations: Array<{ file: string; document: Json }> = [];
  for (const file of localizationNames) {
    localizations.push({ file, document: fill(file, await readJson(appPackageDir, file)) });
  }
  if (missing.size > 0) throw new MissingVariablesError(new Map([...missing].sort()), variableSources);

  const problems: string[] = [];
  problems.push(...(await validateDocument('manifest.json', manifest, manifest.$schema)));
  const manifestVersion = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : '?';
  for (const { file, document } of localizations) {
    const schemaUrl =
      document.$schema ??
      `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`;
    problems.push(...(await validateDocument(file, document, schemaUrl)));
  }
  problems.push(
    ...crossCheckManifest(
      manifest,
      localizations.map(({ file, document }) => ({
        file,
        manifestVersion:
          typeof document.$schema === 'string' ? parseSchemaUrl(document.$schema)?.version : manifestVersion,
      })),
    ),
  );

  const icons = await readIcons(appPackageDir, manifest, problems);
  if (problems.length > 0) throw new AppPackageError(problems);

  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: jsonBytes(manifest) },
    ...localizations.map(({ file, document }) => ({ name: file, data: jsonBytes(document) })),
    ...icons,
  ];
  return { zip: createZip(entries), files: entries.map((entry) => entry.name), manifest };
}

function localizationFilesOf(manifest: Json): string[] {
  const info = (manifest.localizationInfo ?? {}) as { defaultLanguageFile?: unknown; additionalLanguages?: unknown };
  const languages = Array.isArray(info.additionalLanguages)
    ? (info.additionalLanguages as Array<{ file?: unknown }>)
    : [];
  const files = [info.defaultLanguageFile, ...languages.map((language) => language.file)];
  return [...new Set(files.filter((file): file is string => typeof file === 'string').map(packagePath))];
}

async function validateDocument(file: string, document: Json, schemaUrl: unknown): Promise<string[]> {
  if (typeof schemaUrl !== 'string') return [`${file}: "$schema" is missing`];
  try {
    const errors = await validateAgainstSchema(document, await loadBundledSchema(schemaUrl));
    return errors.map((error) => `${file}: ${error}`);
  } catch (error) {
    return [`${file}: ${(error as Error).message}`];
  }
}

async function readIcons(appPackageDir: string, manifest: Json, problems: string[]): Promise<ZipEntry[]> {
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const entries: ZipEntry[] = [];
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const file = icons[kind];
    if (typeof file !== 'string') continue;
    const name = packagePath(file);
    let data: Buffer;
    try {
      data = await readFile(path.join(appPackageDir, name));
    } catch {
      problems.push(`${name}: icons.${kind} names a file that does not exist in ${appPackageDir}`);
      continue;
    }
    try {
      const { width, height } = readPngSize(data);
      if (width !== size || height !== size) {
        problems.push(`${name}: icons.${kind} must be ${size}×${size} pixels, got ${width}×${height}`);
      }
      if (kind === 'outline') {
        const stray = nonWhitePixels(decodePng(data));
        if (stray.length > 0) {
          problems.push(
            `${name}: the outline icon must be white on transparent; ${stray.length} pixel(s) are neither (first at ${stray[0]})`,
          );
        }
      }
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
    if (!entries.some((entry) => entry.name === name)) entries.push({ name, data });
  }
  return entries;
}

/** A file named by the manifest must sit inside the package folder. */
function packagePath(file: string): string {
  const normalized = path.posix.normalize(file.replace(/\\/g, '/'));
  if (normalized.startsWith('../') || normalized === '..' || path.posix.isAbsolute(normalized)) {
    throw new AppPackageError([`manifest.json: "${file}" must be a path inside the app package folder`]);
  }
  return normalized;
}

async function readJson(appPackageDir: string, file: string): Promise<Json> {
  let text: string;
  try {
    text = await readFile(path.join(appPackageDir, file), 'utf8');
  } catch {
    throw new AppPackageError([`${file}: not found in ${appPackageDir}`]);
  }
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
    return value as Json;
  } catch (error) {
    throw new AppPackageError([`${file}: invalid JSON (${(error as Error).message})`]);
  }
}

function jsonBytes(document: Json): Buffer {
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}
