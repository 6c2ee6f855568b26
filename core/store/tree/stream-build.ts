import { type ChildRef, type TreeNode, branchHash, encodeNode, keyPath, leafHash, nodeRowKey } from './node.ts';

/** A finished subtree whose row is not written yet: its slot is known only once its parent branch is. */
type Sub =
  | { kind: 'leaf'; path: string; key: string; value: Uint8Array; hash: Uint8Array }
  | { kind: 'branch'; path: string; pos: number; children: Array<[string, ChildRef]>; hash: Uint8Array };

/** An open branch: its children differ at path position `pos`. */
interface Open {
  pos: number;
  kids: Array<[string, ChildRef]>;
}

/**
 * Builds a version's whole tree from its entries in key order, in one pass and bounded memory: each subtree is
 * hashed and its row emitted as soon as the next key leaves it, and no row is ever read back. The tree is the
 * one any sequence of updates reaching the same content builds (same slots, skips, hashes): a Patricia tree is
 * a function of its key set. A fresh chain's genesis goes in this way (InitChain of a million accounts), where
 * merging parts into the tree read a growing share of it back from disk.
 */
export class StreamTreeBuilder {
  private readonly stack: Open[] = [];
  private pending: Sub | undefined;

  constructor(
    private readonly version: number,
    private readonly emit: (row: string, bytes: Uint8Array) => void,
  ) {}

  /** The next entry: keys strictly ascending. */
  add(key: string, value: Uint8Array): void {
    const path = keyPath(key);
    const prev = this.pending;
    if (prev) {
      if (path <= prev.path) throw new Error(`tree stream: key ${JSON.stringify(key.slice(0, 80))} is not after the previous one`);
      let l = 0;
      while (path[l] === prev.path[l]) l++;
      this.close(l);
    }
    this.pending = { kind: 'leaf', path, key, value, hash: leafHash(key, value) };
  }

  /** The root (undefined for an empty tree), its row emitted. */
  finish(): ChildRef | undefined {
    if (!this.pending) return undefined;
    let sub = this.pending;
    while (this.stack.length > 0) sub = this.finishBranch(this.stack.pop()!, sub);
    return this.write('', sub);
  }

  /** The pending subtree ends where the next key diverges (position l): every branch deeper than l is complete. */
  private close(l: number): void {
    let sub = this.pending!;
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.pos > l) sub = this.finishBranch(this.stack.pop()!, sub);
    const top = this.stack[this.stack.length - 1];
    if (top && top.pos === l) this.attach(top, sub);
    else {
      const b: Open = { pos: l, kids: [] };
      this.attach(b, sub);
      this.stack.push(b);
    }
    this.pending = undefined;
  }

  private finishBranch(b: Open, last: Sub): Sub {
    this.attach(b, last);
    return { kind: 'branch', path: last.path, pos: b.pos, children: b.kids, hash: branchHash(b.kids) };
  }

  private attach(b: Open, sub: Sub): void {
    b.kids.push([sub.path[b.pos]!, this.write(sub.path.slice(0, b.pos + 1), sub)]);
  }

  private write(slot: string, sub: Sub): ChildRef {
    const node: TreeNode = sub.kind === 'leaf' ? { kind: 'leaf', key: sub.key, value: sub.value } : { kind: 'branch', skip: sub.path.slice(slot.length, sub.pos), children: sub.children };
    this.emit(nodeRowKey(this.version, slot), encodeNode(node));
    return { version: this.version, hash: sub.hash };
  }
}
