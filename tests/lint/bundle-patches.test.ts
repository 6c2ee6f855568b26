// Issue 17: scripts/bundle-patches.mjs makes two dependencies' top-level tables (@ethereumjs/util's 65,536
// BigInts, the Wasm metering's 100,000-slot buffer) on first use in triviumd's bundles. The patched code, bundled as
// the build bundles it, gives what the installed packages give (imported here unpatched); the bundles carry the
// patch; and a dependency whose text no longer matches fails the build by name.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { bytesToBigInt } from '@ethereumjs/util';
import { build } from 'esbuild';
import { buildBundle, bundlePath, isFresh } from '../../scripts/build.mjs';
import { lazyTables } from '../../scripts/bundle-patches.mjs';
import { instrument } from '../../x/wasm/cosmwasm/compile.ts';
import { fixturesDir, repoRoot } from '../helpers/node.ts';

interface Patched {
  bytesToBigInt: typeof bytesToBigInt;
  instrument: typeof instrument;
}

describe('bundle patches: dependency tables made on first use (issue 17)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trivium-patches-'));
  let patched: Patched;
  before(async () => {
    // As scripts/build.mjs bundles them: the real packages, through the plugin.
    const out = join(dir, 'patched.mjs');
    await build({
      stdin: { contents: "export { bytesToBigInt } from '@ethereumjs/util';\nexport { instrument } from './x/wasm/cosmwasm/compile.ts';\n", resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      logLevel: 'error',
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
      plugins: [lazyTables],
    });
    const text = readFileSync(out, 'utf8');
    assert.ok(/BIGINT_CACHE\[bytes\[0\]\] \?\?= BigInt\(bytes\[0\]\)/.test(text) && /\(meteredCode \?\?= new WriteArray\(1e5\)\)\.reset\(\)/.test(text), 'the patches were not applied');
    patched = (await import(pathToFileURL(out).href)) as Patched;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('bytesToBigInt gives the unpatched results: every one- and two-byte input, both byte orders, longer ones', () => {
    for (let i = 0; i < 256; i++) assert.equal(patched.bytesToBigInt(Uint8Array.of(i)), bytesToBigInt(Uint8Array.of(i)));
    for (let i = 0; i < 65536; i++) {
      const b = Uint8Array.of(i >> 8, i & 0xff);
      const [p, u] = [patched.bytesToBigInt(b), bytesToBigInt(b)];
      if (p !== u) assert.equal(p, u, `0x${i.toString(16)}`);
      if (patched.bytesToBigInt(b, true) !== bytesToBigInt(b, true)) assert.fail(`little-endian 0x${i.toString(16)}`);
    }
    // Read twice: the second answer comes from the cache the first one filled.
    assert.equal(patched.bytesToBigInt(Uint8Array.of(0x12, 0x34)), 0x1234n);
    assert.equal(patched.bytesToBigInt(Uint8Array.of(0x12, 0x34)), 0x1234n);
    assert.equal(patched.bytesToBigInt(new Uint8Array()), 0n);
    const long = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1);
    assert.equal(patched.bytesToBigInt(long), bytesToBigInt(long));
  });

  it('the Wasm metering instruments real contracts byte for byte as the unpatched package does, its buffer reused', () => {
    for (const f of ['cw20_base-1.0.1.wasm', 'hackatom_wasmd-1.4.wasm', 'empty.wasm', 'cw20_base-1.0.1.wasm']) {
      const wasm = new Uint8Array(readFileSync(join(fixturesDir, 'cosmwasm', f)));
      const [p, u] = [patched.instrument(wasm), instrument(wasm)];
      assert.ok(Buffer.from(p.bytes).equals(Buffer.from(u.bytes)), f);
      assert.deepEqual([p.migrateArity, p.memory], [u.migrateArity, u.memory], f);
    }
  });

  it('the built bundles and the start-up snapshot carry the patches', async () => {
    if (!isFresh()) await buildBundle();
    for (const name of ['full.mjs', 'node.mjs', 'snapshot.cjs']) {
      const text = readFileSync(join(dirname(bundlePath()), name), 'utf8');
      assert.ok(/BIGINT_CACHE=\[\]/.test(text) && !/BIGINT_CACHE\[\w+\]=BigInt\(\w+\)/.test(text), `${name}: @ethereumjs/util's table is built at load`);
      assert.ok(text.includes('meteredCode??=new WriteArray(1e5)'), `${name}: the metering buffer is made at load`);
    }
  });

  it('a dependency whose text changed fails the build, naming the file and the edit', async () => {
    const fake = join(dir, 'node_modules', '@ethereumjs', 'util', 'dist', 'esm');
    mkdirSync(fake, { recursive: true });
    writeFileSync(join(fake, 'bytes.js'), 'export const BIGINT_CACHE = new Array(65536).fill(0n);\n');
    await assert.rejects(
      build({ entryPoints: [join(fake, 'bytes.js')], bundle: true, write: false, logLevel: 'silent', plugins: [lazyTables] }),
      (e: Error) => /bundle-patches\.mjs: \S+bytes\.js holds "const BIGINT_CACHE = \[\];" 0 times, not once/.test(e.message),
    );
  });
});
