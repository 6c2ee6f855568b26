import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdirSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { listen } from '../jsonrpc/listen.ts';
import type { CommittedBlockEvent } from '../types/node-api.ts';
import type { Service } from '../types/module.ts';
import { logError } from '../types/log-format.ts';
import { LAZY_PARTS, loadedParts } from '../types/lazy-parts.ts';
import type { Node } from './node.ts';

/** CometBFT's instrumentation.prometheus_listen_addr default, when `--metrics` is given without an address. */
export const DEFAULT_METRICS_LADDR = '127.0.0.1:26660';

type Sample = { name: string; help: string; type: 'gauge' | 'counter'; values: Array<[labels: string, value: number]> };
const one = (name: string, help: string, type: Sample['type'], value: number): Sample => ({ name, help, type, values: [['', value]] });

/** The Prometheus text exposition format (version 0.0.4): HELP, TYPE, then one line per labelled value. */
export function renderPrometheus(samples: Sample[]): string {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  return samples
    .map((s) => [`# HELP ${s.name} ${esc(s.help)}`, `# TYPE ${s.name} ${s.type}`, ...s.values.map(([l, v]) => `${s.name}${l} ${Number.isFinite(v) ? v : 0}`)].join('\n'))
    .join('\n') + '\n';
}

/**
 * The node's Prometheus endpoint (`start --metrics [laddr]`, GET /metrics), on its own port as CometBFT's
 * instrumentation.prometheus_listen_addr: chain gauges under CometBFT's names (cometbft_consensus_height,
 * _num_txs, _total_txs, cometbft_mempool_size, _size_bytes), ours (tx outcomes, block gas, the modules' own
 * gauges such as x/crossvm's queue depth) and the process's (CPU, memory, open fds, event-loop delay).
 * Observes only: it reads the latest state and the committed blocks, never writes.
 */
export class MetricsServer implements Service {
  readonly name = 'metrics';
  private readonly server: Server;
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private lastBlock: { txs: number; gasUsed: number; intervalS: number; timeMs: number } | undefined;
  private txsOk = 0;
  private txsFailed = 0;
  private readonly onBlock = (e: CommittedBlockEvent) => this.observe(e);

  constructor(
    private readonly node: Node,
    readonly laddr: string,
  ) {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  async start(): Promise<void> {
    await listen(this.server, this.laddr, 'metrics');
    this.loop.enable();
    this.node.bus.on('block', this.onBlock);
    this.node.log(`metrics: http://${this.laddr.replace(/^tcp:\/\//, '')}/metrics (Prometheus)`, { module: 'metrics' });
  }

  async stop(): Promise<void> {
    this.node.bus.off('block', this.onBlock);
    this.loop.disable();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private observe(e: CommittedBlockEvent): void {
    let gas = 0;
    for (const r of e.results.txResults) {
      if (r.code === 0) this.txsOk++;
      else this.txsFailed++;
      gas += Number(r.gasUsed);
    }
    const prev = this.lastBlock?.timeMs;
    this.lastBlock = { txs: e.block.txs.length, gasUsed: gas, intervalS: prev === undefined ? 0 : (e.block.timeMs - prev) / 1000, timeMs: e.block.timeMs };
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the metrics are at /metrics\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
    let body: string;
    try {
      body = renderPrometheus(this.samples());
    } catch (e) {
      logError('metrics', e, { module: 'metrics' });
      return void res.writeHead(500, { 'content-type': 'text/plain' }).end(`${(e as Error).message}\n`);
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : body);
  }

  samples(): Sample[] {
    const { node } = this;
    const ctx = node.queryContext();
    const modules = node.app.modules.flatMap((m) => (m.metrics?.(ctx) ?? []).map((x) => one(x.name, x.help, 'gauge', x.value)));
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    let fds = 0;
    try {
      fds = readdirSync('/proc/self/fd').length;
    } catch {
      /* not Linux */
    }
    return [
      one('cometbft_consensus_height', 'Height of the latest committed block.', 'gauge', node.latestHeight()),
      one('cometbft_consensus_num_txs', 'Number of transactions in the latest block.', 'gauge', this.lastBlock?.txs ?? 0),
      one('cometbft_consensus_total_txs', 'Transactions committed since the node started.', 'gauge', this.txsOk + this.txsFailed),
      one('cometbft_mempool_size', 'Number of uncommitted transactions in the mempool.', 'gauge', node.mempool.size),
      one('cometbft_mempool_size_bytes', 'Total size of the mempool in bytes.', 'gauge', node.mempool.totalBytes),
      { name: 'trivium_txs_total', help: 'Transactions executed in blocks since the node started, by outcome.', type: 'counter', values: [['{result="ok"}', this.txsOk], ['{result="failed"}', this.txsFailed]] },
      one('trivium_block_gas_used', 'Gas used by the transactions of the latest block.', 'gauge', this.lastBlock?.gasUsed ?? 0),
      one('trivium_block_interval_seconds', 'Block time of the latest block minus that of the one before.', 'gauge', this.lastBlock?.intervalS ?? 0),
      ...modules,
      { name: 'trivium_lazy_part_loaded', help: 'Whether a part the node loads when first needed (a VM engine, gRPC) is loaded: 1 yes, 0 not yet.', type: 'gauge', values: LAZY_PARTS.map((p) => [`{part="${p}"}`, loadedParts().includes(p) ? 1 : 0]) },
      one('process_cpu_seconds_total', 'Total user and system CPU time spent in seconds.', 'counter', (cpu.user + cpu.system) / 1e6),
      one('process_resident_memory_bytes', 'Resident memory size in bytes.', 'gauge', mem.rss),
      one('process_start_time_seconds', 'Start time of the process since unix epoch in seconds.', 'gauge', Math.round(performance.timeOrigin / 1000)),
      one('process_open_fds', 'Number of open file descriptors.', 'gauge', fds),
      one('nodejs_heap_size_used_bytes', 'V8 heap in use, in bytes.', 'gauge', mem.heapUsed),
      one('nodejs_heap_size_total_bytes', 'V8 heap allocated, in bytes.', 'gauge', mem.heapTotal),
      one('nodejs_eventloop_delay_p99_seconds', 'The 99th percentile of the event loop delay since start.', 'gauge', this.loop.percentile(99) / 1e9),
      one('nodejs_eventloop_delay_max_seconds', 'The longest event loop delay since start.', 'gauge', this.loop.max / 1e9),
    ];
  }
}

/** `--metrics [laddr]`: the server, or none when the flag is absent. */
export function metricsServices(node: Node, flag: string | boolean | undefined): Service[] {
  if (flag === undefined || flag === false) return [];
  return [new MetricsServer(node, flag === true ? DEFAULT_METRICS_LADDR : flag)];
}
