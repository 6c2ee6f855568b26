/**
 * The import rules of the layers (docs/architecture.md): cmd → app → x → core, arrows pointing down only.
 * `.ci/run` runs `npm run lint:imports`; a violation fails the build. tests/lint/import-rules.test.ts plants
 * violations in a scratch tree and checks that each rule catches its own.
 */
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Every file a package publishes as its API (main, module, types and each target of its exports map), as
 * path regexps relative to the cruise root: an import that resolves under a dependency's dist/ to anything
 * else reaches into its internals.
 */
function publicEntries(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out = [];
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const targets = (e, acc) => {
    if (typeof e === 'string') acc.push(e);
    else if (Array.isArray(e)) e.forEach((x) => targets(x, acc));
    else if (e && typeof e === 'object') Object.values(e).forEach((x) => targets(x, acc));
    return acc;
  };
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    const file = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(file)) continue;
    const dep = JSON.parse(readFileSync(file, 'utf8'));
    for (const t of targets([dep.main, dep.module, dep.types, dep.typings, dep.exports], [])) {
      if (!t.includes('*')) out.push(`^node_modules/${esc(name)}/${esc(t.replace(/^\.\//, ''))}$`);
    }
  }
  return out;
}

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'an import cycle: a module must be loadable on its own', from: {}, to: { circular: true } },
    { name: 'core-is-the-bottom', severity: 'error', comment: 'core/ is the framework: it knows no module, no wiring, no command', from: { path: '^core/' }, to: { path: '^(x|app|cmd)/' } },
    { name: 'x-not-above', severity: 'error', comment: 'modules import core/ (and each other\'s types/), never the wiring or the CLI', from: { path: '^x/' }, to: { path: '^(app|cmd)/' } },
    { name: 'app-not-cmd', severity: 'error', comment: 'the wiring does not import the command tree', from: { path: '^app/' }, to: { path: '^cmd/' } },
    {
      name: 'x-only-types-of-another-module',
      severity: 'error',
      comment: 'x/a may import from x/b only its types (types.ts or types/): modules meet through expected-keepers interfaces in app/',
      from: { path: '^x/([^/]+)/' },
      to: { path: '^x/([^/]+)/', pathNot: ['^x/$1/', '^x/[^/]+/types(\\.ts$|/)'] },
    },
    { name: 'no-dist-internals', severity: 'error', comment: "a dependency's dist/ internals are not its API (its package.json says what is)", from: { pathNot: '^node_modules/' }, to: { path: '^node_modules/.*/dist/', pathNot: publicEntries(process.cwd()) } },
    { name: 'no-relative-into-node-modules', severity: 'error', comment: 'a relative path into node_modules bypasses the package\'s exports', from: {}, to: { dependencyTypes: ['local'], path: 'node_modules/' } },
    { name: 'no-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|proto/gen)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'] },
  },
};
