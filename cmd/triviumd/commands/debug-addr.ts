import { Command } from 'commander';
import { fromBech32 } from '@cosmjs/encoding';
import { toBech32Address, toChecksumAddress } from '../../../core/types/address.ts';
import { addressFace, embeddedAddress, svmFace } from '../../../x/svm/types/address.ts';
import { decodeBase58, encodeBase58 } from '../../../x/svm/types/base58.ts';

/** Every face of one account (docs/architecture.md: one account, three spellings). */
export function addressFaces(input: string): Record<string, string> {
  const s = input.trim();
  let addr20: Uint8Array | undefined;
  let pubkey: Uint8Array | undefined;
  if (/^0x[0-9a-fA-F]{40}$/.test(s)) addr20 = Buffer.from(s.slice(2), 'hex');
  else if (/^[0-9a-fA-F]{40}$/.test(s)) addr20 = Buffer.from(s, 'hex');
  else if (s.startsWith('trivium')) {
    const { data } = fromBech32(s, 100);
    if (data.length === 20) addr20 = data;
    else pubkey = data;
  } else {
    try {
      pubkey = decodeBase58(s);
    } catch {
      throw new Error(`cannot read ${JSON.stringify(input)}: give a trivium1… or 0x… address, 40 hex digits, or a base58 SVM pubkey`);
    }
    if (pubkey.length !== 32) throw new Error(`an SVM pubkey is 32 bytes, ${JSON.stringify(input)} is ${pubkey.length}`);
  }
  if (pubkey && !addr20) addr20 = addressFace(pubkey);
  const a = addr20!;
  const out: Record<string, string> = {
    bech32: toBech32Address(a),
    evm: toChecksumAddress(a),
    hex: Buffer.from(a).toString('hex').toUpperCase(),
    svm_face: encodeBase58(svmFace(a)),
  };
  if (pubkey) {
    out.svm_pubkey = encodeBase58(pubkey);
    out.note = embeddedAddress(pubkey) ? 'the pubkey is the SVM face of this address' : "the 20-byte face of this SVM pubkey holds its lamports (sha256('trivium-svm-face:' ‖ pubkey)[0..20])";
  }
  return out;
}

export function debugAddrCommand(): Command {
  return new Command('addr')
    .description('print every face of an address: bech32, EVM 0x…, hex, SVM face (and for an SVM pubkey, its 20-byte face)')
    .argument('<address>')
    .action((address: string) => {
      for (const [k, v] of Object.entries(addressFaces(address))) process.stdout.write(`${k.padEnd(11)} ${v}\n`);
    });
}
