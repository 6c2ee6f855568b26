/**
 * One cheap pass over a frame's raw text before JSON.parse: how deep it nests (so a 10^5-deep frame is refused
 * before anything recurses over it), and the raw text of each request's numeric `id` (JSON.parse rounds
 * 2^53+1 and turns 1e400 into Infinity; JSON-RPC wants the id echoed as sent).
 */
export interface FrameScan {
  /** The frame nests deeper than the limit (the rest of the scan stopped there). */
  tooDeep: boolean;
  /** Request index (0 for a single request, the element's position in a batch) → the id's number token. */
  rawIds: Map<number, string>;
}

const NUM = /[-+0-9.eE]/;

export function scanFrame(text: string, maxDepth: number): FrameScan {
  const rawIds = new Map<number, string>();
  let depth = 0;
  let batch = false;
  let element = 0; // position within a top-level array
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i + 1;
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
      // A key "id" of a request object (depth 1 alone, depth 2 in a batch) followed by a number.
      if (depth === (batch ? 2 : 1) && i - start === 2 && text.startsWith('id', start)) {
        let j = i + 1;
        while (j < text.length && text.charCodeAt(j) <= 0x20) j++;
        if (text[j] !== ':') continue;
        j++;
        while (j < text.length && text.charCodeAt(j) <= 0x20) j++;
        const k = j;
        while (j < text.length && NUM.test(text[j]!)) j++;
        if (j > k) rawIds.set(batch ? element : 0, text.slice(k, j));
      }
      continue;
    }
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (!started) batch = c === 0x5b;
      started = true;
      if (++depth > maxDepth) return { tooDeep: true, rawIds };
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
    else if (c === 0x2c /* , */ && batch && depth === 1) element++;
    else if (c > 0x20) started = true;
  }
  return { tooDeep: false, rawIds };
}
