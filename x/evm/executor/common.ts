import { type Common, createCustomCommon, Mainnet } from '@ethereumjs/common';
import { paramsTx } from '@ethereumjs/tx';
import { nativeCrypto } from '../crypto.ts';
import { EVM_CHAIN_ID, HARDFORK } from '../types.ts';

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

/** The Common transactions are decoded with (tx params loaded: intrinsic gas and friends). */
export const txCommon: Common = createCustomCommon({ name: 'trivium', chainId: Number(EVM_CHAIN_ID) }, Mainnet, {
  hardfork: HARDFORK,
  customCrypto: nativeCrypto,
  params: paramsTx,
});
