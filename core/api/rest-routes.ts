import type protobuf from 'protobufjs';
import type { ProtoMethod } from './protos.ts';
import { ApiError, Code } from './status.ts';

/** A compiled google.api.http path template: literal segments and `{field}` / `{field=**}` variables. */
export interface Route {
  method: ProtoMethod;
  verb: string;
  segments: Array<{ literal: string } | { field: string; rest: boolean }>;
  literals: number;
}

export function compileRoutes(methods: ProtoMethod[]): Route[] {
  const routes: Route[] = [];
  for (const m of methods) {
    if (!m.http) continue;
    const segments = m.http.template.split('/').filter(Boolean).map((s) => {
      const v = /^\{([\w.]+)(=\*\*)?\}$/.exec(s);
      return v ? { field: v[1]!, rest: Boolean(v[2]) } : { literal: s };
    });
    routes.push({ method: m, verb: m.http.verb, segments, literals: segments.filter((s) => 'literal' in s).length });
  }
  // The most literal template first: `/contract/build_address` before `/contract/{address}`.
  return routes.sort((a, b) => b.literals - a.literals || b.segments.length - a.segments.length);
}

/** The route of `verb path` and its path variables; a path no route has is undefined. */
export function matchRoute(routes: Route[], verb: string, path: string): { route: Route; vars: Record<string, string> } | { verbs: string[] } | undefined {
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const verbs: string[] = [];
  for (const route of routes) {
    const vars: Record<string, string> = {};
    let ok = true;
    let i = 0;
    for (const s of route.segments) {
      if ('literal' in s) ok = parts[i++] === s.literal;
      else if (s.rest) {
        vars[s.field] = parts.slice(i).join('/');
        i = parts.length;
      } else if (parts[i] === undefined) ok = false;
      else vars[s.field] = parts[i++]!;
      if (!ok) break;
    }
    if (!ok || i !== parts.length) continue;
    if (route.verb === verb) return { route, vars };
    verbs.push(route.verb);
  }
  return verbs.length ? { verbs } : undefined;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The request message as grpc-gateway builds it: the JSON body (for `body: "*"`), then query parameters
 * (`pagination.limit=5`, a repeated field repeated), then path variables — names in snake_case or lowerCamelCase.
 */
export function requestObject(type: protobuf.Type, vars: Record<string, string>, query: URLSearchParams, body: unknown): Record<string, unknown> {
  const obj: Record<string, unknown> = body && typeof body === 'object' && !Array.isArray(body) ? (snakeKeys(body) as Record<string, unknown>) : {};
  for (const [k, v] of query) setPath(type, obj, k, v);
  for (const [k, v] of Object.entries(vars)) setPath(type, obj, k, v);
  return obj;
}

function setPath(type: protobuf.Type, obj: Record<string, unknown>, dotted: string, value: string): void {
  const keys = dotted.split('.').map(snake);
  let t: protobuf.Type = type;
  let o = obj;
  for (let i = 0; i < keys.length; i++) {
    const f = t.fields[keys[i]!];
    if (!f) throw new ApiError(Code.INVALID_ARGUMENT, `unknown field ${JSON.stringify(dotted)} in ${type.name}`);
    if (i < keys.length - 1) {
      if (!f.resolvedType || !('fields' in f.resolvedType)) throw new ApiError(Code.INVALID_ARGUMENT, `${dotted}: ${f.name} is not a message`);
      t = f.resolvedType as protobuf.Type;
      o = (o[f.name] ??= {}) as Record<string, unknown>;
      continue;
    }
    const v = scalar(f, value, dotted);
    if (f.repeated) ((o[f.name] ??= []) as unknown[]).push(v);
    else o[f.name] = v;
  }
}

function scalar(f: protobuf.Field, value: string, name: string): unknown {
  if (f.type === 'bool') {
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0' || value === '') return false;
    throw new ApiError(Code.INVALID_ARGUMENT, `${name}: expected true or false, got ${JSON.stringify(value)}`);
  }
  if (/^u?int(32|64)$|^s?fixed(32|64)$|^sint(32|64)$/.test(f.type)) {
    if (!/^-?\d+$/.test(value)) throw new ApiError(Code.INVALID_ARGUMENT, `${name}: expected an integer, got ${JSON.stringify(value)}`);
    return value;
  }
  if (f.type === 'bytes') {
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) throw new ApiError(Code.INVALID_ARGUMENT, `${name}: expected base64, got ${JSON.stringify(value)}`);
    return value.replace(/-/g, '+').replace(/_/g, '/'); // URL-safe base64, as grpc-gateway accepts it
  }
  return value;
}

function snakeKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(snakeKeys);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.startsWith('@') ? k : snake(k), snakeKeys(x)]));
}
