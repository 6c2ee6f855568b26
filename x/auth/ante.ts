import { createHash } from 'node:crypto';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import secp256k1 from 'secp256k1';
import { BECH32_PREFIX, DENOM, moduleAddress, parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import {
  ErrInsufficientFee,
  ErrInsufficientFunds,
  ErrInvalidGasLimit,
  ErrInvalidPubKey,
  ErrInvalidSequence,
  ErrMemoTooLarge,
  ErrNoSignatures,
  ErrSigVerification,
  ErrTooManySignatures,
  ErrUnauthorized,
  ErrUnknownAddress,
  AppError,
} from '../../core/types/errors.ts';
import { event } from '../../core/types/events.ts';
import type { AnteHandler } from '../../core/baseapp/ante.ts';
import type { DecodedTx } from '../../core/baseapp/tx-decoder.ts';
import type { AuthKeeper } from './keeper.ts';
import type { BankKeeper } from './expected-keepers.ts';
import { SigVerifier } from './sig-verifier.ts';
import { decodeMultisigKey, MULTISIG_PUBKEY, multisigParts, SECP256K1_PUBKEY } from './multisig.ts';
import { signBytes as signBytesOf, signModeOf, singleMode } from './sign-bytes.ts';
import { FeeCollectorName } from './types/index.ts';

export interface AnteOptions {
  simulate: boolean;
  /** Hashes of txs whose signatures CheckTx already verified against the same sign bytes. */
  verifiedSigs?: Set<string>;
}

export const feeCollector = moduleAddress(FeeCollectorName);

/**
 * x/auth's ante chain as baseapp runs it. CheckTx hands each signer's sign bytes to a worker thread as the tx
 * arrives (`preverify`); `run` then skips a signature the worker accepted. A rejected or missing verdict falls
 * back to the inline check, so a block's outcome never depends on the worker.
 */
export class AuthAnteHandler implements AnteHandler {
  /** `hash:signerIndex` of signatures checked against the same sign bytes. */
  private readonly verifiedSigs = new Set<string>();
  private readonly sigVerifier = new SigVerifier();

  constructor(
    private readonly auth: AuthKeeper,
    private readonly bank: BankKeeper,
  ) {}

  run(ctx: Context, tx: DecodedTx, simulate: boolean): void {
    runAnte(ctx, tx, this.auth, this.bank, { simulate, verifiedSigs: this.verifiedSigs });
  }

  preverify(ctx: Context, tx: DecodedTx): Promise<unknown> | undefined {
    const jobs: Array<Promise<void>> = [];
    tx.signers.forEach((signer, i) => {
      const sig = tx.raw.signatures[i];
      const info = tx.authInfo.signerInfos[i];
      if (!sig || !info) return;
      let acc;
      try {
        acc = this.auth.getAccount(ctx, parseAddress(signer), canonical(signer));
      } catch {
        return;
      }
      if (!acc) return;
      const pk = info.publicKey;
      const pubKey = pk ? (pk.typeUrl === '/cosmos.crypto.secp256k1.PubKey' ? signerKey(pk.value).key : undefined) : acc.pubKey;
      if (!pubKey) return;
      let signBytes: Uint8Array;
      try {
        signBytes = signBytesOf(tx, signModeOf(tx, i), { chainId: ctx.chainId, accountNumber: acc.accountNumber, sequence: info.sequence });
      } catch {
        return; // the ante handler refuses it with the reason
      }
      jobs.push(this.sigVerifier.verify({ signBytes, sig, pubKey }).then((ok) => void (ok && this.verifiedSigs.add(tx.hash + ':' + i))));
    });
    return jobs.length ? Promise.all(jobs) : undefined;
  }

  forget(tx: DecodedTx): void {
    for (let i = 0; i < tx.raw.signatures.length; i++) this.verifiedSigs.delete(tx.hash + ':' + i);
  }

  async close(): Promise<void> {
    await this.sigVerifier.close();
  }
}

/** libsecp256k1: a 64-byte low-S signature of sha256(signBytes) by a 33-byte key. */
function verifySecp256k1(sig: Uint8Array, signBytes: Uint8Array, pubKey: Uint8Array): boolean {
  try {
    return sig.length === 64 && secp256k1.ecdsaVerify(sig, sha256(signBytes), pubKey);
  } catch {
    return false;
  }
}

// node:crypto, not the pure-JS hashes: these run for every signer of every tx.
const sha256 = (b: Uint8Array): Uint8Array => createHash('sha256').update(b).digest();
const ripemd160 = (b: Uint8Array): Uint8Array => createHash('ripemd160').update(b).digest();

/** A bech32 string in the one spelling toBech32Address produces (lower case, our prefix), else undefined. */
const CANONICAL = new RegExp(`^${BECH32_PREFIX}1[02-9ac-hj-np-z]+$`);
const canonical = (s: string): string | undefined => (CANONICAL.test(s) ? s : undefined);

/**
 * A signer's secp256k1 key and the address it hashes to, per encoded PubKey: a pure function of those bytes,
 * kept for the tx's decoded lifetime (the decoded tx, and so these bytes, are shared by CheckTx, the recheck
 * and delivery), so sha256 + ripemd160 + bech32 run once per tx instead of at every ante pass.
 */
const signerKeys = new WeakMap<Uint8Array, { key: Uint8Array; address: string }>();
function signerKey(encoded: Uint8Array): { key: Uint8Array; address: string } {
  let k = signerKeys.get(encoded);
  if (!k) {
    const key = PubKey.decode(encoded).key;
    k = { key, address: key.length === 33 ? toBech32Address(ripemd160(sha256(key))) : '' };
    signerKeys.set(encoded, k);
  }
  return k;
}

/**
 * The SDK's ante chain in one pass: memo and size gas, fee (minimum gas price, deduction), then per
 * signer: account, public key, sequence, signature (SIGN_MODE_DIRECT or LEGACY_AMINO_JSON; a LegacyAminoPubKey's k of n),
 * sequence increment.
 */
export function runAnte(ctx: Context, tx: DecodedTx, auth: AuthKeeper, bank: BankKeeper, opts: AnteOptions): void {
  const params = auth.params(ctx);
  if (tx.body.memo.length > params.max_memo_characters) {
    throw ErrMemoTooLarge(`maximum number of characters is ${params.max_memo_characters} but received ${tx.body.memo.length} characters`);
  }
  if (tx.body.timeoutHeight > 0n && BigInt(ctx.height) > tx.body.timeoutHeight) {
    throw new AppError('sdk', 30, `block height: ${ctx.height}, timeout height: ${tx.body.timeoutHeight}: tx timeout height`);
  }
  const fee = tx.authInfo.fee;
  const gasLimit = fee?.gasLimit ?? 0n;
  if (!opts.simulate) {
    if (gasLimit <= 0n) throw ErrInvalidGasLimit('gas limit must be positive');
    if (gasLimit > ctx.maxBlockGas) throw ErrInvalidGasLimit(`gas limit ${gasLimit} exceeds the block gas limit ${ctx.maxBlockGas}`);
    const cap = ctx.maxTxGas;
    if (cap > 0n && gasLimit > cap) throw ErrInvalidGasLimit(`gas limit ${gasLimit} exceeds the per-tx gas cap ${cap} (consensus_params.block.max_tx_gas)`);
  }
  ctx.gasMeter.consume(BigInt(tx.bytes.length) * BigInt(params.tx_size_cost_per_byte), 'txSize');

  const signers = tx.signers;
  const sigs = tx.raw.signatures;
  const infos = tx.authInfo.signerInfos;
  if (sigs.length === 0 && !opts.simulate) throw ErrNoSignatures('no signatures supplied');
  // The SDK's ValidateSigCountDecorator: a multisig key counts as its members.
  let sigCount = 0;
  for (const info of infos) sigCount += info.publicKey?.typeUrl === MULTISIG_PUBKEY ? decodeMultisigKey(info.publicKey.value).keys.length : 1;
  sigCount = Math.max(sigCount, sigs.length);
  if (sigCount > params.tx_sig_limit) throw ErrTooManySignatures(`signatures: ${sigCount}, limit: ${params.tx_sig_limit}`);
  if (infos.length !== signers.length || (!opts.simulate && sigs.length !== signers.length)) {
    throw ErrUnauthorized(`wrong number of signers; expected ${signers.length}, got ${infos.length}`);
  }

  // Fee: only utrv, at least gas × min_gas_price (skipped in simulation so "auto" gas can be estimated).
  const coins = fee?.amount ?? [];
  for (const c of coins) if (c.denom !== DENOM) throw ErrInsufficientFee(`fee denom ${c.denom} is not accepted; pay in ${DENOM}`);
  const paid = coins.reduce((s, c) => s + BigInt(c.amount || '0'), 0n);
  if (!opts.simulate) {
    const required = auth.minFee(ctx, gasLimit);
    if (paid < required) throw ErrInsufficientFee(`insufficient fees; got: ${paid}${DENOM} required: ${required}${DENOM}`);
  }
  const payerAddr = fee?.payer ? fee.payer : signers[0]!;
  const payer = parseAddress(payerAddr);
  if (!auth.getAccount(ctx, payer, canonical(payerAddr))) throw ErrUnknownAddress(`fee payer address: ${payerAddr} does not exist`);
  // A simulation usually carries no fee; deduct a nominal one anyway so its gas matches the real path.
  const deducted = paid === 0n && opts.simulate && bank.getBalance(ctx, payer, DENOM) > 0n ? 1n : paid;
  if (deducted > 0n) {
    try {
      bank.sendCoins(ctx, payer, feeCollector, [{ denom: DENOM, amount: deducted.toString() }]);
    } catch (e) {
      throw ErrInsufficientFunds(`${(e as Error).message}: insufficient funds to pay fees`);
    }
  }
  ctx.emit(event('tx', { fee: paid > 0n ? `${paid}${DENOM}` : '', fee_payer: payerAddr }));

  for (let i = 0; i < signers.length; i++) {
    const addr = parseAddress(signers[i]!);
    const acc = auth.getAccount(ctx, addr, canonical(signers[i]!));
    if (!acc) throw ErrUnknownAddress(`account ${signers[i]} does not exist`);
    const info = infos[i]!;
    let pubKey = acc.pubKey;
    let multisig = acc.multisigPubKey;
    if (info.publicKey?.typeUrl === MULTISIG_PUBKEY) {
      if (decodeMultisigKey(info.publicKey.value).address !== acc.address) {
        throw ErrInvalidPubKey(`pubKey does not match signer address ${acc.address} with signer index: ${i}`);
      }
      multisig = info.publicKey.value;
      pubKey = undefined;
    } else if (info.publicKey) {
      if (info.publicKey.typeUrl !== SECP256K1_PUBKEY) {
        throw ErrInvalidPubKey(`unsupported public key type ${info.publicKey.typeUrl}`);
      }
      const { key, address } = signerKey(info.publicKey.value);
      if (key.length !== 33) throw ErrInvalidPubKey('secp256k1 public key must be 33 bytes (compressed)');
      if (address !== acc.address) {
        throw ErrInvalidPubKey(`pubKey does not match signer address ${acc.address} with signer index: ${i}`);
      }
      pubKey = key;
      multisig = undefined;
    }
    if (!pubKey && !multisig) throw ErrInvalidPubKey(`pubkey on account ${acc.address} is not set`);
    if (info.sequence !== acc.sequence) {
      throw ErrInvalidSequence(`account sequence mismatch, expected ${acc.sequence}, got ${info.sequence}`);
    }
    const signer = { chainId: ctx.chainId, accountNumber: acc.accountNumber, sequence: info.sequence };
    const sigError = () =>
      ErrSigVerification(`signature verification failed; please verify account number (${acc.accountNumber}), sequence (${acc.sequence}) and chain-id (${ctx.chainId})`);
    if (multisig) {
      // k of n members, each over the sign bytes of its own mode, all for the multisig account; checked inline.
      const key = decodeMultisigKey(multisig);
      if (opts.simulate) ctx.gasMeter.consume(params.sig_verify_cost_secp256k1 * key.keys.length, 'ante verify: multisig');
      else {
        const parts = multisigParts(key, info.modeInfo?.multi, sigs[i]!);
        ctx.gasMeter.consume(params.sig_verify_cost_secp256k1 * parts.length, 'ante verify: multisig');
        for (const part of parts) {
          const mode = singleMode(info.modeInfo!.multi!.modeInfos[part.sub]?.single?.mode);
          if (!verifySecp256k1(part.sig, signBytesOf(tx, mode, signer), part.key)) throw sigError();
        }
      }
    } else {
      const mode = opts.simulate ? undefined : signModeOf(tx, i);
      ctx.gasMeter.consume(params.sig_verify_cost_secp256k1, 'ante verify: secp256k1');
      if (mode !== undefined && !opts.verifiedSigs?.has(tx.hash + ':' + i)) {
        // The sequence the signer signed is the account's (checked just above), so the sign bytes are a pure
        // function of the tx, the chain and the account number: the worker's verdict from CheckTx still holds.
        if (!verifySecp256k1(sigs[i]!, signBytesOf(tx, mode, signer), pubKey!)) throw sigError();
        opts.verifiedSigs?.add(tx.hash + ':' + i);
      }
    }
    auth.setAccount(ctx, { ...acc, pubKey, multisigPubKey: pubKey ? undefined : multisig, sequence: acc.sequence + 1n });
    ctx.emit(event('tx', { acc_seq: `${acc.address}/${acc.sequence}` }));
    if (sigs[i]) ctx.emit(event('tx', { signature: Buffer.from(sigs[i]!).toString('base64') }));
  }
}
