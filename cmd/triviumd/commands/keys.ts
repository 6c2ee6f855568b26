import { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { defaultHome } from '../../../core/node/home.ts';
import { Keyring, type KeyRecord } from '../../../core/client/keyring.ts';
import { printOutput } from '../../../core/client/options.ts';
import { mnemonicFromEntropy } from '../../../core/client/mnemonic.ts';

const common = (c: Command) =>
  c.option('--home <dir>', 'home', defaultHome()).option('--keyring-backend <b>', 'keyring backend', 'test').option('-o, --output <format>', 'json or text', 'text');

type O = { home: string; keyringBackend: string; output: 'json' | 'text' };
const secp = (key: string) => ({ '@type': '/cosmos.crypto.secp256k1.PubKey', key });
const view = (k: KeyRecord) => ({
  name: k.name,
  type: k.type,
  address: k.address,
  pubkey: JSON.stringify(
    k.multisig ? { '@type': '/cosmos.crypto.multisig.LegacyAminoPubKey', threshold: k.multisig.threshold, public_keys: k.multisig.pubkeys.map(secp) } : secp(k.pubkey),
  ),
});

/** `triviumd keys add|list|show|delete|import|export` over the test keyring (BIP44 coin type 118). */
export function keysCommand(): Command {
  const keys = new Command('keys').description('manage the keyring (test backend: unencrypted files under the home)');
  common(keys.command('add').argument('<name>').option('--recover', 'read a mnemonic from stdin').option('--index <n>', 'HD account index', '0'))
    .option('--multisig <keys>', 'a multisig key (LegacyAminoPubKey) of these comma-separated keys instead')
    .option('--multisig-threshold <n>', 'with --multisig: how many of them must sign', '1')
    .option('--nosort', 'with --multisig: keep the keys in the order given (default: sorted by address)')
    .description('create a key (BIP39 mnemonic, m/44\'/118\'/0\'/0/index), or --multisig k1,k2 --multisig-threshold N')
    .action(async (name: string, o: O & { recover?: boolean; index: string; multisig?: string; multisigThreshold: string; nosort?: boolean }) => {
      const kr = new Keyring(o.home, o.keyringBackend);
      if (o.multisig !== undefined) {
        if (!/^\d+$/.test(o.multisigThreshold)) throw new Error(`--multisig-threshold must be a positive integer, got ${o.multisigThreshold}`);
        return printOutput(o, view(await kr.addMultisig(name, o.multisig.split(',').map((s) => s.trim()).filter(Boolean), Number(o.multisigThreshold), o.nosort)));
      }
      const mnemonic = o.recover ? (await readStdin()).trim() : mnemonicFromEntropy(randomBytes(32));
      const k = kr.addMnemonic(name, mnemonic, Number(o.index));
      printOutput(o, o.recover ? view(k) : { ...view(k), mnemonic });
    });
  common(keys.command('list')).description('list keys').action((o: O) => printOutput(o, new Keyring(o.home, o.keyringBackend).list().map(view)));
  common(keys.command('show').argument('<name>').option('-a, --address', 'print only the address'))
    .description('show a key')
    .action((name: string, o: O & { address?: boolean }) => {
      const k = new Keyring(o.home, o.keyringBackend).get(name);
      if (o.address) process.stdout.write(k.address + '\n');
      else printOutput(o, view(k));
    });
  common(keys.command('delete').argument('<name>').option('-y, --yes', 'no confirmation'))
    .description('delete a key')
    .action((name: string, o: O) => {
      new Keyring(o.home, o.keyringBackend).delete(name);
      process.stdout.write(`Key deleted forever (uh oh!)\n`);
    });
  common(keys.command('import').argument('<name>').argument('<hexkey>'))
    .description('import an unarmored hex secp256k1 private key')
    .action((name: string, hex: string, o: O) => {
      if (!/^(0x)?[0-9a-fA-F]{64}$/.test(hex)) throw new Error('private key must be 32 bytes of hex');
      printOutput(o, view(new Keyring(o.home, o.keyringBackend).addPrivateKey(name, Buffer.from(hex.replace(/^0x/, ''), 'hex'))));
    });
  common(keys.command('export').argument('<name>').option('--unarmored-hex', 'print the raw hex private key').option('--unsafe', 'acknowledge'))
    .description('export a private key (hex)')
    .action((name: string, o: O & { unarmoredHex?: boolean; unsafe?: boolean }) => {
      if (!o.unarmoredHex || !o.unsafe) throw new Error('only --unarmored-hex --unsafe export is supported');
      const k = new Keyring(o.home, o.keyringBackend).get(name);
      if (k.type === 'multi') throw new Error(`${name} is a multisig key: it has no private key (its members do)`);
      process.stdout.write(k.privkey + '\n');
    });
  return keys;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
