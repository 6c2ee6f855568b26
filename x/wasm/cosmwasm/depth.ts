import { TRAP_DEPTH } from './operators.ts';

/**
 * A deterministic stack limit, on the toolkit's JSON form of a module (after metering, so it costs no gas):
 * each function adds its frame's cost to a global on entry and takes it off on every way it returns — its
 * body is wrapped in a block, so falling off the end, a branch to the function's label and `return`
 * (rewritten as a branch to that block) all pass the decrement. Past the budget the call traps, with the
 * reason in the trap global. A trap ends the instance (one per call), so nothing needs to unwind the count;
 * instance.ts carries the count into nested instances (a query into another contract), so the budget is
 * one per call stack.
 *
 * Why: V8 runs a recursion until its native stack is exhausted, and how deep that is depends on frame sizes,
 * which change when V8 tiers a function up from Liftoff to TurboFan (measured: a one-parameter recursion
 * reaches 16,384 frames cold and 25,141 warm; with 100 i64 locals, 1,162 cold and 25,141 warm) — a call could
 * fail on one node, or in `triviumd replay`, and not on another. A budget counted from the code is the same
 * everywhere.
 */

/** The stack budget, in estimated bytes of Liftoff frames: about half of V8's default 984 KiB stack. */
export const STACK_BUDGET = 512 * 1024;
/** A frame's estimated cost: Liftoff's fixed part plus 8 bytes per parameter and local (measured: 60 + 8 per). */
export const frameCost = (paramsAndLocals: number): number => 64 + 8 * paramsAndLocals;

interface Op {
  name: string;
  return_type?: string;
  immediates?: unknown;
}
interface Section {
  name: string;
  entries: any[];
}

export function limitCallDepth(module: Section[], depthGlobal: number, trapGlobal: number, skipLast: number, budget = STACK_BUDGET): void {
  const types = module.find((s) => s.name === 'type')?.entries as Array<{ params: string[]; return_type?: string }> | undefined;
  const functions = module.find((s) => s.name === 'function')?.entries as number[] | undefined;
  const code = module.find((s) => s.name === 'code')?.entries as Array<{ locals: Array<{ count: number }>; code: Op[] }> | undefined;
  if (!types || !functions || !code) return;
  const enter = (cost: number): Op[] => [
    { name: 'get_global', immediates: depthGlobal },
    { return_type: 'i32', name: 'const', immediates: cost },
    { return_type: 'i32', name: 'add' },
    { name: 'set_global', immediates: depthGlobal },
    { name: 'get_global', immediates: depthGlobal },
    { return_type: 'i32', name: 'const', immediates: budget },
    { return_type: 'i32', name: 'gt_u' },
    { name: 'if', immediates: 'block_type' },
    { return_type: 'i32', name: 'const', immediates: TRAP_DEPTH },
    { name: 'set_global', immediates: trapGlobal },
    { name: 'unreachable' },
    { name: 'end' },
  ];
  const leave = (cost: number): Op[] => [
    { name: 'get_global', immediates: depthGlobal },
    { return_type: 'i32', name: 'const', immediates: cost },
    { return_type: 'i32', name: 'sub' },
    { name: 'set_global', immediates: depthGlobal },
  ];
  const count = code.length - skipLast;
  for (let i = 0; i < count; i++) {
    const entry = code[i]!;
    const type = types[functions[i]!]!;
    const cost = frameCost(type.params.length + entry.locals.reduce((n, l) => n + l.count, 0));
    const body: Op[] = [...enter(cost), { name: 'block', immediates: type.return_type ?? 'block_type' }];
    let level = 0; // blocks open inside the wrapper
    const ops = entry.code;
    for (let k = 0; k < ops.length - 1; k++) {
      const op = ops[k]!;
      if (op.name === 'block' || op.name === 'loop' || op.name === 'if') level++;
      else if (op.name === 'end') level--;
      body.push(op.name === 'return' ? { name: 'br', immediates: level } : op);
    }
    body.push({ name: 'end' }, ...leave(cost), { name: 'end' });
    entry.code = body;
  }
}
