#!/usr/bin/env -S node --no-node-snapshot
// The triviumd entry point. Runs the esbuild bundle of cmd/triviumd/main.ts (rebuilt when a source is newer), so
// start-up does not pay for resolving thousands of modules. isolated-vm needs --no-node-snapshot on Node ≥ 20:
// the shebang passes it; a plain `node cmd/triviumd.js` re-executes itself with it. bin/triviumd, the installed
// command, starts node from the build's start-up snapshot instead when it fits (issue 17), and this file otherwise.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { bundlePath, buildBundle, isFresh, NODE_COMMAND_NAMES } from '../scripts/build.mjs';

if (!process.execArgv.includes('--no-node-snapshot')) {
  const child = spawn(process.execPath, ['--no-node-snapshot', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
} else {
  // `start` loads and builds the whole node in one burst of allocation, which would grow V8's young generation to
  // its full size and leave it there (≈ 7 MiB of an idle node's resident set, issue 17). It does not grow until the
  // node serves; start-node.ts then gives it back its default growth, so a node under load sizes it as always.
  if (process.argv[2] === 'start' && !`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`.includes('semi-space')) {
    setFlagsFromString('--semi-space-growth-factor=1');
    globalThis[Symbol.for('trivium.youngGenerationHeld')] = true;
  }
  if (process.env.TRIVIUM_NO_BUNDLE) {
    const { register } = await import('tsx/esm/api');
    register();
    await import('./triviumd/main.ts');
  } else {
    if (!isFresh()) await buildBundle();
    // The node's commands run from the bundle that holds the node; the rest from the light command tree.
    await import(pathToFileURL(bundlePath(NODE_COMMAND_NAMES.includes(process.argv[2] ?? '') ? 'full' : 'triviumd')).href);
  }
}
