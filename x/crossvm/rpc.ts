import { RpcError } from '../../core/jsonrpc/index.ts';
import type { NodeRpcMethod } from '../../core/types/module.ts';
import { injectMethod } from './dev/inject-rpc.ts';
import { simulateCrossVM } from './simulate/run.ts';
import { traceCrossVM } from './trace/rpc.ts';
import type { EthRpcRegistrar } from './expected-keepers.ts';
import type { CrossVMKeeper } from './keeper.ts';
import { views } from './queries.ts';
import { explorerMethods } from './explorer.ts';

const invalid = (msg: string) => new RpcError(-32602, msg);

/** `crossvm_getMessage(id)` and `crossvm_pendingMessages([offset, limit])` on the Ethereum JSON-RPC port. */
export function registerRpcMethods(evm: EthRpcRegistrar, keeper: CrossVMKeeper): void {
  evm.registerRpcMethod('crossvm_getMessage', (params, node) => {
    const id = params[0];
    const n = typeof id === 'number' ? BigInt(id) : typeof id === 'string' && /^(0x[0-9a-fA-F]+|\d+)$/.test(id) ? BigInt(id) : undefined;
    if (n === undefined || n < 0n) throw invalid('crossvm_getMessage: expected a message id (number, decimal or 0x string)');
    return keeper.getMessage(node.queryContext(), n) ?? null;
  });
  evm.registerRpcMethod('crossvm_pendingMessages', (params, node) => {
    const offset = Number(params[0] ?? 0);
    const limit = Number(params[1] ?? 100);
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0) throw invalid('crossvm_pendingMessages: expected [offset, limit]');
    return views.pending(keeper, node.queryContext(), offset, limit);
  });
  evm.registerRpcMethod('crossvm_messagesBySender', (params, node) => {
    if (typeof params[0] !== 'string') throw invalid('crossvm_messagesBySender: expected an address');
    return views.bySender(keeper, node.queryContext(), params[0], Number(params[1] ?? 0), Number(params[2] ?? 100));
  });
}

/** The node-wide methods (both RPC ports): dev_crossvmInject, trivium_traceCrossVM, trivium_simulateCrossVM. */
export function nodeRpcMethods(keeper: CrossVMKeeper): Record<string, NodeRpcMethod> {
  const inject = injectMethod(keeper);
  return {
    dev_crossvmInject: { params: ['message_id', 'outcome', 'blocks', 'reason'], handler: (p, node) => inject(p, node) },
    trivium_traceCrossVM: { params: ['id'], handler: (p, node) => traceCrossVM(keeper, node, p.id) },
    // {call: …} positionally, or the call's own fields (or {tx}) as the named params.
    trivium_simulateCrossVM: { params: ['call'], handler: (p, node) => simulateCrossVM(keeper, node, p.call ?? p) },
    // The dashboard's reads: the message list with filters, one message's life, per-block figures (explorer.ts).
    ...explorerMethods(keeper),
  };
}

/** On the Ethereum port: `[{…named}]` or positional params, read as the CometBFT port reads them. */
export function registerNodeMethods(evm: EthRpcRegistrar, methods: Record<string, NodeRpcMethod>): void {
  for (const [name, def] of Object.entries(methods)) {
    evm.registerRpcMethod(name, (params, node) => {
      const first = params[0];
      const named: Record<string, unknown> = {};
      if (params.length === 1 && first && typeof first === 'object' && !Array.isArray(first)) Object.assign(named, first);
      else def.params.forEach((n, i) => (named[n] = params[i]));
      return def.handler(named, node);
    });
  }
}
