// triviumd's start-up snapshot (issue 17): cmd/triviumd/snapshot-entry.ts bundled as one CommonJS file (what
// `node --build-snapshot` takes on Node 20) and run by `node --build-snapshot`, into the build's folder:
//   snapshot.cjs          the bundle (kept: its source is what the snapshot's functions point at)
//   cosmjs-client.cjs,    libraries a start does not run (CHUNKS below), which the snapshot loads on first use
//   js-contract.cjs
//   snapshot.inputs.json  the source files it holds (TRIVIUM_SNAPSHOT_METAFILE=<file> also writes esbuild's metafile)
//   triviumd.blob         the snapshot
//   triviumd.blob.key     the node binary it was built by (realpath, size, mtime) and the checkout's path, which
//                         bin/triviumd compares before it passes the blob: Node aborts on a blob of another build of
//                         node instead of falling back, and the snapshot holds the checkout's paths (package lookup).
// While a snapshot is built only builtin modules can be required, and Node 20 cannot snapshot node:http, https or tls;
// so those and every package the bundle leaves external become lazy modules: an object with a getter per export
// (names read here, at build time) that requires the real module on first use, after the snapshot is loaded.
// A build that cannot make a snapshot leaves none (the launcher then runs the plain path) and says why.
import { execFileSync } from 'node:child_process';
import { realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const LAZY_BUILTINS = /^(node:)?(http|https|tls)$/;
// External packages whose JavaScript the snapshot holds anyway, only their native binding (the one file that
// requires node-gyp-build with its own __dirname) lazy: a start would otherwise resolve and compile their ≈ 30 files
// (classic-level, abstract-level and its dependencies) before it opens the database.
const INLINE = { 'classic-level': './binding' };
// Libraries a start does not run, kept out of the snapshot: bundled into it, their source would sit in the blob and
// in every node's heap (V8 keeps a script's whole source), and what their top level builds with it. They are lazy
// modules too, each served by a bundle of its own beside the snapshot (a chunk that exports every package as a
// namespace, so packages of one chunk share their dependencies), compiled on first use — one file, not the
// hundreds of node_modules files the packages are (≈ 150 ms of CPU for the cosmjs clients):
//   cosmjs-client.cjs   the CLI's Stargate and Tendermint clients (imported dynamically by the tx commands): ≈ 1.1 MB
//                       with every cosmjs-types module Stargate registers;
//   js-contract.cjs     the JS contract store's parser and printer (x/wasm/runtime/metering.ts): ≈ 170 KB and
//                       acorn's Unicode tables, built at its top level.
const CHUNKS = {
  'cosmjs-client.cjs': { '@cosmjs/stargate': 'stargate', '@cosmjs/tendermint-rpc': 'tm' },
  'js-contract.cjs': { acorn: 'acorn', astring: 'astring' },
};
/** package → [its chunk, its namespace there] */
const CHUNKED = Object.fromEntries(Object.entries(CHUNKS).flatMap(([chunk, pkgs]) => Object.entries(pkgs).map(([p, n]) => [p, [`./${chunk}`, n]])));

/** The key bin/triviumd compares: `realpath size mtime-seconds` of this node binary, then the checkout's realpath. */
export function snapshotKey(root) {
  const bin = realpathSync(process.execPath);
  const st = statSync(bin);
  return `${bin} ${st.size} ${Math.floor(st.mtimeMs / 1000)} ${realpathSync(root)}`;
}

/**
 * Builds out/snapshot.cjs and out/triviumd.blob (+ .key). `common` is the build's esbuild options, `external` its
 * external packages; returns false (and removes any partial output) when Node cannot snapshot the bundle.
 */
export async function buildSnapshot({ build, root, out, common, external, entry = join(root, 'cmd', 'triviumd', 'snapshot-entry.ts') }) {
  const requireHere = createRequire(join(root, 'package.json'));
  const isExternal = (spec) => !(spec in INLINE) && (spec in CHUNKED || external.some((e) => (e.endsWith('/*') ? spec.startsWith(e.slice(0, -1)) : spec === e || spec.startsWith(`${e}/`))));
  const inlineDirs = Object.fromEntries(Object.keys(INLINE).map((p) => [p, dirname(requireHere.resolve(`${p}/package.json`))]));
  // The inlined package's binding, as the package's own file (`classic-level/binding`): required from there at
  // its first use, node-gyp-build finds the addon beside it.
  const lazyBinding = (a) => {
    const pkg = Object.keys(INLINE).find((p) => a.path === INLINE[p] && a.resolveDir === inlineDirs[p]);
    return pkg ? `${pkg}/${INLINE[pkg].replace(/^\.\//, '')}` : undefined;
  };
  const lazyModules = {
    name: 'snapshot-lazy-modules',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (a) => {
        if (a.kind === 'entry-point') return undefined;
        const binding = lazyBinding(a);
        return binding || LAZY_BUILTINS.test(a.path) || isExternal(a.path) ? { path: binding ?? a.path, namespace: 'lazy' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, (a) => {
        let mod;
        try {
          mod = requireHere(a.path);
        } catch (e) {
          // Not installed (an optional dependency such as bufferutil): requiring it fails as it would have.
          return { contents: `throw new Error(${JSON.stringify(`Cannot find module '${a.path}'`)});`, loader: 'js' };
        }
        if ((typeof mod !== 'object' && typeof mod !== 'function') || mod === null) throw new Error(`snapshot: ${a.path} exports no object or function; it cannot be loaded lazily`);
        const fn = typeof mod === 'function';
        const keys = Object.getOwnPropertyNames(mod).filter((k) => k !== '__esModule' && !(fn && ['length', 'name', 'prototype', 'arguments', 'caller'].includes(k)));
        // A chunked package: its namespace in its chunk (`member`), not the package itself.
        const [spec, member] = CHUNKED[a.path] ?? [a.path, null];
        return { contents: `module.exports = __triviumLazy(${JSON.stringify(spec)}, ${JSON.stringify(member)}, ${JSON.stringify(keys)}, ${mod.__esModule === true}, ${fn});`, loader: 'js' };
      });
    },
  };
  const bundleUrl = pathToFileURL(join(out, 'full.mjs')).href; // what import.meta.url is in the ESM bundles
  const banner = [
    `var __triviumBundleUrl = ${JSON.stringify(bundleUrl)};`,
    'var __triviumLazy = (spec, member, keys, esModule, fn) => {',
    "  let real; const load = () => (real ??= ((m) => (member === null ? m : m[member]))(require('node:module').createRequire(__triviumBundleUrl)(spec)));",
    '  const o = fn ? function (...a) { return new.target ? new (load())(...a) : load().apply(this, a); } : {};',
    '  if (esModule) Object.defineProperty(o, "__esModule", { value: true });',
    '  for (const k of keys) Object.defineProperty(o, k, { enumerable: true, get: () => load()[k] });',
    '  return o;',
    '};',
  ].join('\n');
  const cjs = join(out, 'snapshot.cjs');
  const blob = join(out, 'triviumd.blob');
  try {
    for (const [chunk, pkgs] of Object.entries(CHUNKS)) {
      await build({
        ...common,
        format: 'cjs',
        outExtension: {},
        stdin: { contents: Object.entries(pkgs).map(([p, n]) => `export * as ${n} from ${JSON.stringify(p)};`).join('\n'), resolveDir: root, loader: 'js' },
        outdir: undefined,
        outfile: join(out, chunk),
        external,
        metafile: false,
        banner: {},
      });
    }
    const built = await build({
      ...common,
      format: 'cjs',
      outExtension: {},
      entryPoints: { snapshot: entry },
      outdir: undefined,
      outfile: cjs,
      external: [],
      metafile: true,
      banner: { js: banner },
      define: { 'import.meta.url': '__triviumBundleUrl' },
      plugins: [lazyModules, ...(common.plugins ?? [])],
    });
    // What the snapshot's source holds, by file (as build.mjs writes for the other bundles): tests/lint/cli-bundle.test.ts.
    writeFileSync(join(out, 'snapshot.inputs.json'), JSON.stringify(Object.keys(built.metafile.inputs)));
    if (process.env.TRIVIUM_SNAPSHOT_METAFILE) writeFileSync(process.env.TRIVIUM_SNAPSHOT_METAFILE, JSON.stringify(built.metafile));
    execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', cjs], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    writeFileSync(`${blob}.key`, snapshotKey(root));
    return true;
  } catch (e) {
    rmSync(blob, { force: true });
    rmSync(`${blob}.key`, { force: true });
    process.stderr.write(`triviumd build: no start-up snapshot (the plain start is used): ${e.stderr?.toString().trim().split('\n').slice(-8).join('\n') || e.message}\n`);
    return false;
  }
}
