import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bytesToHex } from '@ethereumjs/util';
import { Wallet, getBytes } from 'ethers';
import type { TriviumApp } from '../../app/app.ts';
import { DERIVED_ROWS_PREFIX } from '../../core/store/derived-rows.ts';
import type { Module } from '../../core/types/module.ts';
import { DerivedKeys, EVM_CHAIN_ID } from '../../x/evm/types/index.ts';
import { openApp, runBlock, tempDir } from '../helpers/app.ts';
import { referenceStateRoot } from './state-root-reference.ts';

const DEV0 = new Wallet('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');

/** Every 20-byte address with a utrv balance or an x/evm record in the latest state. */
function addresses(t: TriviumApp): Uint8Array[] {
  const out = new Set<string>();
  for (const [k] of t.app.state.iterate('bank/b/')) {
    const m = /^bank\/b\/([0-9a-f]{40})\/utrv$/.exec(k);
    if (m) out.add(m[1]!);
  }
  for (const [k] of t.app.state.iterate('evm/a/')) out.add(k.slice('evm/a/'.length));
  return [...out].map((h) => new Uint8Array(Buffer.from(h, 'hex')));
}

const root = (t: TriviumApp, h: number) => t.app.derived.get(DerivedKeys.stateRoot(h));
const expected = async (t: TriviumApp) => referenceStateRoot(t.keepers.evm, t.app.queryContext(), addresses(t));
const transfer = async (nonce: number, to: string, value: bigint) =>
  getBytes(await DEV0.signTransaction({ type: 2, chainId: EVM_CHAIN_ID, nonce, to, value, gasLimit: 21_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n }));

describe('x/evm state root through BaseApp (InitChain, Commit, rollback)', () => {
  it('height 0 holds the genesis accounts; each block its own root; a rollback drops the roots above and the chain goes on', async () => {
    const dir = tempDir('evmroot-app');
    let t = await openApp(dir.path);
    try {
      assert.equal(bytesToHex(root(t, 0)!), bytesToHex(await expected(t)), 'genesis');
      await runBlock(t.app, [await transfer(0, '0x' + '42'.repeat(20), 10n ** 15n + 7n)]);
      await runBlock(t.app, []);
      await runBlock(t.app, [await transfer(1, '0x' + '43'.repeat(20), 1n)]);
      assert.equal(bytesToHex(root(t, 3)!), bytesToHex(await expected(t)));
      assert.notDeepEqual(root(t, 1), root(t, 0));
      assert.deepEqual(root(t, 2), root(t, 1), 'an empty block keeps the root');

      // Reopened (a restart): nothing rebuilt, the rows answer; then a rollback to 1.
      await t.close();
      t = await openApp(dir.path, false);
      assert.equal(await t.app.load(), true);
      const at1 = root(t, 1);
      await t.app.rollback(1);
      assert.equal(root(t, 2), undefined);
      assert.equal(root(t, 3), undefined);
      assert.deepEqual(root(t, 1), at1);
      await runBlock(t.app, [await transfer(1, '0x' + '44'.repeat(20), 5n)]);
      assert.equal(bytesToHex(root(t, 2)!), bytesToHex(await expected(t)));
    } finally {
      await t.close();
      dir.remove();
    }
  });

  it('BaseApp refuses derived rows outside e/', async () => {
    const dir = tempDir('evmroot-app-keys');
    const t = await openApp(dir.path);
    try {
      const rogue: Module = { name: 'rogue', commitRows: async () => [['s/bank/b/00/utrv', new Uint8Array([1])]] };
      (t.app.modules as Module[]).push(rogue);
      await assert.rejects(runBlock(t.app, []), new RegExp(`outside the ${DERIVED_ROWS_PREFIX} room`));
    } finally {
      await t.close();
      dir.remove();
    }
  });
});
