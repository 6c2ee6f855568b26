// Builds the node's web dashboard (dashboard/, Vite + Preact + uPlot) into dashboard/dist, which `triviumd start`
// serves (core/dashboard/server.ts). Nothing generated is committed: `npm ci` runs it (the prepare script), and so
// does `npm run build`. Rebuilds only when a source is newer than the build.
// Usage: node scripts/build-dashboard.mjs [--force]
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const dashboardDir = join(root, 'dashboard');
export const dashboardDist = join(dashboardDir, 'dist');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Whether dashboard/dist is at least as new as every source of it (and the lock, which pins Vite and the libraries). */
export function dashboardIsFresh() {
  const index = join(dashboardDist, 'index.html');
  if (!existsSync(index)) return false;
  const sources = Math.max(newest(join(dashboardDir, 'src')), ...['index.html', 'vite.config.ts'].map((f) => statSync(join(dashboardDir, f)).mtimeMs), statSync(join(root, 'package-lock.json')).mtimeMs);
  return statSync(index).mtimeMs >= sources;
}

export async function buildDashboard({ force = false } = {}) {
  if (!force && dashboardIsFresh()) return false;
  const { build } = await import('vite');
  await build({ configFile: join(dashboardDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildDashboard({ force: process.argv.includes('--force') });
