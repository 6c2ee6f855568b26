import { ripemd160, sha256 } from '@cosmjs/crypto';
import { toHex } from '@cosmjs/encoding';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import secp256k1 from 'secp256k1';
import { toBech32Address } from '../types/address.ts';
import { cosmosHdPath, derivePrivateKey, mnemonicToSeed } from './hd-keys.ts';
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
    if (nameOrAddress.startsWith('trivium1')) {
      const k = this.list().find((r) => r.address === nameOrAddress);
      if (k) return k;
    } else if (existsSync(this.file(nameOrAddress))) {
      return JSON.parse(readFileSync(this.file(nameOrAddress), 'utf8')) as KeyRecord;
    }
    throw new Error(`key ${nameOrAddress} not found in keyring ${this.dir}`);
  }

  has(name: string): boolean {
    return existsSync(this.file(name));
  }

  addPrivateKey(name: string, privkey: Uint8Array, hdPath?: string, overwrite = false): KeyRecord {
    if (!overwrite && this.has(name)) throw new Error(`key ${name} already exists`);
    const pub = secp256k1.publicKeyCreate(privkey, true);
    const rec: KeyRecord = {
      name,
      type: 'local',
      algo: 'secp256k1',
      address: toBech32Address(ripemd160(sha256(pub))),
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
