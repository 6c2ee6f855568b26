/** Parses CometBFT-style listen addresses: "tcp://127.0.0.1:26657" or "127.0.0.1:26657". */
export function parseLaddr(laddr: string): { host: string; port: number } {
  const m = /^(?:tcp:\/\/)?([^:/]+|\[[^\]]+\]):(\d+)$/.exec(laddr);
  if (!m) throw new Error(`invalid listen address ${JSON.stringify(laddr)}: expected tcp://HOST:PORT`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}
