import { type Common, createCustomCommon, Mainnet } from '@ethereumjs/common';
import { paramsTx } from '@ethereumjs/tx';
import { nativeCrypto } from '../crypto.ts';
import { EVM_CHAIN_ID, HARDFORK } from '../types/index.ts';

/**
 * The chain's ethereumjs Common: mainnet rules at our hardfork, our EIP-155 chain id, and native secp256k1
 * for sender recovery and ecrecover. Each EVM instance gets its own (EVMs attach listeners to it).
 */
export function makeCommon(): Common {
  return createCustomCommon({ name: 'trivium', chainId: Number(EVM_CHAIN_ID) }, Mainnet, {
    hardfork: HARDFORK,
    customCrypto: nativeCrypto,
  });
}

/**
 * The Common transactions are decoded with (tx params loaded: intrinsic gas and friends). ethereumjs copies
 * the Common into every tx and re-merges the tx params into the copy (JSON round trips, ≈ a tenth of a
 * decode); txs only read it, so every tx shares this one, fixed instance.
 */
export const txCommon: Common = createCustomCommon({ name: 'trivium', chainId: Number(EVM_CHAIN_ID) }, Mainnet, {
  hardfork: HARDFORK,
  customCrypto: nativeCrypto,
  params: paramsTx,
});
freezeCommon(txCommon);
txCommon.copy = () => txCommon;
txCommon.updateParams = () => {};

/** Our hardfork never changes: answer "is EIP n active?" from a Set (Common scans an array, per opcode). */
export function freezeCommon(common: Common): void {
  const active = new Set<number>((common as unknown as { _activatedEIPsCache: number[] })._activatedEIPsCache);
  common.isActivatedEIP = (eip: number) => active.has(eip);
}
