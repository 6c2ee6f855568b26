// Tables two dependencies build at their module's top level, made on first use in triviumd's bundles (issue 17).
// Every bundle evaluates these modules at start and the start-up snapshot holds what they built, so each table sat
// in the blob and in every idle node's heap: @ethereumjs/util's 65,536 BigInts (≈ 2.1 MB with their array, for
// bytesToBigInt of one- and two-byte inputs) and the Wasm metering's 100,000-slot output buffer (0.8 MB, used only
// when a CosmWasm code is stored). Same results, no table until it is used. An exact text edit of the installed
// file: when a dependency's text changes, the build fails and says which, rather than ship an unpatched table.

/** [file pattern, [[the text as installed, its replacement], …]] */
const PATCHES = [
  [
    /[\\/]node_modules[\\/]@ethereumjs[\\/]util[\\/]dist[\\/]esm[\\/]bytes\.js$/,
    [
      ['const BIGINT_CACHE = [];\nfor (let i = 0; i <= 256 * 256 - 1; i++) {\n    BIGINT_CACHE[i] = BigInt(i);\n}\n', 'const BIGINT_CACHE = []; // filled on use (triviumd build)\n'],
      ['return BIGINT_CACHE[bytes[0]];', 'return (BIGINT_CACHE[bytes[0]] ??= BigInt(bytes[0]));'],
      ['return BIGINT_CACHE[bytes[0] * 256 + bytes[1]];', 'return (BIGINT_CACHE[bytes[0] * 256 + bytes[1]] ??= BigInt(bytes[0] * 256 + bytes[1]));'],
    ],
  ],
  [
    /[\\/]node_modules[\\/]@oraichain[\\/]wasm-json-toolkit[\\/]metering\.js$/,
    [
      ['const meteredCode = new WriteArray(100_000); // limit of wasm\n', 'let meteredCode; // made on first use (triviumd build)\n'],
      ['  meteredCode.reset();\n', '  (meteredCode ??= new WriteArray(100_000)).reset(); // limit of wasm\n'],
    ],
  ],
];

/** The esbuild plugin: applies PATCHES to the files they name (each edit exactly once, or the build fails). */
export const lazyTables = {
  name: 'lazy-tables',
  setup(b) {
    for (const [file, edits] of PATCHES) {
      b.onLoad({ filter: file }, async (a) => {
        const { readFile } = await import('node:fs/promises');
        let text = await readFile(a.path, 'utf8');
        for (const [from, to] of edits) {
          const n = text.split(from).length - 1;
          if (n !== 1) throw new Error(`scripts/bundle-patches.mjs: ${a.path} holds ${JSON.stringify(from.split('\n')[0])} ${n} times, not once (was the package updated?)`);
          text = text.replace(from, () => to);
        }
        return { contents: text, loader: 'js' };
      });
    }
  },
};
