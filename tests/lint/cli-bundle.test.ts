// The command tree's bundle holds no executor: `triviumd keys list`, `q bank`, `status` and `debug addr` load
// no EVM, isolate or LiteSVM code. What start, init and replay run is in the node bundle (scripts/build.mjs).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildBundle, bundlePath, isFresh } from '../../scripts/build.mjs';

// The source files each bundle holds (its `.inputs.json`, from esbuild's metafile); externals stay as imports of the
// package name in the bundle's text.
const BUNDLED = [/^(\S*\/)?node_modules\/@ethereumjs\/evm\//, /^x\/evm\/executor\/executor\.ts$/, /^x\/wasm\/runtime\//, /^x\/svm\/engine\//];
const EXTERNAL = [/["']isolated-vm["']/, /["']litesvm["']/];
const inputsOf = (name: string): string[] => JSON.parse(readFileSync(join(dirname(bundlePath()), `${name}.inputs.json`), 'utf8')) as string[];

describe('the triviumd bundles', () => {
  let cli = '';
  let node = '';
  let cliInputs: string[] = [];
  let nodeInputs: string[] = [];
  before(async () => {
    if (!isFresh()) await buildBundle();
    cli = readFileSync(bundlePath(), 'utf8');
    node = readFileSync(join(dirname(bundlePath()), 'node.mjs'), 'utf8');
    cliInputs = inputsOf('triviumd');
    nodeInputs = inputsOf('node');
  });

  // assert.ok, not assert.match: a failure must not print (and diff) a 5 MB bundle.
  it('the command tree loads no executor', () => {
    for (const re of BUNDLED) assert.ok(!cliInputs.some((f) => re.test(f)), `the command tree's bundle contains ${re}`);
    for (const re of EXTERNAL) assert.ok(!re.test(cli), `the command tree's bundle imports ${re}`);
    assert.ok(cliInputs.includes('cmd/triviumd/commands/keys.ts'), 'the command tree holds the keys command');
  });

  it('the node bundle has the executors, and the command tree reaches it for start, init, replay, rollback, testnet and export', () => {
    for (const re of BUNDLED) assert.ok(nodeInputs.some((f) => re.test(f)), `the node bundle lacks ${re}`);
    for (const re of EXTERNAL) assert.ok(re.test(node), `the node bundle does not import ${re}`);
    assert.equal(cli.match(/import\(["']\.\/node\.mjs["']\)/g)?.length, 6);
  });

  // A dynamic import keeps every export of the module it names: `import('ethers')` (one CLI command's ABI decoder)
  // put all of ethers into every bundle and the start-up snapshot, evaluated at start beside the barrel's static
  // users (≈ 0.5 MB of source, 1 MB of snapshot, 2.8 MiB of an idle node; issue 17). Names kept by the minifier.
  it('the bundles and the start-up snapshot hold no part of ethers that nothing uses (providers, wallets, contracts, wordlists)', () => {
    const snapshot = readFileSync(join(dirname(bundlePath()), 'snapshot.cjs'), 'utf8');
    for (const [name, text] of [['triviumd.mjs', cli], ['node.mjs', node], ['full.mjs', readFileSync(join(dirname(bundlePath()), 'full.mjs'), 'utf8')], ['snapshot.cjs', snapshot]] as const) {
      assert.ok(/\bInterface=class /.test(text), `${name} lacks ethers' ABI coder (is the marker still right?)`);
      const unused = text.match(/\b(JsonRpcProvider|HDNodeWallet|BaseContract|LangJa)=class /g) ?? [];
      assert.deepEqual(unused, [], `${name} holds ethers classes nothing uses`);
    }
    assert.ok(inputsOf('snapshot').includes('x/crossvm/client/decode.ts'), 'snapshot.inputs.json lists what the snapshot holds');
  });

  // V8 keeps a script's whole source in the heap, and the snapshot holds it too: libraries a start does not run are
  // bundles of their own beside it, loaded on first use (issue 17) — the CLI's Stargate and Tendermint clients
  // (≈ 1.1 MB with the cosmjs-types they register) and the JS contract store's parser and printer.
  it("the start-up snapshot's source holds neither the CLI's cosmjs clients nor acorn and astring; their chunks do", () => {
    const chunked = /(^|\/)node_modules\/(@cosmjs\/(stargate|tendermint-rpc)|acorn|astring)\//;
    assert.deepEqual(inputsOf('snapshot').filter((f) => chunked.test(f)).slice(0, 3), []);
    assert.ok(cliInputs.some((f) => chunked.test(f)) && nodeInputs.some((f) => /node_modules\/acorn\//.test(f)), 'the ESM bundles bundle them');
    const chunk = (name: string) => readFileSync(join(dirname(bundlePath()), name), 'utf8');
    assert.ok(/\bSigningStargateClient=class /.test(chunk('cosmjs-client.cjs')) && /\bComet38Client=class /.test(chunk('cosmjs-client.cjs')), 'cosmjs-client.cjs lacks the clients');
    assert.ok(/\bParser=function\(/.test(chunk('js-contract.cjs')) && /\bGENERATOR=/.test(chunk('js-contract.cjs')), 'js-contract.cjs lacks acorn or astring');
  });

  // One non-ASCII character anywhere makes V8 hold the whole bundle's source as a two-byte string (9.3 MB instead of
  // 4.6 MB of a node's idle heap, issue 17); esbuild escapes them in strings, not in comments inside template literals.
  it('the bundles are ASCII, so V8 keeps their source one byte a character', () => {
    for (const [name, text] of [['triviumd', cli], ['node', node], ['full', readFileSync(join(dirname(bundlePath()), 'full.mjs'), 'utf8')]] as const) {
      const at = text.search(/[^\x00-\x7f]/);
      assert.ok(at < 0, `${name}.mjs has a non-ASCII character at ${at}: …${text.slice(Math.max(0, at - 60), at + 10)}`);
    }
  });
});
