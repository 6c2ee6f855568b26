import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Registry } from '@cosmjs/proto-signing';
import { Keypair } from '@solana/web3.js';
import { buildApp } from '../../app/app.ts';
import { devnetGenesis } from '../../app/genesis.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import type { Genesis } from '../../core/types/consensus.ts';
import { MsgDevSetAccountCodec } from '../../x/svm/codec.ts';
import { MsgInjectFaultCodec } from '../../x/crossvm/codec.ts';
import { CHAIN_ID, dev, signTx } from '../helpers/cosmos.ts';
import { GENESIS_MS, runBlock } from '../helpers/app.ts';

/**
 * The devnet controls' messages on a chain whose genesis does not enable them (what init-testnet writes for a
 * network): refused in the block, whoever signs — so a proposer cannot slip a fault or an account into a network.
 */
describe('devnet-control messages on a network genesis', () => {
  const dirs: string[] = [];
  const apps: Array<{ close(): Promise<void> }> = [];
  after(async () => {
    for (const a of apps) await a.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const open = async (network: boolean) => {
    const dir = mkdtempSync(join(tmpdir(), 'trivium-devctl-'));
    dirs.push(dir);
    const db = new NodeDB(dir);
    await db.open();
    const built = buildApp(db);
    apps.push({ close: async () => (built.app.close(), await db.close()) });
    const g: Genesis = devnetGenesis(CHAIN_ID, built.modules, GENESIS_MS);
    if (network) {
      // As testnet/init-testnet.ts writes it.
      delete (g.app_state as any).crossvm.dev_controls;
      delete (g.app_state as any).svm.dev_authority;
    }
    await built.app.initChain(g);
    return built.app;
  };
  const txs = () => {
    const inject = { typeUrl: '/trivium.crossvm.v1.MsgInjectFault', value: { authority: dev[0]!.address, messageId: 0n, outcome: 'fail', blocks: 0n, reason: 'x' } };
    const owner = Keypair.generate().publicKey.toBase58();
    const setAccount = { typeUrl: '/trivium.svm.v1.MsgDevSetAccount', value: { authority: dev[0]!.address, pubkey: Keypair.generate().publicKey.toBase58(), lamports: 5000n, data: new Uint8Array(), owner, executable: false, rentEpoch: 0n } };
    return [inject, setAccount];
  };

  it('refused without dev_controls / dev_authority; accepted on the devnet genesis', async () => {
    const registry = new Registry([
      ['/trivium.crossvm.v1.MsgInjectFault', MsgInjectFaultCodec as any],
      ['/trivium.svm.v1.MsgDevSetAccount', MsgDevSetAccountCodec as any],
    ]);
    for (const network of [true, false]) {
      const app = await open(network);
      const [inject, setAccount] = txs();
      const t1 = signTx([inject!], { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 0, registry });
      const t2 = signTx([setAccount!], { privkey: dev[0]!.privkey, accountNumber: 0, sequence: 1, registry });
      const { fin } = await runBlock(app, [t1, t2]);
      const [r1, r2] = fin.txResults;
      if (network) {
        assert.notEqual(r1!.code, 0);
        assert.match(r1!.log, /devnet control.*dev_controls/);
        assert.notEqual(r2!.code, 0);
        assert.match(r2!.log, /devnet control.*dev_authority/);
      } else {
        assert.equal(r1!.code, 0, r1!.log);
        assert.equal(r2!.code, 0, r2!.log);
      }
    }
  });
});
