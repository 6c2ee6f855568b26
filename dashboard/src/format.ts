/** Shortened long identifiers (hashes, addresses), whole in the title attribute. */
export const short = (s: string, head = 10, tail = 6) => (s && s.length > head + tail + 1 ? `${s.slice(0, head)}…${s.slice(-tail)}` : s);

export const num = (v: string | number | bigint) => {
  try {
    return BigInt(v).toLocaleString('en-US');
  } catch {
    return String(v);
  }
};

/** utrv with its 6 decimals. */
export function utrv(amount: string): string {
  const a = BigInt(amount || '0');
  const whole = a / 1_000_000n;
  const frac = (a % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${whole.toLocaleString('en-US')}${frac ? '.' + frac : ''} TRV`;
}

/** 0x-hex → its UTF-8 text when it is printable, else undefined. */
export function hexText(hex: string): string | undefined {
  const h = hex.replace(/^0x/, '');
  if (h.length === 0 || h.length % 2) return undefined;
  const bytes = new Uint8Array(h.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(h.slice(i * 2, i * 2 + 2), 16);
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /^[\P{C}\n\r\t]*$/u.test(s) ? s : undefined;
  } catch {
    return undefined;
  }
}

export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export const ago = (iso: string) => {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return '';
  const s = Math.max(0, Math.round((Date.now() - t) / 1000));
  return s < 60 ? `${s}s ago` : s < 3600 ? `${Math.floor(s / 60)}m ago` : `${Math.floor(s / 3600)}h ago`;
};
