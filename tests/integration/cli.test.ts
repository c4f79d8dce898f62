import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf } from '../../src/domain/fiscal-year/fiscal-year.js';
import { indicatorsOfPlan } from '../../src/domain/reference/reference-data.js';

/** The demo data covers the current fiscal year and the one before, whatever today is. */
const lastYear = fiscalYearLabel(Number(fiscalYearOf(new Date()).slice(0, 4)) - 1);

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/** The `ipecn` command as a user runs it: the package's bin, in a child process, on a fresh data directory. */
describe('ipecn CLI', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipecn-cli-'));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' };
  const ipecn = (...args: string[]) =>
    run(process.execPath, [path.join(root, 'bin/ipecn.js'), ...args], { env, cwd: root });

  beforeAll(async () => {
    const { stdout } = await ipecn('seed', '--demo');
    expect(stdout).toMatch(/Demo data seeded/);
  }, 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('lists the committees', async () => {
    const { stdout } = await ipecn('committees');
    expect(stdout).toContain('comite-porteur');
    expect(stdout).toContain('Comité parents-intervenants');
  });

  it('shows every 2021-2024 indicator with target and actual for last fiscal year', async () => {
    const { stdout } = await ipecn('indicators', '--fiscal-year', lastYear);
    for (const definition of indicatorsOfPlan('2021-2024')) expect(stdout).toContain(definition.label.fr);
    expect(stdout).toMatch(/Rencontres du comité porteur\s+3\s+\d/);
  });

  it('gives the same figures in JSON', async () => {
    const { stdout } = await ipecn('indicators', '--fiscal-year', lastYear, '--json');
    const report = JSON.parse(stdout);
    expect(report.indicators).toHaveLength(indicatorsOfPlan('2021-2024').length);
    expect(report.indicators.every((i: { target: number }) => typeof i.target === 'number')).toBe(true);
    expect(report.indicators.some((i: { status: string }) => i.status === 'met')).toBe(true);
    expect(report.indicators.some((i: { status: string }) => i.status === 'behind')).toBe(true);
  });

  it('lists the meetings of a fiscal year in JSON', async () => {
    const { stdout } = await ipecn('meetings', '--fiscal-year', lastYear, '--json');
    const meetings = JSON.parse(stdout);
    expect(meetings.length).toBeGreaterThan(20);
    const kinds = new Set(meetings.map((m: { kind: string }) => m.kind));
    expect([...kinds].sort()).toEqual([
      'awareness',
      'coDevelopment',
      'infoSession',
      'management',
      'parentPractitioner',
      'partnerProspect',
      'researchPractice',
      'steering',
      'training',
      'work',
    ]);
  });

  it('refuses a bad fiscal year and an unknown command with a clear message', async () => {
    await expect(ipecn('indicators', '--fiscal-year', '2025')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--fiscal-year: expected a fiscal year like 2025-2026'),
    });
    await expect(ipecn('frobnicate')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Unknown command'),
    });
  });

  it('refuses to seed a store that has data', async () => {
    await expect(ipecn('seed', '--demo')).rejects.toMatchObject({ code: 1 });
  });
});
