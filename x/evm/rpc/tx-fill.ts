import { type AccessList, createAccessList2930Tx, createFeeMarket1559Tx, createLegacyTx, type TypedTransaction } from '@ethereumjs/tx';
import { bytesToHex } from '@ethereumjs/util';
import { TypedDataEncoder } from 'ethers';
import secp256k1 from 'secp256k1';
import { keccak256 } from '../crypto.ts';
import { txCommon } from '../executor/common.ts';
import { EVM_CHAIN_ID } from '../types/index.ts';
import { invalidParams } from './errors.ts';
import { data, parseAddr, parseData, parseQuantity, quantity } from './hex.ts';

/** What filling a tx asks of the node: its own eth_* answers (so a filled tx is what a wallet would build). */
export type RpcCall = (method: string, params: unknown[]) => Promise<unknown>;

export interface FilledTx {
  from: string;
  /** Unsigned, every field set: nonce, gas, fees, chain id. */
  tx: TypedTransaction;
}

const opt = (o: Record<string, unknown>, k: string) => (o[k] === undefined || o[k] === null ? undefined : o[k]);

/**
 * A GenericTransaction (eth_sendTransaction / eth_signTransaction / eth_fillTransaction) with what is missing
 * filled in as anvil and geth do: the pending nonce, an estimated gas limit, maxFeePerGas twice the base fee plus
 * the tip (none by default). The type follows the fields: `gasPrice` alone → legacy (EIP-155), with an access list → EIP-2930,
 * otherwise EIP-1559; an explicit `type` must agree.
 */
export async function fillTransaction(t: unknown, call: RpcCall): Promise<FilledTx> {
  if (t === null || typeof t !== 'object' || Array.isArray(t)) throw invalidParams('invalid transaction: expected an object');
  const o = t as Record<string, unknown>;
  const from = bytesToHex(parseAddr(opt(o, 'from') ?? '0x' + '00'.repeat(20), 'from'));
  const to = opt(o, 'to') === undefined ? undefined : bytesToHex(parseAddr(o.to, 'to'));
  if (o.input !== undefined && o.data !== undefined && o.input !== o.data) throw invalidParams('both "data" and "input" are set and not equal');
  const input = opt(o, 'input') ?? opt(o, 'data');
  const payload = input === undefined ? new Uint8Array() : parseData(input, 'input');
  const value = opt(o, 'value') === undefined ? 0n : parseQuantity(o.value, 'value');
  if (opt(o, 'chainId') !== undefined && parseQuantity(o.chainId, 'chainId') !== EVM_CHAIN_ID) throw invalidParams(`invalid chainId: this chain's is ${EVM_CHAIN_ID}`);
  const accessList = opt(o, 'accessList') as AccessList | undefined;
  if (accessList !== undefined && !Array.isArray(accessList)) throw invalidParams('invalid accessList: expected an array');
  for (const k of ['blobVersionedHashes', 'blobs', 'authorizationList'] as const) {
    if (opt(o, k) !== undefined) throw invalidParams(`invalid ${k}: blob (EIP-4844) and set-code (EIP-7702) transactions are not supported (this chain runs Cancun without blobs)`);
  }
  const legacyFee = opt(o, 'gasPrice');
  const feeMarket = opt(o, 'maxFeePerGas') !== undefined || opt(o, 'maxPriorityFeePerGas') !== undefined;
  if (legacyFee !== undefined && feeMarket) throw invalidParams('both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified');
  let type = legacyFee === undefined ? 2 : accessList ? 1 : 0;
  if (opt(o, 'type') !== undefined) {
    const asked = Number(parseQuantity(o.type, 'type'));
    if (asked > 2) throw invalidParams(`invalid type 0x${asked.toString(16)}: this node fills types 0x0, 0x1 and 0x2`);
    if ((asked === 2 && legacyFee !== undefined) || (asked < 2 && feeMarket)) throw invalidParams(`type 0x${asked} does not match the fee fields given`);
    type = asked;
  }

  const nonce = opt(o, 'nonce') !== undefined ? parseQuantity(o.nonce, 'nonce') : BigInt(String(await call('eth_getTransactionCount', [from, 'pending'])));
  const gasLimit =
    opt(o, 'gas') !== undefined
      ? parseQuantity(o.gas, 'gas')
      : BigInt(String(await call('eth_estimateGas', [{ from, to, value: quantity(value), input: data(payload), ...(accessList ? { accessList } : {}) }, 'pending'])));
  const baseFee = BigInt(String(await call('eth_gasPrice', [])));
  const common = { common: txCommon };
  if (type === 2) {
    const tip = opt(o, 'maxPriorityFeePerGas') !== undefined ? parseQuantity(o.maxPriorityFeePerGas, 'maxPriorityFeePerGas') : 0n;
    // geth's default: room for the base fee to double, plus the tip.
    const maxFeePerGas = opt(o, 'maxFeePerGas') !== undefined ? parseQuantity(o.maxFeePerGas, 'maxFeePerGas') : baseFee * 2n + tip;
    if (tip > maxFeePerGas) throw invalidParams(`maxPriorityFeePerGas (${tip}) above maxFeePerGas (${maxFeePerGas})`);
    return { from, tx: createFeeMarket1559Tx({ chainId: EVM_CHAIN_ID, nonce, to, value, data: payload, gasLimit, maxFeePerGas, maxPriorityFeePerGas: tip, accessList: accessList ?? [] }, common) };
  }
  const gasPrice = legacyFee !== undefined ? parseQuantity(legacyFee, 'gasPrice') : baseFee;
  if (type === 1) return { from, tx: createAccessList2930Tx({ chainId: EVM_CHAIN_ID, nonce, to, value, data: payload, gasLimit, gasPrice, accessList: accessList ?? [] }, common) };
  return { from, tx: createLegacyTx({ nonce, to, value, data: payload, gasLimit, gasPrice }, common) };
}

/** EIP-191's personal message hash (what eth_sign and personal_sign sign): keccak256("\x19Ethereum Signed Message:\n" + len + msg). */
export function personalMessageHash(message: Uint8Array): Uint8Array {
  const prefix = new TextEncoder().encode(`\x19Ethereum Signed Message:\n${message.length}`);
  const buf = new Uint8Array(prefix.length + message.length);
  buf.set(prefix);
  buf.set(message, prefix.length);
  return keccak256(buf);
}

/** r ‖ s ‖ v with v = 27 + recovery id, as geth and anvil give a message signature. */
function signDigest(key: Uint8Array, digest: Uint8Array): string {
  const { signature, recid } = secp256k1.ecdsaSign(digest, key);
  const out = new Uint8Array(65);
  out.set(signature);
  out[64] = 27 + recid;
  return data(out);
}

/** eth_sign / personal_sign: the EIP-191 signature of `message`. */
export const signPersonalMessage = (key: Uint8Array, message: Uint8Array): string => signDigest(key, personalMessageHash(message));

/** eth_signTypedData_v4: the EIP-712 signature of typed data ({types, primaryType, domain, message}, or its JSON). */
export function signTypedData(key: Uint8Array, typed: unknown): string {
  let t = typed;
  if (typeof t === 'string') {
    try {
      t = JSON.parse(t);
    } catch {
      throw invalidParams('invalid typed data: not JSON');
    }
  }
  if (t === null || typeof t !== 'object' || Array.isArray(t)) throw invalidParams('invalid typed data: expected {types, primaryType, domain, message}');
  const { types, domain, message, primaryType } = t as Record<string, unknown>;
  if (!types || typeof types !== 'object' || !domain || typeof domain !== 'object' || !message || typeof message !== 'object') throw invalidParams('invalid typed data: types, domain and message are required');
  const { EIP712Domain: _d, ...structs } = types as Record<string, Array<{ name: string; type: string }>>;
  let digest: string;
  try {
    // ethers infers the primary type from the types; one given must agree with it.
    const encoder = TypedDataEncoder.from(structs);
    if (primaryType !== undefined && primaryType !== encoder.primaryType) throw new Error(`primaryType ${String(primaryType)} is not the root type ${encoder.primaryType}`);
    digest = TypedDataEncoder.hash(domain as Record<string, unknown>, structs, message as Record<string, unknown>);
  } catch (e) {
    throw invalidParams(`invalid typed data: ${e instanceof Error ? e.message : String(e)}`);
  }
  return signDigest(key, Buffer.from(digest.slice(2), 'hex'));
}
