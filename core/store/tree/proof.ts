import { type CommitmentProof, type ExistenceProof, HashOp, type InnerOp, LengthOp, type ProofSpec } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { boundPath, type ChildRef } from './node.ts';
import type { MerkleTree } from './tree.ts';

/**
 * ICS-23 proofs of the state tree. Its hashing is Tendermint's (RFC 6962 style), so the spec is the same as
 * ics23's `tendermintSpec`: any ICS-23 verifier (Go's cosmos/ics23, @confio/ics23) checks membership and
 * non-membership against the app hash with it.
 */
export const TRIVIUM_PROOF_SPEC: ProofSpec = {
  leafSpec: { hash: HashOp.SHA256, prehashKey: HashOp.NO_HASH, prehashValue: HashOp.SHA256, length: LengthOp.VAR_PROTO, prefix: new Uint8Array([0]) },
  innerSpec: { childOrder: [0, 1], childSize: 32, minPrefixLength: 1, maxPrefixLength: 1, emptyChild: new Uint8Array(), hash: HashOp.SHA256 },
  maxDepth: 0,
  minDepth: 0,
};

/** The proof-op type `abci_query` names its proofs with (as the SDK names "ics23:iavl"). */
export const PROOF_OP_TYPE = 'ics23:trivium';

function existence(tree: MerkleTree, root: ChildRef | undefined, key: string): ExistenceProof | undefined {
  const p = tree.proofSteps(root, key);
  if (!p) return undefined;
  const path: InnerOp[] = p.steps.map((s) =>
    s.siblingOnLeft
      ? { hash: HashOp.SHA256, prefix: Buffer.concat([Uint8Array.of(1), s.sibling]), suffix: new Uint8Array() }
      : { hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: s.sibling },
  );
  return { key: new Uint8Array(Buffer.from(key, 'utf8')), value: p.leaf.value, leaf: TRIVIUM_PROOF_SPEC.leafSpec, path };
}

/** A membership proof when the key is present, else a non-membership proof (its neighbours' membership). */
export function proveKey(tree: MerkleTree, root: ChildRef | undefined, key: string): CommitmentProof {
  const exist = existence(tree, root, key);
  if (exist) return { exist };
  const at = boundPath(key);
  const left = tree.iterate(root, '', at, true).next();
  const right = tree.iterate(root, at, undefined).next();
  return {
    nonexist: {
      key: new Uint8Array(Buffer.from(key, 'utf8')),
      left: left.done ? undefined : existence(tree, root, left.value.key),
      right: right.done ? undefined : existence(tree, root, right.value.key),
    },
  };
}
