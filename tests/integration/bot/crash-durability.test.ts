import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/store/store.js';
import { checkInActivity, prepareCheckInBurst } from '../../support/check-in-burst.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** Starts `ipecn serve` in its own process and resolves with its URL once it listens. */
function startServerProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(root, 'bin/ipecn.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'development', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /IPECN Concertation: (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/**
 * Every check-in the server answered 200 must survive a SIGKILL in the middle of a burst: the answer is
 * sent only after the commit (SQLite WAL, synchronous=FULL).
 */
describe('check-ins survive a crash of the server process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipecn-crash-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged check-in after SIGKILL and restart', async () => {
    const store = await createStore({ backend: 'sqlite', file: path.join(dataDir, 'ipecn.sqlite') });
    const setup = await prepareCheckInBurst(store, 300);
    await store.close();

    const first = await startServerProcess(dataDir);
    child = first.child;
    const acknowledged: string[] = [];
    let answered = 0;
    const checkIn = async (person: (typeof setup.people)[number]) => {
      try {
        const response = await fetch(`${first.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(checkInActivity(setup.meeting.id, person, 'http://127.0.0.1:9/')),
        });
        const body = (await response.json()) as { type?: string };
        if (response.status === 200 && body.type === 'application/vnd.microsoft.card.adaptive')
          acknowledged.push(person.personId);
      } catch {
        // The server died under this request: it was never acknowledged.
      } finally {
        answered++;
        if (answered === 70) child?.kill('SIGKILL');
      }
    };
    // Waves of 20 at once, so that the kill lands in the middle of one and the later ones find no server.
    for (let wave = 0; wave < setup.people.length; wave += 20)
      await Promise.all(setup.people.slice(wave, wave + 20).map(checkIn));
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(acknowledged.length).toBeLessThan(300);

    const second = await startServerProcess(dataDir);
    child = second.child;
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    const reopened = await createStore({ backend: 'sqlite', file: path.join(dataDir, 'ipecn.sqlite') });
    const stored = new Set((await reopened.attendance.list(setup.meeting.id)).map((row) => row.personId));
    await reopened.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    child.kill('SIGTERM');
  }, 120_000);
});
