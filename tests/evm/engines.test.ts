import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { AbiCoder, Interface, Wallet, getBytes, hexlify, keccak256, toUtf8Bytes } from 'ethers';
import { Context } from '../../core/types/context.ts';
import { event } from '../../core/types/events.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import type { EvmEngineName } from '../../x/evm/executor/executor.ts';
import { RevmExecutor } from '../../x/evm/executor/revm/revm-executor.ts';
import { PrecompileRegistry } from '../../x/evm/precompiles/index.ts';
import { decodeEthTx } from '../../x/evm/tx/decode.ts';
import { StoreKeys } from '../../x/evm/types/index.ts';
import { compileSolidity, erc20Artifact, makeEnv } from './helpers.ts';

// The two EVM engines side by side: every scenario runs on a fresh chain state per engine, from the same
// signed txs in the same blocks, and every outcome (status, gas, return data, logs, errors, created address)
// and the whole store afterwards (what the app hash commits to) must be byte for byte the same.

const SOURCE = `
pragma solidity ^0.8.24;
contract Child {
  uint256 public v;
  constructor(uint256 x) payable { v = x; }
  function kill(address payable to) external { selfdestruct(to); }
}
contract Reverting { constructor() { revert("no deploy"); } }
contract Probe {
  uint256[] public arr;
  mapping(uint256 => uint256) public m;
  event Ev(uint256 indexed a, bytes32 b, address c);
  error Custom(uint256 code);
  function env() external payable returns (bytes32 r) {
    bytes32 b1 = keccak256(abi.encode(block.number, block.timestamp, block.coinbase, block.basefee, tx.gasprice, block.chainid, address(this).balance));
    bytes32 b2 = keccak256(abi.encode(block.gaslimit, block.prevrandao, blockhash(block.number - 1), blockhash(block.number - 2), blockhash(block.number)));
    r = keccak256(abi.encode(b1, b2, tx.origin, msg.sender, gasleft()));
    emit Ev(block.number, r, msg.sender);
  }
  function writes(uint256 n) external { for (uint256 i = 0; i < n; i++) m[i] = i + 1; }
  function clears(uint256 n) external { for (uint256 i = 0; i < n; i++) delete m[i]; }
  function create(uint256 x) external payable returns (address a, address b) {
    a = address(new Child{value: msg.value / 2}(x));
    b = address(new Child{salt: bytes32(x)}(x + 1));
  }
  function createAndKill(address payable to) external payable { Child c = new Child{value: msg.value}(7); c.kill(to); }
  function killOld(address c, address payable to) external { Child(c).kill(to); }
  function pay(address payable to, uint256 amount) external payable { (bool ok, ) = to.call{value: amount}(""); require(ok, "pay failed"); }
  function fail(uint256 kind) external pure returns (uint256) {
    if (kind == 0) revert("plain reason");
    if (kind == 1) revert Custom(42);
    if (kind == 2) { uint256 z = kind - 2; return 1 / z; }
    if (kind == 3) { assembly { invalid() } }
    if (kind == 4) { while (true) {} }
    return kind;
  }
  function tryStaticWrite() external returns (bool ok) { (ok, ) = address(this).staticcall(abi.encodeWithSignature("writes(uint256)", 1)); }
  function transient(uint256 x) external returns (uint256 y) { assembly { tstore(0, x) y := tload(0) } }
  function precompiles() external returns (bytes32 h) {
    address r = ecrecover(keccak256("m"), 27, bytes32(uint256(1)), bytes32(uint256(2)));
    bytes32 s = sha256("abc");
    bytes20 rip = ripemd160("abc");
    (bool ok, bytes memory id) = address(4).call("hello");
    (bool ok2, bytes memory mx) = address(5).call(abi.encodePacked(uint256(1), uint256(1), uint256(1), uint8(3), uint8(2), uint8(5)));
    h = keccak256(abi.encode(r, s, rip, ok, id, ok2, mx));
    emit Ev(0, h, r);
  }
  function codeInfo(address a) external view returns (bytes32, uint256, uint256) { return (a.codehash, a.code.length, a.balance); }
  function push(uint256 n) external { for (uint256 i; i < n; i++) arr.push(i); }
  function deep(uint256 n) external returns (uint256) { if (n == 0) return 0; return this.deep(n - 1) + 1; }
}
contract HostCaller {
  uint256 public touched;
  function callIt(address p, bytes calldata data) external payable returns (bool ok, bytes memory ret) {
    touched += 1;
    (ok, ret) = p.call{value: msg.value}(data);
  }
  function callThenRevert(address p, bytes calldata data) external {
    (bool ok, ) = p.call(data);
    require(ok, "inner failed");
    revert("outer revert");
  }
}`;

type Env = ReturnType<typeof makeEnv>;
type Artifacts = Record<string, { abi: any[]; bytecode: string }>;

const coder = AbiCoder.defaultAbiCoder();
const A = new Wallet('0x' + '11'.repeat(32));
const B = new Wallet('0x' + '22'.repeat(32));
const FRESH = '0x' + '5e'.repeat(20);
const HOSTED = '0x0000000000000000000000000000000000000a01';

/** Outcomes as comparable text: bigints and bytes spelled out. */
function show(v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Uint8Array) return hexlify(v);
  if (Array.isArray(v)) return v.map(show);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, show(x)]));
  return v;
}

function dump(env: Env): Array<[string, string]> {
  return [...env.store.iterate('')].map(([k, v]) => [k, hexlify(v)]);
}

/** A signed tx of any type at the sender's current nonce, executed in a block branch and committed. */
async function sendTx(env: Env, w: Wallet, req: Record<string, unknown>) {
  const nonce = Number(env.evm.getNonce(env.query(), getBytes(w.address)));
  const fees = req.type === 0 || req.type === 1 ? {} : { maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2 };
  const raw = await w.signTransaction({ chainId: 262145n, nonce, gasLimit: 3_000_000n, ...fees, ...req });
  const e = decodeEthTx(getBytes(raw));
  const { ctx, commit } = env.deliver();
  const r = await env.evm.executor.applyTransaction(ctx, e.tx, e.sender);
  commit();
  return r;
}

/** The main scenario: ERC20, environment opcodes, storage and refunds, creation and self-destruct, failures of every kind, precompiles, x/crossvm's call and eth_call. */
async function mainScenario(env: Env, art: Artifacts): Promise<Array<[string, unknown]>> {
  const out: Array<[string, unknown]> = [];
  const tx = async (name: string, w: Wallet, req: Record<string, unknown>) => {
    const r = await sendTx(env, w, req);
    out.push([name, show(r)]);
    return r;
  };
  // A tx x/evm refuses before execution: the same error, and nothing written (the store dump says so).
  const refused = async (name: string, w: Wallet, req: Record<string, unknown>) => {
    await assert.rejects(sendTx(env, w, req), (e: Error) => {
      out.push([name, e.message]);
      return true;
    });
  };
  const call = async (name: string, req: Parameters<Env['evm']['executor']['callContract']>[1]) => {
    const { ctx, commit } = env.deliver();
    const r = await env.evm.executor.callContract(ctx, req);
    commit();
    out.push([name, show({ ...r, events: ctx.events })]);
  };
  const sim = async (name: string, req: Parameters<Env['evm']['executor']['simulate']>[1]) => {
    try {
      out.push([name, show(await env.evm.executor.simulate(env.query(), req))]);
    } catch (e) {
      out.push([name, { thrown: (e as Error).message }]);
    }
  };

  env.fund(getBytes(A.address), 10_000_000n);
  env.fund(getBytes(B.address), 3_000_000n);
  // BLOCKHASH of the last blocks, as x/evm's BeginBlocker records them.
  const hashCtx = new Context(env.store, infiniteGasMeter(), { height: 1, timeMs: 0, chainId: 'x', proposer: '' }, 'deliver');
  for (let h = 1; h <= 6; h++) hashCtx.rawStore.set(StoreKeys.blockHash(h), getBytes(keccak256(toUtf8Bytes(`block ${h}`))));
  env.nextBlock();
  env.nextBlock();

  const erc = erc20Artifact();
  const token = new Interface(erc.abi);
  const deploy = await tx('erc20 deploy', A, { data: erc.bytecode + token.encodeDeploy(['Token', 'TKN', 10n ** 24n, A.address]).slice(2) });
  const tokenAddr = hexlify(deploy.contractAddress!);
  await tx('erc20 transfer', A, { to: tokenAddr, data: token.encodeFunctionData('transfer', [B.address, 12345n]) });
  await tx('erc20 transfer too much', B, { to: tokenAddr, data: token.encodeFunctionData('transfer', [A.address, 10n ** 30n]) });
  await tx('erc20 approve (legacy tx)', A, { type: 0, gasPrice: 2n * 10n ** 9n, to: tokenAddr, data: token.encodeFunctionData('approve', [B.address, 7n]) });
  await tx('erc20 transferFrom (access list tx)', B, {
    type: 1,
    gasPrice: 10n ** 9n,
    to: tokenAddr,
    data: token.encodeFunctionData('transferFrom', [A.address, B.address, 5n]),
    accessList: [{ address: tokenAddr, storageKeys: ['0x' + '00'.repeat(31) + '01'] }, { address: FRESH, storageKeys: [] }],
  });
  await sim('erc20 balanceOf', { from: getBytes(B.address), to: getBytes(tokenAddr), data: getBytes(token.encodeFunctionData('balanceOf', [B.address])), value: 0n });
  env.nextBlock();

  const probeIface = new Interface(art.Probe!.abi);
  const p = (fn: string, args: unknown[] = []) => probeIface.encodeFunctionData(fn, args);
  const probe = hexlify((await tx('probe deploy', A, { data: art.Probe!.bytecode })).contractAddress!);
  await tx('env with 1 wei', A, { to: probe, value: 1n, data: p('env') });
  await tx('writes', A, { to: probe, data: p('writes', [6]) });
  await tx('clears (refund)', A, { to: probe, data: p('clears', [4]) });
  const created = await tx('create children with value', A, { to: probe, value: 3n * 10n ** 12n + 3n, data: p('create', [5]) });
  const [childA] = coder.decode(['address', 'address'], created.returnData) as unknown as [string, string];
  await tx('create and self-destruct in one tx', A, { to: probe, value: 10n ** 12n + 5n, data: p('createAndKill', [B.address]) });
  await tx('self-destruct of an older contract (EIP-6780)', A, { to: probe, data: p('killOld', [childA, B.address]) });
  await tx('pay a fresh address', A, { to: probe, value: 9n, data: p('pay', [FRESH, 9n]) });
  await tx('pay more than held', A, { to: probe, data: p('pay', [FRESH, 10n ** 30n]) });
  for (let k = 0; k <= 5; k++) await tx(`fail(${k})`, A, { to: probe, data: p('fail', [k]), gasLimit: k === 4 ? 200_000n : 3_000_000n });
  await tx('static write attempt', A, { to: probe, data: p('tryStaticWrite') });
  await tx('transient storage', A, { to: probe, data: p('transient', [77]) });
  await tx('standard precompiles', A, { to: probe, data: p('precompiles') });
  await tx('push', A, { to: probe, data: p('push', [3]) });
  await tx('deep calls', A, { to: probe, data: p('deep', [40]) });
  await tx('out of gas at the edge', A, { to: probe, data: p('writes', [3]), gasLimit: 60_000n });
  await tx('plain value transfer', A, { to: B.address, value: 10n ** 12n + 1n });
  await tx('value to self', B, { to: B.address, value: 1n });
  await tx('value to a precompile', B, { to: '0x0000000000000000000000000000000000000004', value: 10n ** 12n, data: '0x1234' });
  await tx('reverting constructor', A, { data: art.Reverting!.bytecode });
  await tx('creation out of gas', A, { data: art.Probe!.bytecode, gasLimit: 150_000n });
  await refused('intrinsic gas too low', A, { data: art.Probe!.bytecode, gasLimit: 80_000n });
  await refused('nonce too high', A, { to: B.address, nonce: 1000 });
  await refused('insufficient funds', B, { to: A.address, value: 10n ** 30n });
  env.nextBlock();

  for (const a of [FRESH, A.address, probe, tokenAddr, childA, '0x0000000000000000000000000000000000000001']) {
    await sim(`codeInfo ${a}`, { to: getBytes(probe), data: getBytes(p('codeInfo', [a])), value: 0n });
  }
  // Every standard precompile called directly, with empty, short and well-formed-looking input.
  const pad = (n: number, fill = 0) => new Uint8Array(n).fill(fill);
  for (let i = 1; i <= 0x0a; i++) {
    const to = getBytes('0x' + i.toString(16).padStart(40, '0'));
    for (const data of [new Uint8Array(), pad(64, 1), pad(192), pad(213)]) {
      await sim(`precompile 0x${i.toString(16)} with ${data.length} bytes`, { from: getBytes(A.address), to, data, value: 0n, gasLimit: 2_000_000n });
    }
  }
  await sim('eth_call without from', { to: getBytes(probe), data: getBytes(p('env')), value: 0n });
  await sim('eth_call create', { from: getBytes(A.address), data: getBytes(art.Probe!.bytecode), value: 0n });
  await sim('eth_call out of gas', { to: getBytes(probe), data: getBytes(p('fail', [4])), value: 0n, gasLimit: 100_000n });
  await sim('eth_call intrinsic too low', { to: getBytes(probe), data: getBytes(p('env')), value: 0n, gasLimit: 1000n });
  await sim('eth_call with access list', { to: getBytes(probe), data: getBytes(p('m', [1])), value: 0n, accessList: [{ address: probe, storageKeys: ['0x' + '00'.repeat(32)] }] });

  const callReq = (data: string, extra: Partial<{ value: bigint; gasLimit: bigint; static: boolean }> = {}) => ({
    caller: getBytes(B.address),
    to: getBytes(probe),
    data: getBytes(data),
    value: 0n,
    gasLimit: 1_000_000n,
    ...extra,
  });
  await call('crossvm call writes', callReq(p('writes', [2])));
  await call('crossvm static call of a writer', callReq(p('writes', [2]), { static: true }));
  await call('crossvm call reverts', callReq(p('fail', [0])));
  await call('crossvm call out of gas', callReq(p('writes', [9]), { gasLimit: 30_000n }));
  await call('crossvm call with more value than held', callReq(p('env'), { value: 10n ** 30n }));
  await call('crossvm call with value', callReq(p('env'), { value: 10n ** 12n + 7n }));
  await call('crossvm call of an address without code', { ...callReq(p('env')), to: getBytes('0x' + '77'.repeat(20)) });
  await sim('eth_call of an address without code', { to: getBytes('0x' + '78'.repeat(20)), data: getBytes(p('env')), value: 5n });
  return out;
}

/** A JavaScript precompile in the frame's context: writes, events, reverts around it. */
async function hostedScenario(env: Env, art: Artifacts): Promise<Array<[string, unknown]>> {
  const out: Array<[string, unknown]> = [];
  env.fund(getBytes(A.address), 10_000_000n);
  const iface = new Interface(art.HostCaller!.abi);
  const deploy = await sendTx(env, A, { data: art.HostCaller!.bytecode });
  const hc = hexlify(deploy.contractAddress!);
  out.push(['deploy', show(deploy)]);
  for (const [name, fn, data] of [
    ['hosted call writes', 'callIt', '0x01'],
    ['hosted call throws', 'callIt', '0xff'],
    ['hosted write reverted by the caller', 'callThenRevert', '0x02'],
  ] as const) {
    out.push([name, show(await sendTx(env, A, { to: hc, data: iface.encodeFunctionData(fn, [HOSTED, data]) }))]);
  }
  return out;
}

function hostedRegistry(): PrecompileRegistry {
  const registry = new PrecompileRegistry();
  registry.register(HOSTED, (call) => {
    if (call.data[0] === 0xff) throw new Error('hosted boom');
    call.ctx.rawStore.set('test/hosted', call.data);
    call.ctx.emit(event('hosted_called', { caller: hexlify(call.caller) }));
    return { returnData: call.data, gasUsed: 500n };
  });
  return registry;
}

describe('EVM engines: revm and ethereumjs give the same outcomes and the same state', () => {
  let art: Artifacts;
  before(async () => {
    art = await compileSolidity({ 'Probe.sol': SOURCE });
  });

  const run = async (engine: EvmEngineName, scenario: typeof mainScenario, registry = new PrecompileRegistry()) => {
    const env = makeEnv(registry, engine);
    const outcomes = await scenario(env, art);
    return { env, outcomes, state: dump(env) };
  };

  it('every outcome and every stored byte match, and revm ran every message not sent straight to a precompile', async () => {
    const js = await run('ethereumjs', mainScenario);
    const rv = await run('revm', mainScenario);
    assert.ok(rv.env.evm.executor instanceof RevmExecutor);
    // Only messages sent straight to a standard precompile (40 eth_calls, one tx) go to ethereumjs.
    assert.equal((rv.env.evm.executor as RevmExecutor).fallbacks, 41);
    assert.equal(rv.outcomes.length, js.outcomes.length);
    for (let i = 0; i < js.outcomes.length; i++) assert.deepEqual(rv.outcomes[i], js.outcomes[i], `step ${js.outcomes[i]![0]}`);
    // The scenario really exercised the failure paths it claims to.
    const texts = js.outcomes.map(([, o]) => JSON.stringify(o));
    for (const want of ['"vmError":"revert"', '"vmError":"out of gas"', '"vmError":"invalid opcode"', 'insufficient balance', 'static state change', 'intrinsic gas too low']) {
      assert.ok(texts.some((t) => t.includes(want)), `no outcome with ${want}`);
    }
    assert.deepEqual(rv.state, js.state);
  });

  it('a message that reaches a JavaScript precompile gives the same outcome, events and state (run by ethereumjs)', async () => {
    const js = await run('ethereumjs', hostedScenario, hostedRegistry());
    const rv = await run('revm', hostedScenario, hostedRegistry());
    assert.equal((rv.env.evm.executor as RevmExecutor).fallbacks, 3);
    for (let i = 0; i < js.outcomes.length; i++) assert.deepEqual(rv.outcomes[i], js.outcomes[i], `step ${js.outcomes[i]![0]}`);
    assert.ok(rv.state.some(([k]) => k === 'test/hosted'));
    assert.deepEqual(rv.state, js.state);
  });
});
