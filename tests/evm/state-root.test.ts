import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RLP } from '@ethereumjs/rlp';
import { Account, Address, KECCAK256_NULL, KECCAK256_RLP, bigIntToUnpaddedBytes, bytesToHex } from '@ethereumjs/util';
import { CacheStore } from '../../core/store/cache-store.ts';
import { ChangesView } from '../../core/store/changes-view.ts';
import { Context } from '../../core/types/context.ts';
import { infiniteGasMeter } from '../../core/types/gas.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { EvmKeeper } from '../../x/evm/keeper.ts';
import { StateRootCommitter, type StateRootOptions } from '../../x/evm/state-root/committer.ts';
import { StateRootReader } from '../../x/evm/state-root/reader.ts';
import { encodeNode } from '../../x/evm/state-root/rlp-flat.ts';
import { DerivedKeys } from '../../x/evm/types/index.ts';
import { MemoryRows, referenceStateRoot, verifyProof } from './state-root-reference.ts';

/** A seeded generator (mulberry32): the same changes on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { next, int: (n: number) => Math.floor(next() * n), bytes: (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256)) };
}

const block = (height: number) => ({ height, timeMs: 1_700_000_000_000 + height * 1000, chainId: 'trivium-devnet-1', proposer: 'AB'.repeat(20) });

/**
 * A chain in memory: keepers over a SortedStore (the committed state), blocks as CacheStore branches whose
 * changes go through the committer as BaseApp hands them (sorted, with the post-block ChangesView).
 */
function chain(opts: StateRootOptions = {}) {
  const store = new SortedStore();
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const evm = new EvmKeeper(bank, auth);
  const rows = new MemoryRows();
  const committer = new StateRootCommitter(bank, opts);
  let height = -1;
  return {
    store,
    bank,
    evm,
    rows,
    committer,
    get height() {
      return height;
    },
    query: () => Context.forQuery(store, block(height)),
    /** Runs `body` as the next block (height 0 first: genesis), then commits it with its derived rows. */
    async commit(body: (ctx: Context) => void, c: StateRootCommitter = committer): Promise<Uint8Array> {
      const cache = new CacheStore(store);
      const ctx = new Context(cache, infiniteGasMeter(), block(height + 1), 'deliver');
      body(ctx);
      const changes = cache.changes();
      const out = await c.commitRows(changes, new ChangesView(store, changes), height + 1, rows);
      cache.write();
      rows.put(out);
      height++;
      return rows.get(DerivedKeys.stateRoot(height))!;
    },
  };
}

type Chain = ReturnType<typeof chain>;

const POOL = Array.from({ length: 40 }, (_, i) => {
  const a = new Uint8Array(20);
  a[0] = 0xa0;
  a[19] = i + 1;
  return a;
});
const SLOTS = Array.from({ length: 12 }, (_, i) => {
  const s = new Uint8Array(32);
  s[31] = i;
  if (i > 6) s[0] = i; // slots far apart in key as well as near
  return s;
});

/** One random change to the state through the real keepers (bank, the EVM state manager). */
function randomChange(c: Chain, ctx: Context, r: ReturnType<typeof rng>): void {
  const addr = POOL[r.int(POOL.length)]!;
  const sm = c.evm.view(ctx);
  const acc = () => sm.getAccountSync(addr) ?? new Account();
  switch (r.int(10)) {
    case 0: // a new (or richer) bank-only account: whole utrv, no record
      c.bank.mintCoins(ctx, addr, [{ denom: 'utrv', amount: String(1 + r.int(1_000_000)) }]);
      break;
    case 1: {
      // a wei balance, fractions included
      const a = acc();
      a.balance = BigInt(r.int(1_000_000)) * 10n ** BigInt(r.int(14)) + BigInt(r.int(1000));
      sm.putAccountSync(addr, a);
      break;
    }
    case 2: {
      const a = acc();
      a.nonce += 1n;
      sm.putAccountSync(addr, a);
      break;
    }
    case 3:
      sm.putCodeSync(addr, r.bytes(1 + r.int(60)));
      break;
    case 4:
    case 5: // a slot written (also on an account that is otherwise empty: its storage waits for it)
      sm.putStorageSync(addr, SLOTS[r.int(SLOTS.length)]!, r.bytes(1 + r.int(32)));
      break;
    case 6: // a slot back to zero (deleted)
      sm.putStorageSync(addr, SLOTS[r.int(SLOTS.length)]!, new Uint8Array(32));
      break;
    case 7: // the account becomes empty: balance, record and storage gone
      void sm.deleteAccount(new Address(addr));
      break;
    case 8: {
      // whole utrv burnt to zero (a bank-only account disappears)
      const have = c.bank.getBalance(ctx, addr, 'utrv');
      if (have > 0n) c.bank.burnCoins(ctx, addr, [{ denom: 'utrv', amount: have.toString() }]);
      break;
    }
    case 9: // another denom: not EVM balance
      c.bank.mintCoins(ctx, addr, [{ denom: 'uatom', amount: '5' }]);
      break;
  }
}

async function checkProofs(c: Chain, root: Uint8Array, r: ReturnType<typeof rng>): Promise<void> {
  const reader = new StateRootReader((k) => c.rows.get(k));
  for (let i = 0; i < 4; i++) {
    const addr = POOL[r.int(POOL.length)]!;
    const p = reader.proveAccount(root, addr);
    const leaf = await verifyProof(root, addr, p.proof);
    const a = c.evm.getAccount(c.query(), addr);
    const empty = a.nonce === 0n && a.balance === 0n && a.codeHash === undefined;
    assert.equal(p.exists, !empty);
    if (empty) {
      assert.equal(leaf, null, 'an absent account has a valid non-existence proof');
      continue;
    }
    assert.ok(leaf);
    assert.deepEqual(RLP.decode(leaf), [bigIntToUnpaddedBytes(a.nonce), bigIntToUnpaddedBytes(a.balance), p.account.storageRoot, a.codeHash ?? KECCAK256_NULL]);
    const slot = SLOTS[r.int(SLOTS.length)]!;
    const s = reader.proveSlot(p.account.storageRoot, slot);
    const v = await verifyProof(p.account.storageRoot, slot, s.proof);
    const want = BigInt(bytesToHex(c.evm.getStorage(c.query(), addr, slot)));
    assert.equal(s.value, want);
    if (want === 0n) assert.equal(v, null);
    else assert.equal(BigInt(bytesToHex(RLP.decode(v!) as Uint8Array)), want);
  }
}

describe('x/evm state root (incremental Merkle-Patricia trie)', () => {
  it('the empty state has the empty trie root, and its proofs verify as absent', async () => {
    const c = chain();
    const root = await c.commit(() => {});
    assert.deepEqual(root, KECCAK256_RLP);
    const p = new StateRootReader((k) => c.rows.get(k)).proveAccount(root, POOL[0]!);
    assert.deepEqual(p.proof, []);
    assert.equal(await verifyProof(root, POOL[0]!, p.proof), null);
  });

  for (const [name, opts] of [
    ['one part per block', {}],
    ['parts of 3 accounts written ahead, a 4 KiB node cache', { chunk: 3, cacheBytes: 4096 }],
  ] as Array<[string, StateRootOptions]>) {
    it(`after every block of random changes the root is that of a trie built fresh with @ethereumjs/mpt (${name})`, async () => {
      const c = chain(opts);
      const r = rng(0xe7a);
      for (let b = 0; b < 80; b++) {
        const n = b % 9 === 4 ? 0 : 1 + r.int(b === 0 ? 40 : 25);
        const before = c.height >= 0 ? c.rows.get(DerivedKeys.stateRoot(c.height)) : undefined;
        const root = await c.commit((ctx) => {
          for (let i = 0; i < n; i++) randomChange(c, ctx, r);
        });
        const want = await referenceStateRoot(c.evm, c.query(), POOL);
        assert.equal(bytesToHex(root), bytesToHex(want), `root at height ${c.height}`);
        if (n === 0) assert.deepEqual(root, before, 'a block without changes keeps the root');
        await checkProofs(c, root, r);
      }
      if (opts.chunk) assert.ok(c.rows.aheadBatches > 0, 'big change sets were written ahead in parts');
    });
  }

  it('writes only the rows of the paths a block changed', async () => {
    const c = chain();
    await c.commit((ctx) => {
      for (const a of POOL) c.bank.mintCoins(ctx, a, [{ denom: 'utrv', amount: '7' }]);
    });
    const n = c.rows.rows.size;
    await c.commit((ctx) => c.bank.mintCoins(ctx, POOL[3]!, [{ denom: 'utrv', amount: '1' }]));
    // 40 accounts: a root branch, a branch or two below, the leaf; plus the root row.
    const added = c.rows.rows.size - n;
    assert.ok(added >= 2 && added <= 4, `${added} rows for one changed account`);
  });

  it('a committer that starts afresh (a restart) continues from the rows, with the same roots', async () => {
    const a = chain();
    const b = chain();
    const r1 = rng(5);
    const r2 = rng(5);
    for (let i = 0; i < 30; i++) {
      const fresh = new StateRootCommitter(b.bank, { cacheBytes: 0 });
      const ra = await a.commit((ctx) => {
        for (let j = 0; j < 5; j++) randomChange(a, ctx, r1);
      });
      const rb = await b.commit((ctx) => {
        for (let j = 0; j < 5; j++) randomChange(b, ctx, r2);
      }, fresh);
      assert.deepEqual(rb, ra, `height ${i}`);
    }
  });

  it('without a root below (a home from before state roots), the next commit rebuilds it from the state', async () => {
    const c = chain();
    const r = rng(9);
    for (let i = 0; i < 10; i++) {
      await c.commit((ctx) => {
        for (let j = 0; j < 8; j++) randomChange(c, ctx, r);
      });
    }
    for (const k of [...c.rows.rows.keys()]) c.rows.rows.delete(k);
    const root = await c.commit((ctx) => randomChange(c, ctx, r));
    assert.equal(bytesToHex(root), bytesToHex(await referenceStateRoot(c.evm, c.query(), POOL)));
  });

  it('rollbackRows names the root rows above the height, and the roots below stay', async () => {
    const c = chain();
    const r = rng(3);
    for (let i = 0; i < 8; i++) {
      await c.commit((ctx) => {
        for (let j = 0; j < 4; j++) randomChange(c, ctx, r);
      });
    }
    const keys = await c.committer.rollbackRows(4, c.rows);
    assert.deepEqual(keys, [5, 6, 7].map((h) => DerivedKeys.stateRoot(h)));
    assert.ok(keys.every((k) => k.startsWith('e/r/')));
    assert.deepEqual(await c.committer.rollbackRows(7, c.rows), []);
  });

  it('an account without code keeps its storage while absent (EIP-161 empty) and has it back when it returns', async () => {
    const c = chain();
    const [eoa, bare] = [POOL[7]!, POOL[8]!];
    const slots = (a: Uint8Array) => [...c.evm.view(c.query()).storageEntries(a)].length;
    const matches = async (root: Uint8Array) => assert.equal(bytesToHex(root), bytesToHex(await referenceStateRoot(c.evm, c.query(), POOL)));
    // Genesis: an account with a balance and storage but no code, and one with storage alone (absent).
    await matches(
      await c.commit((ctx) => {
        c.bank.mintCoins(ctx, eoa, [{ denom: 'utrv', amount: '10' }]);
        c.evm.view(ctx).putStorageSync(eoa, SLOTS[1]!, Uint8Array.of(1));
        c.evm.view(ctx).putStorageSync(bare, SLOTS[2]!, Uint8Array.of(2));
      }),
    );
    const listed = JSON.parse(Buffer.from(c.rows.get(DerivedKeys.codelessStorage)!).toString()) as string[];
    assert.ok(listed.includes(bytesToHex(eoa).slice(2)) && listed.includes(bytesToHex(bare).slice(2)), listed.join(','));
    const reader = new StateRootReader((k) => c.rows.get(k));
    // The balance leaves: absent from the trie, its slot still in the state.
    let root = await c.commit((ctx) => c.bank.burnCoins(ctx, eoa, [{ denom: 'utrv', amount: '10' }]));
    await matches(root);
    assert.equal(reader.proveAccount(root, eoa).exists, false);
    assert.equal(slots(eoa), 1);
    // Both funded again: they come back with the slots they kept.
    root = await c.commit((ctx) => {
      c.bank.mintCoins(ctx, eoa, [{ denom: 'utrv', amount: '1' }]);
      c.bank.mintCoins(ctx, bare, [{ denom: 'utrv', amount: '1' }]);
    });
    await matches(root);
    assert.notDeepEqual(reader.proveAccount(root, eoa).account.storageRoot, KECCAK256_RLP);
    assert.equal(reader.proveSlot(reader.proveAccount(root, bare).account.storageRoot, SLOTS[2]!).value, 2n);
  });

  it('derives touched accounts from bank rows of any 20-byte address and ignores other denoms', async () => {
    const c = chain();
    const root0 = await c.commit((ctx) => c.bank.mintCoins(ctx, POOL[0]!, [{ denom: 'utrv', amount: '3' }]));
    const root1 = await c.commit((ctx) => c.bank.mintCoins(ctx, POOL[0]!, [{ denom: 'uatom', amount: '3' }]));
    assert.deepEqual(root1, root0);
    const p = new StateRootReader((k) => c.rows.get(k)).proveAccount(root1, POOL[0]!);
    assert.equal(p.account.balance, 3n * 10n ** 12n);
    assert.deepEqual(p.account.codeHash, KECCAK256_NULL);
    assert.deepEqual(p.account.storageRoot, KECCAK256_RLP);
  });
});

describe('the trie nodes\' RLP (x/evm/state-root/rlp-flat.ts)', () => {
  it('encodes every list exactly as @ethereumjs/rlp does: item and list lengths across each prefix boundary, single bytes, nesting', () => {
    const r = rng(17);
    const lengths = [0, 1, 2, 31, 32, 33, 54, 55, 56, 57, 255, 256, 257, 65_535, 65_536, 70_000];
    const items: Uint8Array[] = [Uint8Array.of(0), Uint8Array.of(0x7f), Uint8Array.of(0x80), Uint8Array.of(0xff)];
    for (const n of lengths) items.push(r.bytes(n));
    const lists: Array<Array<Uint8Array | Uint8Array[]>> = [[], [new Uint8Array(0)]];
    for (const a of items) for (const b of items) lists.push([a, b]);
    // A branch: 16 children (hashes or empty) and an empty value; payloads across the 55/56 boundary.
    for (let k = 0; k <= 17; k++) lists.push(Array.from({ length: 17 }, (_, i) => (i < k ? r.bytes(32) : new Uint8Array(0))));
    for (let n = 50; n <= 60; n++) lists.push([r.bytes(n - 2)], [Uint8Array.of(5), r.bytes(n - 3)]);
    // An embedded child (a nested list) goes the library's way.
    lists.push([r.bytes(3), [r.bytes(2), Uint8Array.of(1)]]);
    for (const [i, list] of lists.entries()) assert.deepEqual(encodeNode(list), RLP.encode(list), `list ${i}`);
    for (const x of items) assert.deepEqual(encodeNode(x), RLP.encode(x));
  });
});
