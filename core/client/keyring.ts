import { ripemd160, sha256 } from '@cosmjs/crypto';
import { toHex } from '@cosmjs/encoding';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAddress, toBech32Address, wrongBech32Prefix } from '../types/address.ts';
import { cosmosHdPath, derivePrivateKey, mnemonicToSeed, secp256k1PublicKey } from './hd-keys.ts';
import { homePaths } from '../node/home.ts';

/** A key as the keyring stores it (the SDK's `test` backend: unencrypted files under the home). */
export interface KeyRecord {
  name: string;
  /** local: a private key; multi: a LegacyAminoPubKey of other keys (no private key: its members sign). */
  type: 'local' | 'multi';
  algo: 'secp256k1' | 'multi';
  address: string;
  pubkey: string; // base64 compressed (local)
  privkey: string; // hex (local); '' for multi
  hdPath?: string;
  /** multi: k of the members' base64 secp256k1 keys, in the key's order. */
  multisig?: { threshold: number; pubkeys: string[] };
}

export class Keyring {
  readonly dir: string;
  constructor(home: string, readonly backend = 'test') {
    if (backend !== 'test' && backend !== 'memory') {
      throw new Error(`keyring backend ${backend} is not supported here; use --keyring-backend test`);
    }
    this.dir = homePaths(home).keyring('test');
  }

  private file(name: string) {
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) throw new Error(`invalid key name ${JSON.stringify(name)}`);
    return join(this.dir, `${name}.info.json`);
  }

  list(): KeyRecord[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.info.json'))
      .map((f) => JSON.parse(readFileSync(join(this.dir, f), 'utf8')) as KeyRecord)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  get(nameOrAddress: string): KeyRecord {
    if (looksLikeAddress(nameOrAddress)) {
      const bech32 = toBech32Address(parseAddress(nameOrAddress)); // names a wrong prefix or checksum
      const k = this.list().find((r) => r.address === bech32);
      if (k) return k;
    } else if (existsSync(this.file(nameOrAddress))) {
      return JSON.parse(readFileSync(this.file(nameOrAddress), 'utf8')) as KeyRecord;
    }
    throw new Error(`key ${nameOrAddress} not found in keyring ${this.dir}`);
  }

  has(name: string): boolean {
    return existsSync(this.file(name));
  }

  /** `derived`: privkey's compressed public key and address when the caller derived them already (the dev accounts). */
  addPrivateKey(name: string, privkey: Uint8Array, hdPath?: string, overwrite = false, derived?: { pubkey: Uint8Array; address: string }): KeyRecord {
    if (!overwrite && this.has(name)) throw new Error(`key ${name} already exists`);
    const pub = derived?.pubkey ?? secp256k1PublicKey(privkey, true); // node:crypto: `init` and `start` load no secp256k1 addon
    const rec: KeyRecord = {
      name,
      type: 'local',
      algo: 'secp256k1',
      address: derived?.address ?? toBech32Address(ripemd160(sha256(pub))),
      pubkey: Buffer.from(pub).toString('base64'),
      privkey: toHex(privkey),
      hdPath,
    };
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    writeFileSync(this.file(name), JSON.stringify(rec, null, 2) + '\n', { mode: 0o600 });
    return rec;
  }

  addMnemonic(name: string, mnemonic: string, index = 0, overwrite = false): KeyRecord {
    const path = cosmosHdPath(index);
    return this.addPrivateKey(name, derivePrivateKey(mnemonicToSeed(mnemonic), path), path, overwrite);
  }

  /**
   * `keys add NAME --multisig k1,k2 --multisig-threshold N`: the SDK's LegacyAminoPubKey of the members' keys,
   * sorted by address unless `nosort` (as the SDK and CosmJS's createMultisigThresholdPubkey do).
   */
  async addMultisig(name: string, members: string[], threshold: number, nosort = false): Promise<KeyRecord> {
    if (this.has(name)) throw new Error(`key ${name} already exists`);
    const { createMultisigThresholdPubkey, pubkeyToAddress } = await import('@cosmjs/amino');
    const keys = members.map((m) => {
      const k = this.get(m);
      if (k.type !== 'local') throw new Error(`${m} is a multisig key: a multisig's members are single keys`);
      return { type: 'tendermint/PubKeySecp256k1' as const, value: k.pubkey };
    });
    if (new Set(keys.map((k) => k.value)).size !== keys.length) throw new Error('a multisig key lists each member once');
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > keys.length) throw new Error(`--multisig-threshold must be between 1 and the number of keys (${keys.length})`);
    const pk = createMultisigThresholdPubkey(keys, threshold, nosort);
    const rec: KeyRecord = {
      name, type: 'multi', algo: 'multi', address: pubkeyToAddress(pk, 'trivium'), pubkey: '', privkey: '',
      multisig: { threshold, pubkeys: pk.value.pubkeys.map((p) => p.value as string) },
    };
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    writeFileSync(this.file(name), JSON.stringify(rec, null, 2) + '\n', { mode: 0o600 });
    return rec;
  }

  delete(name: string): void {
    this.get(name);
    rmSync(this.file(name));
  }
}

/** A bech32 string of any prefix, or 0x and 40 hex digits: an address rather than a key name. */
function looksLikeAddress(s: string): boolean {
  return s.startsWith('trivium1') || /^0x[0-9a-fA-F]{40}$/.test(s) || wrongBech32Prefix(s) !== undefined;
}

/**
 * An address argument or flag of the CLI (`--admin dev0`, `bank send dev0 dev1 …`): a `trivium1…`/`0x…` address
 * as given (checked), or the address of a key in the keyring. Another chain's bech32 prefix is named as such.
 */
export function resolveAddress(s: string, opts: { home: string; keyringBackend: string }): string {
  if (looksLikeAddress(s)) {
    parseAddress(s);
    return s;
  }
  const kr = new Keyring(opts.home, opts.keyringBackend);
  if (/^[A-Za-z0-9._-]{1,64}$/.test(s) && kr.has(s)) return kr.get(s).address;
  throw new Error(`${JSON.stringify(s)} is neither an address (trivium1… or 0x…) nor a key in keyring ${kr.dir}`);
}
