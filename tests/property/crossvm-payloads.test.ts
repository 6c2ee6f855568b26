import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { toBech32 } from '@cosmjs/encoding';
import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { CacheStore } from '../../core/store/cache-store.ts';
import { Context } from '../../core/types/context.ts';
import { AppError } from '../../core/types/errors.ts';
import { GasMeter } from '../../core/types/gas.ts';
import { MsgCrossVMCallCodec, MsgCrossVMCallTypeUrl, type MsgCrossVMCall } from '../../x/crossvm/codec.ts';
import type { CrossVMModule } from '../../x/crossvm/module.ts';
import { openApp, runBlock, tempDir, type TestApp } from '../helpers/app.ts';
import { dev, signTx } from '../helpers/cosmos.ts';

// Random MsgCrossVMCall payloads through the real module (validateBasic + the msg handler on a branch of the
// committed state): a typed error with a message and not one buffered write, or an admitted message. Then
// calls to unknown contracts through CheckTx and whole blocks: refused with the reason, no message queued.
// FC_RUNS for long runs.
const numRuns = Number(process.env.FC_RUNS ?? 150);
const MAX_MESSAGE_SIZE = 65_536;

const hex20 = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => '0x' + Buffer.from(b).toString('hex'));
const vm = fc.oneof(fc.constantFrom('evm', 'wasm', 'cosmwasm', 'svm', 'EVM', ' svm ', '', 'ebm', 'move', 'constructor', '__proto__'), fc.string({ maxLength: 10 }));
const contract = fc.oneof(
  hex20,
  fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => toBech32('trivium', b)),
  fc.constantFrom('', '0x', '0x1234', 'So11111111111111111111111111111111111111112', '11111111111111111111111111111111', 'not a contract'),
  fc.string({ maxLength: 60 }),
);
const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const payload = fc.oneof(
  // over max_message_size
  fc.integer({ min: MAX_MESSAGE_SIZE + 1, max: MAX_MESSAGE_SIZE + 4096 }).map((n) => new Uint8Array(n).fill(0x7b)),
  fc.constant(new Uint8Array(MAX_MESSAGE_SIZE).fill(0x20)),
  // JSON, well-formed or not
  fc.jsonValue().map((v) => text(JSON.stringify(v) ?? 'undefined')),
  fc.string({ maxLength: 200 }).map(text),
  fc.constantFrom('{', '{"a":', '[1,2', '{"__proto__":{"x":1}}', 'null', '"str"', '{}', '\u0000').map(text),
  // ABI-shaped and not
  fc.integer({ min: 0, max: 6 }).chain((w) => fc.uint8Array({ minLength: 4 + 32 * w, maxLength: 4 + 32 * w })),
  fc.uint8Array({ maxLength: 300 }),
  // hex, valid or not
  fc.uint8Array({ maxLength: 64 }).map((b) => text(Buffer.from(b).toString('hex'))),
  fc.constantFrom('0x', '0xzz', 'abc', '0x0', 'f').map(text),
);
const coin = fc.record({ denom: fc.oneof(fc.constantFrom('utrv', 'uatom', '', 'UTRV', 'u/trv'), fc.string({ maxLength: 8 })), amount: fc.oneof(fc.constantFrom('0', '1', '-1', '1.5', '', 'abc', '1e3', '99999999999999999999999999999999999999999'), fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String)) });
const call = fc.record({
  acct: fc.integer({ min: 0, max: 9 }),
  sourceVm: vm,
  targetVm: vm,
  targetContract: contract,
  payload,
  funds: fc.array(coin, { maxLength: 3 }),
  gasLimit: fc.oneof(fc.constantFrom(0n, 1n, 200_000n, 10n ** 18n, 2n ** 64n - 1n), fc.bigInt({ min: 0n, max: 10n ** 9n })),
  callback: fc.boolean(),
  accounts: fc.array(fc.record({ pubkey: fc.oneof(fc.string({ maxLength: 50 }), fc.constant('11111111111111111111111111111111')), isSigner: fc.boolean(), isWritable: fc.boolean() }), { maxLength: 3 }),
});

describe('property: crossvm payloads', () => {
  let app: TestApp;
  const dir = tempDir('prop-crossvm');
  before(async () => {
    app = await openApp(dir.path);
    await runBlock(app.app, []); // height 1: a committed state to branch from
  });
  const crossvm = () => (app.modules.find((m) => m.name === 'crossvm') as CrossVMModule).keeper;
  after(async () => {
    await app.close();
    dir.remove();
  });

  it('each MsgCrossVMCall: a clear typed error and no write, or admitted into the queue', async () => {
    const def = app.app.router.get(MsgCrossVMCallTypeUrl)!;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(call, async ({ acct, ...c }) => {
        const msg: MsgCrossVMCall = { sender: dev[acct]!.address, async: true, ...c };
        const store = new CacheStore(app.app.state);
        const ctx = new Context(store, new GasMeter(10n ** 12n), app.app.blockInfo(app.app.lastHeight + 1), 'deliver');
        const queued = crossvm().queueCount(ctx);
        try {
          // The wire form first: what a client can send is what the codec gives back.
          const decoded = def.codec.decode(def.codec.encode(msg).finish()) as MsgCrossVMCall;
          def.validateBasic?.(decoded);
          await def.handle(ctx, decoded);
        } catch (e) {
          assert.ok(e instanceof AppError, `not an AppError: ${(e as Error)?.stack ?? String(e)}`);
          assert.ok(e.code > 1 && e.message.length > 0);
          if (c.payload.length > MAX_MESSAGE_SIZE && /payload/.test(e.message)) assert.match(e.message, /max_message_size is 65536/);
          assert.equal(store.dirtyCount, 0, `a refused call wrote state: ${e.message}`);
          refused++;
          return;
        }
        // Admitted: only a well-formed request within the limits, and it is in the queue.
        assert.ok(c.payload.length <= MAX_MESSAGE_SIZE, 'an oversized payload was admitted');
        assert.equal(crossvm().queueCount(ctx), queued + 1);
      }),
      { numRuns },
    );
    assert.ok(refused > 0);
  });

  it('a payload over max_message_size is refused naming the limit, for every VM', async () => {
    const def = app.app.router.get(MsgCrossVMCallTypeUrl)!;
    for (const [targetVm, targetContract] of [['evm', '0x' + '11'.repeat(20)], ['wasm', '0x' + '22'.repeat(20)], ['svm', '11111111111111111111111111111111']] as const) {
      const store = new CacheStore(app.app.state);
      const ctx = new Context(store, new GasMeter(10n ** 12n), app.app.blockInfo(app.app.lastHeight + 1), 'deliver');
      const msg = { sender: dev[0]!.address, sourceVm: 'evm', targetVm, targetContract, payload: new Uint8Array(MAX_MESSAGE_SIZE + 1), funds: [], async: true, gasLimit: 100_000n, callback: false, accounts: [] } as MsgCrossVMCall;
      await assert.rejects(async () => def.handle(ctx, msg), (e: unknown) => e instanceof AppError && e.message.startsWith('payload is 65537 bytes; max_message_size is 65536'));
      assert.equal(store.dirtyCount, 0);
    }
  });

  it('a call to an address with no contract (wasm) or no code (evm, with calldata) is refused at admission, naming it; nothing is taken', async () => {
    const acct = 5;
    let seq = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 20, maxLength: 20 }).filter((a) => a.subarray(0, 18).some((b) => b !== 0)), fc.constantFrom('evm', 'wasm'), async (addr, targetVm) => {
        const targetContract = '0x' + Buffer.from(addr).toString('hex');
        const payload = targetVm === 'wasm' ? text('{"ping":{}}') : new Uint8Array(4);
        const value = { sender: dev[acct]!.address, sourceVm: 'evm', targetVm, targetContract, payload, funds: [], async: true, gasLimit: 100_000n, callback: false, accounts: [] };
        const tx = signTx([{ typeUrl: MsgCrossVMCallTypeUrl, value }], { privkey: dev[acct]!.privkey, accountNumber: acct, sequence: seq, gas: 400_000, registry: registry() });
        // CheckTx keeps it out of the mempool; a proposer that includes it anyway gets a failed tx, no message.
        const check = await app.app.checkTx(tx);
        assert.equal(check.codespace, 'crossvm');
        assert.match(check.log, new RegExp(`no contract at ${targetContract} \\(${targetVm} target\\)`));
        const { fin } = await runBlock(app.app, [tx]);
        seq++; // the failed tx still used its sequence
        assert.notEqual(fin.txResults[0]!.code, 0);
        assert.match(fin.txResults[0]!.log, /no contract at/);
        const ctx = app.app.queryContext();
        const mine = [...crossvm().bySender(ctx, dev[acct]!.address)].filter((m) => m.target_contract.toLowerCase() === targetContract);
        assert.equal(mine.length, 0);
      }),
      { numRuns: Math.max(3, Math.min(numRuns, 15)) },
    );
  });
});

let reg: Registry | undefined;
function registry(): Registry {
  return (reg ??= new Registry([...defaultRegistryTypes, [MsgCrossVMCallTypeUrl, MsgCrossVMCallCodec as never]]));
}
