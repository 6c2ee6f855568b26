import { readFileSync } from 'node:fs';
import { toBech32Address } from '../../../core/types/address.ts';
import { addressFace, parsePubkey } from '../types/address.ts';
import { encodeBase58 } from '../types/base58.ts';
import type { SvmGenesis } from '../genesis.ts';

/** 1 utrv = 1,000 lamports (x/bank holds an SVM account's lamports as its 20-byte face's utrv). */
const LAMPORTS_PER_UTRV = 1000n;

/** `solana account --output json` (what solana-test-validator's --account reads). */
interface AccountDump {
  pubkey?: string;
  account: { lamports: number | string; data: [string, string] | string; owner: string; executable?: boolean; rentEpoch?: number | string };
}

type AppState = Record<string, unknown> & { svm?: SvmGenesis; bank?: { balances: Array<{ address: string; coins: Array<{ denom: string; amount: string }> }> } };

/**
 * `triviumd start --bpf-program ID FILE` and `--account ADDR FILE` (solana-test-validator's flags, repeatable):
 * written into a new home's genesis before InitChain, so the programs and accounts are genesis state — a
 * replay from the home reaches them too. `ADDR` `-` takes the pubkey in the file. Lamports become the
 * account face's utrv, rounded up to a whole utrv (and at least that: a second start with the same flags
 * finds the genesis unchanged).
 */
export function applySvmStartFlags(flags: Record<string, unknown>, genesisAppState: () => Record<string, unknown>): string[] {
  const programs = pairs(flags.bpfProgram ?? flags['bpf-program'], '--bpf-program ID FILE');
  const accounts = pairs(flags.account, '--account ADDR FILE');
  if (!programs.length && !accounts.length) return [];
  const appState = genesisAppState() as AppState;
  const svm = appState.svm;
  const bank = appState.bank;
  if (!svm || !bank) throw new Error('the genesis has no svm or bank state');
  const loaded: string[] = [];
  for (const [id, file] of programs) {
    const pubkey = encodeBase58(pubkeyOf(id, '--bpf-program'));
    const elf = read(file, '--bpf-program');
    svm.programs = svm.programs.filter((p) => p.program_id !== pubkey);
    svm.programs.push({ program_id: pubkey, deployer: '', elf: elf.toString('base64'), deployed_height: 0 });
    loaded.push(`program ${pubkey} (${elf.length} bytes from ${file})`);
  }
  for (const [addr, file] of accounts) {
    let dump: AccountDump;
    try {
      dump = JSON.parse(read(file, '--account').toString('utf8')) as AccountDump;
    } catch (e) {
      throw new Error(`--account ${file}: not an account JSON file (solana account --output json): ${(e as Error).message}`);
    }
    const a = dump.account;
    if (!a || typeof a.owner !== 'string') throw new Error(`--account ${file}: expected {"pubkey", "account": {lamports, data, owner, executable, rentEpoch}}`);
    const key = pubkeyOf(addr === '-' ? String(dump.pubkey ?? '') : addr, '--account');
    const pubkey = encodeBase58(key);
    const [data, encoding] = Array.isArray(a.data) ? a.data : [a.data, 'base64'];
    if (encoding !== 'base64') throw new Error(`--account ${file}: data must be base64 (got ${encoding})`);
    svm.accounts = svm.accounts.filter((x) => x.pubkey !== pubkey);
    svm.accounts.push({ pubkey, owner: encodeBase58(pubkeyOf(a.owner, '--account owner')), data, executable: Boolean(a.executable), rent_epoch: String(a.rentEpoch ?? 0) });
    const lamports = BigInt(a.lamports ?? 0);
    if (lamports < 0n) throw new Error(`--account ${file}: lamports must not be negative`);
    const utrv = (lamports + LAMPORTS_PER_UTRV - 1n) / LAMPORTS_PER_UTRV;
    if (utrv > 0n) {
      const address = toBech32Address(addressFace(key));
      const entry = bank.balances.find((b) => b.address === address);
      // At least the account's lamports (not added to: loading the same flags twice gives the same genesis).
      if (entry) {
        const c = entry.coins.find((x) => x.denom === 'utrv');
        if (!c) entry.coins.push({ denom: 'utrv', amount: utrv.toString() });
        else if (BigInt(c.amount) < utrv) c.amount = utrv.toString();
      } else bank.balances.push({ address, coins: [{ denom: 'utrv', amount: utrv.toString() }] });
    }
    loaded.push(`account ${pubkey} (${lamports} lamports, owner ${a.owner})`);
  }
  return loaded;
}

function pairs(v: unknown, usage: string): Array<[string, string]> {
  if (v === undefined || v === false) return [];
  const list = Array.isArray(v) ? v.map(String) : [String(v)];
  if (list.length % 2 !== 0) throw new Error(`${usage}: expected pairs, got ${list.join(' ')}`);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < list.length; i += 2) out.push([list[i]!, list[i + 1]!]);
  return out;
}

function pubkeyOf(s: string, what: string): Uint8Array {
  try {
    return parsePubkey(s);
  } catch (e) {
    throw new Error(`${what}: ${JSON.stringify(s)} is not a base58 pubkey: ${(e as Error).message}`);
  }
}

function read(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new Error(`${what}: cannot read ${file}: ${(e as Error).message}`);
  }
}
