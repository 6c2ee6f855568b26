import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { href } from './router.ts';
import { short } from './format.ts';

export const VM_COLORS: Record<string, string> = { cosmos: '#7c5cff', evm: '#3b82f6', wasm: '#f59e0b', svm: '#14b8a6' };
export const STATUS_COLORS: Record<string, string> = { EXECUTED: '#16a34a', FAILED: '#dc2626', TIMED_OUT: '#d97706', PENDING: '#2563eb', SUBMITTED: '#6b7280', CALLBACK: '#7c3aed' };

export function Status({ s }: { s: string }) {
  return (
    <span class="badge" data-status={s} style={{ background: STATUS_COLORS[s] ?? '#6b7280' }}>
      {s}
    </span>
  );
}

export function Vm({ vm }: { vm: string }) {
  return (
    <span class="vm" style={{ borderColor: VM_COLORS[vm] ?? '#888', color: VM_COLORS[vm] ?? '#888' }}>
      {vm}
    </span>
  );
}

export const TxLink = ({ hash }: { hash: string }) => (
  <a class="mono" href={href.tx(hash)} title={hash}>
    {short(hash)}
  </a>
);
export const BlockLink = ({ h }: { h: number | string }) => <a href={href.block(h)}>{String(h)}</a>;
export const MsgLink = ({ id }: { id: string | number }) => <a href={href.message(id)}>#{String(id)}</a>;
export const AddrLink = ({ a, full }: { a: string; full?: boolean }) =>
  a ? (
    <a class="mono" href={href.account(a)} title={a}>
      {full ? a : short(a, 12, 6)}
    </a>
  ) : (
    <span class="muted">—</span>
  );

export function Card({ title, children, id }: { title?: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="card" id={id}>
      {title && <h2>{title}</h2>}
      {children}
    </section>
  );
}

/** A table whose header row is `head`; its rows are the children. Extra attributes (data-testid, class) go on the table. */
export function Table({ head, children, ...rest }: { head: string[]; children: ComponentChildren } & Record<string, unknown>) {
  return (
    <table {...rest}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** Cross-VM messages in brief: id, status, route, target (the overview's latest, an account's sent). */
export function MessageSummaryTable({ messages }: { messages: Array<{ id: string | number; status: string; source_vm: string; target_vm: string; target_contract: string }> }) {
  return (
    <Table head={['id', 'status', 'route', 'target']}>
      {messages.map((m) => (
        <tr key={m.id}>
          <td>
            <MsgLink id={m.id} />
          </td>
          <td>
            <Status s={m.status} />
          </td>
          <td>
            {m.source_vm} → {m.target_vm}
          </td>
          <td class="mono" title={m.target_contract}>
            {short(m.target_contract)}
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** A tx's result code: ok, or the failing code with its log on hover. */
export const TxCode = ({ code, log }: { code: number; log?: string }) => (code === 0 ? <span class="ok">ok</span> : <span class="fail" title={log}>code {code}</span>);

export const Json = ({ value }: { value: unknown }) => <pre class="json">{typeof value === 'string' ? value : JSON.stringify(value, null, 2)}</pre>;

export function Kv({ rows }: { rows: Array<[string, ComponentChildren]> }) {
  return (
    <dl class="kv">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Problem({ error }: { error?: string }) {
  return error ? <div class="error">{error}</div> : null;
}

/** 75000 → 75k, 1200000 → 1.2M: axis labels that fit. */
const compact = (v: number) => (Math.abs(v) >= 1e6 ? `${+(v / 1e6).toFixed(1)}M` : Math.abs(v) >= 1e3 ? `${+(v / 1e3).toFixed(1)}k` : `${+v.toFixed(2)}`);

export interface Series {
  label: string;
  color: string;
  values: Array<number | null>;
}

/** A uPlot chart over block heights; sized to its box (ResizeObserver), redrawn in place when data changes. */
export function Chart({ title, x, series, testid }: { title: string; x: number[]; series: Series[]; testid?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | undefined>(undefined);
  const key = series.map((s) => s.label).join('|');
  useEffect(() => {
    const el = box.current!;
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height: 180,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false } },
      axes: [{ label: 'height', size: 40, labelSize: 14 }, { size: 52, values: (_u, vals) => vals.map(compact) }],
      series: [{ label: 'height' }, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: false } }))],
    };
    plot.current = new uPlot(opts, [x, ...series.map((s) => s.values)] as uPlot.AlignedData, el);
    const ro = new ResizeObserver(() => plot.current?.setSize({ width: Math.max(200, el.clientWidth), height: 180 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.current?.destroy();
      plot.current = undefined;
    };
  }, [key]);
  useEffect(() => {
    plot.current?.setData([x, ...series.map((s) => s.values)] as uPlot.AlignedData);
  });
  return (
    <div class="chart" data-testid={testid}>
      <h3>{title}</h3>
      <div ref={box} />
    </div>
  );
}
