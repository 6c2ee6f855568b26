/**
 * NaN canonicalization, as wasmer's `canonicalize_nans` does for cosmwasm-vm: after every float operation
 * that may produce a NaN, a NaN result is replaced by the one canonical NaN of its type. Wasm leaves a
 * NaN's sign and payload to the hardware; with this, a float result has the same bits on every machine.
 * Works on @oraichain/wasm-json-toolkit's JSON form of a module.
 */

interface Op {
  name: string;
  return_type?: string;
  immediates?: unknown;
}
interface CodeEntry {
  locals: Array<{ count: number; type: string }>;
  code: Op[];
}
interface Section {
  name: string;
  entries: unknown[];
}

/** Operations whose result may be a NaN with machine-dependent bits (abs/neg/copysign only move bits). */
const NAN_OPS = new Set(['add', 'sub', 'mul', 'div', 'sqrt', 'min', 'max', 'ceil', 'floor', 'trunc', 'nearest', 'promote/f32', 'demote/f64']);
/** Canonical NaNs, little-endian: f32 0x7fc00000, f64 0x7ff8000000000000. */
const CANONICAL: Record<string, number[]> = { f32: [0, 0, 0xc0, 0x7f], f64: [0, 0, 0, 0, 0, 0, 0xf8, 0x7f] };

const producesNaN = (op: Op | undefined): op is Op & { return_type: 'f32' | 'f64' } =>
  op !== undefined && (op.return_type === 'f32' || op.return_type === 'f64') && NAN_OPS.has(op.name);

export function canonicalizeNaNs(module: Section[]): void {
  const types = module.find((s) => s.name === 'type')?.entries as Array<{ params: string[] }> | undefined;
  const functions = module.find((s) => s.name === 'function')?.entries as number[] | undefined;
  const code = module.find((s) => s.name === 'code')?.entries as CodeEntry[] | undefined;
  if (!types || !functions || !code) return;
  code.forEach((entry, i) => {
    if (!entry.code.some(producesNaN)) return;
    const params = types[functions[i]!]!.params.length;
    const base = params + entry.locals.reduce((n, l) => n + l.count, 0);
    entry.locals.push({ count: 1, type: 'f32' }, { count: 1, type: 'f64' });
    const tmp: Record<string, number> = { f32: base, f64: base + 1 };
    const out: Op[] = [];
    for (const op of entry.code) {
      out.push(op);
      if (!producesNaN(op)) continue;
      const t = op.return_type;
      // x → (x == x) ? x : canonical NaN
      out.push(
        { name: 'tee_local', immediates: tmp[t] },
        { return_type: t, name: 'const', immediates: [...CANONICAL[t]!] },
        { name: 'get_local', immediates: tmp[t] },
        { name: 'get_local', immediates: tmp[t] },
        { return_type: t, name: 'eq' },
        { name: 'select' },
      );
    }
    entry.code = out;
  });
}
