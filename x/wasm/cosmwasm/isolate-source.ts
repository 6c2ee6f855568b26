import { GAS_PER_OP } from './gas.ts';
import { DEPTH_EXPORT, TRAP_EXPORT } from './operators.ts';

/** What the host's own frames between two nested instances are counted as (estimated bytes, as depth.ts counts). */
export const NESTED_CALL_COST = 16 * 1024;
/** Compiled modules one isolate keeps (as CompiledCodeCache keeps them on the host). */
const CODE_CACHE = 64;

/**
 * The Wasm side of the CosmWasm runtime, run inside one long-lived isolate (wasm-isolate.ts): the compiled
 * modules, their memories, the instances and everything that touches a contract's memory (regions, the
 * allocator exports, the entry call). Why an isolate: every call needs a fresh memory (a grown one may not be
 * reused), and on the node's large main heap each 1.1 MiB memory's external bytes bring a full Mark-Compact
 * of that heap every ≈ 58 calls; here the heap is a few MiB and such a collection costs ≈ 0.1 ms.
 *
 * Gas: `usegas` accumulates in the instance and goes to the host (shared cell [1]) at every crossing; it
 * calls the host early only when the sum reaches the headroom the host wrote into cell [0] — the amount the
 * meter can take without running out — so out-of-gas happens at the same `usegas` as charging each one would.
 *
 * A host function's first reads are done before the crossing (`prefetch`: nothing else touches the memory
 * until the host answers), and an answer of bytes is allocated here, saving a crossing each.
 *
 * Answers are numbers, bytes, or a failure `[kind, message, trap global]` (kind 'host': a host function
 * failed, the host keeps the error itself; else the JS error's class), never thrown: the host rebuilds them.
 */
export const WASM_ISOLATE_SOURCE = (prefetch: Record<string, Array<[number, number]>>): string => `(function (host, shared) {
  'use strict';
  const cell = new Float64Array(shared);
  const HOST_FAILURE = Object.freeze({ hostFailure: true });
  const codes = new Map();
  const live = new Map();
  const depths = [];
  let nextId = 1;

  const kindOf = (e) =>
    e === HOST_FAILURE ? 'host'
    : e instanceof WebAssembly.RuntimeError ? 'RuntimeError'
    : e instanceof WebAssembly.LinkError ? 'LinkError'
    : e instanceof WebAssembly.CompileError ? 'CompileError'
    : e instanceof RangeError ? 'RangeError'
    : e instanceof TypeError ? 'TypeError'
    : 'Error';
  const fail = (e, slot) => [kindOf(e), e && e.message !== undefined ? String(e.message) : String(e), slot && slot.trap ? slot.trap.value : 0];
  const settle = (slot) => { cell[1] = slot.acc; slot.acc = 0; };
  // The regions a host function reads first, read before the crossing: [argument, max] by function.
  const PREFETCH = ${JSON.stringify(prefetch)};
  const COPY_ARGS = { arguments: { copy: true } };
  function callHost(slot, name, args) {
    settle(slot);
    const pf = PREFETCH[name];
    let pre = null;
    if (pf) {
      pre = [];
      for (const [i, max] of pf) if (args[i] !== 0) pre.push(args[i], max, readRegion(slot, args[i], max));
    }
    let r;
    try {
      r = host.applySync(undefined, [slot.id, name, args, pre], COPY_ARGS);
    } catch (e) {
      throw HOST_FAILURE;
    }
    slot.threshold = cell[0];
    // Bytes: the host function's last step is to allocate them as its answer.
    return r instanceof Uint8Array ? allocBytes(slot, r) : r;
  }
  function readRegion(slot, ptr, max) {
    try {
      const buf = slot.exports.memory.buffer;
      const info = new Uint32Array(buf, ptr, 3);
      if (info[2] > max) return ['long', String(info[2]), 0];
      if (info[0] + info[2] > buf.byteLength) return ['oob', '', 0];
      return new Uint8Array(buf, info[0], info[2]).slice();
    } catch (e) {
      return fail(e, slot);
    }
  }

  // A returned memory is kept only if it never grew and is zeroed before reuse: exactly a fresh memory.
  function take(code) {
    const m = code.free.pop();
    if (!m) return new WebAssembly.Memory({ initial: code.initial, maximum: code.maximum });
    new Uint8Array(m.buffer).fill(0);
    return m;
  }
  function give(code, m) {
    if (m.buffer.byteLength === code.initial * 65536 && code.free.length < 8) code.free.push(m);
  }

  function load(checksum, bytes, initial, maximum, names) {
    if (codes.size >= ${CODE_CACHE}) codes.delete(codes.keys().next().value);
    codes.set(checksum, { module: new WebAssembly.Module(bytes), initial, maximum, names, free: [] });
  }

  function open(checksum) {
    const code = codes.get(checksum);
    if (!code) return ['missing', '', 0];
    const slot = { id: nextId++, acc: 0, threshold: cell[0], code, memory: take(code), exports: undefined, trap: undefined };
    const env = { memory: slot.memory };
    for (const n of code.names) env[n] = (...a) => callHost(slot, n, a);
    const metering = {
      usegas(ops) {
        slot.acc += ops * ${GAS_PER_OP};
        if (slot.acc >= slot.threshold) callHost(slot, 'gas', []);
      },
    };
    let inst;
    try {
      inst = new WebAssembly.Instance(code.module, { env, metering });
    } catch (e) {
      settle(slot);
      give(code, slot.memory);
      return fail(e);
    }
    settle(slot);
    slot.exports = inst.exports;
    slot.trap = inst.exports[${JSON.stringify(TRAP_EXPORT)}];
    live.set(slot.id, slot);
    return slot.id;
  }

  function close(id) {
    const slot = live.get(id);
    if (!slot) return;
    live.delete(id);
    give(slot.code, slot.memory);
  }

  function allocBytes(slot, bytes) {
    const p = slot.exports.allocate(bytes.length);
    const buf = slot.exports.memory.buffer;
    const info = new Uint32Array(buf, p, 3);
    new Uint8Array(buf, info[0], info[1]).set(bytes);
    info[2] = bytes.length;
    return p;
  }

  // Each answer settles the instance's gas into cell [1] first: the host charges it before anything else.
  function withSlot(id, f) {
    const slot = live.get(id);
    slot.threshold = cell[0];
    try {
      const r = f(slot);
      settle(slot);
      return r;
    } catch (e) {
      settle(slot);
      return fail(e, slot);
    }
  }

  return {
    load,
    open,
    close,
    read: (id, ptr, max) => readRegion(live.get(id), ptr, max),
    alloc: (id, bytes) => withSlot(id, (slot) => allocBytes(slot, bytes)),
    write: (id, ptr, bytes) =>
      withSlot(id, (slot) => {
        const buf = slot.exports.memory.buffer;
        const info = new Uint32Array(buf, ptr, 3);
        if (bytes.length > info[1]) return ['small', String(info[1]), 0];
        new Uint8Array(buf, info[0], info[1]).set(bytes);
        info[2] = bytes.length;
        return 0;
      }),
    dealloc: (id, ptr) => withSlot(id, (slot) => { slot.exports.deallocate(ptr); return 0; }),
    // An entry point: its arguments allocated, the call; a nested call starts from its callers' stack use (depth.ts).
    call: (id, name, args) =>
      withSlot(id, (slot) => {
        const fn = slot.exports[name];
        if (typeof fn !== 'function') return ['noexport', '', 0];
        const depth = slot.exports[${JSON.stringify(DEPTH_EXPORT)}];
        const outer = depths[depths.length - 1];
        depth.value = outer ? outer.value + ${NESTED_CALL_COST} : 0;
        depths.push(depth);
        try {
          const ptrs = args.map((a) => allocBytes(slot, a));
          return fn(...ptrs);
        } finally {
          depths.pop();
        }
      }),
  };
})`;
