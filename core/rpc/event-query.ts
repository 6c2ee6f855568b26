/**
 * CometBFT's event query language (libs/pubsub/query): conditions joined by AND, each `key op operand` with
 * op one of =, <, <=, >, >=, CONTAINS, or `key EXISTS`. Operands are 'strings' or numbers.
 * Events are matched as a map from composite key ("transfer.recipient", "tm.event") to values.
 */
export type Op = '=' | '<' | '<=' | '>' | '>=' | 'CONTAINS' | 'EXISTS';
export interface Condition {
  key: string;
  op: Op;
  value?: string | number;
}

export class QueryParseError extends Error {}

const TOKEN = /\s*(?:(AND)\b|(EXISTS)\b|(CONTAINS)\b|(<=|>=|=|<|>)|'([^']*)'|([0-9]+(?:\.[0-9]+)?)(?![\w.])|([A-Za-z_][\w.\-/]*))/iy;

export function parseQuery(q: string): Condition[] {
  const tokens: Array<{ kind: string; text: string }> = [];
  TOKEN.lastIndex = 0;
  const src = q.trim();
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m || m.index !== start) throw new QueryParseError(`failed to parse query ${JSON.stringify(q)} at position ${start}`);
    if (m[1]) tokens.push({ kind: 'and', text: 'AND' });
    else if (m[2]) tokens.push({ kind: 'exists', text: 'EXISTS' });
    else if (m[3]) tokens.push({ kind: 'op', text: 'CONTAINS' });
    else if (m[4]) tokens.push({ kind: 'op', text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: 'string', text: m[5] });
    else if (m[6]) tokens.push({ kind: 'number', text: m[6] });
    else if (m[7]) tokens.push({ kind: 'key', text: m[7] });
    while (TOKEN.lastIndex < src.length && /\s/.test(src[TOKEN.lastIndex]!)) TOKEN.lastIndex++;
  }
  const conds: Condition[] = [];
  let i = 0;
  while (i < tokens.length) {
    const key = tokens[i++];
    if (!key || key.kind !== 'key') throw new QueryParseError(`failed to parse query ${JSON.stringify(q)}: expected a key`);
    const op = tokens[i++];
    if (op?.kind === 'exists') conds.push({ key: key.text, op: 'EXISTS' });
    else if (op?.kind === 'op') {
      const v = tokens[i++];
      if (!v || (v.kind !== 'string' && v.kind !== 'number')) throw new QueryParseError(`failed to parse query ${JSON.stringify(q)}: expected an operand after ${op.text}`);
      if (op.text === 'CONTAINS' && v.kind !== 'string') throw new QueryParseError('CONTAINS needs a string operand');
      conds.push({ key: key.text, op: op.text as Op, value: v.kind === 'number' ? Number(v.text) : v.text });
    } else throw new QueryParseError(`failed to parse query ${JSON.stringify(q)}: expected an operator after ${key.text}`);
    if (i < tokens.length) {
      if (tokens[i]!.kind !== 'and') throw new QueryParseError(`failed to parse query ${JSON.stringify(q)}: expected AND`);
      i++;
      if (i >= tokens.length) throw new QueryParseError(`failed to parse query ${JSON.stringify(q)}: trailing AND`);
    }
  }
  if (conds.length === 0) throw new QueryParseError('empty query');
  return conds;
}

export type EventMap = Map<string, string[]>;

export function matches(conds: Condition[], events: EventMap): boolean {
  return conds.every((c) => {
    const values = events.get(c.key);
    if (!values || values.length === 0) return false;
    if (c.op === 'EXISTS') return true;
    return values.some((v) => compare(c, v));
  });
}

function compare(c: Condition, v: string): boolean {
  if (c.op === 'CONTAINS') return v.includes(String(c.value));
  if (typeof c.value === 'number') {
    const n = Number(v);
    if (!Number.isFinite(n)) return false;
    switch (c.op) {
      case '=': return n === c.value;
      case '<': return n < c.value;
      case '<=': return n <= c.value;
      case '>': return n > c.value;
      case '>=': return n >= c.value;
    }
  }
  return c.op === '=' && v === c.value;
}

export function addEvents(map: EventMap, events: Array<{ type: string; attributes: Array<{ key: string; value: string }> }>): EventMap {
  for (const e of events) {
    for (const a of e.attributes) {
      const k = `${e.type}.${a.key}`;
      const list = map.get(k);
      if (list) list.push(a.value);
      else map.set(k, [a.value]);
    }
  }
  return map;
}
