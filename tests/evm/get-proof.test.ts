import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RLP } from '@ethereumjs/rlp';
import { KECCAK256_NULL_S, KECCAK256_RLP_S, bytesToBigInt, bytesToHex, hexToBytes } from '@ethereumjs/util';
import { AbiCoder, ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, keccak256, toBeHex, type Contract } from 'ethers';
import WebSocket from 'ws';
import { startNode, type TestNode } from '../helpers/node.ts';
import { DEV_MNEMONIC, compileSolidity } from './helpers.ts';
import { verifyProof } from './state-root-reference.ts';

const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Stash {
  uint256 public a = 42;
  uint256 public b;
  mapping(uint256 => uint256) public m;
  constructor() { b = 7; m[1] = 100; m[2] = type(uint256).max; }
  function set(uint256 k, uint256 v) external { m[k] = v; }
}`;

interface ProofResponse {
  address: string;
  accountProof: string[];
  balance: string;
  codeHash: string;
  nonce: string;
  storageHash: string;
  storageProof: Array<{ key: string; value: string; proof: string[] }>;
}

/** The storage slot of `m[k]` (mapping at slot 2). */
const mapSlot = (k: bigint) => keccak256(AbiCoder.defaultAbiCoder().encode(['uint256', 'uint256'], [k, 2n]));
const slot32 = (s: string) => '0x' + BigInt(s.startsWith('0x') ? s : '0x' + s).toString(16).padStart(64, '0');

describe('eth_getProof and the Merkle-Patricia stateRoot (a running triviumd)', () => {
  let node: TestNode;
  let provider: JsonRpcProvider;
  let url: string;
  let deployer: HDNodeWallet;
  let stash: Contract;
  let stashAddr: string;
  let deployBlock = 0;
  let setBlock = 0;
  const absent = '0x' + 'ab'.repeat(19) + 'cd';

  const call = async (method: string, params: unknown[]) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    return (await res.json()) as { result?: any; error?: { code: number; message: string } };
  };
  const result = async <T = any>(method: string, params: unknown[]): Promise<T> => {
    const r = await call(method, params);
    if (r.error) throw new Error(`${method}: ${r.error.message}`);
    return r.result as T;
  };
  const stateRoot = async (height: number): Promise<string> => (await result('eth_getBlockByNumber', [toBeHex(height), false])).stateRoot;

  /** Verifies an eth_getProof answer against `root` and the other state methods at the same block; returns it. */
  async function checkedProof(address: string, keys: string[], height: number): Promise<ProofResponse> {
    const tag = toBeHex(height);
    const p = await result<ProofResponse>('eth_getProof', [address, keys, tag]);
    const root = hexToBytes((await stateRoot(height)) as `0x${string}`);
    assert.equal(p.address, address.toLowerCase());
    const leaf = await verifyProof(root, hexToBytes(address as `0x${string}`), p.accountProof.map((x) => hexToBytes(x as `0x${string}`)));
    const code = await result<string>('eth_getCode', [address, tag]);
    assert.equal(p.balance, await result('eth_getBalance', [address, tag]));
    assert.equal(p.nonce, await result('eth_getTransactionCount', [address, tag]));
    assert.equal(p.codeHash, code === '0x' ? KECCAK256_NULL_S : keccak256(code));
    if (leaf === null) {
      assert.deepEqual([p.balance, p.nonce, p.codeHash, p.storageHash], ['0x0', '0x0', KECCAK256_NULL_S, KECCAK256_RLP_S], 'an absent account proves absent, with zero fields');
    } else {
      const [nonce, balance, storageRoot, codeHash] = RLP.decode(leaf) as Uint8Array[];
      assert.equal(bytesToBigInt(nonce!), BigInt(p.nonce));
      assert.equal(bytesToBigInt(balance!), BigInt(p.balance));
      assert.equal(bytesToHex(storageRoot!), p.storageHash);
      assert.equal(bytesToHex(codeHash!), p.codeHash);
    }
    assert.equal(p.storageProof.length, keys.length);
    for (const [i, s] of p.storageProof.entries()) {
      const slot = hexToBytes(slot32(keys[i]!) as `0x${string}`);
      const v = await verifyProof(hexToBytes(p.storageHash as `0x${string}`), slot, s.proof.map((x) => hexToBytes(x as `0x${string}`)));
      const proven = v === null ? 0n : bytesToBigInt(RLP.decode(v) as Uint8Array);
      assert.equal(BigInt(s.value), proven, `slot ${keys[i]}`);
      assert.equal(proven, BigInt(await result('eth_getStorageAt', [address, bytesToHex(slot), tag])), `slot ${keys[i]} = eth_getStorageAt`);
    }
    return p;
  }

  before(async () => {
    node = await startNode({ blockTime: '200ms' });
    url = `http://${node.ports['json-rpc.address']}`;
    provider = new JsonRpcProvider(url, undefined, { pollingInterval: 50, cacheTimeout: -1 });
    deployer = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), `m/44'/60'/0'/0/0`).connect(provider);
    const { Stash } = await compileSolidity({ 'Stash.sol': SOURCE });
    const deployed = await new ContractFactory(Stash!.abi, Stash!.bytecode, deployer).deploy();
    deployBlock = (await deployed.deploymentTransaction()!.wait())!.blockNumber;
    stash = deployed as Contract;
    stashAddr = (await deployed.getAddress()).toLowerCase();
  });
  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it('proves the deployer, the contract with its slots, and an absent address against the block stateRoot', async () => {
    const deployerProof = await checkedProof(deployer.address, [], deployBlock);
    assert.equal(deployerProof.nonce, '0x1');
    const keys = ['0x0', '0x1', mapSlot(1n), mapSlot(2n), mapSlot(3n), '0x' + '00'.repeat(31) + '05'];
    const p = await checkedProof(stashAddr, keys, deployBlock);
    assert.notEqual(p.storageHash, KECCAK256_RLP_S);
    assert.deepEqual(p.storageProof.map((s) => s.value), ['0x2a', '0x7', '0x64', '0x' + 'f'.repeat(64), '0x0', '0x0']);
    // Keys as geth echoes them: a 32-byte key as given (lower case), a shorter one as a quantity.
    assert.deepEqual(p.storageProof.map((s) => s.key), ['0x0', '0x1', mapSlot(1n), mapSlot(2n), mapSlot(3n), '0x' + '00'.repeat(31) + '05']);
    const none = await checkedProof(absent, ['0x0'], deployBlock);
    assert.deepEqual(none.storageProof, [{ key: '0x0', value: '0x0', proof: [] }]);
    assert.ok(none.accountProof.length > 0, 'a non-existence proof walks the path to where the account would be');
  });

  it('a later change gets a new root; a proof at the earlier block still verifies against that block', async () => {
    const tx = await stash.getFunction('set')(1n, 555n);
    setBlock = (await tx.wait())!.blockNumber;
    assert.notEqual(await stateRoot(setBlock), await stateRoot(deployBlock));
    const now = await checkedProof(stashAddr, [mapSlot(1n)], setBlock);
    assert.equal(now.storageProof[0]!.value, '0x22b');
    const then = await checkedProof(stashAddr, [mapSlot(1n)], deployBlock);
    assert.equal(then.storageProof[0]!.value, '0x64');
    assert.notEqual(now.storageHash, then.storageHash);
    // 'latest' and a block hash name blocks too.
    const latest = await result<ProofResponse>('eth_getProof', [stashAddr, [], 'latest']);
    assert.equal(latest.storageHash, now.storageHash);
    const hash = (await result('eth_getBlockByNumber', [toBeHex(setBlock), false])).hash;
    assert.equal((await result<ProofResponse>('eth_getProof', [stashAddr, [], { blockHash: hash }])).storageHash, now.storageHash);
  });

  it('the root changes with EVM-visible state and stays over blocks without any', async () => {
    assert.notEqual(await stateRoot(deployBlock - 1), await stateRoot(deployBlock));
    // Nothing is sent now: the blocks after the last tx are empty.
    const start = await provider.getBlockNumber();
    while ((await provider.getBlockNumber()) < start + 3) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await stateRoot(start + 2), await stateRoot(start + 1));
    assert.equal(await stateRoot(start + 3), await stateRoot(start + 1));
  });

  it('the genesis block has the root of the genesis accounts', async () => {
    const root0 = await stateRoot(0);
    assert.notEqual(root0, KECCAK256_RLP_S);
    const p = await checkedProof(deployer.address, [], 0);
    assert.equal(BigInt(p.balance), 10n ** 22n);
    assert.equal(p.nonce, '0x0');
  });

  it('newHeads carry the same stateRoot as eth_getBlockByNumber', async () => {
    const ws = new WebSocket(`ws://${node.ports['json-rpc.address']}`);
    await new Promise((r, j) => ws.once('open', r).once('error', j));
    try {
      const head = new Promise<any>((resolve) =>
        ws.on('message', (m) => {
          const msg = JSON.parse(String(m));
          if (msg.method === 'eth_subscription') resolve(msg.params.result);
        }),
      );
      ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_subscribe', params: ['newHeads'] }));
      const h = await head;
      assert.match(h.stateRoot, /^0x[0-9a-f]{64}$/);
      assert.equal(h.stateRoot, await stateRoot(Number(h.number)));
    } finally {
      ws.close();
    }
  });

  it('refuses bad input with -32602, and an unknown block with a clear error', async () => {
    const bad = async (params: unknown[], code: number, text: RegExp) => {
      const r = await call('eth_getProof', params);
      assert.equal(r.error?.code, code, JSON.stringify(r));
      assert.match(r.error!.message, text);
    };
    await bad(['0x1234', [], 'latest'], -32602, /address/);
    await bad([stashAddr, ['0x' + '11'.repeat(33)], 'latest'], -32602, /too long, want at most 32 bytes/);
    await bad([stashAddr, ['0xzz'], 'latest'], -32602, /storage key 0: hex string invalid/);
    await bad([stashAddr, '0x0', 'latest'], -32602, /storageKeys/);
    await bad([stashAddr, [], toBeHex((await provider.getBlockNumber()) + 1000)], -32000, /header not found/);
    await bad([stashAddr, [], { blockHash: '0x' + '12'.repeat(32) }], -32000, /not found/);
  });

  it('a restart keeps every root and proof', async () => {
    const heights = [0, deployBlock - 1, deployBlock, setBlock];
    const before = await Promise.all(heights.map(stateRoot));
    node = await node.restart();
    url = `http://${node.ports['json-rpc.address']}`;
    assert.deepEqual(await Promise.all(heights.map(stateRoot)), before);
    const p = await checkedProof(stashAddr, [mapSlot(1n), '0x0'], deployBlock);
    assert.deepEqual(p.storageProof.map((s) => s.value), ['0x64', '0x2a']);
    // And the node goes on from there: the next block's root follows from the rows on disk.
    const next = await stash.getFunction('set')(9n, 1n, { nonce: await provider.getTransactionCount(deployer.address) });
    const h = (await next.wait())!.blockNumber;
    assert.equal((await checkedProof(stashAddr, [mapSlot(9n)], h)).storageProof[0]!.value, '0x1');
  });
});
