// The command tree's bundle holds no executor: `triviumd keys list`, `q bank`, `status` and `debug addr` load
// no EVM, isolate or LiteSVM code. What start, init and replay run is in the node bundle (scripts/build.mjs).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildBundle, bundlePath, isFresh } from '../../scripts/build.mjs';

// esbuild marks each bundled file with a `// path` comment; externals stay as imports of the package name.
const EXECUTORS = [/^\/\/ (\S*\/)?node_modules\/@ethereumjs\/evm\//m, /^\/\/ x\/evm\/executor\/executor\.ts$/m, /^\/\/ x\/wasm\/runtime\//m, /^\/\/ x\/svm\/engine\//m, /["']isolated-vm["']/, /["']litesvm["']/];

describe('the triviumd bundles', () => {
  let cli = '';
  let node = '';
  before(async () => {
    if (!isFresh()) await buildBundle();
    cli = readFileSync(bundlePath(), 'utf8');
    node = readFileSync(join(dirname(bundlePath()), 'node.mjs'), 'utf8');
  });

  // assert.ok, not assert.match: a failure must not print (and diff) a 5 MB bundle.
  it('the command tree loads no executor', () => {
    for (const re of EXECUTORS) assert.ok(!re.test(cli), `the command tree's bundle contains ${re}`);
    assert.ok(/^\/\/ cmd\/triviumd\/commands\/keys\.ts$/m.test(cli), 'the command tree holds the keys command');
  });

  it('the node bundle has the executors, and the command tree reaches it for start, init, replay, rollback and testnet', () => {
    for (const re of EXECUTORS) assert.ok(re.test(node), `the node bundle lacks ${re}`);
    assert.equal(cli.match(/import\(["']\.\/node\.mjs["']\)/g)?.length, 5);
  });
});
