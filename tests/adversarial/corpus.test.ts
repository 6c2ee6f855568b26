import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Chain } from '../wasm/harness.ts';
import { LEAK, PROGRAMS } from './programs.ts';
import { deployProgram, executeProgram, type RunResult } from './run.ts';

/**
 * Every corpus program as a real contract through x/wasm with 3,000,000 gas: a contained outcome, a
 * bounded wall time, and the same outcome, code and gas on a repeated run and on a fresh chain.
 * The wall-clock guard is lowered to 4 s so a program that still runs long fails fast (the 3 s
 * assertion names it) instead of holding the suite for the 30 s production backstop.
 */
const WALL_MS = 3000;
const vm = { isolate: { memoryLimitMb: 1024, timeoutMs: 4000 } };

describe('adversarial corpus: contained, bounded, deterministic', () => {
  const first = new Chain(vm);
  const fresh = new Chain(vm);
  after(() => {
    first.keeper.vm.dispose();
    fresh.keeper.vm.dispose();
  });

  it('has at least 60 programs with unique names', () => {
    assert.ok(PROGRAMS.length >= 60, `${PROGRAMS.length} programs`);
    assert.equal(new Set(PROGRAMS.map((p) => p.name)).size, PROGRAMS.length);
  });

  // Both chains see exactly the same txs (deploy, instantiate, two executes), whatever the timing: a
  // contract record holds its creation position (tx index), which per-byte store gas reads, so a chain
  // with a different tx history legitimately charges a few gas more or less (6 gas at 99 → 100 txs).
  const run = async (chain: Chain, source: (typeof PROGRAMS)[number]): Promise<RunResult[]> => {
    const d = await deployProgram(chain, source);
    if ('failure' in d) return [d.failure, d.failure];
    return [await executeProgram(chain, d.address), await executeProgram(chain, d.address)];
  };

  for (const prog of PROGRAMS) {
    it(`${prog.category}/${prog.name}`, { timeout: 30_000 }, async () => {
      const [a, again] = await run(first, prog);
      const shown = `${a.outcome} ${a.code} gas=${a.gasUsed} ${a.ms.toFixed(0)} ms: ${a.text.slice(0, 160)}`;
      assert.ok(prog.expect.includes(a.outcome), `outcome ${shown}; expected ${prog.expect.join('|')}`);
      if (prog.match) assert.match(a.text, prog.match, shown);
      assert.doesNotMatch(a.text, LEAK, 'nothing of the host leaks');
      assert.doesNotMatch(a.text, /[\x00-\x08]/, 'no protocol markers leak');
      assert.ok(a.ms < WALL_MS, `wall time ${a.ms.toFixed(0)} ms >= ${WALL_MS} ms (${shown})`);
      assert.deepEqual([again.outcome, again.code, again.gasUsed], [a.outcome, a.code, a.gasUsed], 'repeated run differs');
      assert.ok(again.ms < WALL_MS, `repeated run: wall time ${again.ms.toFixed(0)} ms >= ${WALL_MS} ms`);
      const [b] = await run(fresh, prog);
      assert.deepEqual([b.outcome, b.code, b.gasUsed], [a.outcome, a.code, a.gasUsed], 'a fresh chain differs');
    });
  }
});
