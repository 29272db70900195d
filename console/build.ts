/**
 * Where the built console is, and building it when it is missing or stale. `pnpm build` builds it;
 * `pnpm start` and `pnpm test:e2e` call ensureConsoleBuilt() first, so a fresh clone needs no
 * extra step (the build output, dist/, is not committed). Stale = the SHA-256 of the sources
 * (src/, the two pages, vite.config.ts, package.json) differs from the one recorded in
 * dist/.source-hash at the last build.
 */
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONSOLE_ROOT = fileURLToPath(new URL('.', import.meta.url));
export const CONSOLE_DIST = join(CONSOLE_ROOT, 'dist');
const STAMP = join(CONSOLE_DIST, '.source-hash');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

/** Hash of everything the build reads from this package. */
export function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of [
    ...files(join(CONSOLE_ROOT, 'src')),
    ...['index.html', 'explorer.html', 'vite.config.ts', 'package.json'].map((n) => join(CONSOLE_ROOT, n)),
  ]) {
    h.update(f.slice(CONSOLE_ROOT.length)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

export function consoleBuildIsFresh(): boolean {
  return (
    existsSync(join(CONSOLE_DIST, 'index.html')) &&
    existsSync(join(CONSOLE_DIST, 'explorer.html')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8').trim() === sourceHash()
  );
}

/** Runs `vite build` for the console (about 20–40 s) and records the source hash. */
export async function buildConsole(log: (line: string) => void = () => {}): Promise<void> {
  const vite = join(
    dirname(createRequire(join(CONSOLE_ROOT, 'package.json')).resolve('vite/package.json')),
    'bin/vite.js',
  );
  const hash = sourceHash();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: CONSOLE_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`console build failed (vite exit ${code}):\n${out.slice(-4000)}`)),
    );
  });
  writeFileSync(STAMP, `${hash}\n`);
  log('console built');
}

/** Builds the console when dist/ is missing or older than its sources; returns whether it built. */
export async function ensureConsoleBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  if (consoleBuildIsFresh()) return false;
  log('building the web console (console/dist is missing or stale)…');
  await buildConsole(log);
  return true;
}

// `node --import tsx console/build.ts`: build now (the package's `pnpm build`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now();
  buildConsole((l) => console.log(l)).then(
    () => console.log(`console/dist written in ${((Date.now() - t0) / 1000).toFixed(1)} s`),
    (e: Error) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
