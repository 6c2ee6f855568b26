import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { Chain } from '../wasm/harness.ts';
import { PROGRAMS } from './programs.ts';
import { deployProgram, executeProgram } from './run.ts';

/**
 * Keeper-level replay: the corpus runs as "blocks" of 10 programs (store, instantiate, execute) on one
 * chain, then the same blocks on a second fresh chain; after every block the committed state and the
 * per-tx outcomes/gas must hash the same. (The full signed-tx app-hash replay through baseapp is left
 * for a follow-up.)
 */
const vm = { isolate: { memoryLimitMb: 1024, timeoutMs: 4000 } };

async function runBlocks(): Promise<string[]> {
  const chain = new Chain(vm);
  const hashes: string[] = [];
  try {
    for (let i = 0; i < PROGRAMS.length; i += 10) {
      const results: string[] = [];
      for (const prog of PROGRAMS.slice(i, i + 10)) {
        const d = await deployProgram(chain, prog);
        const r = 'failure' in d ? d.failure : await executeProgram(chain, d.address);
        results.push(`${prog.name}:${r.outcome}:${r.code}:${r.gasUsed}`);
      }
      hashes.push(createHash('sha256').update(chain.snapshot()).update(results.join('\n')).digest('hex'));
      chain.height++;
    }
  } finally {
    chain.keeper.vm.dispose();
  }
  return hashes;
}

describe('adversarial corpus: replay on a fresh chain', () => {
  it('reaches the same state and outcome hash after every block', { timeout: 120_000 }, async () => {
    const a = await runBlocks();
    const b = await runBlocks();
    assert.equal(a.length, Math.ceil(PROGRAMS.length / 10));
    for (let h = 0; h < a.length; h++) assert.equal(b[h], a[h], `block ${h + 1} differs`);
  });
});
