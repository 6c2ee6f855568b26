// Bundles cmd/main.ts and everything it imports into dist/triviumd.mjs (esbuild), so `triviumd` starts
// without resolving thousands of module files through the TypeScript loader. Native addons stay external.
// Usage: node scripts/build.mjs        (cmd/triviumd.js calls it whenever a source is newer than the bundle)
import { build } from 'esbuild';
import { mkdirSync, renameSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = join(root, 'dist', 'triviumd.mjs');
const SOURCE_DIRS = ['core', 'app', 'cmd', 'x', 'proto'];
const EXTERNAL = ['classic-level', 'secp256k1', 'isolated-vm', 'litesvm', 'litesvm-*', 'solc', 'bufferutil', 'utf-8-validate'];

/** Newest modification time among the sources the bundle is built from. */
export function newestSource() {
  let newest = statSync(join(root, 'package-lock.json')).mtimeMs;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) walk(join(root, d));
  return newest;
}

export function isFresh() {
  try {
    return statSync(bundlePath).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

export async function buildBundle() {
  mkdirSync(dirname(bundlePath), { recursive: true });
  const tmp = `${bundlePath}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [join(root, 'cmd', 'triviumd', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    external: EXTERNAL,
    banner: { js: "import { createRequire as __triviumRequire } from 'node:module'; const require = __triviumRequire(import.meta.url);" },
    logLevel: 'error',
  });
  renameSync(tmp, bundlePath); // atomic: concurrent starters never see half a bundle
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildBundle();
