import type { CrossVMTrace, Frame } from './build.ts';

/** The trace as a text tree (`triviumd q crossvm trace ID`); `-o json` prints the RPC's JSON instead. */
export function renderTrace(t: CrossVMTrace): string {
  const lines: string[] = [];
  walk(t.root, '', '', lines);
  lines.push(`gas by vm: evm ${t.gas.evm}  wasm ${t.gas.wasm}  svm ${t.gas.svm}`);
  lines.push(`messages: ${t.messages.map((m) => `${m.id} ${m.status}@${m.height}`).join(', ') || 'none'}`);
  return lines.join('\n');
}

function label(f: Frame): string {
  const s = (k: string) => (f[k] === undefined || f[k] === null ? '' : String(f[k]));
  const gas = f.gas_used !== undefined ? `  gas ${f.gas_used}` : '';
  const err = f.error ? `  error: ${s('error')}${f.revert_reason ? ` (revert reason "${s('revert_reason')}")` : ''}` : '';
  switch (f.kind) {
    case 'evm_call':
      return `evm call ${s('from') ? s('from') + ' → ' : ''}${s('to')}${f.selector ? ` ${s('selector')}` : ''}${gas}  ${s('status')}${f.height ? `  [block ${s('height')}]` : ''}${err}`;
    case 'simulated_tx':
      return `simulated call at block ${s('height')} (${s('calls')} MsgCrossVMCall)`;
    case 'cosmos_tx':
      return `cosmos tx ${s('tx_hash')}  [block ${s('height')}]  code ${s('code')}${gas}${err}`;
    case 'precompile':
      return `precompile ${s('address')} ${s('method')}${gas}${f.message_id ? `  → message ${s('message_id')}` : ''}`;
    case 'wasm_execute':
    case 'wasm_query':
      return `js contract ${f.kind === 'wasm_query' ? 'query' : 'execute'} ${s('contract')}${gas}${err}`;
    case 'crossvm_message':
      return `message ${s('id')} ${s('source_vm')} → ${s('target_vm')} ${s('target')}  queued@${s('queued_height')}${f.executed_height ? ` ran@${s('executed_height')}` : ''}  ${s('status')}  gas ${s('gas_used')}/${s('gas_limit')}${f.injected ? '  (injected)' : ''}${err}`;
    case 'svm_instruction': {
      const ce = f.custom_error as { code: number; name?: string } | undefined;
      return `svm program ${s('program')}  ${s('compute_units')} CU${gas}${err}${ce ? `  custom error ${ce.name ?? ce.code}` : ''}`;
    }
    case 'callback':
      return `callback → ${s('vm')} ${s('target')} ${short(s('call'))}${gas}  ${f.success ? 'OK' : 'FAILED'}${err}`;
    default:
      return `${f.kind}${gas}`;
  }
}

function kids(f: Frame): Array<Frame | string> {
  const out: Array<Frame | string> = [];
  if (f.kind === 'svm_instruction') {
    const ix = (f.instructions as Array<{ program: string; depth: number; compute_units?: number; status: string; logs: string[] }>) ?? [];
    for (const i of ix) out.push(`instruction ${i.program} [depth ${i.depth}] ${i.compute_units ?? '?'} CU ${i.status}${i.logs.length ? `: ${i.logs.join(' | ')}` : ''}`);
  }
  if (f.kind === 'wasm_execute' && Array.isArray(f.events)) {
    const types = (f.events as Array<{ type: string }>).map((e) => e.type);
    if (types.length) out.push(`events: ${types.join(', ')}`);
  }
  if (f.execution) out.push(f.execution as Frame);
  out.push(...(f.children ?? []));
  if (f.callback) out.push(f.callback as Frame);
  return out;
}

function walk(f: Frame | string, lead: string, childLead: string, lines: string[]): void {
  lines.push(lead + (typeof f === 'string' ? f : label(f)));
  if (typeof f === 'string') return;
  const ks = kids(f);
  ks.forEach((k, i) => {
    const last = i === ks.length - 1;
    walk(k, childLead + (last ? '└─ ' : '├─ '), childLead + (last ? '   ' : '│  '), lines);
  });
}

/** A long hex argument (a callback's result) cut in the middle: the JSON keeps it whole. */
const short = (text: string) => text.replace(/0x([0-9a-f]{48,})/g, (_m, hex: string) => `0x${hex.slice(0, 16)}…${hex.slice(-8)} (${hex.length / 2} bytes)`);
