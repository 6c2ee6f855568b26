import { rpc } from '../api.ts';
import { BlockLink, Card, Chart, Problem, STATUS_COLORS, VM_COLORS, Vm, Table, MessageSummaryTable } from '../components.tsx';
import { ago, num } from '../format.ts';
import { useLive } from '../live.ts';

const CHART_BLOCKS = 60;
const VMS = ['cosmos', 'evm', 'wasm', 'svm'];

interface BlockRow {
  height: number;
  time: string;
  hash: string;
  num_txs: number;
  failed_txs: number;
  txs_by_vm: Record<string, number>;
  gas_by_vm: Record<string, number>;
}
interface QueueStats {
  height: number;
  queue_depth: number | null;
  executed: number;
  failed: number;
  timed_out: number;
}

async function loadOverview() {
  const [status, mempool, blocks, msgs] = await Promise.all([
    rpc('status'),
    rpc('num_unconfirmed_txs'),
    rpc<{ blocks: BlockRow[] }>('trivium_blocks', { limit: CHART_BLOCKS }),
    rpc<{ messages: any[]; total: number; queue_depth: number }>('trivium_crossvmMessages', { limit: 8 }),
  ]);
  const rows = blocks.blocks.slice().reverse();
  const from = rows[0]?.height ?? 1;
  const to = rows[rows.length - 1]?.height ?? 0;
  const queue = to >= from ? await rpc<QueueStats[]>('trivium_crossvmBlockStats', { from, to }) : [];
  return { status, mempool, rows, queue, msgs };
}

export function Overview() {
  const { data, error } = useLive(loadOverview, [], { minGapMs: 300 });
  if (!data) return <Problem error={error} />;
  const { status, mempool, rows, queue, msgs } = data;
  const x = rows.map((r) => r.height);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const spanS = first && last && last.height > first.height ? (Date.parse(last.time) - Date.parse(first.time)) / 1000 : 0;
  const txCount = rows.slice(1).reduce((a, r) => a + r.num_txs, 0);
  const tps = spanS > 0 ? txCount / spanS : 0;
  const blockTime = spanS > 0 ? spanS / (rows.length - 1) : 0;
  const byHeight = new Map(queue.map((q) => [q.height, q]));
  const q = (h: number) => byHeight.get(h);
  return (
    <div>
      <Problem error={error} />
      <div class="stats">
        <Stat label="height" value={num(status.sync_info.latest_block_height)} testid="height" />
        <Stat label="block time" value={blockTime ? `${blockTime < 1 ? Math.round(blockTime * 1000) + ' ms' : blockTime.toFixed(2) + ' s'}` : '—'} sub={ago(status.sync_info.latest_block_time)} />
        <Stat label="tx/s" value={tps.toFixed(tps < 10 ? 2 : 0)} sub={`last ${rows.length} blocks`} testid="tps" />
        <Stat label="mempool" value={num(mempool.n_txs)} sub={`${num(mempool.total_bytes)} bytes`} testid="mempool" />
        <Stat label="cross-VM queue" value={num(msgs.queue_depth)} sub={`${num(msgs.total)} message${msgs.total === 1 ? '' : 's'} in all`} testid="queue" />
      </div>
      <div class="charts">
        <Chart title="txs per block by VM" testid="chart-txs" x={x} series={VMS.map((vm) => ({ label: vm, color: VM_COLORS[vm]!, values: rows.map((r) => r.txs_by_vm[vm] ?? 0) }))} />
        <Chart title="gas per block by VM" testid="chart-gas" x={x} series={VMS.map((vm) => ({ label: vm, color: VM_COLORS[vm]!, values: rows.map((r) => r.gas_by_vm[vm] ?? 0) }))} />
        <Chart title="cross-VM queue depth" testid="chart-queue" x={x} series={[{ label: 'queued', color: '#2563eb', values: x.map((h) => q(h)?.queue_depth ?? null) }]} />
        <Chart
          title="cross-VM messages per block"
          testid="chart-msgs"
          x={x}
          series={[
            { label: 'executed', color: STATUS_COLORS.EXECUTED!, values: x.map((h) => q(h)?.executed ?? 0) },
            { label: 'failed', color: STATUS_COLORS.FAILED!, values: x.map((h) => q(h)?.failed ?? 0) },
            { label: 'timed out', color: STATUS_COLORS.TIMED_OUT!, values: x.map((h) => q(h)?.timed_out ?? 0) },
          ]}
        />
      </div>
      <div class="two">
        <Card title="Latest blocks">
          <Table head={['height', 'txs', 'by VM', 'time']}>
            {rows
              .slice(-10)
              .reverse()
              .map((r) => (
                <tr key={r.height}>
                  <td>
                    <BlockLink h={r.height} />
                  </td>
                  <td>{r.num_txs}</td>
                  <td>{VMS.filter((v) => r.txs_by_vm[v]).map((v) => <Vm key={v} vm={`${v} ${r.txs_by_vm[v]}`} />)}</td>
                  <td class="muted">{r.time.slice(11, 23)}</td>
                </tr>
              ))}
          </Table>
        </Card>
        <Card title="Latest cross-VM messages">
          <MessageSummaryTable messages={msgs.messages} />
        </Card>
      </div>
    </div>
  );
}

function Stat({ label, value, sub, testid }: { label: string; value: string; sub?: string; testid?: string }) {
  return (
    <div class="stat" data-testid={testid}>
      <div class="label">{label}</div>
      <div class="value">{value}</div>
      {sub && <div class="sub">{sub}</div>}
    </div>
  );
}
