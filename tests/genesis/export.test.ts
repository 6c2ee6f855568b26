import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { toHex } from '@cosmjs/encoding';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { Keypair, PublicKey, SystemProgram, Transaction, TransactionInstruction } from '@solana/web3.js';
import { Account as EthAccount, Address } from '@ethereumjs/util';
import { HDNodeWallet, Interface, getBytes, getCreateAddress } from 'ethers';
import { devnetGenesis } from '../../app/genesis.ts';
import type { BaseApp, Genesis } from '../../core/baseapp/baseapp.ts';
import { buildApp } from '../../app/app.ts';
import { proposeBlock } from '../../core/baseapp/propose.ts';
import { registerMsgTypes } from '../../core/client/msg-types.ts';
import { cliRegistry } from '../../core/client/registry.ts';
import { moduleClis } from '../../cmd/triviumd/module-clis.ts';
import type { KVStore } from '../../core/store/kv.ts';
import { rootHashOf } from '../../core/store/tree/tree.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { NodeDB } from '../../core/store/node-db.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import type { Module } from '../../core/types/module.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { authModule } from '../../x/auth/module.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { bankModule } from '../../x/bank/module.ts';
import { recordBlockHash } from '../../x/evm/begin-blocker.ts';
import { EvmKeeper } from '../../x/evm/keeper.ts';
import { evmModule } from '../../x/evm/module.ts';
import type { Genesis as CrossVMGenesis } from '../../x/crossvm/types/index.ts';
import type { EvmGenesis } from '../../x/evm/types/index.ts';
import { blockhashFor } from '../../x/svm/keeper/blockhash.ts';
import type { SvmKeeper } from '../../x/svm/keeper/keeper.ts';
import { envelopeSolanaTx } from '../../x/svm/raw-tx.ts';
import { addressFace } from '../../x/svm/types/address.ts';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import type { SvmGenesis } from '../../x/svm/genesis.ts';
import type { WasmGenesis } from '../../x/wasm/genesis.ts';
import { CHAIN_ID, dev, sendMsg, signTx } from '../helpers/cosmos.ts';
import { DEV_MNEMONIC, erc20Artifact } from '../evm/helpers.ts';
import { fixture } from '../svm/harness.ts';
import { contractSource } from '../wasm/harness.ts';

/**
 * Genesis export is complete: a chain runs blocks of every kind of activity, each module exports its
 * genesis, and a fresh app initialised from a genesis whose app_state is that export holds the very same
 * store (every key, every value) and so the same app hash.
 */

const GENESIS_MS = Date.UTC(2026, 0, 1);
const dirs: string[] = [];
const apps: Array<{ app: BaseApp; db: NodeDB }> = [];
after(async () => {
  for (const { app, db } of apps) {
    app.close();
    await db.close();
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function newApp(genesis: (modules: Module[]) => Genesis) {
  const dir = mkdtempSync(join(tmpdir(), 'trivium-genesis-export-'));
  dirs.push(dir);
  const db = new NodeDB(dir);
  await db.open();
  const { app, modules } = buildApp(db);
  apps.push({ app, db });
  const g = genesis(modules);
  await app.initChain(g);
  return { app, modules, genesis: g, svm: (modules.find((m) => m.name === 'svm') as Module & { keeper: SvmKeeper }).keeper };
}

/** One block through FinalizeBlock and Commit, as the producer makes it; every tx must succeed. */
async function block(app: BaseApp, txs: Uint8Array[]): Promise<void> {
  const r = await app.finalizeBlock(proposeBlock(app, txs, GENESIS_MS + (app.lastHeight + 1) * 1000, ''));
  r.txResults.forEach((t, i) => assert.equal(t.code, 0, `block ${app.lastHeight + 1} tx ${i}: ${t.log}`));
  await app.commit();
}

for (const m of moduleClis) registerMsgTypes(m.registryTypes ?? []);
const registry = cliRegistry();
const sequences = new Map<number, number>();
/** A Cosmos tx signed by dev[i] (account number i in the devnet genesis), its sequence tracked here. */
function cosmosTx(i: number, msgs: EncodeObject[], gas = 3_000_000): Uint8Array {
  const sequence = sequences.get(i) ?? 0;
  sequences.set(i, sequence + 1);
  return signTx(msgs, { privkey: dev[i]!.privkey, accountNumber: i, sequence, gas, registry, chainId: CHAIN_ID });
}

const evmWallet = (i: number) => HDNodeWallet.fromPhrase(DEV_MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);
async function ethTx(wallet: HDNodeWallet, nonce: number, req: { to?: string; data?: string; value?: bigint }): Promise<Uint8Array> {
  return getBytes(await wallet.signTransaction({ chainId: 262145n, nonce, gasLimit: 3_000_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, ...req }));
}

function solanaTx(chainId: string, height: number, feePayer: Keypair, signers: Keypair[], ...ixs: TransactionInstruction[]): Uint8Array {
  const t = new Transaction({ feePayer: feePayer.publicKey, recentBlockhash: encodeBase58(blockhashFor(chainId, height)) }).add(...ixs);
  t.sign(feePayer, ...signers);
  return envelopeSolanaTx(new Uint8Array(t.serialize()));
}

function crossvmCall(i: number, contract: string, msg: string): EncodeObject {
  return {
    typeUrl: '/trivium.crossvm.v1.MsgCrossVMCall',
    value: { sender: dev[i]!.address, sourceVm: 'evm', targetVm: 'wasm', targetContract: contract, payload: new TextEncoder().encode(msg), funds: [], async: true, gasLimit: 300_000n, callback: false, accounts: [] },
  };
}

function exportAll(app: BaseApp, modules: Module[]): Record<string, unknown> {
  const ctx = app.queryContext();
  const out: Record<string, unknown> = {};
  for (const m of modules) if (m.exportGenesis) out[m.name] = m.exportGenesis(ctx);
  // Through JSON, as a genesis file carries it.
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

function dump(store: KVStore, prefix = ''): Array<[string, string]> {
  return [...store.iterate(prefix)].map(([k, v]) => [k, Buffer.from(v).toString('hex')]);
}

/** Equal stores, reported by the first differing key (a deepEqual of thousands of rows is unreadable). */
function assertSameStore(a: Array<[string, string]>, b: Array<[string, string]>): void {
  const left = new Map(a);
  const right = new Map(b);
  for (const [k, v] of left) assert.equal(right.get(k), v, `key ${k}: ${right.has(k) ? 'different value after import' : 'missing after import'}`);
  for (const k of right.keys()) assert.ok(left.has(k), `key ${k} appeared after import`);
}

test('every module exports its whole state: init(export) rebuilds the store and the app hash', async () => {
  const src = await newApp((modules) => devnetGenesis(CHAIN_ID, modules, GENESIS_MS));
  const { app } = src;

  // Block 1: a bank send, a JS contract upload, an SVM program, a Solana fee payer funded, an ERC20
  // deployment and a value transfer in sub-utrv wei.
  const stranger = toBech32Address(new Uint8Array(20).fill(7));
  const deployer = dev[2]!.address;
  const counterProgram = src.svm.nextProgramId(app.queryContext(), parseAddress(deployer)).programId;
  const payer = Keypair.generate();
  const erc20 = erc20Artifact();
  const token = new Interface(erc20.abi);
  const owner = evmWallet(0);
  await block(app, [
    cosmosTx(0, [sendMsg(dev[0]!.address, stranger, '1234')]),
    cosmosTx(1, [{ typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode', value: { sender: dev[1]!.address, wasmByteCode: new TextEncoder().encode(contractSource('counter.js')) } }]),
    cosmosTx(2, [{ typeUrl: '/trivium.svm.v1.MsgDeployProgram', value: { sender: deployer, elf: fixture('counter.so') } }], 5_000_000),
    cosmosTx(3, [sendMsg(dev[3]!.address, toBech32Address(addressFace(payer.publicKey.toBytes())), '10000000')]),
    await ethTx(owner, 0, { data: erc20.bytecode + token.encodeDeploy(['Export', 'EXP', 10n ** 24n, owner.address]).slice(2) }),
    await ethTx(evmWallet(1), 0, { to: '0x' + '42'.repeat(20), value: 1_500_000_000_123n }),
  ]);
  const tokenAddr = getCreateAddress({ from: owner.address, nonce: 0 });

  // Block 2: instantiate (with funds), a program-owned SVM account created by a signed wire tx, an ERC20 transfer.
  const counterAccount = Keypair.generate();
  const rent = Number(src.svm.minimumBalanceForRentExemption(4));
  await block(app, [
    cosmosTx(1, [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract', value: { sender: dev[1]!.address, admin: dev[1]!.address, codeId: 1n, label: 'counter', msg: new TextEncoder().encode('{"count":5}'), funds: [{ denom: 'utrv', amount: '77' }] } }]),
    solanaTx(CHAIN_ID, app.lastHeight, payer, [counterAccount], SystemProgram.createAccount({ fromPubkey: payer.publicKey, newAccountPubkey: counterAccount.publicKey, lamports: rent, space: 4, programId: new PublicKey(counterProgram) })),
    await ethTx(owner, 1, { to: tokenAddr, data: token.encodeFunctionData('transfer', ['0x' + '43'.repeat(20), 1000n]) }),
  ]);

  // Block 3: a contract execution, the SVM counter incremented, a second send from dev0 (sequence, pubkey).
  const contract = [...app.state.iterate('wasm/contract/')].map(([k]) => toBech32Address(Buffer.from(k.slice('wasm/contract/'.length), 'hex')))[0]!;
  await block(app, [
    cosmosTx(1, [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender: dev[1]!.address, contract, msg: new TextEncoder().encode('{"increment":{}}'), funds: [] } }]),
    solanaTx(CHAIN_ID, app.lastHeight, payer, [], new TransactionInstruction({ programId: new PublicKey(counterProgram), keys: [{ pubkey: counterAccount.publicKey, isSigner: false, isWritable: true }], data: Buffer.of(0) })),
    cosmosTx(0, [sendMsg(dev[0]!.address, stranger, '1')]),
    cosmosTx(4, [crossvmCall(4, contract, '{"increment":{}}')]),
  ]);
  // Block 4: the queued call executes in the EndBlocker; a second one is left waiting in the queue.
  await block(app, [cosmosTx(4, [crossvmCall(4, contract, '{"increment":{}}')])]);

  const exported = exportAll(app, src.modules);
  assert.deepEqual(exportAll(app, src.modules), exported, 'export is deterministic');

  // The activity reached every part of the state the exports must carry.
  const auth = exported.auth as { accounts: Array<{ sequence: string; pub_key?: string }> };
  assert.ok(auth.accounts.some((a) => a.sequence === '2' && a.pub_key));
  const evm = exported.evm as EvmGenesis;
  assert.ok(evm.accounts.some((a) => a.code && a.storage && a.nonce === '1'));
  assert.ok(evm.accounts.some((a) => a.fractional_wei));
  const svm = exported.svm as SvmGenesis;
  assert.equal(svm.programs.length, 1);
  assert.equal(svm.accounts.length, 1);
  assert.equal(svm.signatures!.length, 2);
  assert.ok(svm.remainders.length > 0);
  const wasm = exported.wasm as WasmGenesis;
  assert.equal(wasm.contracts.length, 1);
  assert.deepEqual(wasm.contracts[0]!.contract_state.find((s) => s.key === 'count'), { key: 'count', value: '7' });
  const crossvm = exported.crossvm as CrossVMGenesis;
  assert.deepEqual(crossvm.messages!.map((m) => [m.id, m.status]), [['1', 'EXECUTED'], ['2', 'SUBMITTED']]);
  assert.equal(crossvm.next_id, '3');

  const dst = await newApp(() => ({ ...src.genesis, app_state: exported }));
  assertSameStore(dump(app.state), dump(dst.app.state));
  assert.deepEqual(dst.app.lastAppHash, app.lastAppHash);
  assert.deepEqual(exportAll(dst.app, dst.modules), exported, 'the imported chain exports the same genesis');
});

test('what blocks rarely leave behind round-trips too: block hashes, orphaned code, an empty EVM record, a burnt-out supply', async () => {
  const build = () => {
    const state = new SortedStore();
    const auth = new AuthKeeper();
    const bank = new BankKeeper(auth);
    const evm = new EvmKeeper(bank, auth);
    const modules = [authModule(auth), bankModule(bank), evmModule(evm)];
    const ctx = (height = 0, lastBlockHash?: string) =>
      new Context(new CacheStore(state), infiniteGasMeter(), { height, timeMs: GENESIS_MS, chainId: CHAIN_ID, proposer: '', ...(lastBlockHash ? { lastBlockHash } : {}) }, 'deliver');
    return { state, bank, evm, modules, ctx };
  };
  const a = build();
  let ctx = a.ctx();
  for (const m of a.modules) await m.initGenesis!(ctx, m.defaultGenesis!());
  (ctx.rawStore as CacheStore).write();

  ctx = a.ctx(7, 'ab'.repeat(32));
  recordBlockHash(a.evm, ctx);
  const gone = new Uint8Array(20).fill(9);
  const view = a.evm.view(ctx);
  view.putCodeSync(gone, Uint8Array.of(0x60, 0x00, 0x60, 0x00, 0xf3));
  await view.deleteAccount(new Address(gone));
  // A fraction topped up to a whole utrv leaves an empty record behind.
  const topped = new Uint8Array(20).fill(5);
  view.putAccountSync(topped, new EthAccount(0n, 500_000_000_000n));
  view.putAccountSync(topped, new EthAccount(0n, 1_000_000_000_000n));
  const burner = new Uint8Array(20).fill(3);
  a.bank.mintCoins(ctx, burner, [{ denom: 'ufleeting', amount: '5' }]);
  a.bank.burnCoins(ctx, burner, [{ denom: 'ufleeting', amount: '5' }]);
  (ctx.rawStore as CacheStore).write();

  const q = a.ctx();
  const exported = JSON.parse(JSON.stringify(Object.fromEntries(a.modules.map((m) => [m.name, m.exportGenesis!(q)])))) as Record<string, unknown>;
  assert.equal((exported.evm as EvmGenesis).block_hashes!.length, 1);
  assert.equal((exported.evm as EvmGenesis).codes!.length, 1);
  assert.ok((exported.evm as EvmGenesis).accounts.some((x) => x.empty_record));
  assert.ok(a.state.has('bank/s/ufleeting'));

  const b = build();
  ctx = b.ctx();
  for (const m of b.modules) await m.initGenesis!(ctx, exported[m.name]);
  (ctx.rawStore as CacheStore).write();
  assertSameStore(dump(a.state), dump(b.state));
  assert.equal(accumulate(a.state), accumulate(b.state));
});

const accumulate = (s: SortedStore): string => toHex(rootHashOf(s.iterate('')));
