import { Bip39, EnglishMnemonic } from '@cosmjs/crypto';

/** A BIP39 English mnemonic for the given entropy (32 bytes → 24 words). */
export function mnemonicFromEntropy(entropy: Uint8Array): string {
  return Bip39.encode(entropy).toString();
}

export function checkMnemonic(m: string): string {
  return new EnglishMnemonic(m.trim()).toString();
}
