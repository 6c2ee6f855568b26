import { encodeBase58 } from '../types/base58.ts';

/**
 * `jsonParsed` for the upgradeable BPF loader (solana-account-decoder's parse_bpf_loader and
 * solana-transaction-status's parse_bpf_upgradeable_loader): its Buffer / Program / ProgramData accounts
 * and its instructions.
 */
export const UPGRADEABLE_LOADER = 'BPFLoaderUpgradeab1e11111111111111111111111';
export const LOADER_PROGRAM_NAME = 'bpf-upgradeable-loader';

const dv = (d: Uint8Array) => new DataView(d.buffer, d.byteOffset, d.byteLength);
const b64 = (d: Uint8Array) => [Buffer.from(d).toString('base64'), 'base64'];
/** A bincode Option<Pubkey>: one tag byte, then 32 bytes when set. */
const optKey = (d: Uint8Array, at: number) => (d[at] === 1 ? encodeBase58(d.subarray(at + 1, at + 33)) : null);

export function parseLoaderAccount(data: Uint8Array): { type: string; info?: Record<string, unknown> } | undefined {
  if (data.length < 4) return undefined;
  const tag = dv(data).getUint32(0, true);
  if (tag === 0) return { type: 'uninitialized' };
  if (tag === 1 && data.length >= 37) return { type: 'buffer', info: { authority: optKey(data, 4), data: b64(data.subarray(37)) } };
  if (tag === 2 && data.length >= 36) return { type: 'program', info: { programData: encodeBase58(data.subarray(4, 36)) } };
  if (tag === 3 && data.length >= 45) {
    return { type: 'programData', info: { slot: Number(dv(data).getBigUint64(4, true)), authority: optKey(data, 12), data: b64(data.subarray(45)) } };
  }
  return undefined;
}

export function parseLoaderInstruction(a: string[], data: Uint8Array): { type: string; info: Record<string, unknown> } | undefined {
  if (data.length < 4) return undefined;
  const v = dv(data);
  const need = (n: number) => {
    if (a.length < n) throw new RangeError('missing accounts');
  };
  switch (v.getUint32(0, true)) {
    case 0:
      need(1);
      return { type: 'initializeBuffer', info: { account: a[0], ...(a[1] ? { authority: a[1] } : {}) } };
    case 1: {
      need(2);
      const len = Number(v.getBigUint64(8, true));
      if (16 + len > data.length) throw new RangeError('short write');
      return { type: 'write', info: { offset: v.getUint32(4, true), bytes: Buffer.from(data.subarray(16, 16 + len)).toString('base64'), account: a[0], authority: a[1] } };
    }
    case 2:
      need(8);
      return {
        type: 'deployWithMaxDataLen',
        info: {
          maxDataLen: Number(v.getBigUint64(4, true)),
          payerAccount: a[0],
          programDataAccount: a[1],
          programAccount: a[2],
          bufferAccount: a[3],
          rentSysvar: a[4],
          clockSysvar: a[5],
          systemProgram: a[6],
          authority: a[7],
        },
      };
    case 3:
      need(7);
      return { type: 'upgrade', info: { programDataAccount: a[0], programAccount: a[1], bufferAccount: a[2], spillAccount: a[3], authority: a[6], rentSysvar: a[4], clockSysvar: a[5] } };
    case 4:
      need(2);
      return { type: 'setAuthority', info: { account: a[0], authority: a[1], newAuthority: a[2] ?? null } };
    case 5:
      need(2);
      return { type: 'close', info: { account: a[0], recipient: a[1], authority: a[2] ?? null, programAccount: a[3] ?? null } };
    case 6:
      need(2);
      return { type: 'extendProgram', info: { additionalBytes: v.getUint32(4, true), programDataAccount: a[0], programAccount: a[1], systemProgram: a[2] ?? null, payerAccount: a[3] ?? null } };
    case 7:
      need(3);
      return { type: 'setAuthorityChecked', info: { account: a[0], authority: a[1], newAuthority: a[2] } };
    default:
      return undefined;
  }
}
