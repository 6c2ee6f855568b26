/** x/evm's names, store keys and parameters: everything another file needs to agree on. */

import { DERIVED_ROWS_PREFIX } from '../../../core/store/derived-rows.ts';
import { u64Key } from '../../../core/store/kv.ts';

export const ModuleName = 'evm';

/** The Ethereum JSON-RPC's default listen address (anvil's and Hardhat's port). */
export const DEFAULT_JSON_RPC_ADDRESS = '127.0.0.1:8545';

/** EIP-155 chain id: 262144 + 1 (docs/architecture.md; served by eth_chainId). */
export const EVM_CHAIN_ID = 262145n;
/** A recent hardfork whose BLOCKHASH does not depend on a history contract (Prague's EIP-2935). */
export const HARDFORK = 'cancun';

/** 1 utrv = 10^12 wei: utrv has 6 decimals, the EVM side shows 18. */
export const WEI_PER_UTRV = 10n ** 12n;
export const ONE_GWEI = 10n ** 9n;

/** The module account that receives nothing and owns nothing: it only names the module in events. */
export const EVM_MODULE_ACCOUNT = 'evm';

/**
 * Store layout (consensus state, under `evm/`). Binary parts are lower-case hex without 0x, fixed width, so
 * string order is byte order.
 *  - `evm/a/<addr>`          account record: RLP [nonce, fractional wei, code hash]
 *  - `evm/c/<codehash>`      contract code, shared by every account with the same code
 *  - `evm/s/<addr>/<slot>`   storage slot value (leading zeros stripped; absent = zero)
 *  - `evm/bh/<height>`        hash of a recent block (the last 256), for BLOCKHASH
 *  - `evm/p`                 params (JSON)
 *  - `evm/ck/<addr>`         CheckTx only: wei reserved by admitted, not yet included txs (never committed:
 *                            the check state is thrown away at every commit)
 */
export const StoreKeys = {
  account: (addrHex: string) => `evm/a/${addrHex}`,
  accountPrefix: 'evm/a/',
  code: (codeHashHex: string) => `evm/c/${codeHashHex}`,
  codePrefix: 'evm/c/',
  storage: (addrHex: string, slotHex: string) => `evm/s/${addrHex}/${slotHex}`,
  storagePrefix: (addrHex: string) => `evm/s/${addrHex}/`,
  storageRoom: 'evm/s/',
  blockHash: (height: number) => `evm/bh/${String(height).padStart(20, '0')}`,
  blockHashPrefix: 'evm/bh/',
  params: 'evm/p',
  checkReserved: (addrHex: string) => `evm/ck/${addrHex}`,
} as const;

/**
 * Derived rows (Module.commitRows, in core's `e/` room: outside the app hash, written in the block's batch): the
 * Ethereum state root, a secure Merkle-Patricia trie of the accounts and their storage (x/evm/state-root/).
 *  - `e/n/<node hash>`  a trie node (account or storage trie) by the keccak256 of its RLP, lower-case hex. Content-
 *                       addressed, so every height shares the nodes it has in common with the one before, a rewrite
 *                       of a node is the same row, and an orphan (a rollback, a crash before the block's batch) is
 *                       harmless. Never pruned: `--pruning` thins the state's tree, not this one, so a proof at any
 *                       height with a root row verifies.
 *  - `e/r/<height>`     the state root after that block (32 bytes; height 0 = after genesis), height zero-padded to
 *                       20 digits so rows sort by height. A rollback deletes the rows above its height.
 *  - `e/s`              a JSON list of the addresses whose storage was written while they had no code — genesis accounts
 *                       with storage and no code, typically (read once into memory). Only such an address can hold storage while EIP-161
 *                       empty (absent from the trie), so only it is scanned for older slots when it enters the
 *                       trie. Kept through rollbacks: listing an address needlessly costs one scan, nothing else.
 */
export const DerivedKeys = {
  node: (hashHex: string) => `${DERIVED_ROWS_PREFIX}n/${hashHex}`,
  nodePrefix: `${DERIVED_ROWS_PREFIX}n/`,
  stateRoot: (height: number) => `${DERIVED_ROWS_PREFIX}r/${u64Key(height)}`,
  stateRootPrefix: `${DERIVED_ROWS_PREFIX}r/`,
  /** The addresses whose storage was written while they had no code: one row, a JSON list (a handful). */
  codelessStorage: `${DERIVED_ROWS_PREFIX}s`,
} as const;

/** BLOCKHASH sees the last 256 blocks (Ethereum's window). */
export const BLOCK_HASH_WINDOW = 256;

/**
 * Non-consensus index (ctx.index), read by the JSON-RPC server:
 *  - `evm/tx/<ethhash>` → JSON { height, txIndex, msgIndex }: where an Ethereum tx was delivered. The block's
 *    results say whether it executed (an `ethereum_tx` event) — a Cosmos tx that failed leaves no receipt.
 */
export const IndexKeys = {
  txByHash: (ethHashHex: string) => `evm/tx/${ethHashHex}`,
  /** A cross-VM run's synthetic hash → `{height}` of the block that ran it (its receipt by hash). */
  crossVmRun: (hashHex: string) => `evm/xrun/${hashHex}`,
} as const;

export interface TxLocation {
  height: number;
  /** Position of the carrying tx (raw or Cosmos) in the block. */
  txIndex: number;
  /** Message index inside a Cosmos tx; -1 for a raw Ethereum tx. */
  msgIndex: number;
}

export interface EvmParams {
  /**
   * The fixed base fee in wei. 1 gwei = 0.001 utrv per gas, the chain's minimum gas price, so a gas unit
   * costs the same from either side. It is not burnt: the whole fee goes to the fee collector.
   */
  base_fee_wei: string;
}

export const defaultEvmParams = (): EvmParams => ({
  base_fee_wei: ONE_GWEI.toString(),
});

export interface GenesisAccount {
  /** 0x… or trivium1… */
  address: string;
  /** utrv minted to the address at genesis (through the bank). */
  balance?: string;
  nonce?: string;
  /** 0x-prefixed runtime code. */
  code?: string;
  /** slot (0x, 32 bytes) → value (0x). */
  storage?: Record<string, string>;
  /** Sub-utrv wei kept by x/evm (< 10^12). */
  fractional_wei?: string;
  /**
   * Export only: x/evm keeps a record for this address although it is empty (nonce 0, no fraction, no
   * code), as it does after a fraction tops up to a whole utrv. Import writes no record for an empty
   * account otherwise (EIP-161: empty is absent), so the flag says to keep it.
   */
  empty_record?: boolean;
}

export interface EvmGenesis {
  params: EvmParams;
  accounts: GenesisAccount[];
  /** BLOCKHASH's window as recorded at BeginBlock: height → 0x hash. */
  block_hashes?: Array<{ height: string; hash: string }>;
  /** Stored code no account points at any more (left by a contract created and destroyed in one tx), 0x. */
  codes?: string[];
}
