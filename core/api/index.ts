import { transportLimits } from '../jsonrpc/index.ts';
import type { CometNode } from '../rpc/methods.ts';
import type { Service } from '../types/module.ts';
import { ApiBackend } from './backend.ts';
import { GrpcServer } from './grpc-server.ts';
import { RestServer } from './rest-server.ts';

export { ApiBackend, HEIGHT_HEADER } from './backend.ts';

/** The gRPC and REST servers a node runs for its non-empty addresses (`--grpc.address`, `--api.address`). */
export function apiServices(node: CometNode, addresses: { grpc?: string; rest?: string }): Service[] {
  const backend = new ApiBackend(node);
  const out: Service[] = [];
  if (addresses.grpc) out.push(new GrpcServer(backend, addresses.grpc));
  if (addresses.rest) out.push(new RestServer(backend, addresses.rest, transportLimits(node.flags).cors));
  return out;
}
