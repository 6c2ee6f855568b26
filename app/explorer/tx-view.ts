import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { txHash } from '../../core/baseapp/tx-decoder.ts';
import type { AbciEvent } from '../../core/types/events.ts';
import type { Module, MsgDef } from '../../core/types/module.ts';
import type { NodeAPI, StoredTx } from '../../core/types/node-api.ts';
import { decodeEthTx } from '../../x/evm/tx/decode.ts';
import { encodeBase58 } from '../../x/svm/types/base58.ts';
import { SOLANA_TX_ENVELOPE } from '../../x/svm/types/index.ts';
import { parseTransaction } from '../../x/svm/wire.ts';

/** The VM a tx ran in, as the dashboard's charts group them: Cosmos SDK messages (bank, crossvm, …) are `cosmos`. */
export type TxVm = 'cosmos' | 'evm' | 'wasm' | 'svm';
export const TX_VMS: readonly TxVm[] = ['cosmos', 'evm', 'wasm', 'svm'];

const VM_OF_MODULE: Record<string, TxVm> = { evm: 'evm', wasm: 'wasm', svm: 'svm' };

/** What the explorer knows of the chain's messages: type URL → its definition and module; the raw tx claimers. */
export class TxCatalog {
  private readonly msgs = new Map<string, { def: MsgDef; module: string }>();
  private readonly raw: Array<{ name: string; claims: (b: Uint8Array) => boolean }> = [];

  constructor(modules: () => readonly Module[]) {
    this.modules = modules;
  }
  private readonly modules: () => readonly Module[];
  private loaded = false;

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    for (const m of this.modules()) {
      for (const def of m.msgs ?? []) this.msgs.set(def.typeUrl, { def, module: m.name });
      for (const h of m.rawTxHandlers ?? []) this.raw.push({ name: h.name, claims: (b) => h.claims(b) });
    }
  }

  /** `evm` / `svm` for the raw txs those modules claim, `cosmos` for a TxRaw. */
  kind(bytes: Uint8Array): 'cosmos' | 'evm' | 'svm' {
    this.load();
    const h = this.raw.find((r) => r.claims(bytes));
    return h?.name === 'ethereum' || h?.name === 'evm' ? 'evm' : h?.name === 'svm' ? 'svm' : 'cosmos';
  }

  /** The VM a tx ran in: a raw tx's, or its first message's module (x/evm's MsgEthereumTx is evm, …). */
  vm(bytes: Uint8Array): TxVm {
    const k = this.kind(bytes);
    if (k !== 'cosmos') return k;
    const urls = cosmosTypeUrls(bytes);
    return (urls[0] && VM_OF_MODULE[this.msgs.get(urls[0])?.module ?? '']) || 'cosmos';
  }

  /** The tx's messages as one line each: type URLs, or the raw tx's kind. */
  summary(bytes: Uint8Array): string[] {
    const k = this.kind(bytes);
    if (k === 'evm') return ['ethereum_tx'];
    if (k === 'svm') return ['solana_tx'];
    return cosmosTypeUrls(bytes);
  }

  /** The tx decoded for reading: its messages (Cosmos), the Ethereum fields, or the Solana message. */
  decode(bytes: Uint8Array): DecodedView {
    this.load();
    const kind = this.kind(bytes);
    try {
      if (kind === 'evm') return { kind, ethereum: ethView(bytes) };
      if (kind === 'svm') return { kind, solana: solanaView(bytes) };
      return { kind, cosmos: this.cosmosView(bytes) };
    } catch (e) {
      return { kind, error: `could not decode: ${(e as Error).message}` };
    }
  }

  private cosmosView(bytes: Uint8Array) {
    const raw = TxRaw.decode(bytes);
    const body = TxBody.decode(raw.bodyBytes);
    const auth = AuthInfo.decode(raw.authInfoBytes);
    return {
      messages: body.messages.map((any) => {
        const known = this.msgs.get(any.typeUrl);
        let value: unknown = { raw: hex(any.value) };
        if (known) {
          try {
            value = plain(known.def.codec.decode(any.value));
          } catch (e) {
            value = { raw: hex(any.value), error: (e as Error).message };
          }
        }
        return { type_url: any.typeUrl, module: known?.module ?? '', value };
      }),
      memo: body.memo,
      fee: { amount: auth.fee?.amount ?? [], gas_limit: String(auth.fee?.gasLimit ?? 0n), payer: auth.fee?.payer ?? '' },
      signers: auth.signerInfos.map((s) => ({ sequence: String(s.sequence), public_key: s.publicKey ? { type_url: s.publicKey.typeUrl, value: hex(s.publicKey.value) } : null })),
    };
  }
}

export interface DecodedView {
  kind: 'cosmos' | 'evm' | 'svm';
  cosmos?: unknown;
  ethereum?: unknown;
  solana?: unknown;
  error?: string;
}

function cosmosTypeUrls(bytes: Uint8Array): string[] {
  try {
    return TxBody.decode(TxRaw.decode(bytes).bodyBytes).messages.map((m) => m.typeUrl);
  } catch {
    return [];
  }
}

function ethView(bytes: Uint8Array) {
  const e = decodeEthTx(bytes);
  const t = e.tx;
  const j = t.toJSON() as Record<string, unknown>;
  return {
    hash: e.hashHex,
    from: e.sender.toString(),
    to: t.to?.toString() ?? null,
    nonce: t.nonce.toString(),
    value_wei: t.value.toString(),
    gas_limit: t.gasLimit.toString(),
    type: t.type,
    max_fee_per_gas: j.maxFeePerGas ? BigInt(String(j.maxFeePerGas)).toString() : undefined,
    gas_price: j.gasPrice ? BigInt(String(j.gasPrice)).toString() : undefined,
    data: hex(t.data),
    selector: t.data.length >= 4 ? hex(t.data.subarray(0, 4)) : null,
  };
}

function solanaView(bytes: Uint8Array) {
  const wire = bytes[0] === SOLANA_TX_ENVELOPE ? bytes.subarray(1) : bytes;
  const p = parseTransaction(wire);
  const keys = p.accountKeys.map(encodeBase58);
  return {
    signatures: p.signatures.map(encodeBase58),
    version: p.version,
    fee_payer: keys[0] ?? null,
    account_keys: keys,
    recent_blockhash: encodeBase58(p.recentBlockhash),
    instructions: p.instructions.map((ix) => ({ program_id: keys[ix.programIdIndex] ?? `#${ix.programIdIndex}`, accounts: ix.accounts.map((i) => keys[i] ?? `#${i}`), data: hex(ix.data) })),
  };
}

const hex = (b: Uint8Array) => '0x' + Buffer.from(b).toString('hex');

/** A decoded protobuf message as JSON: bigints as decimal strings, bytes as 0x-hex (short) or their size. */
export function plain(v: unknown, depth = 0): unknown {
  if (depth > 12) return '…';
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return v.length <= 4096 ? hex(v) : `(${v.length} bytes)`;
  if (Array.isArray(v)) return v.map((x) => plain(x, depth + 1));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x, depth + 1);
    return out;
  }
  return v;
}

export const eventJson = (e: AbciEvent) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) });

/** One tx as the dashboard's tx page shows it. */
export function txView(catalog: TxCatalog, t: StoredTx) {
  const bytes = Buffer.from(t.tx, 'base64');
  const decoded = catalog.decode(bytes);
  const messageIds = [...new Set(t.result.events.filter((e) => e.type === 'crossvm_request').map((e) => e.attributes.find((a) => a.key === 'message_id')?.value ?? ''))].filter(Boolean);
  // Program logs and EVM logs ride in the events; the log line is the SDK's result log (or the error).
  return {
    hash: t.hash,
    height: t.height,
    index: t.index,
    vm: catalog.vm(bytes),
    size: bytes.length,
    decoded,
    result: { code: t.result.code, codespace: t.result.codespace, log: t.result.log, gas_wanted: t.result.gasWanted, gas_used: t.result.gasUsed, data: t.result.data },
    events: t.result.events.map(eventJson),
    crossvm_message_ids: messageIds,
  };
}

/** A tx's row in a block's list. */
export function txRow(catalog: TxCatalog, t: StoredTx) {
  const bytes = Buffer.from(t.tx, 'base64');
  return {
    hash: t.hash || txHash(bytes),
    index: t.index,
    vm: catalog.vm(bytes),
    messages: catalog.summary(bytes),
    code: t.result.code,
    log: t.result.code === 0 ? '' : t.result.log,
    gas_used: t.result.gasUsed,
    gas_wanted: t.result.gasWanted,
    events: t.result.events.length,
  };
}

/** The tx at a block position (NodeAPI reads blocks and results; the hash is the bytes' sha256). */
export function txAt(node: NodeAPI, height: number, index: number): StoredTx | undefined {
  const b = node.getBlock(height);
  const r = node.getBlockResults(height);
  if (!b || !r || index >= b.txs.length) return undefined;
  const tx = b.txs[index]!;
  return { hash: txHash(Buffer.from(tx, 'base64')), height, index, tx, result: r.txResults[index]! };
}
