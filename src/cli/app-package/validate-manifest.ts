import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import type { JsonSchema } from './bundled-schemas.js';

/**
 * Validates a document against a bundled schema with @microsoft/app-manifest (ajv, draft-04, all errors).
 * Returns readable problems, empty when valid.
 */
export async function validateAgainstSchema(document: unknown, schema: JsonSchema): Promise<string[]> {
  const errors = await AppManifestUtils.validateAgainstSchema(
    document as TeamsManifest,
    unicodeSafePatterns(schema) as never,
  );
  // The library formats errors as `${instancePath} ${message}`; the document's root has an empty path.
  return errors.map((error) => (error.startsWith(' ') ? `/${error}` : error));
}

/**
 * ajv compiles patterns with the `u` flag, under which a lone `]` is a syntax error, yet some Teams schemas use
 * one (the localization schema's `activityTypes\[\b(…)\b]` keys). Outside a character class a lone `]` means a
 * literal `]` without the flag, so escaping it keeps the pattern's meaning and makes it compile.
 */
export function unicodeSafePatterns<T>(schema: T): T {
  const walk = (node: unknown, key?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (node === null || typeof node !== 'object') {
      return key === 'pattern' && typeof node === 'string' ? escapeLoneBrackets(node) : node;
    }
    return Object.fromEntries(
      Object.entries(node).map(([name, value]) => {
        if (key === 'patternProperties') return [escapeLoneBrackets(name), walk(value)];
        return [name, walk(value, name)];
      }),
    );
  };
  return walk(schema) as T;
}

export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i++;
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']') {
      out += inClass ? char : '\\]';
      inClass = false;
    } else {
      out += char;
    }
  }
  return out;
}

/** Checks the schema cannot express: the app version is MAJOR.MINOR.PATCH and the localization files match. */
export function crossCheckManifest(
  manifest: { version?: unknown; manifestVersion?: unknown },
  localizationFiles: ReadonlyArray<{ file: string; manifestVersion: string | undefined }>,
): string[] {
  const problems: string[] = [];
  if (typeof manifest.version !== 'string' || !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(manifest.version)) {
    problems.push(
      `manifest.json: /version must be MAJOR.MINOR.PATCH (e.g. 1.0.0), got ${JSON.stringify(manifest.version)}`,
    );
  }
  for (const { file, manifestVersion } of localizationFiles) {
    if (manifestVersion !== manifest.manifestVersion) {
      problems.push(
        `${file}: "$schema" is for manifest v${manifestVersion ?? '?'} but manifest.json is v${String(manifest.manifestVersion)}`,
      );
    }
  }
  return problems;
}
