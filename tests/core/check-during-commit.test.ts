import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseAddress } from '../../core/types/address.ts';
import { openApp, proposeBlock, tempDir, type TestApp } from '../helpers/app.ts';
import { dev, sendMsg, signTx } from '../helpers/cosmos.ts';

const send = (seq: number) => signTx([sendMsg(dev[3]!.address, dev[4]!.address, '1')], { privkey: dev[3]!.privkey, accountNumber: 3, sequence: seq, gas: 80_000 });
const sequenceNow = (t: TestApp) => t.keepers.auth.getAccount(t.app.queryContext(), parseAddress(dev[3]!.address))!.sequence;

describe('CheckTx while a commit batch is being written', () => {
  const dir = tempDir('check-during-commit');
  let t: TestApp;
  before(async () => {
    t = await openApp(dir.path);
  });
  after(async () => {
    await t.close();
    dir.remove();
  });

  it('sees the finalized block at once, readers see it only once durable, and keeps what it admitted across the publish', async () => {
    const block = proposeBlock(t.app, [send(0)]);
    const fin = await t.app.finalizeBlock(block);
    assert.equal(fin.txResults[0]!.code, 0);
    let during: { code: number; log: string } | undefined;
    let heightDuring = -1;
    let seqDuring = -1n;
    const committed = t.app.commit(() => {
      // The batch is not written yet: queries still read the last commit, CheckTx already the block's state.
      heightDuring = t.app.lastHeight;
      seqDuring = sequenceNow(t);
      during = t.app.recheckTx(send(1));
    });
    await committed;
    assert.equal(heightDuring, block.height - 1);
    assert.equal(seqDuring, 0n);
    assert.deepEqual({ code: during!.code, log: during!.log }, { code: 0, log: '' });
    assert.equal(t.app.lastHeight, block.height);
    assert.equal(sequenceNow(t), 1n);
    // The check state still holds sequence 1's admission after the publish: sequence 2 is next, 1 is a replay.
    assert.equal((await t.app.checkTx(send(2))).code, 0);
    assert.equal((await t.app.checkTx(send(1))).code, 32);
  });
});
