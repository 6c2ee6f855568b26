import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { toHex } from '@cosmjs/encoding';
import { Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, WebSocketProvider, getAddress, getBytes, id, keccak256, toUtf8Bytes, type Log } from 'ethers';
import { parseAddress } from '../../core/types/address.ts';
import { dev } from '../helpers/cosmos.ts';
import { repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { attr, callMsg, getMessage, sendTx } from '../crossvm/helpers.ts';
import { DEV_MNEMONIC, compileSolidity } from './helpers.ts';
import { crossVmExecEvents } from '../../x/evm/crossvm-logs.ts';

const runHash = (messageId: string, phase: string) => keccak256(toUtf8Bytes(`trivium/crossvm/${messageId}/${phase}`));

/** Logs of EVM code x/crossvm ran (an async message into the EVM, a callback) reach eth_getLogs, receipts and subscriptions. */
describe('x/evm: logs of cross-VM runs of EVM code', () => {
  let node: TestNode;
  let provider: JsonRpcProvider;
  let ws: WebSocketProvider;
  let pinger: Contract;
  let pingerAddr: string;
  const seen: Log[] = [];

  const executed = async (msgId: string) => {
    const end = Date.now() + 30_000;
    for (;;) {
      const m = await getMessage(node, msgId);
      if (m && (m.status === 'EXECUTED' || m.status === 'FAILED') && (!m.callback || m.callback_status !== '')) return m;
      if (Date.now() > end) throw new Error(`message ${msgId} not executed`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const waitSeen = async (n: number) => {
    const end = Date.now() + 10_000;
    while (seen.length < n) {
      if (Date.now() > end) throw new Error(`saw ${seen.length} logs over eth_subscribe, wanted ${n}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  before(async () => {
    node = await startNode({ blockTime: '100ms' });
    const url = `http://${node.ports['json-rpc.address']}`;
    provider = new JsonRpcProvider(url, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    const w = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), "m/44'/60'/0'/0/8").connect(provider);
    const { Pinger } = await compileSolidity({
      'ICrossVM.sol': readFileSync(join(repoRoot, 'x/crossvm/precompile/ICrossVM.sol'), 'utf8'),
      'Pinger.sol': readFileSync(join(repoRoot, 'tests/evm/contracts/Pinger.sol'), 'utf8'),
    });
    pinger = (await (await new ContractFactory(Pinger!.abi, Pinger!.bytecode, w).deploy()).waitForDeployment()) as unknown as Contract;
    pingerAddr = await pinger.getAddress();
    await (await w.sendTransaction({ to: pingerAddr, value: 10n ** 18n })).wait(); // the async call's escrow
    ws = new WebSocketProvider(`ws://${node.ports['json-rpc.address']}`);
    await ws.on({ address: pingerAddr }, (log: Log) => void seen.push(log));
  });
  after(async () => {
    await ws?.destroy();
    provider?.destroy();
    await node?.stop();
  });

  it('an async MsgCrossVMCall into an EVM contract: its log in eth_getLogs, the block\'s receipts and eth_subscribe, under the message\'s synthetic hash', async () => {
    const data = pinger.interface.encodeFunctionData('ping', [42n]);
    const r = await sendTx(node, 3, [callMsg(3, 'evm', pingerAddr, getBytes(data), { gasLimit: 200_000 })]);
    assert.equal(r.code, 0, r.log);
    const msgId = attr(r.events, 'crossvm_request', 'message_id')!;
    const m = await executed(msgId);
    assert.equal(m.status, 'EXECUTED', m.error);
    const height = Number(m.updated_height);
    const logs = await provider.getLogs({ address: pingerAddr, fromBlock: height, toBlock: height });
    assert.equal(logs.length, 1);
    const log = logs[0]!;
    assert.equal(log.topics[0], id('Pinged(address,uint256)'));
    assert.equal(getAddress('0x' + log.topics[1]!.slice(26)), getAddress('0x' + toHex(parseAddress(dev[3]!.address))), 'msg.sender is the Cosmos sender\'s 20 bytes');
    assert.equal(BigInt(log.data), 42n);
    assert.equal(log.transactionHash, runHash(msgId, 'execute'));
    // ethers' own event query reads the same log.
    const events = await pinger.queryFilter(pinger.filters.Pinged!(), height, height);
    assert.equal(events.length, 1);
    // The block lists the run among its receipts, with the message id; the block's bloom covers the log.
    const receipts = await provider.send('eth_getBlockReceipts', ['0x' + height.toString(16)]);
    const rec = receipts.find((x: any) => x.transactionHash === runHash(msgId, 'execute'));
    assert.ok(rec, 'a receipt for the run');
    assert.equal(rec.crossvmMessageId, msgId);
    assert.equal(rec.crossvmPhase, 'execute');
    assert.equal(rec.status, '0x1');
    assert.equal(rec.logs[0].logIndex, '0x' + log.index.toString(16));
    assert.equal(getAddress(rec.to), pingerAddr);
    // ethers' log.getTransactionReceipt() finds the same receipt by the synthetic hash; there is no transaction.
    const byHash = (await log.getTransactionReceipt())!;
    assert.equal(byHash.blockNumber, height);
    assert.equal(byHash.logs.length, 1);
    assert.equal(byHash.logs[0]!.index, log.index);
    assert.equal(byHash.status, 1);
    assert.equal(await provider.getTransaction(log.transactionHash), null);
    const block = await provider.send('eth_getBlockByNumber', ['0x' + height.toString(16), false]);
    assert.notEqual(block.logsBloom, '0x' + '00'.repeat(256));
    // Subscribers see it too.
    await waitSeen(1);
    assert.equal(seen[0]!.transactionHash, runHash(msgId, 'execute'));
    assert.equal(seen[0]!.blockNumber, height);
  });

  it('an EVM contract\'s async call with a callback: the target\'s log and the callback\'s log, each under its own hash', async () => {
    const before = seen.length;
    const tx = await pinger.getFunction('submitCall')(1, pingerAddr, pinger.interface.encodeFunctionData('ping', [7n]), 200_000n, true);
    const receipt = await tx.wait();
    // The id comes from the request event in the tx's block results.
    const results = await node.rpc('block_results', { height: String(receipt.blockNumber) });
    const ids = results.txs_results.flatMap((t: any) => t.events.filter((e: any) => e.type === 'crossvm_request').map((e: any) => e.attributes.find((a: any) => a.key === 'message_id').value));
    assert.equal(ids.length, 1);
    const mid = ids[0] as string;
    const m = await executed(mid);
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.equal(m.callback_status, 'OK');
    const logs = await provider.getLogs({ address: pingerAddr, fromBlock: receipt.blockNumber, toBlock: 'latest' });
    const pinged = logs.filter((l) => l.topics[0] === id('Pinged(address,uint256)'));
    const called = logs.filter((l) => l.topics[0] === id('CalledBack(uint64,uint8)'));
    assert.equal(pinged.length, 1);
    assert.equal(getAddress('0x' + pinged[0]!.topics[1]!.slice(26)), pingerAddr, 'the EVM sender of the async call');
    assert.equal(pinged[0]!.transactionHash, runHash(mid, 'execute'));
    assert.equal(called.length, 1);
    assert.equal(BigInt(called[0]!.topics[1]!), BigInt(mid));
    assert.equal(called[0]!.transactionHash, runHash(mid, 'callback'));
    assert.ok(called[0]!.index > pinged[0]!.index || called[0]!.blockNumber > pinged[0]!.blockNumber, 'the callback after the execution');
    await waitSeen(before + 2);
    assert.deepEqual(seen.slice(before).map((l) => l.transactionHash), [runHash(mid, 'execute'), runHash(mid, 'callback')]);
  });

  it('a failed run leaves no log', async () => {
    const r = await sendTx(node, 4, [callMsg(4, 'evm', pingerAddr, getBytes(pinger.interface.encodeFunctionData('crossVMCallback', [1n, 0, '0x'])), { gasLimit: 200_000 })]);
    assert.equal(r.code, 0, r.log);
    const msgId = attr(r.events, 'crossvm_request', 'message_id')!;
    const m = await executed(msgId);
    assert.equal(m.status, 'FAILED');
    const height = Number(m.updated_height);
    assert.deepEqual(await provider.getLogs({ address: pingerAddr, fromBlock: height, toBlock: height }), []);
    const receipts = await provider.send('eth_getBlockReceipts', ['0x' + height.toString(16)]);
    assert.equal(receipts.filter((x: any) => x.crossvmMessageId === msgId).length, 0);
  });

  it('the run event spells each caller and target, however many alternate (its address texts are remembered)', () => {
    const addrs = Array.from({ length: 7 }, (_, i) => new Uint8Array(20).fill(0x10 + i));
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < addrs.length; i++) {
        const caller = addrs[i]!.slice(); // equal bytes in a new array, as every call parses its target anew
        const to = addrs[(i * 3 + round) % addrs.length]!;
        const [exec] = crossVmExecEvents({ messageId: String(i), phase: 'execute' }, caller, to, 21000n, []);
        const value = (k: string) => exec!.attributes.find((a) => a.key === k)!.value;
        assert.equal(value('sender'), '0x' + toHex(caller));
        assert.equal(value('recipient'), '0x' + toHex(to));
      }
    }
  });
});
