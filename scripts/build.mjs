// Bundles `triviumd` (esbuild), so it starts without resolving thousands of module files through the TypeScript
// loader. Three bundles of the same sources:
//   triviumd.mjs  the command tree without what start, init and replay run: `triviumd keys list`, `q …`, `tx …`
//                 parse and load no EVM, isolate or LiteSVM code;
//   node.mjs      what those three run (cmd/triviumd/node-commands.ts), which triviumd.mjs imports when one of
//                 them is reached through it;
//   full.mjs      everything in one, what cmd/triviumd.js runs for start, init and replay (one bundle to parse:
//                 start-up costs what it did before the split).
// Native addons stay external. Then the start-up snapshot bin/triviumd starts node from (scripts/build-snapshot.mjs:
// snapshot.cjs and triviumd.blob in the same folder; none when Node cannot make one).
// Each build goes to its own folder, dist/<stamp>/, and dist/current names the live one: a starter reads
// the pointer once, so concurrent starters never see half a build or a mix of two.
// Usage: node scripts/build.mjs        (cmd/triviumd.js calls it whenever a source is newer than the build)
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyTables } from './bundle-patches.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(root, 'dist');
const pointer = join(distDir, 'current');
const SOURCE_DIRS = ['core', 'app', 'cmd', 'x', 'proto', 'testnet'];
// The command modules that node.mjs holds: the command tree imports them only dynamically.
const NODE_COMMANDS = ['start-node.ts', 'init.ts', 'replay-blocks.ts', 'rollback-node.ts', 'testnet-node.ts', 'export-node.ts'].map((f) => join(root, 'cmd', 'triviumd', 'commands', f));
const EXTERNAL = ['@grpc/*', 'classic-level', 'secp256k1', '@oraichain/cosmwasm-vm-js', 'isolated-vm', 'litesvm', 'litesvm-*', 'solc', 'bufferutil', 'utf-8-validate'];

/** The entry of the live build: the command tree, or (`full`) the bundle with the node in it. */
export function bundlePath(which = 'triviumd') {
  return join(distDir, readFileSync(pointer, 'utf8').trim(), `${which}.mjs`);
}

/** The commands cmd/triviumd.js runs from full.mjs. */
export const NODE_COMMAND_NAMES = ['start', 'init', 'replay', 'rollback', 'testnet', 'export'];

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
    return statSync(pointer).mtimeMs >= newestSource() && statSync(bundlePath()).isFile();
  } catch {
    return false;
  }
}

export async function buildBundle() {
  // Loaded only to build: every start imports this file for isFresh(), and esbuild's API is not free to load.
  const { build } = await import('esbuild');
  const stamp = `b${Math.floor(newestSource())}-${process.pid}`;
  const out = join(distDir, stamp);
  mkdirSync(out, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: out,
    outExtension: { '.js': '.mjs' },
    external: EXTERNAL,
    banner: { js: "import { createRequire as __triviumRequire } from 'node:module'; const require = __triviumRequire(import.meta.url);" },
    logLevel: 'error',
    // Whitespace and syntax only (names kept, so stack traces still read): the source V8 parses at every start
    // and keeps for lazy compilation is ≈ 40 % smaller.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    // Dependencies' top-level tables made on first use (scripts/bundle-patches.mjs).
    plugins: [lazyTables],
  };
  // (esbuild's code splitting was tried: its shared chunks put the EVM back into what the entry loads.)
  const nodeCommands = {
    name: 'node-commands',
    setup(b) {
      b.onResolve({ filter: /(start-node|init|replay-blocks|rollback-node|testnet-node|export-node)\.ts$/ }, (a) => (NODE_COMMANDS.includes(resolve(a.resolveDir, a.path)) ? { path: './node.mjs', external: true } : undefined));
    },
  };
  const main = join(root, 'cmd', 'triviumd', 'main.ts');
  const built = await Promise.all([
    build({ ...common, entryPoints: { node: join(root, 'cmd', 'triviumd', 'node-commands.ts') } }),
    build({ ...common, entryPoints: { triviumd: main }, plugins: [...common.plugins, nodeCommands] }),
    build({ ...common, entryPoints: { full: main } }),
  ]);
  // What each bundle holds, by source file (the minified bundles carry no file comments): tests/lint/cli-bundle.test.ts.
  ['node', 'triviumd', 'full'].forEach((name, i) => writeFileSync(join(out, `${name}.inputs.json`), JSON.stringify(Object.keys(built[i].metafile.inputs))));
  // The start-up snapshot cmd/triviumd starts from (issue 17); TRIVIUM_NO_SNAPSHOT=1 builds none.
  if (!process.env.TRIVIUM_NO_SNAPSHOT) await (await import('./build-snapshot.mjs')).buildSnapshot({ build, root, out, common, external: EXTERNAL });
  const tmp = `${pointer}.${process.pid}.tmp`;
  writeFileSync(tmp, stamp);
  renameSync(tmp, pointer); // atomic: a starter sees the old build or the new one
  // Older builds: a running node may still load chunks lazily from its own, so keep the previous few.
  const builds = readdirSync(distDir).filter((d) => /^b\d+-\d+$/.test(d) && d !== stamp).sort((a, b) => statSync(join(distDir, a)).mtimeMs - statSync(join(distDir, b)).mtimeMs);
  for (const d of builds.slice(0, -3)) rmSync(join(distDir, d), { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildBundle();
