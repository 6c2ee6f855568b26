import * as crypto from './crypto.ts';
import { CryptoFailure, decodeSections } from './crypto.ts';
import { HostGas, type WasmGasSettler } from './gas.ts';
import type { CompiledCode } from './compile.ts';
import { TRAP_DEPTH, TRAP_NAN, TRAP_OVERFLOW } from './operators.ts';
import { wasmIsolate, type HostedInstance, type PrefetchTable, type IsolateAnswer, type IsolateFailure, type WasmIsolate } from './wasm-isolate.ts';

/**
 * One CosmWasm contract instance for one call. The instance and its memory live in the process's Wasm
 * isolate (wasm-isolate.ts, isolate-source.ts: region reads and writes, allocator calls, the entry call); the
 * host side of the VM interface is here, written against CosmWasm 2.x:
 * storage with iterators (db_scan/db_next/db_next_key/db_next_value) over the chain's store, addresses,
 * the crypto imports on @noble/curves, query_chain, and integer gas from the instrumented bytecode.
 */

/** Contract storage as the keeper provides it (gas for the SDK's KV costs is charged in there). */
export interface ContractStorage {
  get(key: Uint8Array): Uint8Array | undefined;
  set(key: Uint8Array, value: Uint8Array): void;
  remove(key: Uint8Array): void;
  /** Order 1 ascending, 2 descending; start inclusive, end exclusive; null = unbounded. */
  scan(start: Uint8Array | null, end: Uint8Array | null, order: 1 | 2): Iterator<[Uint8Array, Uint8Array]>;
}

export interface HostEnv {
  storage: ContractStorage;
  /** 'trivium1…' → the address bytes; throws Error(message) when invalid. */
  canonicalize(human: string): Uint8Array;
  /** The address bytes → 'trivium1…'; throws Error(message) when invalid. */
  humanize(canonical: Uint8Array): string;
  /** A QueryRequest (JSON bytes) → SystemResult<ContractResult<Binary>> (JSON bytes). */
  queryChain(request: Uint8Array): Uint8Array;
  gas: WasmGasSettler;
  readOnly: boolean;
  debug(message: string): void;
}

/** Fails the call as the VM would (cosmwasm-vm's VmError): the contract cannot catch it. */
export class VmError extends Error {}

/** V8's trap messages → wasmer's TrapCode messages (what wasmd reports). */
const WASMER_TRAPS: Record<string, string> = {
  unreachable: 'unreachable',
  'memory access out of bounds': 'out of bounds memory access',
  'divide by zero': 'integer divide by zero',
  'remainder by zero': 'integer divide by zero',
  'divide result unrepresentable': 'integer overflow',
  'float unrepresentable in integer range': 'integer overflow',
  'table index is out of bounds': 'undefined element: out of bounds table access',
  'null function or function signature mismatch': 'indirect call type mismatch',
  'Maximum call stack size exceeded': 'call stack exhausted',
};

/**
 * A trap or a host function's failure during a call, worded as cosmwasm-vm words it ("Wasmer runtime error:
 * RuntimeError: …"). The trap global (operators.ts) tells apart what V8 reports alike: a float-to-int
 * conversion of a NaN or out of range, and the call-depth limit.
 */
function runtimeError(e: unknown, why: number): unknown {
  let msg: string;
  if (why === TRAP_NAN) msg = 'invalid conversion to integer';
  else if (why === TRAP_OVERFLOW) msg = 'integer overflow';
  else if (why === TRAP_DEPTH) msg = 'call stack exhausted';
  else if (e instanceof VmError) msg = e.message;
  else if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) msg = WASMER_TRAPS[e.message] ?? e.message;
  else return e;
  return new VmError(`Wasmer runtime error: RuntimeError: ${msg}`);
}

const MAX_KEY = 64 * 1024;
const MAX_VALUE = 128 * 1024;
const MAX_ADDR = 256;
const MAX_CRYPTO_MSG = 128 * 1024;
const MAX_ITERATORS = 1024;

/** The first regions each host function below reads (argument, max): the isolate reads them before it calls. */
const PREFETCH: PrefetchTable = {
  abort: [[0, MAX_VALUE]],
  debug: [[0, MAX_VALUE]],
  db_read: [[0, MAX_KEY]],
  db_write: [[0, MAX_KEY], [1, MAX_VALUE]],
  db_remove: [[0, MAX_KEY]],
  db_scan: [[0, MAX_KEY], [1, MAX_KEY]],
  addr_validate: [[0, MAX_ADDR]],
  addr_canonicalize: [[0, MAX_ADDR]],
  addr_humanize: [[0, MAX_ADDR]],
  query_chain: [[0, MAX_VALUE * 4]],
};

const toLow = (n: number): bigint => BigInt(n >>> 0);
const toHigh = (n: number): bigint => BigInt(n >>> 0) << 32n;

/** One instance, for one call: an entry point, then `release()` (its memory goes back to the code's pool). */
export interface ContractInstance {
  callEntry(name: string, args: Uint8Array[]): Uint8Array;
  release(): void;
}

export function newInstance(code: CompiledCode, host: HostEnv): ContractInstance {
  return new Instance(wasmIsolate(PREFETCH), code, host);
}

class Instance implements ContractInstance, HostedInstance {
  private iterators: Array<Iterator<[Uint8Array, Uint8Array]>> = [];
  private readonly id: number;
  private readonly env: Record<string, (...a: never[]) => unknown>;
  /** What the last failing host function threw: the isolate reports only that one failed ('host'). */
  private failure: unknown;
  private open = true;

  constructor(
    private readonly vm: WasmIsolate,
    readonly code: CompiledCode,
    readonly host: HostEnv,
  ) {
    this.env = this.hostFunctions();
    let id = this.op<number>('open', [code.checksum]);
    if (typeof id !== 'number' && id[0] === 'missing') {
      this.op('load', [code.checksum, code.bytes, code.memory.initial, code.memory.maximum, Object.keys(this.env)]);
      id = this.op<number>('open', [code.checksum]);
    }
    if (typeof id !== 'number') throw this.rebuild(id);
    this.id = id;
    vm.instances.set(id, this);
  }

  /** Gives the memory back to the code's pool; the instance is unusable afterwards. */
  release(): void {
    if (!this.open) return;
    this.open = false;
    this.vm.instances.delete(this.id);
    this.op('close', [this.id]);
  }

  /** Calls an entry point with JSON arguments; the contract's JSON result bytes. */
  callEntry(name: string, args: Uint8Array[]): Uint8Array {
    const r = this.op<number>('call', [this.id, name, args]);
    if (typeof r !== 'number') {
      if (r[0] === 'noexport') throw new VmError(`Wasm contract doesn't have required export: "${name}"`);
      throw runtimeError(this.rebuild(r), r[2]);
    }
    const out = this.read(r, Number.MAX_SAFE_INTEGER, 'result');
    this.answer(this.op('dealloc', [this.id, r]));
    return out;
  }

  /** A host function called from the isolate: the Wasm gas so far is charged first (its usegas calls). */
  dispatch(name: string, args: unknown[], pre: unknown[] | null): unknown {
    const outer = this.prefetched;
    this.prefetched = pre ?? undefined;
    try {
      this.settle();
      const r = name === 'gas' ? undefined : (this.env[name] as (...a: unknown[]) => unknown)(...args);
      this.vm.cell[0] = this.host.gas.headroom();
      return r;
    } catch (e) {
      this.failure = e;
      throw e;
    } finally {
      this.prefetched = outer;
    }
  }
  /** The regions the running host function's first reads find (valid until an operation changes the memory). */
  private prefetched: unknown[] | undefined;

  /** One operation in the isolate, with this instance's gas headroom; the Wasm gas it used is charged after. */
  private op<T>(op: Parameters<WasmIsolate['op']>[0], args: unknown[]): IsolateAnswer<T> {
    if (op !== 'read') this.prefetched = undefined;
    this.vm.cell[0] = this.host.gas.headroom();
    try {
      return this.vm.op<T>(op, args);
    } finally {
      this.settle();
    }
  }
  private settle(): void {
    const used = this.vm.cell[1]!;
    if (used === 0) return;
    this.vm.cell[1] = 0;
    this.host.gas.add(used, 'wasm execution');
  }

  /** The error the isolate reported, as the host would have seen it thrown. */
  private rebuild(f: IsolateFailure): unknown {
    const [kind, message] = f;
    switch (kind) {
      case 'host':
        return this.failure;
      case 'RuntimeError':
        return new WebAssembly.RuntimeError(message);
      case 'LinkError':
        return new WebAssembly.LinkError(message);
      case 'CompileError':
        return new WebAssembly.CompileError(message);
      case 'RangeError':
        return new RangeError(message);
      case 'TypeError':
        return new TypeError(message);
      default:
        return new Error(message);
    }
  }
  private answer<T>(r: IsolateAnswer<T>): T {
    if (Array.isArray(r)) throw this.rebuild(r as IsolateFailure);
    return r as T;
  }

  /** A copy of a region's bytes. */
  private read(ptr: number, max: number, what: string): Uint8Array {
    if (ptr === 0) throw new VmError(`Null pointer for ${what}`);
    const r = (this.prefetch(ptr, max) ?? this.op<Uint8Array>('read', [this.id, ptr, max])) as IsolateAnswer<Uint8Array>;
    if (r instanceof Uint8Array) return r;
    if (r[0] === 'long') throw new VmError(`Region length too big for ${what}: ${r[1]} > ${max}`);
    if (r[0] === 'oob') throw new VmError(`Region for ${what} is out of bounds`);
    throw this.rebuild(r);
  }
  private prefetch(ptr: number, max: number): unknown {
    const pf = this.prefetched;
    if (pf) for (let i = 0; i < pf.length; i += 3) if (pf[i] === ptr && pf[i + 1] === max) return pf[i + 2];
    return undefined;
  }
  /** A new region holding `bytes` (the contract's allocate export); its pointer. */
  private allocate(bytes: Uint8Array): number {
    return this.answer(this.op<number>('alloc', [this.id, bytes]));
  }
  private readString(ptr: number, max: number, what: string): string {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.read(ptr, max, what));
    } catch (e) {
      if (e instanceof VmError) throw e;
      throw new Error(`${what} is not valid UTF-8`);
    }
  }
  private writeTo(ptr: number, bytes: Uint8Array): void {
    const r = this.op<number>('write', [this.id, ptr, bytes]);
    if (typeof r === 'number') return;
    if (r[0] === 'small') throw new VmError(`Region too small: ${bytes.length} bytes into capacity ${r[1]}`);
    throw this.rebuild(r);
  }

  private hostFunctions(): Record<string, (...a: never[]) => unknown> {
    const gas = this.host.gas;
    return {
      abort: (p: number) => {
        throw new VmError(`Aborted: ${new TextDecoder().decode(this.read(p, MAX_VALUE, 'abort message'))}`);
      },
      debug: (p: number) => this.host.debug(new TextDecoder().decode(this.read(p, MAX_VALUE, 'debug message'))),
      db_read: (k: number) => {
        const v = this.host.storage.get(this.read(k, MAX_KEY, 'key'));
        return v === undefined ? 0 : v;
      },
      db_write: (k: number, v: number) => {
        if (this.host.readOnly) throw new VmError('Write access to storage is forbidden in this context');
        const key = this.read(k, MAX_KEY, 'key');
        if (key.length === 0) throw new VmError('Write to storage with an empty key');
        this.host.storage.set(key, this.read(v, MAX_VALUE, 'value'));
      },
      db_remove: (k: number) => {
        if (this.host.readOnly) throw new VmError('Write access to storage is forbidden in this context');
        this.host.storage.remove(this.read(k, MAX_KEY, 'key'));
      },
      db_scan: (s: number, e: number, order: number) => {
        if (order !== 1 && order !== 2) throw new VmError(`Invalid order value ${order}`);
        if (this.iterators.length >= MAX_ITERATORS) throw new VmError(`More than ${MAX_ITERATORS} iterators in one call`);
        const start = s === 0 ? null : this.read(s, MAX_KEY, 'start key');
        const end = e === 0 ? null : this.read(e, MAX_KEY, 'end key');
        this.iterators.push(this.host.storage.scan(start, end, order));
        return this.iterators.length;
      },
      db_next: (id: number) => {
        const r = this.step(id);
        return r ? sections(r[0], r[1]) : new Uint8Array(8);
      },
      db_next_key: (id: number) => {
        const r = this.step(id);
        return r ? r[0] : 0;
      },
      db_next_value: (id: number) => {
        const r = this.step(id);
        return r ? r[1] : 0;
      },
      addr_validate: (p: number) =>
        this.addrResult(() => {
          gas.add(HostGas.addrCanonicalize, 'addr_validate');
          const human = this.readString(p, MAX_ADDR, 'address');
          if (human.length === 0) throw new Error('Input is empty');
          const canonical = this.host.canonicalize(human);
          if (this.host.humanize(canonical) !== human) throw new Error('Address is not normalized');
          return 0;
        }),
      addr_canonicalize: (p: number, dest: number) =>
        this.addrResult(() => {
          gas.add(HostGas.addrCanonicalize, 'addr_canonicalize');
          const human = this.readString(p, MAX_ADDR, 'address');
          if (human.length === 0) throw new Error('Input is empty');
          this.writeTo(dest, this.host.canonicalize(human));
          return 0;
        }),
      addr_humanize: (p: number, dest: number) =>
        this.addrResult(() => {
          gas.add(HostGas.addrHumanize, 'addr_humanize');
          const canonical = this.read(p, MAX_ADDR, 'canonical address');
          if (canonical.length === 0) throw new Error('Input is empty');
          this.writeTo(dest, new TextEncoder().encode(this.host.humanize(canonical)));
          return 0;
        }),
      secp256k1_verify: (h: number, s: number, k: number) =>
        this.verifyResult(HostGas.secp256k1Verify, () => crypto.secp256k1Verify(this.read(h, 32 + 1, 'hash'), this.read(s, 64 + 1, 'signature'), this.read(k, 65 + 1, 'pubkey'))),
      secp256r1_verify: (h: number, s: number, k: number) =>
        this.verifyResult(HostGas.secp256r1Verify, () => crypto.secp256r1Verify(this.read(h, 32 + 1, 'hash'), this.read(s, 64 + 1, 'signature'), this.read(k, 65 + 1, 'pubkey'))),
      secp256k1_recover_pubkey: (h: number, s: number, r: number) =>
        this.recoverResult(HostGas.secp256k1RecoverPubkey, () => crypto.secp256k1Recover(this.read(h, 33, 'hash'), this.read(s, 65, 'signature'), r)),
      secp256r1_recover_pubkey: (h: number, s: number, r: number) =>
        this.recoverResult(HostGas.secp256r1RecoverPubkey, () => crypto.secp256r1Recover(this.read(h, 33, 'hash'), this.read(s, 65, 'signature'), r)),
      ed25519_verify: (m: number, s: number, k: number) =>
        this.verifyResult(HostGas.ed25519Verify, () => crypto.ed25519Verify(this.read(m, MAX_CRYPTO_MSG, 'message'), this.read(s, 65, 'signature'), this.read(k, 33, 'pubkey'))),
      ed25519_batch_verify: (m: number, s: number, k: number) => {
        const msgs = decodeSectionsOrVm(this.read(m, MAX_CRYPTO_MSG * 64, 'messages'));
        const sigs = decodeSectionsOrVm(this.read(s, 65 * 512, 'signatures'));
        const keys = decodeSectionsOrVm(this.read(k, 33 * 512, 'pubkeys'));
        const per = keys.length === 1 ? HostGas.ed25519BatchVerifyOnePubkeyPerSig : HostGas.ed25519BatchVerifyPerSig;
        return this.verifyResult(HostGas.ed25519BatchVerifyBase + per * sigs.length, () => crypto.ed25519BatchVerify(msgs, sigs, keys));
      },
      bls12_381_aggregate_g1: (p: number, out: number) => {
        const pts = this.read(p, 48 * 10_000, 'points');
        return this.writeResult(HostGas.bls12381AggregateG1Base + HostGas.bls12381AggregateG1PerPoint * Math.floor(pts.length / 48), out, () => crypto.bls12381AggregateG1(pts));
      },
      bls12_381_aggregate_g2: (p: number, out: number) => {
        const pts = this.read(p, 96 * 10_000, 'points');
        return this.writeResult(HostGas.bls12381AggregateG2Base + HostGas.bls12381AggregateG2PerPoint * Math.floor(pts.length / 96), out, () => crypto.bls12381AggregateG2(pts));
      },
      bls12_381_pairing_equality: (ps: number, qs: number, r: number, s: number) => {
        const p = this.read(ps, 48 * 10_000, 'ps');
        const q = this.read(qs, 96 * 10_000, 'qs');
        const rb = this.read(r, 48, 'r');
        const sb = this.read(s, 96, 's');
        return this.verifyResult(HostGas.bls12381PairingBase + HostGas.bls12381PairingPerPoint * Math.floor(p.length / 48), () => crypto.bls12381PairingEquality(p, q, rb, sb));
      },
      bls12_381_hash_to_g1: (f: number, m: number, d: number, out: number) =>
        this.writeResult(HostGas.bls12381HashToG1, out, () => crypto.bls12381HashToG1(f, this.read(m, MAX_CRYPTO_MSG, 'message'), this.read(d, 1024, 'dst'))),
      bls12_381_hash_to_g2: (f: number, m: number, d: number, out: number) =>
        this.writeResult(HostGas.bls12381HashToG2, out, () => crypto.bls12381HashToG2(f, this.read(m, MAX_CRYPTO_MSG, 'message'), this.read(d, 1024, 'dst'))),
      query_chain: (p: number) => this.host.queryChain(this.read(p, MAX_VALUE * 4, 'query request')),
    };
  }

  private step(id: number): [Uint8Array, Uint8Array] | undefined {
    const it = this.iterators[id - 1];
    if (!it) throw new VmError(`Iterator ${id} does not exist`);
    const r = it.next();
    return r.done ? undefined : r.value;
  }

  /** Address functions answer 0, or a region holding the error message (StdError on the contract side). */
  private addrResult(f: () => number): number {
    try {
      return f();
    } catch (e) {
      if (e instanceof VmError || !(e instanceof Error) || isHostFatal(e)) throw e;
      return this.allocate(new TextEncoder().encode(e.message));
    }
  }
  private verifyResult(cost: number, f: () => boolean): number {
    this.host.gas.add(cost, 'crypto verify');
    try {
      return f() ? 0 : 1;
    } catch (e) {
      if (e instanceof CryptoFailure) return e.code;
      throw e;
    }
  }
  private recoverResult(cost: number, f: () => Uint8Array): bigint {
    this.host.gas.add(cost, 'crypto recover');
    try {
      return toLow(this.allocate(f()));
    } catch (e) {
      if (e instanceof CryptoFailure) return toHigh(e.code);
      throw e;
    }
  }
  private writeResult(cost: number, out: number, f: () => Uint8Array): number {
    this.host.gas.add(cost, 'crypto');
    try {
      this.writeTo(out, f());
      return 0;
    } catch (e) {
      if (e instanceof CryptoFailure) return e.code;
      throw e;
    }
  }
}

/** Errors from the chain side (out of gas) pass through everything, like a VmError. */
const isHostFatal = (e: Error): boolean => (e as { codespace?: string }).codespace !== undefined;

function decodeSectionsOrVm(b: Uint8Array): Uint8Array[] {
  try {
    return decodeSections(b);
  } catch (e) {
    throw new VmError((e as Error).message);
  }
}

/** db_next's record: key ‖ len(key) ‖ value ‖ len(value), lengths u32 big-endian. */
function sections(key: Uint8Array, value: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length + value.length + 8);
  const dv = new DataView(out.buffer);
  out.set(key, 0);
  dv.setUint32(key.length, key.length);
  out.set(value, key.length + 4);
  dv.setUint32(key.length + 4 + value.length, value.length);
  return out;
}

