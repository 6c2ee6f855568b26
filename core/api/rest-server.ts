import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type protobuf from 'protobufjs';
import { corsHeaders, type CorsOrigins, listen } from '../jsonrpc/index.ts';
import type { Service } from '../types/module.ts';
import { type ApiBackend, HEIGHT_HEADER } from './backend.ts';
import { openApiDocument } from './openapi.ts';
import { type ApiProtos, loadProtos } from './protos.ts';
import { compileRoutes, matchRoute, requestObject, type Route } from './rest-routes.ts';
import { ApiError, Code, httpStatus } from './status.ts';

/** The largest JSON body REST reads (a POSTed tx of up to 1 MiB as base64, with room). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** grpc-gateway's JSON: field names as in the proto, 64-bit integers and enums as strings, defaults shown. */
const JSON_OPTS: protobuf.IConversionOptions = { longs: String, enums: String, bytes: String, defaults: true, json: true };

/**
 * REST (the SDK's `--api.address`, 1317): the grpc-gateway routes of the gRPC services — the google.api.http
 * options of their protos — over the same backend, the height from the `x-cosmos-block-height` header, and the
 * OpenAPI document of those routes at /swagger. The protos are read on the first request.
 */
export class RestServer implements Service {
  readonly name = 'rest';
  private readonly server: Server;
  private api: { protos: ApiProtos; routes: Route[]; openapi?: string } | undefined;

  constructor(
    private readonly backend: ApiBackend,
    readonly address: string,
    private readonly cors: CorsOrigins | undefined,
  ) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<void> {
    await listen(this.server, this.address, 'api.address');
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private loaded() {
    if (!this.api) {
      const protos = loadProtos();
      this.api = { protos, routes: compileRoutes(protos.methods.filter((m) => this.backend.methods.has(m.path))) };
    }
    return this.api;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...corsHeaders(this.cors, req.headers.origin) };
    const send = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...headers, ...extra });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') return send(204, '', { 'access-control-allow-headers': `content-type, ${HEIGHT_HEADER}`, 'access-control-max-age': '600' });
      const api = this.loaded();
      if (req.method === 'GET' && /^\/swagger\/?$|^\/swagger\/openapi\.json$/.test(url.pathname)) {
        api.openapi ??= JSON.stringify(openApiDocument(api.routes));
        return send(200, api.openapi);
      }
      const found = matchRoute(api.routes, req.method ?? 'GET', url.pathname);
      if (!found) throw new ApiError(Code.NOT_FOUND, `Not Found: no route for ${url.pathname}`);
      if ('verbs' in found) return send(405, { code: Code.UNIMPLEMENTED, message: `Method Not Allowed: ${url.pathname} takes ${[...new Set(found.verbs)].join(', ')}`, details: [] }, { allow: found.verbs.join(', ') });
      const { route, vars } = found;
      const body = route.method.http?.body === '*' ? await readJson(req) : undefined;
      const { request, response } = route.method;
      const obj = requestObject(request, vars, route.verb === 'GET' ? url.searchParams : new URLSearchParams(), body);
      let bytes: Uint8Array;
      try {
        bytes = request.encode(request.fromObject(obj)).finish();
      } catch (e) {
        throw new ApiError(Code.INVALID_ARGUMENT, `invalid ${request.name}: ${(e as Error).message}`);
      }
      const h = req.headers[HEIGHT_HEADER];
      const a = await this.backend.call(route.method.path, bytes, Array.isArray(h) ? h[0] : h);
      const out = response.toObject(response.decode(a.value), JSON_OPTS);
      return send(200, typeFirst(rawJsonFields(route.method.path, out)), { 'grpc-metadata-x-cosmos-block-height': String(a.height) });
    } catch (e) {
      const code = e instanceof ApiError ? e.code : Code.INTERNAL;
      return send(httpStatus(code), { code, message: e instanceof Error ? e.message : String(e), details: [] });
    }
  }
}

/** wasmd's RawContractMessage: a smart query's answer is JSON, and REST shows it as JSON (not base64). */
function rawJsonFields(path: string, out: Record<string, unknown>): Record<string, unknown> {
  if (path === '/cosmwasm.wasm.v1.Query/SmartContractState' && typeof out.data === 'string') {
    try {
      return { ...out, data: JSON.parse(Buffer.from(out.data, 'base64').toString('utf8')) };
    } catch {
      return out;
    }
  }
  return out;
}

/** An Any's `@type` first, where the SDK's JSON has it (protobufjs adds it after the fields). */
function typeFirst<T>(v: T): T {
  if (Array.isArray(v)) return v.map(typeFirst) as T;
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const entries = Object.entries(o).map(([k, x]) => [k, typeFirst(x)] as const);
  return Object.fromEntries('@type' in o ? [['@type', o['@type']], ...entries.filter(([k]) => k !== '@type')] : entries) as T;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError(Code.RESOURCE_EXHAUSTED, `request body larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch (e) {
        reject(new ApiError(Code.INVALID_ARGUMENT, `invalid JSON body: ${(e as Error).message}`));
      }
    });
    req.on('error', reject);
  });
}
