import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyRequire } from '../../../../core/types/lazy-parts.ts';

/** The addon's interface (native/evm-revm/src/lib.rs); the byte layouts are in wire.ts. */
export interface RevmAddon {
  execute(
    header: Uint8Array,
    data: Uint8Array,
    access: Uint8Array,
    chain: Uint8Array,
    scratch: Uint8Array,
    basic: () => boolean,
    code: () => Uint8Array,
    storage: () => number,
    blockHash: (n: number) => void,
  ): Uint8Array;
  probe(): number;
}

const ADDON = join('native', 'evm-revm', 'build', 'trivium_evm_revm.node');

/**
 * Where the addon npm ci built (scripts/build-native.sh) is, found from the repository root: this file runs from
 * x/evm under tsx and from dist/<build>/ in the esbuild bundle, so walk up to the folder that holds native/.
 * Throws the clear error when it is not built (a node checks this at start, and loads the addon on its first message).
 */
export function revmAddonPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, ADDON);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`the revm EVM engine is not built (${ADDON} not found): run scripts/build-native.sh (npm ci does), which needs cargo`);
    dir = up;
  }
}

export const loadRevm = lazyRequire<RevmAddon>(revmAddonPath, 'evm-revm');
