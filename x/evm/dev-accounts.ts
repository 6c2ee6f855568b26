import { deriveChildKeys, DEV_MNEMONIC, ETH_HD_PARENT, mnemonicToSeed, secp256k1PublicKey } from '../../core/client/hd-keys.ts';
import { checkMnemonic } from '../../core/client/mnemonic.ts';
import { intStartFlag, startFlag } from '../../core/types/node-api.ts';
import { keccak256 } from './crypto.ts';

/**
 * The 10 accounts anvil and Hardhat fund: m/44'/60'/0'/0/i of `test test … junk`, Ethereum addresses
 * (keccak of the public key) — not the Cosmos dev0…dev9, which are ripemd160(sha256) of the same mnemonic
 * on another path. tests/evm/genesis.test.ts derives them again and compares.
 */
export const DEV_EVM_ADDRESSES = [
  '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
  '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  '0x976EA74026E726554dB657fA54763abd0C3a0aa9',
  '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955',
  '0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f',
  '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720',
] as const;

/** 10,000,000,000 utrv = 10^22 wei = 10,000 "ETH", what anvil gives each. */
export const DEV_EVM_BALANCE_UTRV = '10000000000';

/** anvil's start flags for its funded accounts: `--accounts N`, `--mnemonic`, `--balance` (whole ETH each). */
export interface DevEvmAccountOptions {
  accounts: number;
  mnemonic: string;
  /** Whole ETH (10^18 wei) per account. */
  balanceEth: bigint;
}

export const DEFAULT_DEV_EVM_ACCOUNTS: DevEvmAccountOptions = { accounts: DEV_EVM_ADDRESSES.length, mnemonic: DEV_MNEMONIC, balanceEth: 10_000n };
/** More accounts than this make a genesis nobody wants to print in a banner; anvil has no cap. */
export const MAX_DEV_EVM_ACCOUNTS = 10_000;

/** The flags as options; a bad value throws at start (not at the first call). */
export function devEvmAccountOptions(flags: Readonly<Record<string, string | boolean | undefined>>): DevEvmAccountOptions {
  const accounts = intStartFlag(flags, 'accounts', DEFAULT_DEV_EVM_ACCOUNTS.accounts, 0, MAX_DEV_EVM_ACCOUNTS);
  const m = startFlag(flags, 'mnemonic');
  let mnemonic = DEV_MNEMONIC;
  if (m !== undefined && m !== true) {
    try {
      mnemonic = checkMnemonic(String(m));
    } catch (e) {
      throw new Error(`--mnemonic: not a BIP39 English mnemonic (${(e as Error).message})`);
    }
  }
  const b = startFlag(flags, 'balance');
  if (b !== undefined && (b === true || !/^\d{1,30}$/.test(String(b)))) throw new Error(`--balance must be whole ETH per account (an integer), got ${JSON.stringify(b)}`);
  return { accounts, mnemonic, balanceEth: b === undefined ? DEFAULT_DEV_EVM_ACCOUNTS.balanceEth : BigInt(String(b)) };
}

const derivedKeys = new Map<string, Array<{ address: string; key: Uint8Array }>>();
/** m/44'/60'/0'/0/i of the mnemonic, i < n: lower-case 0x addresses (keccak of the public key) and their keys. */
export function devEvmKeys(o: Pick<DevEvmAccountOptions, 'accounts' | 'mnemonic'>): Array<{ address: string; key: Uint8Array }> {
  const id = `${o.accounts}/${o.mnemonic}`;
  let keys = derivedKeys.get(id);
  if (!keys) {
    keys = deriveChildKeys(mnemonicToSeed(o.mnemonic), ETH_HD_PARENT, o.accounts).map((key) => {
      const pub = secp256k1PublicKey(key, false);
      return { address: '0x' + Buffer.from(keccak256(pub.subarray(1)).subarray(12)).toString('hex'), key };
    });
    derivedKeys.set(id, keys);
  }
  return keys;
}
