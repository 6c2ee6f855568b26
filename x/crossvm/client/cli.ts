import type { Command } from 'commander';
import WebSocket from 'ws';
import type { ModuleCli } from '../../../core/client/module-cli.ts';
import { addQueryFlags, addTxFlags, printOutput, type QueryOptions, type TxOptions } from '../../../core/client/options.ts';
import { abciQuery, rpcCall } from '../../../core/client/rpc.ts';
import type { CrossVMTrace } from '../trace/build.ts';
import { renderTrace } from '../trace/render.ts';
import type { SimulationResult } from '../simulate/run.ts';

/** A dry run: the statuses, then the trace tree. */
function renderSimulation(r: SimulationResult): string {
  const head = [`dry run at height ${r.height}: simulated blocks ${r.blocks.from}–${r.blocks.to}${r.complete ? '' : ' (stopped with messages still queued)'}; nothing was sent`];
  for (const m of r.messages) head.push(`message ${m.id}: ${m.status} at ${m.height}, gas ${m.gas_used}${m.error ? `, error: ${m.error}` : ''}${m.callback_status ? `, callback ${m.callback_status}` : ''}`);
  return [...head, renderTrace(r.trace)].join('\n');
}
import { broadcastMsgs } from '../../../core/client/tx.ts';
import { Keyring } from '../../../core/client/keyring.ts';
import { parseCoinsString } from '../../bank/types/index.ts';
import { parseAccountFlag } from '../../svm/types/account-flag.ts';
import {
  MsgCrossVMCallCodec, MsgCrossVMCallTypeUrl, MsgCrossVMCallResponseCodec, MsgUpdateParamsCodec, MsgUpdateParamsTypeUrl,
  MsgUpdateParamsResponseCodec, MsgInjectFaultCodec, MsgInjectFaultTypeUrl, messageFromProto, paramsFromProto, paramsToProto, QueryTypes,
} from '../codec.ts';
import { EventTypes } from '../events.ts';
import { parseVm, type Params } from '../types/index.ts';
import { crossvmAmino } from '../types/amino.ts';

const signer = (o: TxOptions) => {
  if (!o.from) throw new Error('--from is required: the key name or address that signs');
  return new Keyring(o.home, o.keyringBackend).get(o.from).address;
};

/** PAYLOAD as typed on the command line → the bytes MsgCrossVMCall carries for that target. */
export function payloadBytes(targetVm: string, payload: string): Uint8Array {
  const vm = parseVm(targetVm, 'target vm');
  if (vm === 'evm') {
    if (!/^0x([0-9a-fA-F]{2})*$/.test(payload)) throw new Error('evm PAYLOAD must be 0x-prefixed ABI calldata (hex)');
    return Buffer.from(payload.slice(2), 'hex');
  }
  if (vm === 'wasm') {
    try {
      JSON.parse(payload);
    } catch (e) {
      throw new Error(`wasm PAYLOAD must be a JSON execute message: ${(e as Error).message}`);
    }
    return Buffer.from(payload, 'utf8');
  }
  if (!/^(0x)?([0-9a-fA-F]{2})*$/.test(payload)) throw new Error('svm PAYLOAD must be hex-encoded instruction data');
  return Buffer.from(payload.replace(/^0x/, ''), 'utf8');
}

const uint = (v: string, name: string): bigint => {
  if (!/^\d+$/.test(v)) throw new Error(`${name} must be a non-negative integer, got ${v}`);
  return BigInt(v);
};
const int = (v: string, name: string) => Number(uint(v, name));

export const crossvmCli: ModuleCli = {
  aminoConverters: crossvmAmino,
  registryTypes: [
    [MsgCrossVMCallTypeUrl, MsgCrossVMCallCodec],
    [MsgUpdateParamsTypeUrl, MsgUpdateParamsCodec],
    ['/trivium.crossvm.v1.MsgCrossVMCallResponse', MsgCrossVMCallResponseCodec],
    ['/trivium.crossvm.v1.MsgUpdateParamsResponse', MsgUpdateParamsResponseCodec],
    [MsgInjectFaultTypeUrl, MsgInjectFaultCodec],
  ],
  tx(parent: Command) {
    const c = parent.command('crossvm').description('cross-VM messages');
    addTxFlags(
      c
        .command('call')
        .description('queue an async call: TARGET_VM evm|wasm|svm; PAYLOAD 0x-calldata (evm), JSON (wasm) or hex instruction data (svm)')
        .argument('<target_vm>')
        .argument('<target_contract>')
        .argument('<payload>')
        .option('--source-vm <vm>', 'the VM the call comes from (decides the callback)', 'evm')
        .option('--gas-limit <n>', 'gas for the target (escrowed at the minimum gas price)', '200000')
        .option('--amount <coins>', 'funds sent with the call, e.g. 100utrv', '')
        .option('--callback', 'call the sender back with the outcome')
        .option('--dry-run', 'simulate the call and every message it leads to, to the end, in a throwaway branch (trivium_simulateCrossVM): nothing is sent')
        .option('--account <meta>', 'svm: PUBKEY[:w][:s] (repeatable, in instruction order)', (v: string, acc: string[]) => [...acc, v], [] as string[]),
    ).action(async (targetVm: string, target: string, payload: string, o: TxOptions & { sourceVm: string; gasLimit: string; amount: string; callback?: boolean; dryRun?: boolean; account: string[] }) => {
      const kr = new Keyring(o.home, o.keyringBackend);
      const accounts = o.account.map((a) => parseAccountFlag(a, (n) => (kr.has(n) ? kr.get(n).address : undefined)));
      if (o.dryRun) {
        payloadBytes(targetVm, payload); // the same checks as a real call, before asking the node
        const call = {
          sender: signer(o), source_vm: parseVm(o.sourceVm, 'source vm'), target_vm: parseVm(targetVm, 'target vm'), target_contract: target, payload,
          funds: o.amount, gas_limit: String(uint(o.gasLimit, '--gas-limit')), callback: Boolean(o.callback),
          accounts: accounts.map((a) => ({ pubkey: a.pubkey, is_signer: a.isSigner, is_writable: a.isWritable })),
        };
        const r = await rpcCall<SimulationResult>(o, 'trivium_simulateCrossVM', { call });
        if (o.output === 'json') printOutput(o, r);
        else process.stdout.write(renderSimulation(r) + '\n');
        return;
      }
      await broadcastMsgs(o, [
        {
          typeUrl: MsgCrossVMCallTypeUrl,
          value: {
            sender: signer(o), sourceVm: parseVm(o.sourceVm, 'source vm'), targetVm: parseVm(targetVm, 'target vm'), targetContract: target,
            payload: payloadBytes(targetVm, payload), funds: parseCoinsString(o.amount), async: true, gasLimit: uint(o.gasLimit, '--gas-limit'),
            callback: Boolean(o.callback), accounts,
          },
        },
      ]);
    });
    addTxFlags(
      c
        .command('update-params')
        .description('change x/crossvm params (the authority only; --enabled=false is the circuit breaker)')
        .option('--enabled <bool>', 'true|false')
        .option('--max-queue-size <n>')
        .option('--max-message-size <n>')
        .option('--queue-timeout-blocks <n>')
        .option('--max-executions-per-block <n>')
        .option('--max-callback-gas <n>'),
    ).action(async (o: TxOptions & Record<string, string | undefined>) => {
      const res = QueryTypes.Params.res.decode(await abciQuery(o, QueryTypes.Params.path, QueryTypes.Params.req.encode({}).finish()));
      const p: Params = paramsFromProto(res.params ?? {});
      if (o.enabled !== undefined) {
        if (o.enabled !== 'true' && o.enabled !== 'false') throw new Error('--enabled must be true or false');
        p.enabled = o.enabled === 'true';
      }
      if (o.maxQueueSize !== undefined) p.max_queue_size = int(o.maxQueueSize, '--max-queue-size');
      if (o.maxMessageSize !== undefined) p.max_message_size = int(o.maxMessageSize, '--max-message-size');
      if (o.queueTimeoutBlocks !== undefined) p.queue_timeout_blocks = int(o.queueTimeoutBlocks, '--queue-timeout-blocks');
      if (o.maxExecutionsPerBlock !== undefined) p.max_executions_per_block = int(o.maxExecutionsPerBlock, '--max-executions-per-block');
      if (o.maxCallbackGas !== undefined) p.max_callback_gas = int(o.maxCallbackGas, '--max-callback-gas');
      await broadcastMsgs(o, [{ typeUrl: MsgUpdateParamsTypeUrl, value: { authority: signer(o), params: paramsToProto(p) } }]);
    });
  },
  query(parent: Command) {
    const q = parent.command('crossvm').description('cross-VM queries');
    addQueryFlags(q.command('params').description('module params and authority')).action(async (o: QueryOptions) => {
      const res = QueryTypes.Params.res.decode(await abciQuery(o, QueryTypes.Params.path, QueryTypes.Params.req.encode({}).finish()));
      printOutput(o, { params: paramsFromProto(res.params ?? {}), authority: res.authority });
    });
    addQueryFlags(q.command('trace').description('the cross-VM call tree of a tx (Ethereum 0x… or Cosmos hash) or a message id: frames, queued messages, callbacks, gas per VM').argument('<id>')).action(
      async (id: string, o: QueryOptions) => {
        const t = await rpcCall<CrossVMTrace | null>(o, 'trivium_traceCrossVM', { id });
        if (!t) throw new Error(`no tx or message ${id}`);
        if (o.output === 'json') printOutput(o, t);
        else process.stdout.write(renderTrace(t) + '\n');
      },
    );
    addQueryFlags(q.command('message').description('a message by id').argument('<id>')).action(async (id: string, o: QueryOptions) => {
      const res = QueryTypes.Message.res.decode(await abciQuery(o, QueryTypes.Message.path, QueryTypes.Message.req.encode({ id: uint(id, 'ID') }).finish()));
      if (!res.found) throw new Error(`message ${id} not found`);
      printOutput(o, { message: messageFromProto(res.message) });
    });
    addQueryFlags(q.command('pending').description('queued (SUBMITTED or PENDING) messages, FIFO').option('--offset <n>', 'skip', '0').option('--limit <n>', 'page size', '100')).action(
      async (o: QueryOptions & { offset: string; limit: string }) => {
        const req = QueryTypes.PendingMessages.req.encode({ pagination: { offset: uint(o.offset, '--offset'), limit: uint(o.limit, '--limit') } }).finish();
        const res = QueryTypes.PendingMessages.res.decode(await abciQuery(o, QueryTypes.PendingMessages.path, req));
        printOutput(o, { messages: (res.messages ?? []).map(messageFromProto), count: String(res.count ?? 0) });
      },
    );
    addQueryFlags(q.command('by-sender').description("a sender's messages").argument('<address>').option('--offset <n>', 'skip', '0').option('--limit <n>', 'page size', '100')).action(
      async (address: string, o: QueryOptions & { offset: string; limit: string }) => {
        const sender = address.startsWith('trivium1') || address.startsWith('0x') ? address : new Keyring(o.home, o.keyringBackend).get(address).address;
        const req = QueryTypes.MessagesBySender.req.encode({ sender, pagination: { offset: uint(o.offset, '--offset'), limit: uint(o.limit, '--limit') } }).finish();
        const res = QueryTypes.MessagesBySender.res.decode(await abciQuery(o, QueryTypes.MessagesBySender.path, req));
        printOutput(o, { messages: (res.messages ?? []).map(messageFromProto), count: String(res.count ?? 0) });
      },
    );
    addQueryFlags(q.command('watch').description('stream crossvm_* events live from the WebSocket (one JSON line each) until interrupted')).action(
      (o: QueryOptions) =>
        new Promise<void>((resolve, reject) => {
          const url = o.node.replace(/^tcp:\/\//, 'ws://').replace(/^http/, 'ws').replace(/\/$/, '') + '/websocket';
          const ws = new WebSocket(url);
          const queries = [
            `tm.event='Tx' AND ${EventTypes.request}.message_id EXISTS`,
            `tm.event='NewBlockEvents' AND ${EventTypes.response}.message_id EXISTS`,
            `tm.event='NewBlockEvents' AND ${EventTypes.timeout}.message_id EXISTS`,
            `tm.event='NewBlockEvents' AND ${EventTypes.callback}.message_id EXISTS`,
          ];
          ws.on('open', () => queries.forEach((query, i) => ws.send(JSON.stringify({ jsonrpc: '2.0', id: i + 1, method: 'subscribe', params: { query } }))));
          ws.on('error', (e) => reject(new Error(`cannot watch ${url}: ${e.message}`)));
          ws.on('close', () => resolve());
          ws.on('message', (raw) => {
            const msg = JSON.parse(raw.toString());
            if (msg.error) return reject(new Error(msg.error.data || msg.error.message));
            const data = msg.result?.data;
            if (!data) return;
            const isTx = data.type === 'tendermint/event/Tx';
            const height = isTx ? data.value.TxResult.height : data.value.height;
            const events: Array<{ type: string; attributes: Array<{ key: string; value: string }> }> = isTx ? data.value.TxResult.result.events : data.value.events;
            for (const e of events) {
              if (!e.type.startsWith('crossvm_')) continue;
              const attrs = Object.fromEntries(e.attributes.filter((a) => a.key !== 'mode').map((a) => [a.key, a.value]));
              process.stdout.write(JSON.stringify({ height, event: e.type, ...attrs }) + '\n');
            }
          });
          const stop = () => {
            ws.close();
            resolve();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        }),
    );
  },
};
