import { DENOM, parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import type { BankKeeper } from './expected-keepers.ts';
import { getJSON, setJSON, u64Key } from '../../core/store/kv.ts';
import { createHash } from 'node:crypto';
import { addressFace } from './types/address.ts';
import { decodeBase58, encodeBase58 } from './types/base58.ts';
import { faucetKeypair } from './faucet.ts';
import type { ProgramInfo, SvmKeeper } from './keeper/keeper.ts';
import { decodeRecord, encodeRecord } from './keeper/record.ts';
import { BPF_LOADER_ID, Keys, toHex } from './types/index.ts';
import { checkElfHeader } from './keeper/elf.ts';

/** x/svm's genesis state. Lamports are not here: they are x/bank balances (plus the remainders below). */
export interface SvmGenesis {
  /** utrv minted at genesis to the devnet faucet (requestAirdrop); "0" for none. */
  faucet_utrv: string;
  accounts: Array<{ pubkey: string; owner: string; data: string; executable: boolean; rent_epoch: string }>;
  programs: Array<{ program_id: string; deployer: string; elf: string; deployed_height: number }>;
  /** Sub-utrv lamports per 20-byte face (hex), backed by the svm module account's balance. */
  remainders: Array<{ address: string; lamports: string }>;
  deploy_sequences: Array<{ deployer: string; sequence: string }>;
  /** Processed wire transactions (base58 signature) and the height after which they are forgotten: replay protection. */
  signatures?: Array<{ signature: string; expiry_height: string }>;
  /** Devnet only: who may send MsgDevSetAccount (the devnet's dev0); absent on a network. */
  dev_authority?: string;
}

export const defaultSvmGenesis = (): SvmGenesis => ({
  faucet_utrv: '1000000000000',
  accounts: [],
  programs: [],
  remainders: [],
  deploy_sequences: [],
});

export function initSvmGenesis(ctx: Context, keeper: SvmKeeper, bank: BankKeeper, state: SvmGenesis): void {
  const g = { ...defaultSvmGenesis(), ...state };
  if (BigInt(g.faucet_utrv) > 0n) {
    bank.mintCoins(ctx, addressFace(faucetKeypair().publicKey), [{ denom: DENOM, amount: BigInt(g.faucet_utrv).toString() }]);
  }
  for (const a of g.accounts) {
    const hex = toHex(decodeBase58(a.pubkey));
    const owner = decodeBase58(a.owner);
    const record = encodeRecord({ owner, executable: a.executable, rentEpoch: BigInt(a.rent_epoch), data: Buffer.from(a.data, 'base64'), elfRef: false });
    ctx.store.set(Keys.account(hex), record);
    ctx.store.set(Keys.byOwner(toHex(owner), hex), new Uint8Array(0));
  }
  for (const p of g.programs) {
    const id = decodeBase58(p.program_id);
    const hex = toHex(id);
    const elf = new Uint8Array(Buffer.from(p.elf, 'base64'));
    checkElfHeader(elf);
    const sha = createHash('sha256').update(elf).digest('hex');
    ctx.store.set(Keys.account(hex), encodeRecord({ owner: BPF_LOADER_ID, executable: true, rentEpoch: 0xffff_ffff_ffff_ffffn, data: Buffer.from(sha, 'hex'), elfRef: true }));
    ctx.store.set(Keys.byOwner(toHex(BPF_LOADER_ID), hex), new Uint8Array(0));
    ctx.store.set(Keys.elf(hex), elf);
    const info: ProgramInfo = { programId: p.program_id, deployer: p.deployer, elfSha256: sha, elfSize: elf.length, deployedHeight: p.deployed_height, loader: encodeBase58(BPF_LOADER_ID) };
    setJSON(ctx.store, Keys.program(hex), info);
  }
  for (const r of g.remainders) {
    const v = BigInt(r.lamports);
    if (v <= 0n || v >= 1000n) throw new Error(`svm genesis: remainder ${r.lamports} for ${r.address} is not in 1..999`);
    ctx.store.set(Keys.fraction(r.address.toLowerCase()), Uint8Array.of(Number(v >> 8n), Number(v & 0xffn)));
  }
  for (const s of g.deploy_sequences) ctx.store.set(Keys.deploySeq(toHex(parseAddress(s.deployer))), Buffer.from(BigInt(s.sequence).toString()));
  if (g.dev_authority) ctx.store.set(Keys.devAuthority, Buffer.from(g.dev_authority));
  for (const s of g.signatures ?? []) {
    const sigHex = toHex(decodeBase58(s.signature));
    const expiry = u64Key(BigInt(s.expiry_height));
    ctx.store.set(Keys.signature(sigHex), Buffer.from(expiry));
    ctx.store.set(Keys.signatureExpiry(expiry, sigHex), new Uint8Array(0));
  }
}

/** Everything under svm/, in key order; the faucet's utrv (and all lamports) are the bank's to export. */
export function exportSvmGenesis(ctx: Context): SvmGenesis {
  const g: SvmGenesis = { faucet_utrv: '0', accounts: [], programs: [], remainders: [], deploy_sequences: [], signatures: [] };
  for (const [k, v] of ctx.rawStore.iterate(Keys.accountPrefix)) {
    const hex = k.slice(Keys.accountPrefix.length);
    const r = decodeRecord(v);
    const pubkey = encodeBase58(Buffer.from(hex, 'hex'));
    if (r.elfRef) {
      const info = getJSON<ProgramInfo>(ctx.rawStore, Keys.program(hex));
      const elf = ctx.rawStore.get(Keys.elf(hex))!;
      g.programs.push({ program_id: pubkey, deployer: info?.deployer ?? '', elf: Buffer.from(elf).toString('base64'), deployed_height: info?.deployedHeight ?? 0 });
    } else {
      g.accounts.push({ pubkey, owner: encodeBase58(r.owner), data: Buffer.from(r.data).toString('base64'), executable: r.executable, rent_epoch: r.rentEpoch.toString() });
    }
  }
  for (const [k, v] of ctx.rawStore.iterate(Keys.fractionPrefix)) {
    g.remainders.push({ address: k.slice(Keys.fractionPrefix.length), lamports: String((v[0]! << 8) | v[1]!) });
  }
  for (const [k, v] of ctx.rawStore.iterate(Keys.deploySeqPrefix)) {
    g.deploy_sequences.push({ deployer: toBech32Address(Buffer.from(k.slice(Keys.deploySeqPrefix.length), 'hex')), sequence: Buffer.from(v).toString() });
  }
  for (const [k, v] of ctx.rawStore.iterate(Keys.signaturePrefix)) {
    g.signatures!.push({ signature: encodeBase58(Buffer.from(k.slice(Keys.signaturePrefix.length), 'hex')), expiry_height: BigInt(Buffer.from(v).toString()).toString() });
  }
  const dev = ctx.rawStore.get(Keys.devAuthority);
  if (dev) g.dev_authority = Buffer.from(dev).toString();
  return g;
}
