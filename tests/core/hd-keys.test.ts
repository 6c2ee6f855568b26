// The dev keys' derivation on node:crypto (issue 17: start-up CPU) against independent implementations: ethers' BIP39
// and BIP32, and libsecp256k1 (the secp256k1 addon the code used before) for the public keys.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ripemd160, sha256 } from '@cosmjs/crypto';
import { HDNodeWallet, Mnemonic, getBytes, keccak256 } from 'ethers';
import secp256k1 from 'secp256k1';
import { devAccounts } from '../../app/genesis.ts';
import { COSMOS_HD_PARENT, cosmosHdPath, deriveChildKeys, derivePrivateKey, DEV_MNEMONIC, ETH_HD_PARENT, ethHdPath, mnemonicToSeed, secp256k1PublicKey } from '../../core/client/hd-keys.ts';
import { Keyring } from '../../core/client/keyring.ts';
import { toBech32Address } from '../../core/types/address.ts';
import { DEV_EVM_ADDRESSES, devEvmKeys } from '../../x/evm/dev-accounts.ts';

const OTHER = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const ethersKey = (mnemonic: string, p: string) => getBytes(HDNodeWallet.fromSeed(Mnemonic.fromPhrase(mnemonic).computeSeed()).derivePath(p).privateKey);

describe('hd-keys on node:crypto', () => {
  it('the BIP39 seed is ethers\' for both mnemonics', () => {
    for (const m of [DEV_MNEMONIC, OTHER]) assert.equal('0x' + hex(mnemonicToSeed(m)), Mnemonic.fromPhrase(m).computeSeed());
  });

  it('derivePrivateKey and deriveChildKeys give ethers\' BIP32 keys on the Cosmos and Ethereum paths', () => {
    for (const m of [DEV_MNEMONIC, OTHER]) {
      const seed = mnemonicToSeed(m);
      for (const [parent, at] of [[COSMOS_HD_PARENT, cosmosHdPath], [ETH_HD_PARENT, ethHdPath]] as const) {
        const children = deriveChildKeys(seed, parent, 12);
        assert.equal(children.length, 12);
        children.forEach((k, i) => {
          const want = hex(ethersKey(m, at(i)));
          assert.equal(hex(k), want, `${m.slice(0, 8)} ${at(i)}`);
          assert.equal(hex(derivePrivateKey(seed, at(i))), want);
        });
      }
      assert.equal(hex(derivePrivateKey(seed, "m/44'/501'/3'/0'")), hex(ethersKey(m, "m/44'/501'/3'/0'")));
    }
  });

  it('secp256k1PublicKey is libsecp256k1\'s publicKeyCreate, compressed and not, and refuses what it refuses', () => {
    const n = BigInt('0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141');
    const k = (x: bigint) => Buffer.from(x.toString(16).padStart(64, '0'), 'hex');
    const keys = [k(1n), k(2n), k(n - 1n), ...deriveChildKeys(mnemonicToSeed(DEV_MNEMONIC), ETH_HD_PARENT, 4)];
    for (const key of keys) {
      for (const compressed of [true, false]) assert.equal(hex(secp256k1PublicKey(key, compressed)), hex(secp256k1.publicKeyCreate(key, compressed)));
    }
    for (const bad of [k(0n), k(n), k(n + 5n)]) {
      assert.throws(() => secp256k1.publicKeyCreate(bad));
      assert.throws(() => secp256k1PublicKey(bad), /Private Key is invalid/);
    }
    assert.throws(() => secp256k1PublicKey(new Uint8Array(31)), /length 32/);
  });

  it('the devnet accounts: dev0…dev9 and anvil\'s ten EVM keys, as an independent derivation makes them', () => {
    const devs = devAccounts();
    assert.equal(devs.length, 10);
    devs.forEach((a, i) => {
      const key = ethersKey(DEV_MNEMONIC, cosmosHdPath(i));
      const pub = secp256k1.publicKeyCreate(key, true);
      assert.deepEqual({ ...a, privkey: hex(a.privkey), pubkey: hex(a.pubkey) }, { name: `dev${i}`, hdPath: cosmosHdPath(i), privkey: hex(key), pubkey: hex(pub), address: toBech32Address(ripemd160(sha256(pub))) });
    });
    const evm = devEvmKeys({ accounts: 10, mnemonic: DEV_MNEMONIC });
    evm.forEach((e, i) => {
      assert.equal(e.address, DEV_EVM_ADDRESSES[i]!.toLowerCase());
      assert.equal(e.address, '0x' + keccak256(secp256k1.publicKeyCreate(e.key, false).subarray(1)).slice(-40));
    });
    const other = devEvmKeys({ accounts: 3, mnemonic: OTHER });
    other.forEach((e, i) => assert.equal(e.address, HDNodeWallet.fromSeed(Mnemonic.fromPhrase(OTHER).computeSeed()).derivePath(ethHdPath(i)).address.toLowerCase()));
  });

  it('a keyring record holds libsecp256k1\'s public key and the address of it', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'trivium-hd-'));
    try {
      const kr = new Keyring(home, 'test');
      const key = ethersKey(OTHER, cosmosHdPath(7));
      const rec = kr.addPrivateKey('k', key, cosmosHdPath(7));
      const pub = secp256k1.publicKeyCreate(key, true);
      assert.equal(rec.pubkey, Buffer.from(pub).toString('base64'));
      assert.equal(rec.address, toBech32Address(ripemd160(sha256(pub))));
      assert.throws(() => kr.addPrivateKey('z', new Uint8Array(32)), /Private Key is invalid/);
      assert.equal(kr.has('z'), false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
