import { readFileSync } from 'node:fs';
import type { CrossVMMessage as StoredMessage } from '../types/index.ts';

/**
 * `q crossvm message`'s reading of a message's payload and result in its target VM's terms: EVM calldata and
 * return data through an ABI (`--abi FILE`) or a function signature (`--sig`), a CosmWasm JSON message and
 * answer, an SVM instruction's data (hex, base64, text) and its logs and return data.
 */
export interface DecodeOptions {
  /** A JSON ABI file: an array, or an artifact with an `abi` field (Hardhat, Foundry, solc). */
  abi?: string;
  /** `inc()`, `get(uint256)(uint256)` (cast's form), or `function get(uint256) returns (uint256)`. */
  sig?: string;
}

export type Decoded = Record<string, unknown>;

export async function decodeMessage(m: StoredMessage, o: DecodeOptions = {}): Promise<{ payload: Decoded; result: Decoded }> {
  const payload = Buffer.from(m.payload, 'hex');
  const result = Buffer.from(m.result, 'hex');
  if (m.target_vm === 'wasm') return { payload: { json: jsonOrText(payload) }, result: result.length ? { json: jsonOrText(result) } : {} };
  if (m.target_vm === 'svm') return { payload: svmInstruction(payload), result: result.length ? svmResult(result) : {} };
  return evmDecode(payload, result, o);
}

function jsonOrText(b: Uint8Array): unknown {
  const text = Buffer.from(b).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const printable = (b: Uint8Array) => {
  const t = Buffer.from(b).toString('utf8');
  return /^[\x20-\x7e\t\n\r]*$/.test(t) && b.length > 0 ? t : undefined;
};

/** An SVM payload is the instruction data as hex text (docs/crossvm.md). */
function svmInstruction(payload: Uint8Array): Decoded {
  const data = Buffer.from(Buffer.from(payload).toString('latin1').replace(/^0x/, ''), 'hex');
  const out: Decoded = { instruction_data_hex: data.toString('hex'), instruction_data_base64: data.toString('base64'), bytes: data.length };
  const text = printable(data);
  if (text !== undefined) out.instruction_data_text = text;
  return out;
}

function svmResult(result: Uint8Array): Decoded {
  const r = jsonOrText(result);
  if (!r || typeof r !== 'object') return { text: r };
  const { logs, return_data } = r as { logs?: string[]; return_data?: string };
  const out: Decoded = { logs: logs ?? [] };
  if (return_data) {
    const b = Buffer.from(return_data, 'hex');
    out.return_data_hex = b.toString('hex');
    out.return_data_base64 = b.toString('base64');
    const text = printable(b);
    if (text !== undefined) out.return_data_text = text;
  }
  return out;
}

/** cast's `name(types)(returns)` → ethers' human-readable `function name(types) returns (returns)`. */
export function signatureFragment(sig: string): string {
  const s = sig.trim();
  if (s.startsWith('function ')) return s;
  const m = /^([A-Za-z_$][\w$]*)\s*(\((?:[^()]|\([^()]*\))*\))\s*(\((?:[^()]|\([^()]*\))*\))?$/.exec(s);
  if (!m) throw new Error(`--sig ${JSON.stringify(sig)}: expected e.g. "inc()", "get(uint256)(uint256)" or "function get(uint256) returns (uint256)"`);
  return `function ${m[1]}${m[2]}${m[3] ? ` returns ${m[3]}` : ''}`;
}

function abiFromFile(file: string): unknown[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`--abi ${file}: ${(e as Error).message}`);
  }
  const abi = Array.isArray(doc) ? doc : (doc as { abi?: unknown })?.abi;
  if (!Array.isArray(abi)) throw new Error(`--abi ${file}: not a JSON ABI (an array, or an artifact with an "abi" array)`);
  return abi;
}

async function evmDecode(payload: Buffer, result: Buffer, o: DecodeOptions): Promise<{ payload: Decoded; result: Decoded }> {
  const p: Decoded = { calldata: '0x' + payload.toString('hex') };
  const r: Decoded = result.length ? { return_data: '0x' + result.toString('hex') } : {};
  if (payload.length === 0) return { payload: { ...p, call: 'a plain transfer (no calldata)' }, result: r };
  p.selector = '0x' + payload.subarray(0, 4).toString('hex');
  if (!o.abi && !o.sig) return { payload: { ...p, note: 'give --abi FILE or --sig "name(types)(returns)" to decode the arguments' }, result: r };
  // ethers' ABI entry, not its barrel: a dynamic import keeps every export of what it names, so `import('ethers')`
  // put all of ethers (providers, wallets, wordlists) into each bundle and the start-up snapshot (issue 17).
  const { Interface } = await import('ethers/abi'); // the ABI coder loads only for this command
  const iface = new Interface(o.abi ? (abiFromFile(o.abi) as never) : [signatureFragment(o.sig!)]);
  const fn = iface.getFunction(p.selector as string);
  if (!fn) return { payload: { ...p, note: `no function with selector ${String(p.selector)} in the ${o.abi ? 'ABI' : 'signature'}` }, result: r };
  try {
    const args = iface.decodeFunctionData(fn, payload);
    p.function = fn.format('sighash');
    p.args = Object.fromEntries(fn.inputs.map((inp, i) => [inp.name || String(i), plain(args[i])]));
  } catch (e) {
    p.error = `calldata does not decode as ${fn.format('sighash')}: ${(e as Error & { shortMessage?: string }).shortMessage ?? (e as Error).message}`;
  }
  if (result.length && fn.outputs.length) {
    try {
      const out = iface.decodeFunctionResult(fn, result);
      r.values = Object.fromEntries(fn.outputs.map((x, i) => [x.name || String(i), plain(out[i])]));
    } catch (e) {
      r.error = `return data does not decode as (${fn.outputs.map((x) => x.type).join(',')}): ${(e as Error & { shortMessage?: string }).shortMessage ?? (e as Error).message}`;
    }
  }
  return { payload: p, result: r };
}

/** ethers' values as JSON: bigints as decimal strings, Results as arrays. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return [...v].map(plain);
  return v;
}
