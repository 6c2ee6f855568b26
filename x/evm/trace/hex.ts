/** Hex spellings geth's tracers use. */
export const hex = (b: Uint8Array): string => '0x' + Buffer.from(b).toString('hex');
export const bare = (b: Uint8Array): string => Buffer.from(b).toString('hex');
export const quantity = (n: bigint | number): string => '0x' + n.toString(16);
/** A 256-bit word, 64 hex digits, no 0x (struct logger storage keys and values). */
export const word = (n: bigint): string => n.toString(16).padStart(64, '0');
export const wordBytes = (b: Uint8Array): string => bare(b).padStart(64, '0');
export const bigOf = (b: Uint8Array): bigint => (b.length === 0 ? 0n : BigInt(hex(b)));
export const bytes32 = (n: bigint): Uint8Array => Uint8Array.from(Buffer.from(word(n), 'hex'));
/** geth's error texts for ethereumjs' EVM errors. */
export const gethError = (e: string): string => (e === 'revert' ? 'execution reverted' : e);
