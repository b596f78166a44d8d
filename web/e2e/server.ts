import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real Rapport server (built dist when present, else the sources through tsx) on a free
 * port with a fresh SQLite data directory, and waits until /healthz answers. Background workers are
 * off unless `extraEnv` turns them on (`RAPPORT_WORKERS: 'on'` to run imports).
 */
export async function startServer(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(repo, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build -w web` before the browser tests');
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const dist = path.join(repo, 'server/dist/main.js');
  const [cmd, args] = fs.existsSync(dist)
    ? [process.execPath, [dist, 'serve']]
    : [process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'server/src/main.ts', 'serve']];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    RAPPORT_DATA_DIR: dataDir,
    RAPPORT_WORKERS: 'off',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL; // always the fresh SQLite file in dataDir
  let log = '';
  const child: ChildProcess = spawn(cmd, args, {
    cwd: repo,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b) => {
    log += b;
  });
  child.stderr?.on('data', (b) => {
    log += b;
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return { baseUrl, dataDir, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`Rapport server did not become healthy:\n${log}`);
}
