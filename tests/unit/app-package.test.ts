import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPackageError, buildAppPackage } from '../../src/cli/app-package/build-app-package.js';
import { loadBundledSchema, newestBundledManifestVersion } from '../../src/cli/app-package/bundled-schemas.js';
import { loadEnvironment, parseDotEnv, type Variables } from '../../src/cli/app-package/env-files.js';
import { fillPlaceholders, MissingVariablesError } from '../../src/cli/app-package/fill-placeholders.js';
import { decodePng, nonWhitePixels } from '../../src/cli/app-package/png-pixels.js';
import { readPngSize } from '../../src/cli/app-package/png-size.js';
import { escapeLoneBrackets, validateAgainstSchema } from '../../src/cli/app-package/validate-manifest.js';
import { createZip } from '../../src/cli/app-package/zip.js';
import { readZip } from '../support/zip.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const appPackageDir = path.join(root, 'appPackage');
const envDir = path.join(root, 'env');
const variableSources = ['env/.env.local', 'env/.env.local.user'];

type Json = Record<string, unknown>;
const readJson = async (file: string): Promise<Json> =>
  JSON.parse(await readFile(path.join(appPackageDir, file), 'utf8')) as Json;

/** The committed env/.env.local alone: neither a developer's .user file nor the shell may change the result. */
async function localVariables(): Promise<Variables> {
  return parseDotEnv(await readFile(path.join(envDir, '.env.local'), 'utf8'));
}

describe('appPackage/manifest.json', () => {
  it('is on the newest manifest schema bundled with @microsoft/app-manifest', async () => {
    const manifest = await readJson('manifest.json');
    const newest = newestBundledManifestVersion();
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
  });

  it('is French by default with an English localization file', async () => {
    const manifest = await readJson('manifest.json');
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'fr-ca',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    });
    const english = await readJson('en-us.json');
    expect(english['bots[0].commandLists[0].commands[0].title']).toBe('help');
  });

  it('is valid against the bundled schemas once filled from env/.env.local', async () => {
    const variables = await localVariables();
    const manifest = fillPlaceholders(await readJson('manifest.json'), variables);
    const english = fillPlaceholders(await readJson('en-us.json'), variables);
    expect(manifest.missing).toEqual([]);
    expect(english.missing).toEqual([]);
    expect(JSON.stringify(manifest.value)).not.toContain('${{');

    const manifestSchema = await loadBundledSchema(manifest.value.$schema as string);
    const localizationSchema = await loadBundledSchema(english.value.$schema as string);
    expect(await validateAgainstSchema(manifest.value, manifestSchema)).toEqual([]);
    expect(await validateAgainstSchema(english.value, localizationSchema)).toEqual([]);
    expect(manifest.value).toMatchObject({ id: variables.TEAMS_APP_ID, bots: [{ botId: variables.BOT_ID }] });
  });

  it('gives every localizable string it uses an English translation', async () => {
    const manifest = await readJson('manifest.json');
    const english = await readJson('en-us.json');
    const bot = (manifest.bots as Array<{ commandLists: Array<{ commands: Array<Json> }> }>)[0]!;
    const keys = ['name.short', 'name.full', 'description.short', 'description.full'];
    bot.commandLists.forEach((list, l) =>
      list.commands.forEach((command, c) =>
        Object.keys(command).forEach((field) => keys.push(`bots[0].commandLists[${l}].commands[${c}].${field}`)),
      ),
    );
    ((manifest.staticTabs ?? []) as Array<Json>).forEach((_tab, t) => keys.push(`staticTabs[${t}].name`));
    expect(
      Object.keys(english)
        .filter((key) => key !== '$schema')
        .sort(),
    ).toEqual(keys.sort());
  });
});

describe('schema validation', () => {
  it('reports errors from the localization schema, whose patterns need escaping to compile', async () => {
    const schema = await loadBundledSchema(
      `https://developer.microsoft.com/json-schemas/teams/v${newestBundledManifestVersion()}/MicrosoftTeams.Localization.schema.json`,
    );
    const errors = await validateAgainstSchema({ 'name.short': 'x'.repeat(31), 'description.full': 'y' }, schema);
    expect(errors.join('\n')).toMatch(/must have required property 'description.short'/);
    expect(errors.join('\n')).toMatch(/\/name.short must NOT have more than 30 characters/);
  });

  it('escapes only brackets outside a character class', () => {
    expect(escapeLoneBrackets('^a\\[\\b([0-9])\\b]\\.x$')).toBe('^a\\[\\b([0-9])\\b\\]\\.x$');
    expect(escapeLoneBrackets('[\\]a]b]')).toBe('[\\]a]b\\]');
    expect(() => new RegExp(escapeLoneBrackets('x\\b]'), 'u')).not.toThrow();
  });
});

describe('placeholders', () => {
  it('names every missing or empty variable once, sorted', () => {
    const result = fillPlaceholders(
      { id: '${{TEAMS_APP_ID}}', bots: [{ botId: '${{ BOT_ID }}' }], resource: 'api://${{BOT_DOMAIN}}/${{BOT_ID}}' },
      { BOT_DOMAIN: '' },
    );
    expect(result.missing).toEqual(['BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']);
  });

  it('keeps values with quotes and backslashes inside their JSON string', () => {
    const result = fillPlaceholders({ name: 'a ${{X}} b' }, { X: 'say "hi" \\o/' });
    expect(result.value).toEqual({ name: 'a say "hi" \\o/ b' });
  });

  it('fails the package with a message listing each missing variable and its files', async () => {
    const { BOT_ID: _botId, AAD_APP_CLIENT_ID: _aad, ...variables } = await localVariables();
    const error = await buildAppPackage({ appPackageDir, variables, variableSources }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingVariablesError);
    expect((error as MissingVariablesError).message).toBe(
      'Missing variables for the app package:\n' +
        '  - AAD_APP_CLIENT_ID (used in manifest.json)\n' +
        '  - BOT_ID (used in manifest.json)\n' +
        'Define them in env/.env.local or env/.env.local.user, or in the environment.',
    );
  });

  it('lets .env.<env>.user override .env.<env>, and the process environment override both', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ipecn-env-'));
    try {
      await writeFile(path.join(dir, '.env.test'), 'A=file\nB=file\nC=file # comment\nD="quoted # kept"\n');
      await writeFile(path.join(dir, '.env.test.user'), 'B=user\nC=user\nE=\n');
      const { variables, files } = await loadEnvironment({
        envDir: dir,
        env: 'test',
        processEnv: { C: 'process', A: '' },
      });
      expect(variables).toMatchObject({ A: 'file', B: 'user', C: 'process', D: 'quoted # kept', E: '' });
      expect(files).toHaveLength(2);
      await expect(loadEnvironment({ envDir: dir, env: 'missing' })).rejects.toThrow(/Unknown environment "missing"/);
      await expect(loadEnvironment({ envDir: dir, env: '../etc' })).rejects.toThrow(/Invalid environment name/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('icons', () => {
  it('color.png is exactly 192×192 and outline.png exactly 32×32', async () => {
    expect(readPngSize(await readFile(path.join(appPackageDir, 'color.png')))).toEqual({ width: 192, height: 192 });
    expect(readPngSize(await readFile(path.join(appPackageDir, 'outline.png')))).toEqual({ width: 32, height: 32 });
  });

  it('outline.png is white on transparent, with a visible shape', async () => {
    const image = decodePng(await readFile(path.join(appPackageDir, 'outline.png')));
    expect(nonWhitePixels(image)).toEqual([]);
    const opaque = image.rgba.filter((_, i) => i % 4 === 3 && image.rgba[i] === 255).length;
    expect(opaque).toBeGreaterThan(100);
    expect(image.rgba[3]).toBe(0);
  });

  it('color.png has an opaque coloured background', async () => {
    const image = decodePng(await readFile(path.join(appPackageDir, 'color.png')));
    const at = (96 * 192 + 20) * 4;
    expect(image.rgba[at + 3]).toBe(255);
    expect([image.rgba[at], image.rgba[at + 1], image.rgba[at + 2]]).not.toEqual([255, 255, 255]);
  });
});

describe('buildAppPackage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ipecn-app-package-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a zip with the four files at its root that reads back to the filled manifest', async () => {
    const variables = await localVariables();
    const built = await buildAppPackage({ appPackageDir, variables, variableSources });
    const out = path.join(dir, 'appPackage.local.zip');
    await writeFile(out, built.zip);

    const files = readZip(await readFile(out));
    expect([...files.keys()]).toEqual(['manifest.json', 'en-us.json', 'color.png', 'outline.png']);
    const expected = fillPlaceholders(await readJson('manifest.json'), variables).value;
    expect(JSON.parse(files.get('manifest.json')!.toString('utf8'))).toEqual(expected);
    expect(JSON.parse(files.get('en-us.json')!.toString('utf8'))).toEqual(
      fillPlaceholders(await readJson('en-us.json'), variables).value,
    );
    expect(files.get('color.png')).toEqual(await readFile(path.join(appPackageDir, 'color.png')));
    expect(files.get('outline.png')).toEqual(await readFile(path.join(appPackageDir, 'outline.png')));
  });

  it('produces the same bytes for the same inputs', async () => {
    const variables = await localVariables();
    const first = await buildAppPackage({ appPackageDir, variables, variableSources });
    const second = await buildAppPackage({ appPackageDir, variables, variableSources });
    expect(first.zip.equals(second.zip)).toBe(true);
  });

  it('rejects an invalid manifest, a wrong icon size and a coloured outline, naming each file', async () => {
    const broken = path.join(dir, 'broken');
    await cp(appPackageDir, broken, {
      recursive: true,
      filter: (source) => path.relative(appPackageDir, source).split(path.sep)[0] !== 'build',
    });
    const manifest = await readJson('manifest.json');
    await writeFile(path.join(broken, 'manifest.json'), JSON.stringify({ ...manifest, accentColor: 'teal' }));
    await writeFile(path.join(broken, 'outline.png'), await readFile(path.join(appPackageDir, 'color.png')));
    const variables = { ...(await localVariables()), APP_VERSION: '1.0' };

    const error = await buildAppPackage({ appPackageDir: broken, variables, variableSources }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppPackageError);
    const problems = (error as AppPackageError).problems.join('\n');
    expect(problems).toMatch(/^manifest\.json: \/accentColor must match pattern/m);
    expect(problems).toMatch(/^manifest\.json: \/version must be MAJOR\.MINOR\.PATCH/m);
    expect(problems).toMatch(/^outline\.png: icons\.outline must be 32×32 pixels, got 192×192$/m);
    expect(problems).toMatch(/^outline\.png: the outline icon must be white on transparent/m);
  });
});

describe('createZip', () => {
  it('stores UTF-8 names and round-trips empty and incompressible data', () => {
    const files = readZip(
      createZip([
        { name: 'vide.txt', data: new Uint8Array() },
        { name: 'résumé.json', data: Buffer.from('{"a":1}') },
      ]),
    );
    expect(files.get('vide.txt')?.length).toBe(0);
    expect(files.get('résumé.json')?.toString()).toBe('{"a":1}');
  });
});

describe('the bot in the manifest', () => {
  const appPackage = path.resolve(fileURLToPath(import.meta.url), '../../../appPackage');
  const read = async (file: string) => JSON.parse(await readFile(path.join(appPackage, file), 'utf8'));

  it('lists the working commands in French, with their English localization', async () => {
    const manifest = await read('manifest.json');
    const english = await read('en-us.json');
    const [personal, shared] = manifest.bots[0].commandLists;
    expect(personal.commands.map((c: { title: string }) => c.title)).toEqual(['aide']);
    expect(shared.scopes).toEqual(['team', 'groupChat']);
    expect(shared.commands.map((c: { title: string }) => c.title)).toEqual([
      'aide',
      'présences',
      'compte-rendu',
      'lier',
    ]);
    expect([0, 1, 2, 3].map((i) => english[`bots[0].commandLists[1].commands[${i}].title`])).toEqual([
      'help',
      'attendance',
      'minutes',
      'link',
    ]);
  });

  it('asks the resource-specific permissions that meeting start, end and participant events need', async () => {
    const manifest = await read('manifest.json');
    expect(manifest.authorization.permissions.resourceSpecific).toEqual(
      expect.arrayContaining([
        { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' },
        { name: 'OnlineMeetingParticipant.Read.Chat', type: 'Application' },
      ]),
    );
  });
});
