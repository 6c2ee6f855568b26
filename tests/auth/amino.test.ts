import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeSignDoc, Secp256k1HdWallet, serializeSignDoc } from '@cosmjs/amino';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { encodePubkey, makeAuthInfoBytes, Registry } from '@cosmjs/proto-signing';
import { AminoTypes, createDefaultAminoConverters, defaultRegistryTypes, GasPrice, makeCosmoshubPath, SigningStargateClient } from '@cosmjs/stargate';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { MultiSignature } from 'cosmjs-types/cosmos/crypto/multisig/v1beta1/multisig';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { MsgCrossVMCallCodec } from '../../x/crossvm/codec.ts';
import { abci, account, attr, getMessage } from '../crossvm/helpers.ts';
import { b64, MNEMONIC } from '../helpers/cosmos.ts';
import { devGasPrice } from '../helpers/cosmwasm.ts';
import { bankBalance, repoRoot, runReplay, startNode, type TestNode } from '../helpers/node.ts';

const gasPrice = GasPrice.fromString('0.001utrv');
const counter = readFileSync(join(repoRoot, 'tests/wasm/contracts/counter.js'));

// What a user of CosmJS writes for a chain's own message: the amino JSON docs/node.md documents for
// MsgCrossVMCall (snake_case, empty fields omitted, uint64 as strings, the payload as base64).
const crossvmConverter = {
  '/trivium.crossvm.v1.MsgCrossVMCall': {
    aminoType: 'trivium/MsgCrossVMCall',
    toAmino: (m: any) => ({
      sender: m.sender, source_vm: m.sourceVm || undefined, target_vm: m.targetVm, target_contract: m.targetContract,
      payload: Buffer.from(m.payload).toString('base64'), funds: m.funds, gas_limit: m.gasLimit ? String(m.gasLimit) : undefined,
      callback: m.callback || undefined,
    }),
    fromAmino: (v: any) => ({
      sender: v.sender, sourceVm: v.source_vm ?? '', targetVm: v.target_vm, targetContract: v.target_contract, payload: Buffer.from(v.payload, 'base64'),
      funds: v.funds, async: true, gasLimit: BigInt(v.gas_limit ?? 0), callback: v.callback ?? false, accounts: [],
    }),
  },
};

describe('SIGN_MODE_LEGACY_AMINO_JSON: CosmJS amino-only signers against a running triviumd', () => {
  let node: TestNode;
  let wallet: Secp256k1HdWallet;
  let addrs: string[];
  let contract: string;

  before(async () => {
    node = await startNode({ blockTime: '100ms', keepHome: true });
    wallet = await Secp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [4, 5, 6, 7].map(makeCosmoshubPath) });
    addrs = (await wallet.getAccounts()).map((a) => a.address);
  });
  after(async () => {
    await node?.stop();
    if (node) rmSync(node.home, { recursive: true, force: true });
  });

  const signModeOf = async (client: { getTx(h: string): Promise<{ tx: Uint8Array } | null> }, hash: string) =>
    AuthInfo.decode(TxRaw.decode((await client.getTx(hash))!.tx).authInfoBytes).signerInfos[0]!.modeInfo!.single!.mode;

  it('SigningStargateClient: MsgSend with a memo that needs escaping and a timeout height', async () => {
    const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice, broadcastPollIntervalMs: 100 });
    const before = await bankBalance(node, addrs[1]!);
    const height = await client.getHeight();
    const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: addrs[0]!, toAddress: addrs[1]!, amount: [{ denom: 'utrv', amount: '1234' }] } };
    const r = await client.signAndBroadcast(addrs[0]!, [msg], 'auto', 'a<b> & "c"', BigInt(height + 1000));
    assert.equal(r.code, 0, r.rawLog);
    assert.equal(await bankBalance(node, addrs[1]!), before + 1234n);
    assert.equal(await signModeOf(client, r.transactionHash), SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    const body = TxBody.decode(TxRaw.decode((await client.getTx(r.transactionHash))!.tx).bodyBytes);
    assert.deepEqual([body.memo, body.timeoutHeight], ['a<b> & "c"', BigInt(height + 1000)]);
    client.disconnect();
  });

  it('SigningCosmWasmClient: wasm/MsgStoreCode, MsgInstantiateContract, MsgExecuteContract, MsgMigrateContract', async () => {
    const client = await SigningCosmWasmClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: devGasPrice(), broadcastPollIntervalMs: 100 });
    const up = await client.upload(addrs[0]!, counter, 'auto');
    assert.equal(await signModeOf(client, up.transactionHash), SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    const inst = await client.instantiate(addrs[0]!, up.codeId, { count: 3 }, 'amino counter', 'auto', { admin: addrs[0]!, funds: [{ denom: 'utrv', amount: '10' }] });
    contract = inst.contractAddress;
    assert.equal((await client.getBalance(contract, 'utrv')).amount, '10');
    await client.execute(addrs[1]!, contract, { increment: {} }, 'auto', 'amino & wasm');
    assert.deepEqual(await client.queryContractSmart(contract, { get_count: {} }), { count: 4 });
    const mig = await client.migrate(addrs[0]!, contract, up.codeId, { note: '<v2>' }, 'auto');
    assert.equal(await signModeOf(client, mig.transactionHash), SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    assert.equal((await client.getContract(contract)).admin, addrs[0]);
    client.disconnect();
  });

  it('trivium/MsgCrossVMCall with a custom AminoTypes converter: queued, then executed on the wasm side', async () => {
    const registry = new Registry(defaultRegistryTypes);
    registry.register('/trivium.crossvm.v1.MsgCrossVMCall', MsgCrossVMCallCodec);
    const aminoTypes = new AminoTypes({ ...createDefaultAminoConverters(), ...crossvmConverter });
    const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { registry, aminoTypes, gasPrice, broadcastPollIntervalMs: 100 });
    const value = { sender: addrs[2]!, sourceVm: 'evm', targetVm: 'wasm', targetContract: contract, payload: Buffer.from('{"increment":{}}'), funds: [], async: true, gasLimit: 300_000n, callback: false, accounts: [] };
    const r = await client.signAndBroadcast(addrs[2]!, [{ typeUrl: '/trivium.crossvm.v1.MsgCrossVMCall', value }], 'auto');
    assert.equal(r.code, 0, r.rawLog);
    assert.equal(await signModeOf(client, r.transactionHash), SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    const id = attr(r.events as any[], 'crossvm_request', 'message_id')!;
    for (let i = 0; i < 100 && (await getMessage(node, id))?.status !== 'EXECUTED'; i++) await new Promise((res) => setTimeout(res, 100));
    assert.equal((await getMessage(node, id))?.status, 'EXECUTED');
    const cw = await SigningCosmWasmClient.connect(node.rpcUrl);
    assert.deepEqual(await cw.queryContractSmart(contract, { get_count: {} }), { count: 5 });
    cw.disconnect();
    client.disconnect();
  });

  it('a signature over another amino doc is refused with a clear error, and changes nothing', async () => {
    const from = addrs[3]!;
    const acc = await account(node, from);
    const balanceFrom = await bankBalance(node, from);
    const balanceTo = await bankBalance(node, addrs[0]!);
    const fee = { amount: [{ denom: 'utrv', amount: '200' }], gas: '200000' };
    const signedAmount = [{ denom: 'utrv', amount: '1' }];
    const doc = makeSignDoc([{ type: 'cosmos-sdk/MsgSend', value: { from_address: from, to_address: addrs[0]!, amount: signedAmount } }], fee, 'trivium-devnet-1', '', acc.accountNumber, acc.sequence);
    const { signature } = await wallet.signAmino(from, doc);
    // The tx carries 1000000 utrv while the signature covers 1 utrv.
    const registry = new Registry(defaultRegistryTypes);
    const bodyBytes = registry.encode({ typeUrl: '/cosmos.tx.v1beta1.TxBody', value: { messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: from, toAddress: addrs[0]!, amount: [{ denom: 'utrv', amount: '1000000' }] } }], memo: '' } });
    const pubkey = encodePubkey(encodeSecp256k1Pubkey((await wallet.getAccounts())[3]!.pubkey));
    const authInfoBytes = makeAuthInfoBytes([{ pubkey, sequence: acc.sequence }], fee.amount, 200_000, undefined, undefined, SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    const tx = TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
    const r = await node.rpc<any>('broadcast_tx_sync', { tx: b64(tx) });
    assert.equal(r.code, 4);
    assert.equal(r.log, `signature verification failed; please verify account number (${acc.accountNumber}), sequence (${acc.sequence}) and chain-id (trivium-devnet-1): signature verification failed`);
    // The same signature under SIGN_MODE_DIRECT is refused too: the mode decides what was signed.
    const asDirect = makeAuthInfoBytes([{ pubkey, sequence: acc.sequence }], fee.amount, 200_000, undefined, undefined, SignMode.SIGN_MODE_DIRECT);
    const r2 = await node.rpc<any>('broadcast_tx_sync', { tx: b64(TxRaw.encode({ bodyBytes, authInfoBytes: asDirect, signatures: [Buffer.from(signature.signature, 'base64')] }).finish()) });
    assert.equal(r2.code, 4);
    // SIGN_MODE_TEXTUAL is named in the refusal.
    const textual = makeAuthInfoBytes([{ pubkey, sequence: acc.sequence }], fee.amount, 200_000, undefined, undefined, SignMode.SIGN_MODE_TEXTUAL);
    const r3 = await node.rpc<any>('broadcast_tx_sync', { tx: b64(TxRaw.encode({ bodyBytes, authInfoBytes: textual, signatures: [Buffer.from(signature.signature, 'base64')] }).finish()) });
    assert.equal(r3.code, 4);
    assert.match(r3.log, /sign mode SIGN_MODE_TEXTUAL is not supported; use SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON/);
    await new Promise((res) => setTimeout(res, 300)); // a block or two later, still nothing changed
    assert.equal(await bankBalance(node, from), balanceFrom);
    assert.equal(await bankBalance(node, addrs[0]!), balanceTo);
    assert.deepEqual(await account(node, from), acc);
    // The bytes CosmJS signed are the node's: the doc signed for the right amount goes through.
    const good = makeSignDoc([{ type: 'cosmos-sdk/MsgSend', value: { from_address: from, to_address: addrs[0]!, amount: [{ denom: 'utrv', amount: '1000000' }] } }], fee, 'trivium-devnet-1', '', acc.accountNumber, acc.sequence);
    assert.match(Buffer.from(serializeSignDoc(good)).toString(), /^\{"account_number":"\d+","chain_id":"trivium-devnet-1","fee":\{"amount":\[\{"amount":"200","denom":"utrv"\}\],"gas":"200000"\},"memo":"","msgs":\[\{"type":"cosmos-sdk\/MsgSend"/);
    const sig = (await wallet.signAmino(from, good)).signature.signature;
    const r4 = await node.rpc<any>('broadcast_tx_commit', { tx: b64(TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(sig, 'base64')] }).finish()) });
    assert.equal(r4.check_tx.code, 0, r4.check_tx.log);
    assert.equal(r4.tx_result.code, 0, r4.tx_result.log);
    assert.equal(await bankBalance(node, addrs[0]!), balanceTo + 1_000_000n);
  });

  it('a 2-of-3 multisig (LegacyAminoPubKey): keys add --multisig, tx sign --multisig, tx multi-sign, tx broadcast', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trivium-msig-'));
    const put = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    const ok = async (args: string[], o?: { node?: boolean }) => {
      const r = await node.cli(args, o);
      assert.equal(r.code, 0, `triviumd ${args.join(' ')}: ${r.stderr}${r.stdout}`);
      return r.stdout;
    };
    try {
      const key = JSON.parse(await ok(['keys', 'add', 'msig', '--multisig', 'dev5,dev6,dev7', '--multisig-threshold', '2', '-o', 'json'], { node: false }));
      assert.equal(key.type, 'multi');
      assert.equal(JSON.parse(key.pubkey).threshold, 2);
      const msig: string = key.address;
      // The address CosmJS derives for the same LegacyAminoPubKey (sorted by address, as the SDK sorts).
      const { createMultisigThresholdPubkey, pubkeyToAddress } = await import('@cosmjs/amino');
      const members = (await (await Secp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [5, 6, 7].map(makeCosmoshubPath) })).getAccounts()).map((a) => encodeSecp256k1Pubkey(a.pubkey));
      assert.equal(pubkeyToAddress(createMultisigThresholdPubkey(members, 2), 'trivium'), msig);
      assert.equal(JSON.parse(await ok(['tx', 'bank', 'send', 'dev0', msig, '1000000utrv', '--yes', '-o', 'json'])).code, 0);

      const to = addrs[0]!;
      const unsigned = put('unsigned.json', await ok(['tx', 'bank', 'send', 'msig', to, '1234utrv', '--generate-only', '--memo', 'two of three']));
      const s5 = put('s5.json', await ok(['tx', 'sign', unsigned, '--from', 'dev5', '--multisig', 'msig']));
      const s7 = put('s7.json', await ok(['tx', 'sign', unsigned, '--from', 'dev7', '--multisig', 'msig']));
      assert.equal(JSON.parse(readFileSync(s5, 'utf8')).auth_info.signer_infos[0].mode_info.single.mode, 'SIGN_MODE_LEGACY_AMINO_JSON');
      const one = await node.cli(['tx', 'multi-sign', unsigned, 'msig', s5]);
      assert.notEqual(one.code, 0);
      assert.match(one.stderr, /1 signature\(s\) of the 2 that msig needs/);
      const signed = JSON.parse(await ok(['tx', 'multi-sign', unsigned, 'msig', s5, s7]));
      const si = signed.auth_info.signer_infos[0];
      assert.equal(si.public_key['@type'], '/cosmos.crypto.multisig.LegacyAminoPubKey');
      assert.equal(si.mode_info.multi.mode_infos.length, 2);
      assert.equal(si.mode_info.multi.bitarray.extra_bits_stored, 3);

      // On the node: two signatures in each other's places, or one signature where two are due, change nothing.
      const before = await bankBalance(node, to);
      const msigAcc = await account(node, msig);
      const swapped = structuredClone(signed);
      const ms = MultiSignature.decode(Buffer.from(signed.signatures[0], 'base64'));
      swapped.signatures[0] = Buffer.from(MultiSignature.encode({ signatures: [...ms.signatures].reverse() }).finish()).toString('base64');
      const r1 = await node.cli(['tx', 'broadcast', put('swapped.json', JSON.stringify(swapped))]);
      assert.notEqual(r1.code, 0);
      assert.match(r1.stderr, /signature verification failed/);
      const short = structuredClone(signed);
      const bits = Buffer.from(si.mode_info.multi.bitarray.elems, 'base64');
      const first = [0, 1, 2].find((b) => (bits[0]! & (0x80 >> b)) !== 0)!;
      short.auth_info.signer_infos[0].mode_info.multi = { bitarray: { extra_bits_stored: 3, elems: Buffer.from([0x80 >> first]).toString('base64') }, mode_infos: [si.mode_info.multi.mode_infos[0]] };
      short.signatures[0] = Buffer.from(MultiSignature.encode({ signatures: [ms.signatures[0]!] }).finish()).toString('base64');
      const r2 = await node.cli(['tx', 'broadcast', put('short.json', JSON.stringify(short))]);
      assert.notEqual(r2.code, 0);
      assert.match(r2.stderr, /not enough signatures: 1 of threshold 2/);
      assert.equal(await bankBalance(node, to), before);
      assert.deepEqual(await account(node, msig), msigAcc);

      const res = JSON.parse(await ok(['tx', 'broadcast', put('signed.json', JSON.stringify(signed)), '-o', 'json']));
      assert.equal(res.code, 0, res.raw_log);
      assert.equal(await bankBalance(node, to), before + 1234n);
      // The account now holds the multisig key, as the SDK's does.
      const q = QueryAccountResponse.decode(await abci(node, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address: msig }).finish()));
      assert.equal(BaseAccount.decode(q.account!.value).pubKey?.typeUrl, '/cosmos.crypto.multisig.LegacyAminoPubKey');
      assert.equal((await account(node, msig)).sequence, msigAcc.sequence + 1);

      // A multisig counts as its members against tx_sig_limit (7): one signature of an 8-key multisig is refused.
      await ok(['keys', 'add', 'big', '--multisig', [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `dev${i}`).join(','), '--multisig-threshold', '1'], { node: false });
      const u8 = put('u8.json', await ok(['tx', 'bank', 'send', 'big', to, '1utrv', '--generate-only']));
      const s0 = put('s0.json', await ok(['tx', 'sign', u8, '--from', 'dev0', '--multisig', 'big', '--offline', '--account-number', '0', '--sequence', '0']));
      const big = put('big.json', await ok(['tx', 'multi-sign', u8, 'big', s0]));
      const r3 = await node.cli(['tx', 'broadcast', big]);
      assert.notEqual(r3.code, 0);
      assert.match(r3.stderr, /signatures: 8, limit: 7/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI signs amino JSON with --sign-mode amino-json', async () => {
    const to = addrs[1]!;
    const before = await bankBalance(node, to);
    const r = await node.cli(['tx', 'bank', 'send', 'dev8', to, '77utrv', '--sign-mode', 'amino-json', '--memo', 'cli <amino>', '--yes', '-o', 'json']);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const res = JSON.parse(r.stdout);
    assert.equal(res.code, 0, res.raw_log);
    assert.equal(await bankBalance(node, to), before + 77n);
    const t = await node.rpc<any>('tx', { hash: Buffer.from(res.txhash, 'hex').toString('base64') });
    assert.equal(AuthInfo.decode(TxRaw.decode(Buffer.from(t.tx, 'base64')).authInfoBytes).signerInfos[0]!.modeInfo!.single!.mode, SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    const bad = await node.cli(['tx', 'bank', 'send', 'dev8', to, '1utrv', '--sign-mode', 'textual', '--yes']);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /--sign-mode.*textual.*(direct|amino-json)/);
  });

  it('replay: a fresh home re-executes the amino and multisig blocks to the same app hashes', async () => {
    await node.stop();
    const replayHome = join(mkdtempSync(join(tmpdir(), 'trivium-amino-replay-')), 'home');
    try {
      const rep = await runReplay(node.home, replayHome);
      assert.deepEqual(rep.mismatches, []);
      assert.ok(rep.txs >= 10, `replayed ${rep.txs} txs`);
    } finally {
      rmSync(join(replayHome, '..'), { recursive: true, force: true });
    }
  });
});
