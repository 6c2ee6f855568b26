/**
 * The import rules of the layers (docs/architecture.md): cmd → app → x → core, arrows pointing down only.
 * `.ci/run` runs `npm run lint:imports`; a violation fails the build. tests/lint/import-rules.test.ts plants
 * violations in a scratch tree and checks that each rule catches its own.
 */
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
    { name: 'no-dist-internals', severity: 'error', comment: "a dependency's dist/ internals are not its API", from: {}, to: { path: 'node_modules/.*/dist/', pathNot: '/dist/(esm/|cjs/)?index[.][cm]?js$' } },
    { name: 'no-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|proto/gen)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'] },
  },
};
