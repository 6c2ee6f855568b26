/** One JSON-RPC 2.0 call over HTTP POST: the whole answer (result or error), for tests that check either. */
export async function jsonRpc(url: string, method: string, params: unknown): Promise<{ result?: any; error?: { code: number; message: string; data?: string } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return (await res.json()) as any;
}
