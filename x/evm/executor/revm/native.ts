import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The addon's interface (native/evm-revm/src/lib.rs). Byte fields are Buffers on the way out. */
export interface NativeBlock {
  number: number;
  timestamp: number;
  coinbase: Uint8Array;
  basefee: bigint;
  gasLimit: number;
  chainId: number;
}

export interface NativeRequest {
  caller: Uint8Array;
  to?: Uint8Array;
  value: bigint;
  data: Uint8Array;
  gasLimit: number;
  intrinsicGas: number;
  gasPrice: bigint;
  gasCost: bigint;
  bumpNonce: boolean;
  isStatic: boolean;
  warmAddresses: Uint8Array[];
  warmSlots: Uint8Array[];
  block: NativeBlock;
  hostPrecompiles: Uint8Array[];
  weiPerUnit: number;
}

export interface NativeAccount {
  address: Uint8Array;
  deleted: boolean;
  nonce: number;
  balance: bigint;
  codeHash?: Uint8Array;
  code?: Uint8Array;
  /** slot(32) ‖ value(32) pairs */
  storage: Uint8Array;
}

export interface NativeOutcome {
  fallback: boolean;
  success: boolean;
  error?: string;
  gasSpent: number;
  gasRefund: number;
  output: Uint8Array;
  logs: Array<{ address: Uint8Array; topics: Uint8Array[]; data: Uint8Array }>;
  created?: Uint8Array;
  accounts: NativeAccount[];
  /** Addresses in the order their bank balance first rose during the message. */
  minted: Uint8Array[];
}

export interface RevmAddon {
  execute(
    req: NativeRequest,
    basic: (address: Uint8Array) => Uint8Array | null,
    code: (codeHash: Uint8Array) => Uint8Array,
    storage: (addressAndSlot: Uint8Array) => Uint8Array,
    blockHash: (n: number) => Uint8Array,
  ): NativeOutcome;
  probe(): number;
}

const ADDON = join('native', 'evm-revm', 'build', 'trivium_evm_revm.node');
let addon: RevmAddon | undefined;

/**
 * The addon npm ci built (scripts/build-native.sh), found from the repository root: this file runs from x/evm
 * under tsx and from dist/<build>/ in the esbuild bundle, so walk up to the folder that holds native/.
 */
export function loadRevm(): RevmAddon {
  if (addon) return addon;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, ADDON);
    if (existsSync(candidate)) {
      addon = createRequire(import.meta.url)(candidate) as RevmAddon;
      return addon;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`the revm EVM engine is not built (${ADDON} not found): run scripts/build-native.sh (npm ci does), which needs cargo`);
    dir = up;
  }
}
