// The import rules (.dependency-cruiser.cjs) catch what they say they catch: each rule is planted once in a
// scratch tree laid out like ours, and a clean tree passes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../helpers/node.ts';

const depcruise = join(repoRoot, 'node_modules', '.bin', 'depcruise');
const config = join(repoRoot, '.dependency-cruiser.cjs');

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'trivium-rules-'));
  const all: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }),
    'package.json': JSON.stringify({ type: 'module' }),
    'core/types/context.ts': 'export const ctx = 1;\n',
    'x/bank/types/index.ts': "import { ctx } from '../../../core/types/context.ts';\nexport const denom = ctx;\n",
    'x/bank/keeper.ts': "import { denom } from './types/index.ts';\nexport const bank = denom;\n",
    'x/evm/keeper.ts': "import { denom } from '../bank/types/index.ts';\nexport const evm = denom;\n",
    'app/app.ts': "import { bank } from '../x/bank/keeper.ts';\nimport { evm } from '../x/evm/keeper.ts';\nexport const app = bank + evm;\n",
    'cmd/main.ts': "import { app } from '../app/app.ts';\nexport const main = app;\n",
    ...files,
  };
  for (const [p, src] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), src);
  }
  return dir;
}

function cruise(dir: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(depcruise, ['--config', config, '--output-type', 'err', 'core', 'app', 'x', 'cmd'], { cwd: dir }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr });
    });
  });
}

describe('import rules (.dependency-cruiser.cjs)', () => {
  const dirs: string[] = [];
  const make = (files: Record<string, string>) => {
    const d = tree(files);
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('a tree that keeps the layers passes', async () => {
    const r = await cruise(make({}));
    assert.equal(r.code, 0, r.out);
  });

  const planted: Array<[string, Record<string, string>, RegExp]> = [
    ['core importing a module', { 'core/types/context.ts': "import { bank } from '../../x/bank/keeper.ts';\nexport const ctx = bank;\n" }, /core-is-the-bottom: core\/types\/context\.ts → x\/bank\/keeper\.ts/],
    ['a module importing the wiring', { 'x/bank/keeper.ts': "import { app } from '../../app/app.ts';\nexport const bank = app;\n" }, /x-not-above: x\/bank\/keeper\.ts → app\/app\.ts/],
    ['the wiring importing the CLI', { 'app/app.ts': "import { main } from '../cmd/main.ts';\nexport const app = main;\n" }, /app-not-cmd: app\/app\.ts → cmd\/main\.ts/],
    ['a module importing another module\'s keeper', { 'x/evm/keeper.ts': "import { bank } from '../bank/keeper.ts';\nexport const evm = bank;\n" }, /x-only-types-of-another-module: x\/evm\/keeper\.ts → x\/bank\/keeper\.ts/],
    ['a relative path into node_modules', { 'node_modules/otherpkg/lib.js': 'export const x = 1;\n', 'x/evm/keeper.ts': "import { x } from '../../node_modules/otherpkg/lib.js';\nexport const evm = x;\n" }, /no-relative-into-node-modules: x\/evm\/keeper\.ts → node_modules\/otherpkg\/lib\.js/],
    [
      'an import cycle',
      { 'x/bank/keeper.ts': "import { denom } from './types/index.ts';\nimport { q } from './queries.ts';\nexport const bank = denom + q;\n", 'x/bank/queries.ts': "import { bank } from './keeper.ts';\nexport const q = 1;\nexport const again = () => bank;\n" },
      /no-cycles: x\/bank\/(keeper|queries)\.ts/,
    ],
    [
      "a dependency's dist/ internals",
      {
        'package.json': JSON.stringify({ type: 'module', dependencies: { somepkg: '1.0.0' } }),
        'node_modules/somepkg/package.json': JSON.stringify({ name: 'somepkg', type: 'module', main: 'dist/index.js' }),
        'node_modules/somepkg/dist/index.js': 'export const pub = 1;\n',
        'node_modules/somepkg/dist/internal.js': 'export const priv = 1;\n',
        'x/evm/keeper.ts': "import { priv } from 'somepkg/dist/internal.js';\nimport { pub } from 'somepkg';\nexport const evm = priv + pub;\n",
      },
      /no-dist-internals: x\/evm\/keeper\.ts → node_modules\/somepkg\/dist\/internal\.js/,
    ],
  ];
  for (const [what, files, rule] of planted) {
    it(`fails the build on ${what}`, async () => {
      const r = await cruise(make(files));
      assert.notEqual(r.code, 0, `expected a violation:\n${r.out}`);
      assert.match(r.out, rule);
      assert.doesNotMatch(r.out, /→ node_modules\/somepkg\/dist\/index\.js/, 'a package\'s published entry is its API');
    });
  }
});
