import type { NodeAPI } from '../../../core/types/node-api.ts';

/**
 * An extra method on the Ethereum JSON-RPC port (x/crossvm's crossvm_*). Here, not in rpc/, because the
 * keeper holds the registrations and the RPC layer is built on the keeper, never the other way round.
 */
export type ExtensionHandler = (params: unknown[], node: NodeAPI) => unknown | Promise<unknown>;
