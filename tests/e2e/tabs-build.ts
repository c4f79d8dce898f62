import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'tabs', 'dist');
/** What the bundle is made of: tabs sources, shared translations and the logo. */
const inputs = ['tabs/src', 'tabs/index.html', 'tabs/vite.config.ts', 'src/i18n', 'appPackage/color.png'];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function isFresh(): boolean {
  const built = fs.statSync(path.join(dist, 'index.html'), { throwIfNoEntry: false });
  return !!built && inputs.every((input) => newestChange(path.join(root, input)) <= built.mtimeMs);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One build at a time per checkout: parallel test files must not empty tabs/dist under each other. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(os.tmpdir(), `ipecn-tabs-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}`);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const stat = fs.statSync(lock, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds tabs/dist with Vite unless it is newer than every input. Returns whether a build ran. */
export async function ensureTabsBuilt(): Promise<boolean> {
  if (isFresh()) return false;
  return withBuildLock(async () => {
    if (isFresh()) return false;
    // Vite honours an inherited NODE_ENV, and vitest sets `test`: that would test React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: path.join(root, 'tabs', 'vite.config.ts'), mode: 'production', logLevel: 'silent' });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    return true;
  });
}
