import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppPackageError, buildAppPackage } from './app-package/build-app-package.js';
import { loadEnvironment } from './app-package/env-files.js';
import { MissingVariablesError } from './app-package/fill-placeholders.js';

const USAGE = `Usage: npm run package -- [--env local|dev|<name>]

Fills the \${{VAR}} placeholders of appPackage/ from env/.env.<name>, env/.env.<name>.user and the environment,
validates the result against the Teams schema bundled with @microsoft/app-manifest (offline),
and writes appPackage/build/appPackage.<name>.zip.`;

const root = fileURLToPath(new URL('../..', import.meta.url));
const relative = (file: string) => path.relative(process.cwd(), file) || '.';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { env: { type: 'string', short: 'e', default: 'local' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const env = values.env;
  const envDir = path.join(root, 'env');
  const appPackageDir = path.join(root, 'appPackage');
  const { variables, files } = await loadEnvironment({ envDir, env, processEnv: process.env });
  const variableSources = [`env/.env.${env}`, `env/.env.${env}.user`];
  const built = await buildAppPackage({ appPackageDir, variables, variableSources });

  const out = path.join(appPackageDir, 'build', `appPackage.${env}.zip`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, built.zip);
  console.log(`Variables from ${files.map(relative).join(', ')} and the environment`);
  console.log(`Manifest v${String(built.manifest.manifestVersion)} valid against the bundled schema`);
  console.log(`Wrote ${relative(out)} (${built.zip.length} bytes): ${built.files.join(', ')}`);
}

main().catch((error: unknown) => {
  if (error instanceof MissingVariablesError || error instanceof AppPackageError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`${error.message}\n\n${USAGE}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
