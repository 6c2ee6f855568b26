import { hash } from 'node:crypto';

/**
 * Nodes of the state tree: a radix-256 Patricia Merkle tree over the keys' bytes, stored one node per LevelDB
 * row, whose hashes are those of a dense binary tree (every inner hash has exactly two children), so a proof
 * is a plain ICS-23 proof with Tendermint's hashing (leaf prefix 0x00, inner prefix 0x01, SHA-256).
 *
 * A key's path is one symbol per byte (the character with code byte + 1) then a terminator, code 0, which sorts
 * before every byte: paths are prefix-free ("a" and "ab" are both leaves) and path order is key order. One level
 * per byte, not per nibble: the state's keys are text (hex addresses, decimals), whose bytes take 10–16 values, so
 * a nibble level split them two ways at most and doubled the rows every read and write walks. A branch's children
 * sit under their symbols; its hash is that of a crit-bit tree over the symbols present (each 9 bits), so the hash
 * has no empty children and depends only on the content.
 */
export interface ChildRef {
  /** The version (height) that wrote the child's row. */
  version: number;
  hash: Uint8Array;
}

export interface LeafNode {
  kind: 'leaf';
  key: string;
  value: Uint8Array;
}

/** `skip`: the symbols every key below shares after the slot; children by symbol, in symbol order. */
export interface BranchNode {
  kind: 'branch';
  skip: string;
  children: Array<[string, ChildRef]>;
  /**
   * In memory only: the hashes inside the branch (its crit-bit subtrees) by the symbols each covers. A subtree's
   * hash depends only on its children, so an update that changes one child of a cached branch rehashes the
   * ≈ log2(children) subtrees above it, not all children − 1 (15 of a full hex level).
   */
  inner?: Map<string, Uint8Array>;
}

/** A new branch's memo: the old one's subtrees that hold none of the changed symbols. */
export function keptInner(inner: Map<string, Uint8Array> | undefined, changed: string): Map<string, Uint8Array> | undefined {
  if (!inner || inner.size === 0) return undefined;
  const out = new Map<string, Uint8Array>();
  for (const [k, h] of inner) {
    let hit = false;
    for (let i = 0; i < changed.length && !hit; i++) hit = k.includes(changed[i]!);
    if (!hit) out.set(k, h);
  }
  return out;
}

export type TreeNode = LeafNode | BranchNode;

export const TERMINATOR = '\u0000';

/** The symbols of a key's bytes (code byte + 1), no terminator. */
function symbols(key: string): string {
  let ascii = true;
  for (let i = 0; i < key.length && ascii; i++) ascii = key.charCodeAt(i) < 0x80;
  const bytes: ArrayLike<number> = ascii ? { length: key.length } : Buffer.from(key, 'utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode((ascii ? key.charCodeAt(i) : bytes[i]!) + 1);
  return out;
}
export const keyPath = (key: string): string => symbols(key) + TERMINATOR;
/** A bound (start/end/prefix) as a path, without the terminator: path(k) ≥ boundPath(b) ⟺ k ≥ b. */
export const boundPath = (key: string): string => symbols(key);

const symbolValue = (s: string): number => s.charCodeAt(0);

// One-shot hashing (crypto.hash) over one buffer: several times cheaper than a Hash object per node.
const sha256 = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(hash('sha256', parts.length === 1 ? parts[0]! : Buffer.concat(parts), 'buffer'));
const LEAF_PREFIX = new Uint8Array([0]);
const INNER_PREFIX = new Uint8Array([1]);
export const EMPTY_ROOT = sha256();

export function varint(n: number): Uint8Array {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return new Uint8Array(out);
}

/** ICS-23 LeafOp{SHA256, NO_HASH key, SHA256 value, VAR_PROTO lengths, prefix 0x00}. */
export function leafHash(key: string, value: Uint8Array): Uint8Array {
  const k = Buffer.from(key, 'utf8');
  return sha256(LEAF_PREFIX, varint(k.length), k, varint(32), sha256(value));
}

/** 0x01 ‖ left ‖ right, assembled in one reused buffer (hashing is synchronous: nothing else uses it meanwhile). */
const innerInput = Buffer.alloc(65, 1);
export const innerHash = (left: Uint8Array, right: Uint8Array): Uint8Array => {
  if (left.length !== 32 || right.length !== 32) return sha256(INNER_PREFIX, left, right);
  innerInput.set(left, 1);
  innerInput.set(right, 33);
  return sha256(innerInput);
};

/** One step of a proof inside a branch: the sibling's hash and the side it is on. */
export interface ProofStep {
  sibling: Uint8Array;
  siblingOnLeft: boolean;
}

/**
 * The branch's hash: a crit-bit tree over the present symbols' 5-bit values, split on the highest bit where
 * they differ. With `target`, also the steps from that child up to the branch hash (bottom first).
 */
export function branchHash(children: ReadonlyArray<[string, ChildRef]>, target?: string, steps?: ProofStep[], memo?: Map<string, Uint8Array>): Uint8Array {
  const vals = children.map(([s]) => symbolValue(s));
  const t = target === undefined ? -1 : symbolValue(target);
  const syms = memo ? children.map(([s]) => s).join('') : '';
  const hashOf = (lo: number, hi: number, bit: number, onPath: boolean): Uint8Array => {
    if (hi - lo === 1) return children[lo]![1].hash;
    const key = memo && !onPath ? syms.slice(lo, hi) : undefined;
    const known = key === undefined ? undefined : memo!.get(key);
    if (known) return known;
    // Children are in symbol order (and share the bits above `bit`), so those with the bit clear come first.
    while (bit >= 0 && ((vals[lo]! >> bit) & 1) === ((vals[hi - 1]! >> bit) & 1)) bit--;
    let mid = lo;
    while (((vals[mid]! >> bit) & 1) === 0) mid++;
    const inLeft = onPath && t < vals[mid]!;
    const inRight = onPath && !inLeft;
    const left = hashOf(lo, mid, bit - 1, inLeft);
    const right = hashOf(mid, hi, bit - 1, inRight);
    if (inLeft) steps?.push({ sibling: right, siblingOnLeft: false });
    if (inRight) steps?.push({ sibling: left, siblingOnLeft: true });
    const h = innerHash(left, right);
    if (key !== undefined) memo!.set(key, h);
    return h;
  };
  return hashOf(0, children.length, 8, t >= 0);
}

export function nodeHash(n: TreeNode): Uint8Array {
  return n.kind === 'leaf' ? leafHash(n.key, n.value) : branchHash(n.children, undefined, undefined, (n.inner ??= new Map()));
}

// ---- rows ----------------------------------------------------------------------------------------------

/** Row key of the node a child slot holds: version (fixed width, so one version's rows sort together), slot path. */
export const nodeRowKey = (version: number, slot: string): string => `n/${versionKey(version)}/${slot}`;
export const versionKey = (v: number): string => String(v).padStart(12, '0');

/** A copy as a plain Uint8Array (rows may come back as Buffers, whose slice is a view). */
const copy = (b: Uint8Array, from: number, to?: number): Uint8Array => new Uint8Array(b.subarray(from, to));

/** The varint at `at.i` (moved past it). */
export function readVarint(b: Uint8Array, at: { i: number }): number {
  let n = 0;
  let mul = 1;
  for (;;) {
    const byte = b[at.i++]!;
    n += (byte & 0x7f) * mul;
    if (byte < 0x80) return n;
    mul *= 0x80;
  }
}

/**
 * Leaf: 0x00 ‖ varint len ‖ key ‖ value. Branch: 0x01 ‖ varint len ‖ skip as bytes ‖ varint count ‖
 * (varint symbol ‖ varint version ‖ hash)*. A skip never holds the terminator (a branch has children below it).
 */
export function encodeNode(n: TreeNode): Uint8Array {
  if (n.kind === 'leaf') {
    const k = Buffer.from(n.key, 'utf8');
    const len = varint(k.length);
    const out = new Uint8Array(1 + len.length + k.length + n.value.length);
    out[0] = 0;
    out.set(len, 1);
    out.set(k, 1 + len.length);
    out.set(n.value, 1 + len.length + k.length);
    return out;
  }
  // Sized first, then written in place: a wide branch (a per-byte level holds up to 256 children) was three small
  // arrays per child and a concat, rewritten at every block that touches it (issue 17). Same bytes.
  const count = n.children.length;
  let size = 1 + varintLength(n.skip.length) + n.skip.length + varintLength(count);
  for (const [sym, c] of n.children) size += varintLength(sym.charCodeAt(0)) + varintLength(c.version) + c.hash.length;
  const out = new Uint8Array(size);
  out[0] = 1;
  let o = writeVarint(out, 1, n.skip.length);
  for (let i = 0; i < n.skip.length; i++) out[o++] = n.skip.charCodeAt(i) - 1;
  o = writeVarint(out, o, count);
  for (const [sym, c] of n.children) {
    o = writeVarint(out, o, sym.charCodeAt(0));
    o = writeVarint(out, o, c.version);
    out.set(c.hash, o);
    o += c.hash.length;
  }
  return out;
}

function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    len++;
  }
  return len;
}

/** Writes varint(n) at `o`; the offset after it. */
function writeVarint(out: Uint8Array, o: number, n: number): number {
  while (n >= 0x80) {
    out[o++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  out[o++] = n;
  return o;
}

export function decodeNode(b: Uint8Array): TreeNode {
  const at = { i: 1 };
  const len = readVarint(b, at);
  if (b[0] === 0) {
    const key = Buffer.from(b.buffer, b.byteOffset + at.i, len).toString('utf8');
    return { kind: 'leaf', key, value: copy(b, at.i + len) };
  }
  let skip = '';
  for (let i = 0; i < len; i++) skip += String.fromCharCode(b[at.i + i]! + 1);
  at.i += len;
  const count = readVarint(b, at);
  const children: Array<[string, ChildRef]> = [];
  for (let c = 0; c < count; c++) {
    const s = String.fromCharCode(readVarint(b, at));
    const version = readVarint(b, at);
    children.push([s, { version, hash: copy(b, at.i, at.i + 32) }]);
    at.i += 32;
  }
  return { kind: 'branch', skip, children };
}

export function encodeRef(r: ChildRef | undefined): Uint8Array {
  if (!r) return new Uint8Array();
  return Buffer.concat([varint(r.version), r.hash]);
}
export function decodeRef(b: Uint8Array): ChildRef | undefined {
  if (b.length === 0) return undefined;
  const at = { i: 0 };
  const version = readVarint(b, at);
  return { version, hash: copy(b, at.i, at.i + 32) };
}
