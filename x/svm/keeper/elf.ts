import { ErrInvalidElf } from '../types/index.ts';

export const EM_BPF = 247;
export const EM_SBF = 263;
/** Solana's limit for a loader-v2/v3 program (MAX_PERMITTED_DATA_LENGTH). */
export const MAX_ELF_BYTES = 10 * 1024 * 1024;

/**
 * The header checks that turn "the loader said InvalidAccountData" into a reason a developer can act on.
 * The runtime's loader then verifies the rest (sections, relocations, bytecode) when the program is loaded.
 */
export function checkElfHeader(elf: Uint8Array): void {
  if (elf.length === 0) throw ErrInvalidElf('empty upload');
  if (elf.length > MAX_ELF_BYTES) throw ErrInvalidElf(`${elf.length} bytes is more than the ${MAX_ELF_BYTES}-byte limit`);
  if (elf.length < 64 || elf[0] !== 0x7f || elf[1] !== 0x45 || elf[2] !== 0x4c || elf[3] !== 0x46) {
    throw ErrInvalidElf('not an ELF file (no \\x7fELF magic); upload the .so that cargo-build-sbf writes');
  }
  if (elf[4] !== 2) throw ErrInvalidElf('not a 64-bit ELF');
  if (elf[5] !== 1) throw ErrInvalidElf('not a little-endian ELF');
  const dv = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  const type = dv.getUint16(16, true);
  if (type !== 3) throw ErrInvalidElf(`ELF type ${type} is not a shared object (ET_DYN)`);
  const machine = dv.getUint16(18, true);
  if (machine !== EM_BPF && machine !== EM_SBF) {
    throw ErrInvalidElf(`e_machine ${machine} is neither EM_BPF (247) nor EM_SBF (263): not an SBF program`);
  }
}
