import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { address, createSolanaRpc, getBase64EncodedWireTransaction, signature as kitSignature, type Rpc, type SolanaRpcApi } from '@solana/kit';
import {
  Connection,
  Keypair,
  LAMPORTS_PER_SOL,
  type ParsedAccountData,
  type ParsedInstruction,
  PublicKey,
  SystemProgram,
  TransactionMessage,
  VersionedTransaction,
} from '@solana/web3.js';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { startNode, type TestNode } from '../helpers/node.ts';
import { ACCOUNT_SIZE, MINT_SIZE, TOKEN_PROGRAM, approve, createTokenProgramAccount, initializeAccount, initializeMint, mintTo, signedTx, transferChecked } from '../svm/spl-web3.ts';

/**
 * Every Solana HTTP method of https://solana.com/docs/rpc/http (and the WebSocket ones, see
 * tests/svm/subscriptions.test.ts), asked of the node; each one served is called through @solana/web3.js
 * 1.x's Connection and @solana/kit's createSolanaRpc, whose parsers must accept the answer, and the values
 * are checked. The counts go to docs/conformance.md ("## Solana RPC").
 */
const SOLANA_HTTP_METHODS = [
  'getAccountInfo', 'getBalance', 'getBlock', 'getBlockCommitment', 'getBlockHeight', 'getBlockProduction', 'getBlocks',
  'getBlocksWithLimit', 'getBlockTime', 'getClusterNodes', 'getEpochInfo', 'getEpochSchedule', 'getFeeForMessage',
  'getFirstAvailableBlock', 'getGenesisHash', 'getHealth', 'getHighestSnapshotSlot', 'getIdentity', 'getInflationGovernor',
  'getInflationRate', 'getInflationReward', 'getLargestAccounts', 'getLatestBlockhash', 'getLeaderSchedule',
  'getMaxRetransmitSlot', 'getMaxShredInsertSlot', 'getMinimumBalanceForRentExemption', 'getMultipleAccounts',
  'getProgramAccounts', 'getRecentPerformanceSamples', 'getRecentPrioritizationFees', 'getSignaturesForAddress',
  'getSignatureStatuses', 'getSlot', 'getSlotLeader', 'getSlotLeaders', 'getStakeMinimumDelegation', 'getSupply',
  'getTokenAccountBalance', 'getTokenAccountsByDelegate', 'getTokenAccountsByOwner', 'getTokenLargestAccounts',
  'getTokenSupply', 'getTransaction', 'getTransactionCount', 'getVersion', 'getVoteAccounts', 'isBlockhashValid',
  'minimumLedgerSlot', 'requestAirdrop', 'sendTransaction', 'simulateTransaction',
];

/** Served methods @solana/web3.js 1.98's Connection has no method for (asked through kit only). */
const WEB3_HAS_NO_METHOD = ['getHealth', 'getIdentity', 'getBlocksWithLimit', 'getTokenAccountsByDelegate', 'getBlockCommitment', 'getMaxRetransmitSlot', 'getMaxShredInsertSlot'];

describe('Solana RPC conformance: every served method through @solana/web3.js 1.x and @solana/kit', () => {
  let node: TestNode;
  let http = '';
  let conn: Connection;
  let rpc: Rpc<SolanaRpcApi>;
  const payer = Keypair.generate();
  const owner = Keypair.generate();
  const mint = Keypair.generate();
  const holderA = Keypair.generate();
  const holderB = Keypair.generate();
  const delegate = Keypair.generate();
  const wallet = Keypair.generate().publicKey;
  const sigs: Record<string, string> = {};
  const web3Ok = new Set<string>();
  const kitOk = new Set<string>();
  const served: string[] = [];

  const rawCall = async (method: string, params: unknown[]) => {
    const r = await fetch(http, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    return ((await r.json()) as { result: any }).result;
  };
  const confirm = async (sig: string) => {
    for (let i = 0; i < 300; i++) {
      const s = (await conn.getSignatureStatuses([sig])).value[0];
      if (s) return s;
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`${sig} not processed`);
  };

  before(async () => {
    node = await startNode({ blockTime: '100ms' });
    http = `http://${node.ports['svm-rpc.address']}`;
    conn = new Connection(http, { commitment: 'confirmed', wsEndpoint: `ws://${node.ports['svm-rpc.address']}` });
    rpc = createSolanaRpc(http);
    sigs.airdrop = await conn.requestAirdrop(payer.publicKey, 20 * LAMPORTS_PER_SOL);
    await confirm(sigs.airdrop);
    const setup = await signedTx(
      conn,
      payer,
      [
        await createTokenProgramAccount(conn, payer.publicKey, mint.publicKey, MINT_SIZE),
        initializeMint(mint.publicKey, 6, payer.publicKey),
        await createTokenProgramAccount(conn, payer.publicKey, holderA.publicKey, ACCOUNT_SIZE),
        initializeAccount(holderA.publicKey, mint.publicKey, owner.publicKey),
        await createTokenProgramAccount(conn, payer.publicKey, holderB.publicKey, ACCOUNT_SIZE),
        initializeAccount(holderB.publicKey, mint.publicKey, owner.publicKey),
        mintTo(mint.publicKey, holderA.publicKey, payer.publicKey, 5_000_000n),
        approve(holderA.publicKey, delegate.publicKey, owner.publicKey, 400_000n),
      ],
      [mint, holderA, holderB, owner],
    );
    sigs.setup = await conn.sendRawTransaction(setup.serialize());
    assert.equal((await confirm(sigs.setup)).err, null);
    const move = await signedTx(conn, payer, [transferChecked(holderA.publicKey, mint.publicKey, holderB.publicKey, owner.publicKey, 1_250_000n, 6)], [owner]);
    sigs.token = await conn.sendRawTransaction(move.serialize());
    assert.equal((await confirm(sigs.token)).err, null);
    sigs.transfer = await conn.sendRawTransaction((await signedTx(conn, payer, [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: wallet, lamports: 3_000_000 })])).serialize());
    await confirm(sigs.transfer);
    for (const m of SOLANA_HTTP_METHODS) {
      const r = await fetch(http, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: m, params: [] }) });
      const body = (await r.json()) as { error?: { code: number } };
      if (body.error?.code !== -32601) served.push(m);
    }
  });
  after(async () => {
    (conn as unknown as { _rpcWebSocket?: { close(): void } })._rpcWebSocket?.close();
    const parsedBoth = served.filter((m) => web3Ok.has(m) || kitOk.has(m));
    console.log(
      `Solana RPC conformance: ${served.length} of ${SOLANA_HTTP_METHODS.length} HTTP methods served; web3.js 1.x parsed ${[...web3Ok].filter((m) => served.includes(m)).length} (of the ${served.filter((m) => !WEB3_HAS_NO_METHOD.includes(m)).length} it has a method for), @solana/kit parsed ${[...kitOk].filter((m) => served.includes(m)).length} (${parsedBoth.length} by at least one); not served: ${SOLANA_HTTP_METHODS.filter((m) => !served.includes(m)).join(', ')}`,
    );
    await node?.stop();
  });

  it('web3.js: accounts, parsed accounts and the token queries', async () => {
    const acc = await conn.getAccountInfo(holderA.publicKey);
    assert.ok(acc?.owner.equals(TOKEN_PROGRAM));
    assert.equal(acc!.data.length, ACCOUNT_SIZE);
    web3Ok.add('getAccountInfo');
    const parsed = await conn.getParsedAccountInfo(holderA.publicKey);
    const pd = parsed.value!.data as ParsedAccountData;
    assert.equal(pd.program, 'spl-token');
    assert.equal(pd.space, ACCOUNT_SIZE);
    assert.equal(pd.parsed.type, 'account');
    assert.deepEqual(pd.parsed.info.tokenAmount, { amount: '3750000', decimals: 6, uiAmount: 3.75, uiAmountString: '3.75' });
    assert.equal(pd.parsed.info.owner, owner.publicKey.toBase58());
    assert.equal(pd.parsed.info.mint, mint.publicKey.toBase58());
    assert.equal(pd.parsed.info.state, 'initialized');
    assert.equal(pd.parsed.info.delegate, delegate.publicKey.toBase58());
    assert.equal(pd.parsed.info.delegatedAmount.amount, '400000');
    const pm = (await conn.getParsedAccountInfo(mint.publicKey)).value!.data as ParsedAccountData;
    assert.deepEqual(pm.parsed, { type: 'mint', info: { mintAuthority: payer.publicKey.toBase58(), supply: '5000000', decimals: 6, isInitialized: true, freezeAuthority: null } });
    // a wallet (no program to parse it) comes back as raw bytes
    assert.ok(Buffer.isBuffer((await conn.getParsedAccountInfo(payer.publicKey)).value!.data));
    assert.equal(await conn.getBalance(wallet), 3_000_000);
    web3Ok.add('getBalance');
    const multi = await conn.getMultipleParsedAccounts([mint.publicKey, holderB.publicKey, Keypair.generate().publicKey]);
    assert.equal((multi.value[0]!.data as ParsedAccountData).parsed.type, 'mint');
    assert.equal((multi.value[1]!.data as ParsedAccountData).parsed.info.tokenAmount.amount, '1250000');
    assert.equal(multi.value[2], null);
    assert.equal((await conn.getMultipleAccountsInfo([mint.publicKey]))[0]!.data.length, MINT_SIZE);
    web3Ok.add('getMultipleAccounts');
    const holders = await conn.getParsedProgramAccounts(TOKEN_PROGRAM, { filters: [{ dataSize: ACCOUNT_SIZE }, { memcmp: { offset: 0, bytes: mint.publicKey.toBase58() } }] });
    assert.deepEqual(holders.map((h) => h.pubkey.toBase58()).sort(), [holderA.publicKey.toBase58(), holderB.publicKey.toBase58()].sort());
    assert.equal((await conn.getProgramAccounts(TOKEN_PROGRAM, { filters: [{ dataSize: MINT_SIZE }, { memcmp: { offset: 4, bytes: payer.publicKey.toBase58() } }] })).length, 1);
    web3Ok.add('getProgramAccounts');
    const byOwner = await conn.getParsedTokenAccountsByOwner(owner.publicKey, { mint: mint.publicKey });
    assert.deepEqual(
      byOwner.value.map((v) => [v.pubkey.toBase58(), (v.account.data as ParsedAccountData).parsed.info.tokenAmount.uiAmountString]).sort(),
      [[holderA.publicKey.toBase58(), '3.75'], [holderB.publicKey.toBase58(), '1.25']].sort(),
    );
    const raw = await conn.getTokenAccountsByOwner(owner.publicKey, { programId: TOKEN_PROGRAM });
    assert.equal(raw.value.length, 2);
    assert.equal(raw.value[0]!.account.data.length, ACCOUNT_SIZE);
    assert.equal((await conn.getTokenAccountsByOwner(payer.publicKey, { programId: TOKEN_PROGRAM })).value.length, 0);
    web3Ok.add('getTokenAccountsByOwner');
    assert.deepEqual((await conn.getTokenAccountBalance(holderB.publicKey)).value, { amount: '1250000', decimals: 6, uiAmount: 1.25, uiAmountString: '1.25' });
    web3Ok.add('getTokenAccountBalance');
    assert.deepEqual((await conn.getTokenSupply(mint.publicKey)).value, { amount: '5000000', decimals: 6, uiAmount: 5, uiAmountString: '5' });
    web3Ok.add('getTokenSupply');
    await assert.rejects(conn.getTokenAccountBalance(mint.publicKey), /not a Token account/);
    await assert.rejects(conn.getTokenSupply(holderA.publicKey), /not a Token mint/);
    await assert.rejects(conn.getTokenAccountsByOwner(owner.publicKey, { programId: SystemProgram.programId }), /unrecognized Token program id/);
  });

  it('web3.js: getParsedTransaction and getTransaction for System and SPL Token instructions', async () => {
    const t = await conn.getParsedTransaction(sigs.token, { maxSupportedTransactionVersion: 0 });
    assert.ok(t);
    const ix = t.transaction.message.instructions[0] as ParsedInstruction;
    assert.equal(ix.program, 'spl-token');
    assert.ok(ix.programId.equals(TOKEN_PROGRAM));
    assert.deepEqual(ix.parsed, {
      type: 'transferChecked',
      info: {
        source: holderA.publicKey.toBase58(),
        mint: mint.publicKey.toBase58(),
        destination: holderB.publicKey.toBase58(),
        authority: owner.publicKey.toBase58(),
        tokenAmount: { amount: '1250000', decimals: 6, uiAmount: 1.25, uiAmountString: '1.25' },
      },
    });
    const keys = t.transaction.message.accountKeys;
    assert.ok(keys[0]!.pubkey.equals(payer.publicKey) && keys[0]!.signer && keys[0]!.writable);
    assert.equal(t.meta?.err, null);
    assert.equal(t.meta?.fee, 10_000);
    const s = await conn.getParsedTransaction(sigs.setup, { maxSupportedTransactionVersion: 0 });
    const types = s!.transaction.message.instructions.map((i) => ('parsed' in i ? `${i.program}:${i.parsed.type}` : 'raw'));
    assert.deepEqual(types, ['system:createAccount', 'spl-token:initializeMint', 'system:createAccount', 'spl-token:initializeAccount', 'system:createAccount', 'spl-token:initializeAccount', 'spl-token:mintTo', 'spl-token:approve']);
    const create = s!.transaction.message.instructions[0] as ParsedInstruction;
    assert.deepEqual(create.parsed.info, { source: payer.publicKey.toBase58(), newAccount: mint.publicKey.toBase58(), lamports: await conn.getMinimumBalanceForRentExemption(MINT_SIZE), space: MINT_SIZE, owner: TOKEN_PROGRAM.toBase58() });
    const tr = await conn.getParsedTransaction(sigs.transfer, { maxSupportedTransactionVersion: 0 });
    assert.deepEqual((tr!.transaction.message.instructions[0] as ParsedInstruction).parsed, { type: 'transfer', info: { source: payer.publicKey.toBase58(), destination: wallet.toBase58(), lamports: 3_000_000 } });
    const plain = await conn.getTransaction(sigs.transfer, { maxSupportedTransactionVersion: 0 });
    assert.equal(plain?.meta?.postBalances[1], 3_000_000);
    assert.equal(plain?.version, 'legacy');
    web3Ok.add('getTransaction');
  });

  it('web3.js: blocks, history, epoch info, signatures and the chain queries', async () => {
    const st = (await conn.getSignatureStatuses([sigs.token, sigs.transfer])).value;
    web3Ok.add('getSignatureStatuses');
    const slot = st[0]!.slot;
    const block = await conn.getBlock(slot, { maxSupportedTransactionVersion: 0 });
    assert.ok(block);
    assert.equal(block.parentSlot, slot - 1);
    assert.ok(block.transactions.some((t) => t.transaction.signatures[0] === sigs.token));
    assert.equal((block as unknown as { blockHeight: number }).blockHeight, slot);
    const prev = await conn.getBlock(slot - 1, { maxSupportedTransactionVersion: 0 });
    assert.equal(block.previousBlockhash, prev!.blockhash);
    const parsedBlock = await conn.getParsedBlock(slot, { maxSupportedTransactionVersion: 0 });
    const pix = (parsedBlock.transactions as unknown as Array<{ transaction: { signatures: string[]; message: { instructions: ParsedInstruction[] } } }>).find((t) => t.transaction.signatures[0] === sigs.token)!.transaction.message.instructions[0]!;
    assert.equal(pix.parsed.type, 'transferChecked');
    // (web3.js 1.x's getBlock has no parser for "signatures": asked directly)
    const sigOnly = await rawCall('getBlock', [slot, { maxSupportedTransactionVersion: 0, transactionDetails: 'signatures', rewards: false }]);
    assert.ok(sigOnly.signatures.includes(sigs.token));
    assert.equal(sigOnly.transactions, undefined);
    assert.equal(sigOnly.rewards, undefined);
    const accountsOnly = await conn.getBlock(slot, { maxSupportedTransactionVersion: 0, transactionDetails: 'accounts' });
    assert.ok((accountsOnly as unknown as { transactions: Array<{ transaction: { accountKeys: unknown[] } }> }).transactions[0]!.transaction.accountKeys.length > 0);
    const none = await conn.getBlock(slot, { maxSupportedTransactionVersion: 0, transactionDetails: 'none' });
    assert.equal(typeof none!.blockhash, 'string');
    await assert.rejects(conn.getBlock((await conn.getSlot()) + 1000, { maxSupportedTransactionVersion: 0 }), /Block not available/);
    web3Ok.add('getBlock');
    const time = await conn.getBlockTime(slot);
    assert.equal(time, block.blockTime);
    assert.ok(Math.abs(time! - Date.now() / 1000) < 120);
    web3Ok.add('getBlockTime');
    assert.deepEqual(await conn.getBlocks(slot - 2, slot), [slot - 2, slot - 1, slot]);
    web3Ok.add('getBlocks');
    // getSignaturesForAddress: newest first, before/until/limit
    const all = await conn.getSignaturesForAddress(payer.publicKey);
    assert.deepEqual(all.map((s) => s.signature), [sigs.transfer, sigs.token, sigs.setup, sigs.airdrop]);
    assert.equal(all[0]!.confirmationStatus, 'finalized');
    assert.equal(all[0]!.err, null);
    assert.equal(all[1]!.slot, slot);
    assert.deepEqual((await conn.getSignaturesForAddress(payer.publicKey, { limit: 2 })).map((s) => s.signature), [sigs.transfer, sigs.token]);
    assert.deepEqual((await conn.getSignaturesForAddress(payer.publicKey, { before: sigs.token })).map((s) => s.signature), [sigs.setup, sigs.airdrop]);
    assert.deepEqual((await conn.getSignaturesForAddress(payer.publicKey, { until: sigs.setup })).map((s) => s.signature), [sigs.transfer, sigs.token]);
    assert.deepEqual((await conn.getSignaturesForAddress(mint.publicKey)).map((s) => s.signature), [sigs.token, sigs.setup]);
    web3Ok.add('getSignaturesForAddress');
    const epoch = await conn.getEpochInfo();
    assert.equal(typeof epoch.transactionCount, 'number');
    assert.ok(epoch.transactionCount! >= 4, 'the airdrop, the setup, the token move and the transfer');
    assert.equal(epoch.transactionCount, await conn.getTransactionCount());
    web3Ok.add('getEpochInfo').add('getTransactionCount');
    for (const [m, f] of [
      ['getSlot', () => conn.getSlot()],
      ['getBlockHeight', () => conn.getBlockHeight()],
      ['getFirstAvailableBlock', () => conn.getFirstAvailableBlock()],
      ['minimumLedgerSlot', () => conn.getMinimumLedgerSlot()],
      ['getGenesisHash', () => conn.getGenesisHash()],
      ['getVersion', () => conn.getVersion()],
      ['getRecentPrioritizationFees', () => conn.getRecentPrioritizationFees()],
      ['getMinimumBalanceForRentExemption', () => conn.getMinimumBalanceForRentExemption(165)],
    ] as const) {
      assert.notEqual(await (f as () => Promise<unknown>)(), undefined);
      web3Ok.add(m);
    }
    const bh = await conn.getLatestBlockhash();
    web3Ok.add('getLatestBlockhash');
    assert.equal((await conn.isBlockhashValid(bh.blockhash)).value, true);
    web3Ok.add('isBlockhashValid');
    const msg = new TransactionMessage({ payerKey: payer.publicKey, recentBlockhash: bh.blockhash, instructions: [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: wallet, lamports: 1 })] }).compileToV0Message();
    assert.equal((await conn.getFeeForMessage(msg)).value, 5000);
    web3Ok.add('getFeeForMessage');
    web3Ok.add('requestAirdrop').add('sendTransaction');
  });

  it('web3.js simulateTransaction: replaceRecentBlockhash, balances, fee, inner instructions, accounts', async () => {
    // a transaction over a blockhash the node never made: only replaceRecentBlockhash lets it run
    const msg = new TransactionMessage({
      payerKey: payer.publicKey,
      recentBlockhash: new PublicKey(new Uint8Array(32).fill(9)).toBase58(),
      instructions: [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: wallet, lamports: 1_000 })],
    }).compileToV0Message();
    const vtx = new VersionedTransaction(msg);
    vtx.sign([payer]);
    const stale = await conn.simulateTransaction(vtx, { sigVerify: false });
    assert.equal(stale.value.err, 'BlockhashNotFound');
    const sim = await conn.simulateTransaction(vtx, { replaceRecentBlockhash: true, innerInstructions: true, accounts: { encoding: 'base64', addresses: [wallet.toBase58()] } });
    assert.equal(sim.value.err, null);
    assert.equal(sim.value.accounts![0]!.lamports, 3_001_000);
    assert.deepEqual(sim.value.innerInstructions, []);
    web3Ok.add('simulateTransaction');
    // the newer fields, as the node sends them (web3.js 1.x does not surface them)
    const raw = await fetch(http, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'simulateTransaction', params: [Buffer.from(vtx.serialize()).toString('base64'), { encoding: 'base64', replaceRecentBlockhash: true }] }),
    });
    const v = ((await raw.json()) as { result: { value: any } }).result.value;
    const latest = await conn.getLatestBlockhash();
    assert.equal(typeof v.replacementBlockhash.blockhash, 'string');
    assert.ok(Math.abs(v.replacementBlockhash.lastValidBlockHeight - latest.lastValidBlockHeight) <= 5);
    assert.equal(v.fee, 5000);
    assert.equal(v.preBalances[1], 3_000_000);
    assert.equal(v.postBalances[1], 3_001_000);
    assert.equal(v.postBalances[0], v.preBalances[0] - 1_000 - 5000);
    assert.equal(typeof v.loadedAccountsDataSize, 'number');
  });

  it('web3.js: the cluster as one validator (schedule, leaders, nodes, votes, inflation, production) and the largest holders', async () => {
    const identity = (await rawCall('getIdentity', [])).identity as string;
    const schedule = await conn.getEpochSchedule();
    assert.equal(schedule.slotsPerEpoch, (await conn.getEpochInfo()).slotsInEpoch);
    web3Ok.add('getEpochSchedule');
    assert.equal(await conn.getSlotLeader(), identity);
    web3Ok.add('getSlotLeader');
    const leaders = await conn.getSlotLeaders(1, 3);
    assert.deepEqual(leaders.map((l) => l.toBase58()), [identity, identity, identity]);
    web3Ok.add('getSlotLeaders');
    const nodes = await conn.getClusterNodes();
    assert.deepEqual([nodes.length, nodes[0]!.pubkey, nodes[0]!.rpc], [1, identity, node.ports['svm-rpc.address']]);
    web3Ok.add('getClusterNodes');
    assert.deepEqual(await conn.getVoteAccounts(), { current: [], delinquent: [] });
    web3Ok.add('getVoteAccounts');
    assert.equal((await conn.getInflationGovernor()).initial, 0);
    web3Ok.add('getInflationGovernor');
    assert.equal((await conn.getInflationRate()).total, 0);
    web3Ok.add('getInflationRate');
    assert.deepEqual(await conn.getInflationReward([payer.publicKey]), [null]);
    web3Ok.add('getInflationReward');
    const prod = await conn.getBlockProduction();
    const [leaderSlots, produced] = prod.value.byIdentity[identity]!;
    assert.equal(leaderSlots, produced);
    assert.equal(prod.value.range.lastSlot + 1, leaderSlots);
    web3Ok.add('getBlockProduction');
    const largest = await conn.getTokenLargestAccounts(mint.publicKey);
    assert.deepEqual(largest.value.map((l) => [l.address.toBase58(), l.amount, l.uiAmountString]), [
      [holderA.publicKey.toBase58(), '3750000', '3.75'],
      [holderB.publicKey.toBase58(), '1250000', '1.25'],
    ]);
    web3Ok.add('getTokenLargestAccounts');
  });

  it('@solana/kit: every served method parses, with the same values', async () => {
    const a = address;
    const slot = (await rpc.getSignatureStatuses([kitSignature(sigs.token)]).send()).value[0]!.slot;
    kitOk.add('getSignatureStatuses');
    const info = await rpc.getAccountInfo(a(holderA.publicKey.toBase58()), { encoding: 'jsonParsed' }).send();
    const data = info.value!.data as unknown as { parsed: { type: string; info: { tokenAmount: { amount: string } } } };
    assert.equal(data.parsed.info.tokenAmount.amount, '3750000');
    kitOk.add('getAccountInfo');
    assert.equal((await rpc.getBalance(a(wallet.toBase58())).send()).value, 3_000_000n);
    kitOk.add('getBalance');
    const block = await rpc.getBlock(slot, { maxSupportedTransactionVersion: 0, encoding: 'jsonParsed' }).send();
    assert.ok(block!.transactions.some((t) => t.transaction.signatures[0] === sigs.token));
    assert.equal(block!.parentSlot, slot - 1n);
    kitOk.add('getBlock');
    assert.deepEqual(await rpc.getBlocks(slot - 1n, slot).send(), [slot - 1n, slot]);
    kitOk.add('getBlocks');
    assert.deepEqual(await rpc.getBlocksWithLimit(slot, 2).send(), [slot, slot + 1n]);
    kitOk.add('getBlocksWithLimit');
    assert.equal(typeof (await rpc.getBlockTime(slot).send()), 'bigint');
    kitOk.add('getBlockTime');
    const epoch = await rpc.getEpochInfo().send();
    assert.equal(typeof epoch.transactionCount, 'bigint');
    kitOk.add('getEpochInfo');
    assert.equal(await rpc.getTransactionCount().send(), epoch.transactionCount);
    kitOk.add('getTransactionCount');
    const hist = await rpc.getSignaturesForAddress(a(payer.publicKey.toBase58()), { limit: 1 }).send();
    assert.equal(hist[0]!.signature, sigs.transfer);
    kitOk.add('getSignaturesForAddress');
    const tx = await rpc.getTransaction(kitSignature(sigs.token), { maxSupportedTransactionVersion: 0, encoding: 'jsonParsed' }).send();
    const kix = tx!.transaction.message.instructions[0] as unknown as { program: string; parsed: { type: string } };
    assert.deepEqual([kix.program, kix.parsed.type], ['spl-token', 'transferChecked']);
    kitOk.add('getTransaction');
    const owned = await rpc.getTokenAccountsByOwner(a(owner.publicKey.toBase58()), { mint: a(mint.publicKey.toBase58()) }, { encoding: 'jsonParsed' }).send();
    assert.equal(owned.value.length, 2);
    kitOk.add('getTokenAccountsByOwner');
    assert.equal((await rpc.getTokenAccountBalance(a(holderA.publicKey.toBase58())).send()).value.uiAmountString, '3.75');
    kitOk.add('getTokenAccountBalance');
    assert.equal((await rpc.getTokenSupply(a(mint.publicKey.toBase58())).send()).value.amount, '5000000');
    kitOk.add('getTokenSupply');
    const progs = await rpc.getProgramAccounts(a(TOKEN_PROGRAM.toBase58()), { encoding: 'jsonParsed', filters: [{ dataSize: BigInt(MINT_SIZE) }] }).send();
    assert.ok(progs.some((p) => p.pubkey === mint.publicKey.toBase58()));
    kitOk.add('getProgramAccounts');
    const multi = await rpc.getMultipleAccounts([a(mint.publicKey.toBase58())], { encoding: 'base64' }).send();
    assert.equal(multi.value[0]!.space, BigInt(MINT_SIZE));
    kitOk.add('getMultipleAccounts');
    const bh = await rpc.getLatestBlockhash().send();
    kitOk.add('getLatestBlockhash');
    assert.equal((await rpc.isBlockhashValid(bh.value.blockhash).send()).value, true);
    kitOk.add('isBlockhashValid');
    for (const [m, f] of [
      ['getHealth', () => rpc.getHealth().send()],
      ['getVersion', () => rpc.getVersion().send()],
      ['getSlot', () => rpc.getSlot().send()],
      ['getBlockHeight', () => rpc.getBlockHeight().send()],
      ['getGenesisHash', () => rpc.getGenesisHash().send()],
      ['getIdentity', () => rpc.getIdentity().send()],
      ['getFirstAvailableBlock', () => rpc.getFirstAvailableBlock().send()],
      ['minimumLedgerSlot', () => rpc.minimumLedgerSlot().send()],
      ['getRecentPrioritizationFees', () => rpc.getRecentPrioritizationFees().send()],
      ['getMinimumBalanceForRentExemption', () => rpc.getMinimumBalanceForRentExemption(165n).send()],
    ] as const) {
      assert.notEqual(await (f as () => Promise<unknown>)(), undefined);
      kitOk.add(m);
    }
    const delegated = await rpc.getTokenAccountsByDelegate(a(delegate.publicKey.toBase58()), { programId: a(TOKEN_PROGRAM.toBase58()) }, { encoding: 'jsonParsed' }).send();
    assert.deepEqual(delegated.value.map((v) => v.pubkey), [holderA.publicKey.toBase58()]);
    kitOk.add('getTokenAccountsByDelegate');
    assert.deepEqual(await rpc.getBlockCommitment(slot).send(), { commitment: null, totalStake: 0n });
    kitOk.add('getBlockCommitment');
    const tip = await rpc.getSlot().send();
    assert.ok((await rpc.getMaxRetransmitSlot().send()) >= tip);
    kitOk.add('getMaxRetransmitSlot');
    assert.ok((await rpc.getMaxShredInsertSlot().send()) >= tip);
    kitOk.add('getMaxShredInsertSlot');
    for (const [m, f] of [
      ['getEpochSchedule', () => rpc.getEpochSchedule().send()],
      ['getSlotLeader', () => rpc.getSlotLeader().send()],
      ['getSlotLeaders', () => rpc.getSlotLeaders(1n, 2).send()],
      ['getClusterNodes', () => rpc.getClusterNodes().send()],
      ['getVoteAccounts', () => rpc.getVoteAccounts().send()],
      ['getInflationGovernor', () => rpc.getInflationGovernor().send()],
      ['getInflationRate', () => rpc.getInflationRate().send()],
      ['getInflationReward', () => rpc.getInflationReward([a(payer.publicKey.toBase58())]).send()],
      ['getBlockProduction', () => rpc.getBlockProduction().send()],
      ['getTokenLargestAccounts', () => rpc.getTokenLargestAccounts(a(mint.publicKey.toBase58())).send()],
    ] as const) {
      assert.notEqual(await (f as () => Promise<unknown>)(), undefined);
      kitOk.add(m);
    }
    // simulate with kit: the replacement blockhash and the balances, typed
    const vtx = new VersionedTransaction(
      new TransactionMessage({ payerKey: payer.publicKey, recentBlockhash: bh.value.blockhash, instructions: [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: wallet, lamports: 1 })] }).compileToV0Message(),
    );
    vtx.sign([payer]);
    const wire = Buffer.from(vtx.serialize()).toString('base64') as ReturnType<typeof getBase64EncodedWireTransaction>;
    const sim = await rpc.simulateTransaction(wire, { encoding: 'base64', replaceRecentBlockhash: true }).send();
    assert.equal(sim.value.err, null);
    assert.equal(typeof sim.value.replacementBlockhash.blockhash, 'string');
    assert.equal(sim.value.fee, 5000n);
    assert.deepEqual(sim.value.postBalances?.slice(1, 2), [3_000_001n]);
    kitOk.add('simulateTransaction');
    const fee = await rpc.getFeeForMessage(Buffer.from(vtx.message.serialize()).toString('base64') as never).send();
    assert.equal(fee.value, 5000n);
    kitOk.add('getFeeForMessage');
    const sent = await rpc.sendTransaction(wire, { encoding: 'base64' }).send();
    assert.equal(sent, encodeBase58(vtx.signatures[0]!));
    kitOk.add('sendTransaction');
    const drop = await rpc.requestAirdrop(a(Keypair.generate().publicKey.toBase58()), 1_000_000n as never).send();
    assert.equal(typeof drop, 'string');
    kitOk.add('requestAirdrop');
    for (const m of kitOk) assert.ok(served.includes(m), `${m} is served`);
  });

  it('every served method parsed through kit, and through web3.js wherever web3.js has a method for it', () => {
    assert.deepEqual(served.filter((m) => !kitOk.has(m)), []);
    assert.deepEqual(served.filter((m) => !web3Ok.has(m) && !WEB3_HAS_NO_METHOD.includes(m)), []);
    assert.ok(served.length >= 46, `${served.length} served`);
  });
});
