// Issue 17: bin/triviumd, the installed command, starts node from the build's start-up snapshot
// (scripts/build-snapshot.mjs) and takes the plain path (`node --no-node-snapshot cmd/triviumd.js`) whenever the
// snapshot may not fit: another node binary, a source newer than the build, V8 flags in NODE_OPTIONS, no blob. A
// node started from the snapshot serves as the plain one does, loads its engines on first use (isolated-vm with the
// regexp flags the sandbox needs, revm), stops on SIGTERM, and its blocks replay on the plain path to the same app
// hashes; the CLI signs and broadcasts from it and it stores JS contracts (the Stargate client and acorn each in a
// bundle of its own, loaded on first use). One node for the file.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { buildBundle, bundlePath, isFresh } from '../../scripts/build.mjs';
import { buildSnapshot, snapshotKey } from '../../scripts/build-snapshot.mjs';
import { attr, cliJson, deployJs } from '../crossvm/helpers.ts';
import { BIN, repoRoot, runReplay, startNode, type TestNode } from '../helpers/node.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The node command line bin/triviumd exec'd (from `sh -x`). */
  exec: string;
}

/** Runs `sh -x <launcher> args`: what it printed, and the node command it exec'd. */
function launch(launcher: string, args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS' && k !== 'TRIVIUM_NO_SNAPSHOT'));
  return new Promise((res) => {
    execFile('sh', ['-x', launcher, ...args], { env: { ...base, ...env } }, (err, stdout, stderr) => {
      const exec = stderr.split('\n').filter((l) => l.startsWith('+ exec ')).pop() ?? '';
      res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr: stderr.split('\n').filter((l) => !l.startsWith('+ ')).join('\n'), exec });
    });
  });
}
const fromSnapshot = (r: Run) => / --snapshot-blob \S+triviumd\.blob /.test(r.exec);
const plain = (r: Run) => / --no-node-snapshot \S+cmd\/triviumd\.js/.test(r.exec);

describe('bin/triviumd and the start-up snapshot (issue 17)', () => {
  let node: TestNode;
  let blob: string;
  before(async () => {
    if (!isFresh()) await buildBundle();
    blob = join(dirname(bundlePath()), 'triviumd.blob');
    node = await startNode({ launcher: 'bin', blockTime: '100ms', keepHome: true });
  });
  after(async () => {
    await node?.stop();
    if (node) rmSync(node.home, { recursive: true, force: true });
  });

  it('the build leaves a snapshot keyed to the node binary that built it and the checkout', () => {
    assert.equal(readFileSync(`${blob}.key`, 'utf8'), snapshotKey(repoRoot));
    assert.ok(snapshotKey(repoRoot).endsWith(` ${realpathSync(repoRoot)}`));
    assert.ok(readFileSync(blob).length > 1 << 20);
  });

  it('`triviumd start` runs node itself from the snapshot, and it serves and commits blocks', async () => {
    const cmdline = readFileSync(`/proc/${node.proc.pid}/cmdline`, 'utf8').split('\0');
    assert.equal(cmdline[1], '--snapshot-blob', cmdline.join(' '));
    assert.equal(cmdline[2], blob);
    const s = await node.rpc<{ sync_info: { latest_block_height: string } }>('status');
    assert.ok(Number(s.sync_info.latest_block_height) >= 1);
    const eth = await fetch(`http://${node.ports['json-rpc.address']}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }) });
    assert.equal(((await eth.json()) as { result: string }).result, '0x40001');
  });

  it('loads its engines after the snapshot: an EVM call on revm, a JS contract in isolated-vm with its regexp rules', async () => {
    // Init code that returns the word 42: the call really ran.
    const r = await fetch(`http://${node.ports['json-rpc.address']}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_call', params: [{ data: '0x602a60005260206000f3' }, 'latest'] }) });
    assert.equal(((await r.json()) as { result: string }).result, '0x' + '2a'.padStart(64, '0'));
    const dir = mkdtempSync(join(tmpdir(), 'trivium-snap-'));
    try {
      // A linear-time regexp deploys and runs (V8's linear engine flags were set as the snapshot loaded) …
      writeFileSync(join(dir, 'ok.js'), 'module.exports = { instantiate() { return {}; }, query(m) { return { hit: /a+b/.test(m.s) }; } };');
      const addr = await deployJs(node, join(dir, 'ok.js'));
      const q = await node.cli(['q', 'wasm', 'contract-state', 'smart', addr, '{"s":"xaab"}', '-o', 'json']);
      assert.equal(q.code, 0, q.stderr);
      assert.deepEqual(JSON.parse(q.stdout).data, { hit: true });
      // … and a backtracking one is refused at store, as on the plain path.
      writeFileSync(join(dir, 'bad.js'), 'module.exports = { execute(m) { return /(a+)+\\1/.test(m); } };');
      const st = await node.cli(['tx', 'wasm', 'store', join(dir, 'bad.js'), '--from', 'dev0', '--yes', '-o', 'json']);
      assert.match(st.stdout + st.stderr, /linear time/);
      assert.equal(attr(JSON.parse(st.stdout.trim().split('\n').pop() || '{}').events ?? [], 'store_code', 'code_id'), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('signs and broadcasts from the snapshot, which loads the Stargate client from its own bundle on first use', async () => {
    const to = 'trivium1erxf3sa9q2j4vgseu7jq4a258ckmk7cyyxenrd';
    // Read back on the plain path: the transfer really landed.
    const balance = async () => Number(((await cliJson(node, ['q', 'bank', 'balances', to, '-o', 'json'])) as { balances: { denom: string; amount: string }[] }).balances.find((c) => c.denom === 'utrv')?.amount ?? 0);
    const before = await balance();
    const r = await launch(BIN, ['tx', 'bank', 'send', 'dev0', to, '7utrv', '--home', node.home, '--node', `tcp://${node.ports['rpc.laddr']}`, '--yes', '-o', 'json']);
    assert.ok(fromSnapshot(r), r.exec);
    assert.equal(r.code, 0, r.stderr);
    const res = JSON.parse(r.stdout.trim().split('\n').pop()!) as { code: number; events: { type: string; attributes: { key: string; value: string }[] }[] };
    assert.equal(res.code, 0, r.stdout);
    assert.ok(res.events.some((e) => e.type === 'transfer' && e.attributes.some((a) => a.key === 'recipient' && a.value === to)), r.stdout);
    assert.equal(await balance(), before + 7);
  });

  it('the light commands answer from the snapshot as from the plain path', async () => {
    for (const args of [['--version'], ['nosuch'], ['debug', 'addr', 'trivium1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqszt5sa']]) {
      const [s, p] = [await launch(BIN, args), await launch(BIN, args, { TRIVIUM_NO_SNAPSHOT: '1' })];
      assert.ok(fromSnapshot(s), s.exec);
      assert.ok(plain(p), p.exec);
      assert.deepEqual([s.code, s.stdout, s.stderr], [p.code, p.stdout, p.stderr], args.join(' '));
    }
  });

  it('a new home from the snapshot (its dev keys derived at build time) has the plain path\'s genesis state and keys', async () => {
    const homes = [mkdtempSync(join(tmpdir(), 'trivium-snap-init-')), mkdtempSync(join(tmpdir(), 'trivium-plain-init-'))];
    try {
      const [s, p] = [await launch(BIN, ['init', '--home', homes[0]!]), await launch(BIN, ['init', '--home', homes[1]!], { TRIVIUM_NO_SNAPSHOT: '1' })];
      assert.ok(fromSnapshot(s), s.exec);
      assert.ok(plain(p), p.exec);
      assert.deepEqual([s.code, p.code], [0, 0], s.stderr + p.stderr);
      // The genesis time and the validator key are new in every home; the state and the dev keys are not.
      const [gs, gp] = homes.map((h) => JSON.parse(readFileSync(join(h, 'config/genesis.json'), 'utf8')) as { app_state: { auth: { accounts: unknown[] } } });
      assert.equal(gs!.app_state.auth.accounts.length, 10);
      assert.deepEqual(gs!.app_state, gp!.app_state);
      const dev = (h: string, i: number) => readFileSync(join(h, 'keyring-test', `dev${i}.info.json`), 'utf8');
      for (let i = 0; i < 10; i++) assert.equal(dev(homes[0]!, i), dev(homes[1]!, i));
    } finally {
      for (const h of homes) rmSync(h, { recursive: true, force: true });
    }
  });

  it('takes the plain path when the snapshot may not fit', async () => {
    // A checkout of its own: bin/triviumd, the build's pointer and blob (linked), one source, cmd/ linked.
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'trivium-launch-')));
    try {
      const stamp = readFileSync(join(repoRoot, 'dist', 'current'), 'utf8').trim();
      mkdirSync(join(root, 'bin'));
      copyFileSync(BIN, join(root, 'bin', 'triviumd'));
      symlinkSync(join(repoRoot, 'cmd'), join(root, 'cmd'));
      mkdirSync(join(root, 'core'));
      const source = join(root, 'core', 'a.ts');
      writeFileSync(source, '');
      writeFileSync(join(root, 'package-lock.json'), '{}');
      const old = new Date(Date.now() - 60_000);
      for (const f of [source, join(root, 'package-lock.json')]) utimesSync(f, old, old);
      mkdirSync(join(root, 'dist', stamp), { recursive: true });
      writeFileSync(join(root, 'dist', 'current'), stamp);
      const key = join(root, 'dist', stamp, 'triviumd.blob.key');
      // As the build writes it, for this checkout (it holds the real one's paths, which the linked cmd/ resolves to).
      const fits = snapshotKey(repoRoot).replace(/ [^ ]+$/, ` ${root}`);
      writeFileSync(key, fits);
      const launcher = join(root, 'bin', 'triviumd');
      const version = async (env: Record<string, string> = {}) => {
        const r = await launch(launcher, ['--version'], env);
        assert.equal(r.stdout.trim(), '0.1.0', r.stderr);
        return r;
      };
      assert.ok(plain(await version()), 'no blob');
      symlinkSync(blob, join(root, 'dist', stamp, 'triviumd.blob'));
      assert.ok(fromSnapshot(await version()), 'everything fits');
      // V8 flags Node would refuse the snapshot under (it exits 14 instead of starting).
      assert.ok(plain(await version({ NODE_OPTIONS: '--max-old-space-size=200' })), 'NODE_OPTIONS');
      writeFileSync(key, fits.replace(/ \d+ /, ' 1 '));
      assert.ok(plain(await version()), 'another node binary');
      writeFileSync(key, snapshotKey(repoRoot));
      assert.ok(plain(await version()), 'another checkout (one moved or copied)');
      writeFileSync(key, fits);
      assert.ok(fromSnapshot(await version()));
      utimesSync(source, new Date(), new Date(Date.now() + 5_000));
      assert.ok(plain(await version()), 'a source newer than the build');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a bundle Node cannot snapshot leaves no snapshot, and says why', async () => {
    const out = mkdtempSync(join(tmpdir(), 'trivium-snapbuild-'));
    try {
      const entry = join(out, 'entry.ts');
      writeFileSync(entry, "throw new Error('cannot be snapshotted');\n");
      const common = { bundle: true, platform: 'node' as const, target: 'node20', logLevel: 'error' as const };
      const written: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((s: string) => (written.push(String(s)), true)) as typeof process.stderr.write;
      let ok: boolean;
      try {
        ok = await buildSnapshot({ build, root: repoRoot, out, common, external: [], entry });
      } finally {
        process.stderr.write = write;
      }
      assert.equal(ok, false);
      assert.match(written.join(''), /no start-up snapshot \(the plain start is used\)[\s\S]*cannot be snapshotted/);
      assert.throws(() => readFileSync(join(out, 'triviumd.blob')), /ENOENT/);
      assert.throws(() => readFileSync(join(out, 'triviumd.blob.key')), /ENOENT/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('stops on SIGTERM as the plain node does', async () => {
    const exited = new Promise<number | null>((r) => node.proc.once('exit', (c) => r(c)));
    node.proc.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(node.output(), /stopped at height \d+/);
  });

  it("its blocks (a JS contract's and EVM calls' among them) replay on the plain path to the same app hash at every height", async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'trivium-snap-replay-'));
    try {
      const report = await runReplay(node.home, join(fresh, 'home'));
      assert.ok(report.height >= 3, JSON.stringify(report));
      assert.ok(report.txs >= 2, JSON.stringify(report));
      assert.deepEqual(report.mismatches, []);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
