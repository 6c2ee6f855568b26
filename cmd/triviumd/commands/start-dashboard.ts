import { fileURLToPath } from 'node:url';
import type { Service } from '../../../core/types/module.ts';

/**
 * `--dashboard.address` (default 127.0.0.1:26680; empty turns it off): the web dashboard beside the node, its
 * code loaded only when it is on.
 */
export async function dashboardServices(opts: Record<string, unknown>, rpcLaddr: string): Promise<{ services: Service[]; url?: string }> {
  const address = String(opts['dashboard.address'] ?? opts.dashboardAddress ?? '').trim().replace(/^tcp:\/\//, '');
  if (address === '') return { services: [] };
  const { DashboardServer, defaultAssetsDir } = await import('../../../core/dashboard/server.ts');
  const d = new DashboardServer({ address, rpcLaddr, assetsDir: defaultAssetsDir(fileURLToPath(new URL('.', import.meta.url))) });
  return { services: [d], url: d.built ? d.url() : `${d.url()} (page not built: run npm run build)` };
}
