// Issue 16 item 7: docs that run. Every fenced block of README.md and docs/**.md is found here, whoever wrote it:
// shell blocks (```sh) run, in order, against one real node, as a reader types them (`triviumd …` and
// `npx triviumd …` with the home's client.toml, no --node; `localhost:8545` and the other default ports mean
// this node's); JS/TS blocks run as scripts; JSON blocks parse; a block whose first line names a repository file
// shows that file exactly. A block that cannot run carries `<!-- docs-test: skip — why -->` right above it.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compileSolidity } from '../evm/helpers.ts';
import { moduleClis } from '../../cmd/triviumd/module-clis.ts';
import { repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { type CodeBlock, codeBlocks, docFiles, includedFile, looksLikeCommands, SCRIPT, SHELL } from './markdown-blocks.ts';

const BLOCK_TIMEOUT_MS = 120_000;
/** npm commands that change node_modules or run the suite: refused before a block runs (and by the npm shim). */
const NPM_CHANGES = /\bnpm\s+(ci|install|i|add|uninstall|remove|rm|update|up|rebuild|prune|dedupe|link|test|t|start)\b/;
const all = docFiles(repoRoot).flatMap((f) => codeBlocks(f, repoRoot));
const at = (b: CodeBlock) => `${b.file}:${b.line}`;
const runnable = (b: CodeBlock) => !b.skip && (SHELL.has(b.lang) || SCRIPT.has(b.lang)) && !includedFile(b);

/**
 * The default ports a doc names → this node's: 26657, gRPC 9090, REST 1317 and every module's listen-address start flag's default (json-rpc 8545,
 * svm-rpc 8899/8900, and whatever a module adds later), from the modules' own flag list.
 */
function portMap(node: TestNode): Record<string, string> {
  const map: Record<string, string> = { '26657': node.ports['rpc.laddr']!, '9090': node.ports['grpc.address']!, '1317': node.ports['api.address']! };
  for (const m of moduleClis) {
    for (const f of m.startFlags ?? []) {
      const name = /--([\w.-]+)/.exec(f.flags)?.[1];
      const port = /:(\d+)$/.exec(f.defaultValue ?? '')?.[1];
      if (name && port && node.ports[name]) map[port] = node.ports[name]!;
    }
  }
  return map;
}
const substitute = (text: string, ports: Record<string, string>) =>
  text.replace(/\b(?:localhost|127\.0\.0\.1):(\d{2,5})\b/g, (m, p: string) => (ports[p] ? ports[p]! : m));

// Shell: -euo pipefail; assignments exported and carried to the doc's next block (a reader's one terminal);
// curl fails on an HTTP error or a JSON-RPC error answer, so an example that errors does not pass for one.
const PRELUDE = `set -a
[ -f "$DOCS_STATE" ] && . "$DOCS_STATE"
set -euo pipefail
curl() {
  local out
  out=$(command curl -sS --max-time 60 "$@") || { printf '%s\\n' "$out"; return 1; }
  printf '%s\\n' "$out"
  if printf '%s' "$out" | grep -q '"error":{'; then echo "docs-test: the JSON-RPC call answered an error" >&2; return 1; fi
}
`;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      out += `\n[docs-test: killed after ${BLOCK_TIMEOUT_MS} ms]`;
      p.kill('SIGKILL');
    }, BLOCK_TIMEOUT_MS);
    p.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

describe('docs: the code blocks of README.md and docs/', () => {
  let node: TestNode;
  let userHome = '';
  let workDir = '';
  let env: NodeJS.ProcessEnv = {};
  before(async () => {
    // The reader's machine: $HOME/.trivium is the node's home (so commands need no --home), a working directory
    // that looks like the repository (its entries linked) and takes what the examples write.
    userHome = mkdtempSync(join(tmpdir(), 'trivium-docs-home-'));
    node = await startNode({ home: join(userHome, '.trivium'), blockTime: '0', api: true });
    // Inside the repository, so scripts resolve its node_modules by walking up; its entries linked, except the
    // package files and node_modules (nothing a block runs may reach them: see the npm guard below).
    workDir = mkdtempSync(join(repoRoot, '.docs-run-'));
    for (const e of readdirSync(repoRoot)) {
      if (!e.startsWith('.') && !['node_modules', 'package.json', 'package-lock.json'].includes(e)) symlinkSync(join(repoRoot, e), join(workDir, e));
    }
    const bin = join(userHome, 'bin');
    mkdirSync(bin);
    const which = (c: string) => execFileSync('sh', ['-c', `command -v ${c}`], { encoding: 'utf8' }).trim();
    const [realNpx, realNpm] = [which('npx'), which('npm')];
    writeFileSync(join(bin, 'triviumd'), `#!/bin/sh\nexec "${process.execPath}" --no-node-snapshot "${join(repoRoot, 'cmd', 'triviumd.js')}" "$@"\n`);
    writeFileSync(join(bin, 'npx'), `#!/bin/sh\nif [ "$1" = triviumd ]; then shift; exec "${join(bin, 'triviumd')}" "$@"; fi\nexec "${realNpx}" "$@"\n`);
    // A doc's `npm ci` / `npm install` would rewrite the node_modules every test shares: never run one.
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\ncase "$1" in ci|install|i|add|uninstall|remove|rm|update|up|rebuild|prune|dedupe|link|test|t|start) echo "docs-test: refusing 'npm $1' (it would change the shared node_modules or run the suite): mark the block <!-- docs-test: skip — why -->" >&2; exit 97;; esac\nexec "${realNpm}" "$@"\n`);
    for (const f of ['triviumd', 'npx', 'npm']) chmodSync(join(bin, f), 0o755);
    env = { ...process.env, HOME: userHome, PATH: `${bin}:${process.env.PATH}`, NODE_OPTIONS: '--no-node-snapshot' };
  });
  after(async () => {
    await node?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
    if (userHome) rmSync(userHome, { recursive: true, force: true });
  });

  it('finds the blocks of every doc (README.md and docs/**.md)', () => {
    assert.ok(all.some((b) => b.file === 'README.md' && SHELL.has(b.lang)));
    assert.ok(all.filter(runnable).length >= 10, `only ${all.filter(runnable).length} runnable blocks found`);
  });

  it('an untagged block holds no commands (tag it ```sh so it runs)', () => {
    const bad = all.filter((b) => b.lang === '' && looksLikeCommands(b)).map(at);
    assert.deepEqual(bad, []);
  });

  it('a skipped block says why', () => {
    for (const b of all.filter((x) => x.skip !== undefined)) assert.ok(b.skip!.length >= 10, `${at(b)}: skip without a reason`);
  });

  it('a block that names a repository file in its first line shows that file as it is', () => {
    const shown = all.filter((b) => includedFile(b));
    assert.ok(shown.length > 0);
    for (const b of shown) {
      const path = join(repoRoot, includedFile(b)!);
      assert.ok(existsSync(path), `${at(b)}: ${includedFile(b)} does not exist`);
      assert.equal(b.body.trimEnd(), readFileSync(path, 'utf8').trimEnd(), `${at(b)} differs from ${includedFile(b)}`);
    }
  });

  it('a compiled example (docs/examples/X.bin) is what its X.sol compiles to', async () => {
    const dir = join(repoRoot, 'docs', 'examples');
    const bins = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bin')) : [];
    for (const bin of bins) {
      const name = bin.replace(/\.bin$/, '');
      const out = await compileSolidity({ [`${name}.sol`]: readFileSync(join(dir, `${name}.sol`), 'utf8') });
      assert.equal(readFileSync(join(dir, bin), 'utf8').trim(), out[name]!.bytecode, `docs/examples/${bin} is stale: compile ${name}.sol again`);
    }
  });

  it('the package versions a doc tells you to install are the ones this repository tests with', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const pinned = { ...pkg.dependencies, ...pkg.devDependencies };
    for (const b of all.filter((x) => SHELL.has(x.lang))) {
      for (const line of b.body.split('\n').filter((l) => /^\s*npm\s+(i|install|add)\s/.test(l))) {
        for (const spec of line.trim().split(/\s+/).slice(2).filter((w) => !w.startsWith('-'))) {
          const m = /^(@?[^@\s]+)@(.+)$/.exec(spec);
          assert.ok(m, `${at(b)}: ${spec} has no version: pin it (npm would install whatever is newest)`);
          if (pinned[m[1]!]) assert.equal(m[2], pinned[m[1]!], `${at(b)}: ${m[1]} is ${pinned[m[1]!]} in package.json`);
        }
      }
    }
  });

  it('JSON blocks parse (a document, or one document a line)', () => {
    for (const b of all.filter((x) => x.lang === 'json' && !x.skip)) {
      try {
        JSON.parse(b.body);
      } catch {
        for (const l of b.body.split('\n').filter((x) => x.trim() && !/^\s*(#|\/\/)/.test(x))) {
          assert.doesNotThrow(() => JSON.parse(l.replace(/\s+(#|\/\/).*$/, '')), `${at(b)}: not JSON: ${l}`);
        }
      }
    }
  });

  it('Solidity blocks that are whole files compile; fragments are marked as such', async () => {
    for (const b of all.filter((x) => x.lang === 'solidity' && !x.skip)) {
      assert.match(b.body, /pragma solidity/, `${at(b)}: a fragment (no pragma): mark it <!-- docs-test: skip — … -->`);
      await compileSolidity({ 'Doc.sol': b.body });
    }
  });

  const files = [...new Set(all.filter(runnable).map((b) => b.file))];
  for (const file of files) {
    it(`${file}: its shell and script blocks run against the node`, async () => {
      const state = join(workDir, `.state-${file.replace(/[^\w]/g, '_')}`);
      for (const b of all.filter((x) => x.file === file && runnable(x))) {
        const text = substitute(b.body, portMap(node));
        assert.doesNotMatch(text, /\btriviumd\s+(start|testnet\s+up)\b/, `${at(b)} starts a node of its own: mark it <!-- docs-test: skip — why -->`);
        assert.doesNotMatch(text, NPM_CHANGES, `${at(b)} runs npm ${NPM_CHANGES.exec(text)?.[1]}: mark it <!-- docs-test: skip — why --> (never run here)`);
        let r: { code: number | null; out: string };
        if (SHELL.has(b.lang)) {
          r = await run('bash', ['-c', PRELUDE + text + '\nexport -p > "$DOCS_STATE"\n'], workDir, { ...env, DOCS_STATE: state });
        } else {
          const script = join(workDir, `block-${file.replace(/[^\w]/g, '_')}-${b.line}.${b.lang.startsWith('t') ? 'ts' : 'mjs'}`);
          writeFileSync(script, text + '\n');
          r = await run(process.execPath, ['--no-node-snapshot', '--import', 'tsx', script], workDir, env);
        }
        assert.equal(r.code, 0, `${at(b)} (${b.lang}) failed:\n${text}\n--- output ---\n${r.out.slice(-4000)}`);
      }
    });
  }
});
