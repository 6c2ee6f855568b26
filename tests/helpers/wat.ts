import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wabt from 'wabt';
import { repoRoot } from './node.ts';

/** A hand-written test contract (tests/wasm/contracts/*.wat) assembled by wabt into its Wasm binary. */
export async function assembleWat(name: string): Promise<Uint8Array> {
  const w = await wabt();
  const mod = w.parseWat(name, readFileSync(join(repoRoot, 'tests/wasm/contracts', name), 'utf8'));
  try {
    return new Uint8Array(mod.toBinary({}).buffer);
  } finally {
    mod.destroy();
  }
}
