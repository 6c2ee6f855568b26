import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { Contract, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, type TransactionReceipt, getBytes, hexlify, toUtf8Bytes } from 'ethers';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { crossvmAbi } from '../../x/crossvm/precompile/0901-crossvm.ts';
import { messageFromProto, QueryTypes } from '../../x/crossvm/codec.ts';
import type { CrossVMMessage } from '../../x/crossvm/types/index.ts';
import { Query as SvmQuery } from '../../x/svm/codec.ts';
import { svmFace } from '../../x/svm/types/address.ts';
import { decodeBase58, encodeBase58 } from '../../x/svm/types/base58.ts';
import { compileSolidity } from '../evm/helpers.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { fixturesDir, repoRoot, startNode, type TestNode } from '../helpers/node.ts';
import { createWithSeedData, seedAddress, tokenAmount } from '../svm/spl.ts';
import { abci, attr, cliJson, getMessage, getParams, sendTx, setParams } from './helpers.ts';

const PRECOMPILE = '0x0000000000000000000000000000000000000901';
const MODULE = '0x60Ec475F33e5bbbfA3c0242B362B22f4a240cFfa';
const TRV = 10n ** 18n; // wei; 1 utrv = 10^12 wei
const FEE = TRV / 100n; // the application fee
const LOAN = TRV;
const RATIO = 150n; // collateral must cover 150% of the loan
const CHECK_GAS = 400_000n;
enum Loan { None, Pending, Approved, Rejected, Expired }

/**
 * The XVM article's worked example end to end on one node: a lending contract in the EVM asks a collateral
 * contract in CosmWasm (and, as a second variant, the SPL Token program in the SVM) about a borrower's
 * collateral through x/crossvm; its callback finalizes or rejects the loan; with x/crossvm switched off the
 * request times out after exactly 100 blocks and the application fee comes back.
 */
describe('x/crossvm worked example: cross-VM collateral check for a loan', () => {
  let node: TestNode;
  let provider: JsonRpcProvider;
  let lender: HDNodeWallet;
  let alice: HDNodeWallet;
  let bob: HDNodeWallet;
  let carol: HDNodeWallet;
  let arts: Record<string, { abi: any[]; bytecode: string }>;
  let collateral: string;
  let tokenProgram: string;
  let lending: Contract;

  const wallet = (i: number) => HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), `m/44'/60'/0'/0/${i}`).connect(provider);
  const smart = async (contract: string, q: object) =>
    JSON.parse(Buffer.from(QuerySmartContractStateResponse.decode(await abci(node, '/cosmwasm.wasm.v1.Query/SmartContractState', QuerySmartContractStateRequest.encode({ address: contract, queryData: Buffer.from(JSON.stringify(q)) }).finish())).data).toString());
  const height = async () => Number((await node.rpc('status')).sync_info.latest_block_height);
  const balance = (a: string | { getAddress(): Promise<string> }) => provider.getBalance(a);
  /** The x/crossvm message id of a requestLoan: its LoanRequested event. */
  const requestId = (c: Contract, r: TransactionReceipt): bigint => {
    const ev = r.logs.map((l) => c.interface.parseLog(l)).find((e) => e?.name === 'LoanRequested');
    assert.ok(ev, 'LoanRequested emitted');
    return ev.args.id as bigint;
  };
  const requestLoan = async (c: Contract, who: HDNodeWallet, amount = LOAN) => {
    const r = (await (await (c.connect(who) as Contract).getFunction('requestLoan')(amount, { value: FEE })).wait()) as TransactionReceipt;
    assert.equal(r.status, 1);
    return { id: requestId(c, r), receipt: r };
  };
  /** Waits until the message is final and its callback (if any) has run. */
  const settled = async (id: bigint | string): Promise<CrossVMMessage> => {
    for (let i = 0; i < 400; i++) {
      const m = await getMessage(node, String(id));
      if (m && ['EXECUTED', 'FAILED', 'TIMED_OUT'].includes(m.status) && (!m.callback || m.callback_status !== '')) return m;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`message ${id} did not settle`);
  };
  const loanOf = async (c: Contract, id: bigint) => {
    const l = await c.loans(id);
    return { borrower: l.borrower as string, amount: l.amount as bigint, fee: l.fee as bigint, state: Number(l.state) as Loan };
  };
  /** EOA → 0x…0901 directly: the borrower itself is the caller the other VM sees. */
  const callPrecompile = async (who: HDNodeWallet, fn: string, args: unknown[], value = 0n) => {
    const r = await (await who.sendTransaction({ to: PRECOMPILE, data: crossvmAbi().encodeFunctionData(fn, args), value })).wait();
    assert.equal(r!.status, 1);
    return r!;
  };
  const tokenBalance = async (pubkey: Uint8Array) => {
    const res = SvmQuery.Account.res.decode(await abci(node, SvmQuery.Account.path, SvmQuery.Account.req.encode({ pubkey: encodeBase58(pubkey) }).finish()));
    assert.ok(res.found, `svm account ${encodeBase58(pubkey)}`);
    return tokenAmount(res.account!.data!);
  };
  const messagesBySender = async (sender: string): Promise<CrossVMMessage[]> => {
    const req = QueryTypes.MessagesBySender.req.encode({ sender, pagination: { offset: 0, limit: 100 } }).finish();
    return (QueryTypes.MessagesBySender.res.decode(await abci(node, QueryTypes.MessagesBySender.path, req)).messages ?? []).map(messageFromProto);
  };

  before(async () => {
    node = await startNode({ blockTime: '0' });
    // cacheTimeout -1: ethers otherwise answers a repeated call (a nonce, a balance) from a 250 ms cache,
    // which right after a block is the pre-block value.
    provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    [lender, alice, bob, carol] = [1, 2, 3, 4].map(wallet) as [HDNodeWallet, HDNodeWallet, HDNodeWallet, HDNodeWallet];
    // Deploys as signed txs straight to the RPC (the CLI's way is covered elsewhere and costs a process each).
    const deployCollateral = async () => {
      const code = readFileSync(join(repoRoot, 'tests/crossvm/contracts/collateral.js'));
      const st = await sendTx(node, 0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode', value: { sender: dev[0]!.address, wasmByteCode: code } }], 5_000_000);
      assert.equal(st.code, 0, st.log);
      const codeId = BigInt(attr(st.events, 'store_code', 'code_id')!);
      const inst = await sendTx(node, 0, [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract', value: { sender: dev[0]!.address, admin: '', codeId, label: 'collateral', msg: Buffer.from('{}'), funds: [] } }]);
      assert.equal(inst.code, 0, inst.log);
      return attr(inst.events, 'instantiate', '_contract_address')!;
    };
    const deployToken = async () => {
      const elf = readFileSync(join(fixturesDir, 'solana/spl_token-3.5.0.so'));
      const r = await sendTx(node, 9, [{ typeUrl: '/trivium.svm.v1.MsgDeployProgram', value: { sender: dev[9]!.address, elf } }], 20_000_000);
      assert.equal(r.code, 0, r.log);
      return attr(r.events, 'svm_deploy', 'program_id')!;
    };
    [arts, collateral, tokenProgram] = await Promise.all([
      compileSolidity({
        'ICrossVM.sol': readFileSync(join(repoRoot, 'x/crossvm/precompile/ICrossVM.sol'), 'utf8'),
        'Lending.sol': readFileSync(join(repoRoot, 'tests/crossvm/contracts/Lending.sol'), 'utf8'),
      }),
      deployCollateral(),
      deployToken(),
    ]);
    const { WasmCollateralLending: L } = arts;
    lending = (await (await new ContractFactory(L!.abi, L!.bytecode, lender).deploy(collateral, FEE, RATIO, CHECK_GAS, { value: 20n * TRV })).waitForDeployment()) as unknown as Contract;
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('CosmWasm collateral: two requests pending at once settle by message id — enough collateral pays out, too little rejects', async () => {
    // Collateral is deposited from the EVM side: each borrower calls the JS contract through 0x…0901, so
    // the deposit is keyed by the borrower's own address.
    await callPrecompile(alice, 'execute', [collateral, toUtf8Bytes('{"deposit":{}}')], 2_000_000n * 10n ** 12n);
    await callPrecompile(bob, 'execute', [collateral, toUtf8Bytes('{"deposit":{}}')], 1_000_000n * 10n ** 12n);
    assert.equal(await smart(collateral, { collateral_of: { user: alice.address } }), '2000000');
    assert.equal(await smart(collateral, { collateral_of: { user: bob.address } }), '1000000');
    assert.equal(await lending.requiredCollateral(LOAN), 1_500_000n);

    // Hold execution so both requests are pending together (admission stays open).
    await setParams(node, { max_executions_per_block: 0 });
    const [a0, b0, l0] = await Promise.all([balance(alice), balance(bob), balance(lending)]);
    const a = await requestLoan(lending, alice);
    const b = await requestLoan(lending, bob);
    assert.notEqual(a.id, b.id);
    for (const [r, who] of [[a, alice], [b, bob]] as const) {
      assert.deepEqual(await loanOf(lending, r.id), { borrower: who.address, amount: LOAN, fee: FEE, state: Loan.Pending });
      const m = (await getMessage(node, String(r.id)))!;
      assert.equal(m.sender, toBech32Address(getBytes(await lending.getAddress())), 'the lending contract is the sender');
      assert.equal(m.target_contract, collateral);
      assert.deepEqual(JSON.parse(Buffer.from(m.payload, 'hex').toString()), { collateral_of: { user: who.address.toLowerCase() } });
      assert.ok(m.status === 'SUBMITTED' || m.status === 'PENDING', m.status);
    }
    assert.equal(await lending.pendingCount(), 2n);
    assert.equal(await lending.reserved(), 2n * LOAN);

    await setParams(node, { max_executions_per_block: 1000 });
    const [ma, mb] = [await settled(a.id), await settled(b.id)];
    for (const m of [ma, mb]) {
      assert.equal(m.status, 'EXECUTED', m.error);
      assert.equal(m.callback_status, 'OK');
    }
    assert.equal(Buffer.from(ma.result, 'hex').toString(), '"2000000"');
    assert.equal(Buffer.from(mb.result, 'hex').toString(), '"1000000"');

    assert.equal((await loanOf(lending, a.id)).state, Loan.Approved);
    assert.equal((await loanOf(lending, b.id)).state, Loan.Rejected);
    assert.equal(await lending.debt(alice.address), LOAN);
    assert.equal(await lending.debt(bob.address), 0n);
    assert.equal(await lending.pendingCount(), 0n);
    assert.equal(await lending.reserved(), 0n);
    // Alice got the loan; both paid the fee and their tx's gas; Bob's fee stays with the lender.
    assert.equal(await balance(alice), a0 - FEE - a.receipt.fee + LOAN);
    assert.equal(await balance(bob), b0 - FEE - b.receipt.fee);
    // The lender: +2 fees − the loan − what x/crossvm charged for the two checks and callbacks (gas at
    // 0.001 utrv, out of the 2 × 400 utrv escrowed).
    const charged = l0 + 2n * FEE - LOAN - (await balance(lending));
    assert.ok(charged > 0n && charged < 2n * CHECK_GAS * 10n ** 9n, `x/crossvm charged ${charged} wei`);
  });

  it('a callback settles its request once: replays from the module and forgeries from an EOA revert', async () => {
    const id = (await requestLoan(lending, alice, LOAN / 4n)).id;
    const m = await settled(id);
    assert.equal(m.status, 'EXECUTED', m.error);
    assert.equal((await loanOf(lending, id)).state, Loan.Approved);
    const debt = await lending.debt(alice.address);
    const data = lending.interface.encodeFunctionData('crossVMCallback', [id, 3, toUtf8Bytes('"99999999"')]);
    // The same id again, even from the module's address: the pending map no longer has it.
    await assert.rejects(provider.call({ from: MODULE, to: await lending.getAddress(), data }), (e: any) => /no pending request with this id/.test(e.reason));
    // Anyone else: refused before anything is read.
    await assert.rejects(provider.call({ from: carol.address, to: await lending.getAddress(), data }), (e: any) => /only x\/crossvm calls back/.test(e.reason));
    const tx = await carol.sendTransaction({ to: await lending.getAddress(), data, gasLimit: 200_000 });
    await assert.rejects(tx.wait(), (e: any) => e.code === 'CALL_EXCEPTION');
    assert.equal(await lending.debt(alice.address), debt);
    assert.equal((await loanOf(lending, id)).state, Loan.Approved);
  });

  it('SVM collateral (SPL Token): the check locks the collateral in the vault or fails with nothing moved', async () => {
    const token = decodeBase58(tokenProgram);
    const dev0Face = svmFace(parseAddress(dev[0]!.address));
    const mint = seedAddress(dev0Face, 'lend-mint', token);
    const vault = seedAddress(dev0Face, 'lend-vault', token);
    const { SvmCollateralLending: S } = arts;
    const svmLending = (await (await new ContractFactory(S!.abi, S!.bytecode, lender).deploy(hexlify(token), hexlify(mint), hexlify(vault), 6, FEE, RATIO, CHECK_GAS, { value: 20n * TRV })).waitForDeployment()) as unknown as Contract;
    const lendingFace = svmFace(getBytes(await svmLending.getAddress()));
    const b58 = encodeBase58;
    const exec = (programId: string, data: Uint8Array | string, accounts: Array<[Uint8Array, 's' | 'w' | 'sw' | '']>) => ({
      typeUrl: '/trivium.svm.v1.MsgExecute',
      value: { sender: dev[0]!.address, programId, data: typeof data === 'string' ? data : Buffer.from(data).toString('hex'), accounts: accounts.map(([k, f]) => ({ pubkey: b58(k), isSigner: f.includes('s'), isWritable: f.includes('w') })) },
    });
    const u64 = (n: bigint) => Buffer.from(new BigUint64Array([n]).buffer);
    const SYSTEM = '11111111111111111111111111111111';
    // dev0 creates the mint (dev0's face is its authority) and the vault (owned by the lending contract's face).
    const setup = await sendTx(node, 0, [
      exec(SYSTEM, createWithSeedData(dev0Face, 'lend-mint', 2_000_000n, 82n, token), [[dev0Face, 'sw'], [mint, 'w'], [dev0Face, 's']]),
      exec(tokenProgram, Buffer.concat([Buffer.of(20, 6), dev0Face, Buffer.of(0)]), [[mint, 'w']]),
      exec(SYSTEM, createWithSeedData(dev0Face, 'lend-vault', 3_000_000n, 165n, token), [[dev0Face, 'sw'], [vault, 'w'], [dev0Face, 's']]),
      exec(tokenProgram, Buffer.concat([Buffer.of(18), lendingFace]), [[vault, 'w'], [mint, '']]),
    ]);
    assert.equal(setup.code, 0, setup.log);

    // Each borrower, from its own EOA through 0x…0901 (its SVM face signs): creates its collateral account
    // with seed "collateral", owns it, and approves the lending contract's face as delegate.
    const acct = (w: HDNodeWallet) => seedAddress(svmFace(getBytes(w.address)), 'collateral', token);
    const meta = (k: Uint8Array, s: boolean, w: boolean) => [hexlify(k), s, w];
    await Promise.all(
      [alice, bob].map(async (w) => {
        const face = svmFace(getBytes(w.address));
        const c = acct(w);
        assert.equal(await svmLending.collateralAccountOf(w.address), hexlify(c), 'Solidity derives the same create_with_seed address');
        const steps: Array<[Uint8Array, Uint8Array, unknown[]]> = [
          [new Uint8Array(32), Buffer.from(createWithSeedData(face, 'collateral', 3_000_000n, 165n, token), 'hex'), [meta(face, true, true), meta(c, false, true), meta(face, true, false)]],
          [token, Buffer.concat([Buffer.of(18), face]), [meta(c, false, true), meta(mint, false, false)]],
          [token, Buffer.concat([Buffer.of(4), u64(2_000_000n)]), [meta(c, false, true), meta(lendingFace, false, false), meta(face, true, false)]],
        ];
        // Three txs back to back (consecutive nonces); x/crossvm runs them in submission order.
        const sent = [];
        for (const [program, data, accounts] of steps) {
          sent.push(await w.sendTransaction({ to: PRECOMPILE, data: crossvmAbi().encodeFunctionData('submitSvm', [hexlify(program), data, accounts, 200_000, false]), gasLimit: 500_000 }));
        }
        for (const t of sent) assert.equal((await t.wait())!.status, 1);
        // The borrower's own messages (sender = the EOA): three SVM instructions, executed in order.
        const mine = (await messagesBySender(toBech32Address(getBytes(w.address)))).filter((x) => x.target_vm === 'svm');
        assert.equal(mine.length, 3);
        for (const m of mine) {
          const done = await settled(m.id);
          assert.equal(done.status, 'EXECUTED', done.error);
        }
      }),
    );
    const minted = await sendTx(node, 0, [
      exec(tokenProgram, Buffer.concat([Buffer.of(7), u64(2_000_000n)]), [[mint, 'w'], [acct(alice), 'w'], [dev0Face, 's']]),
      exec(tokenProgram, Buffer.concat([Buffer.of(7), u64(1_000_000n)]), [[mint, 'w'], [acct(bob), 'w'], [dev0Face, 's']]),
    ]);
    assert.equal(minted.code, 0, minted.log);
    assert.equal(await tokenBalance(acct(alice)), 2_000_000n);
    assert.equal(await tokenBalance(acct(bob)), 1_000_000n);

    const [a0, b0] = await Promise.all([balance(alice), balance(bob)]);
    const a = await requestLoan(svmLending, alice);
    const ma = await settled(a.id);
    assert.equal(ma.status, 'EXECUTED', ma.error);
    assert.equal(ma.target_vm, 'svm');
    assert.equal(ma.target_contract, tokenProgram);
    assert.match(JSON.parse(Buffer.from(ma.result, 'hex').toString()).logs.join('\n'), /Instruction: TransferChecked/);
    assert.equal((await loanOf(svmLending, a.id)).state, Loan.Approved);
    assert.equal(await tokenBalance(vault), 1_500_000n, 'the required collateral is locked in the vault');
    assert.equal(await tokenBalance(acct(alice)), 500_000n);
    assert.equal(await balance(alice), a0 - FEE - a.receipt.fee + LOAN);

    const b = await requestLoan(svmLending, bob);
    const mb = await settled(b.id);
    assert.equal(mb.status, 'FAILED');
    assert.match(mb.error, /insufficient funds|custom program error: 0x1\b/i);
    assert.equal(mb.callback_status, 'OK');
    assert.equal((await loanOf(svmLending, b.id)).state, Loan.Rejected);
    assert.equal(await tokenBalance(acct(bob)), 1_000_000n, 'nothing moved');
    assert.equal(await tokenBalance(vault), 1_500_000n);
    assert.equal(await balance(bob), b0 - FEE - b.receipt.fee);
  });

  it('with x/crossvm switched off, the request times out after exactly 100 blocks and the fee comes back', async () => {
    // Hold execution for a moment so the breaker can be thrown after admission, before the EndBlocker.
    await setParams(node, { max_executions_per_block: 0 });
    const [c0, l0] = await Promise.all([balance(carol), balance(lending)]);
    const { id, receipt } = await requestLoan(lending, carol);
    const h0 = receipt.blockNumber;
    assert.equal(await balance(carol), c0 - FEE - receipt.fee);
    const off = await cliJson(node, ['tx', 'crossvm', 'update-params', '--enabled=false', '--from', 'dev0']);
    assert.equal(off.code, 0, off.raw_log);
    await setParams(node, { max_executions_per_block: 1000 });
    assert.equal((await getParams(node)).enabled, false);

    // While off, nothing is admitted: a new request reverts with the module's reason and costs no fee.
    await assert.rejects((lending.connect(carol) as Contract).getFunction('requestLoan').staticCall(LOAN, { value: FEE }), (e: any) => /disabled/.test(e.reason));

    let h = await height();
    assert.ok(h < h0 + 99, `height ${h} after the request at ${h0}`);
    await node.rpc('dev_mine', { blocks: h0 + 99 - h });
    h = await height();
    assert.equal(h, h0 + 99);
    assert.equal((await getMessage(node, String(id)))!.status, 'PENDING');
    assert.equal((await loanOf(lending, id)).state, Loan.Pending);

    await node.rpc('dev_mine', { blocks: 1 });
    const m = (await getMessage(node, String(id)))!;
    assert.equal(m.status, 'TIMED_OUT');
    assert.equal(Number(m.updated_height), h0 + 100);
    assert.equal(m.callback_status, 'OK');
    const results = await node.rpc('block_results', { height: String(h0 + 100) });
    assert.equal(attr(results.finalize_block_events, 'crossvm_timeout', 'message_id'), String(id));
    const cb = results.finalize_block_events.find((e: any) => e.type === 'crossvm_callback');
    assert.ok(cb, 'a crossvm_callback block event');
    // The callback saw status 5 (TIMED_OUT): the loan expired and the fee went back.
    assert.equal((await loanOf(lending, id)).state, Loan.Expired);
    assert.equal(await balance(carol), c0 - receipt.fee, 'only the gas of the request tx is gone');
    assert.equal(await balance(lending), l0, 'the escrow came back in full and the fee went back out');
    assert.equal(await lending.pendingCount(), 0n);

    await setParams(node, { enabled: true });
  });
});
