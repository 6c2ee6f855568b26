import { buildMethods, type CometNode } from '../rpc/methods.ts';
import { abciQuery, type ApiMethod, type Answer } from './abci-query.ts';
import { HistoricalStateError } from '../store/commit-store.ts';
import { ApiError, Code } from './status.ts';
import { tendermintService } from './tendermint-service.ts';
import { txService } from './tx-service.ts';

/** gRPC metadata key and REST header naming the height a query reads the state at (0 or absent: the latest). */
export const HEIGHT_HEADER = 'x-cosmos-block-height';

/**
 * What gRPC and REST serve, by full method path (`/cosmos.bank.v1beta1.Query/Balance`): every module query the
 * app routes — the same ABCI query paths `abci_query` serves, through that route — plus the tx and
 * CometBFT services. Both servers are thin transports over `call`.
 */
export class ApiBackend {
  readonly methods = new Map<string, ApiMethod>();

  constructor(private readonly node: CometNode) {
    const comet = buildMethods(node);
    for (const m of node.app.modules) {
      for (const path of Object.keys(m.queries ?? {})) this.methods.set(path, (req, height) => abciQuery(comet, path, req, height));
    }
    for (const [path, fn] of Object.entries({ ...txService(node, comet), ...tendermintService(node, comet) })) this.methods.set(path, fn);
  }

  /** The services and their method names, for registration (`cosmos.bank.v1beta1.Query` → [`Balance`, …]). */
  services(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const path of [...this.methods.keys()].sort()) {
      const [, service, method] = /^\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
      if (!service || !method) continue;
      out.set(service, [...(out.get(service) ?? []), method]);
    }
    return out;
  }

  async call(path: string, req: Uint8Array, heightHeader: string | undefined): Promise<Answer> {
    const method = this.methods.get(path);
    if (!method) throw new ApiError(Code.UNIMPLEMENTED, `unknown method ${path}`);
    return method(req, this.height(heightHeader));
  }

  /** The height a request asks for, checked as the SDK's query context checks it. */
  height(header: string | undefined): number {
    if (header === undefined || header === '') return 0;
    if (!/^-?\d+$/.test(header.trim())) throw new ApiError(Code.INVALID_ARGUMENT, `invalid height header "${HEIGHT_HEADER}": ${JSON.stringify(header)} is not an integer`);
    const h = Number(header.trim());
    if (h < 0) throw new ApiError(Code.INVALID_ARGUMENT, 'cannot query with height < 0; please provide a valid height: invalid request');
    const latest = this.node.latestHeight();
    if (h > latest) throw new ApiError(Code.INVALID_ARGUMENT, `cannot query with height in the future; please provide a valid height (latest height: ${latest}): invalid height`);
    if (h > 0 && h < latest) {
      try {
        this.node.queryContext(h);
      } catch (e) {
        // The SDK's CreateQueryContext: ErrNotFound (sdk 38) wrapping the store's reason, codes.Unknown on gRPC.
        if (e instanceof HistoricalStateError) throw new ApiError(Code.UNKNOWN, `codespace sdk code 38: not found: failed to load state at height ${h}; ${e.message} (latest height: ${latest})`);
        throw e;
      }
    }
    return h;
  }
}
