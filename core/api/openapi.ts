import type protobuf from 'protobufjs';
import type { Route } from './rest-routes.ts';
import { HEIGHT_HEADER } from './backend.ts';

type Schema = Record<string, unknown>;

const SCALARS: Record<string, Schema> = {
  string: { type: 'string' },
  bool: { type: 'boolean' },
  bytes: { type: 'string', format: 'byte' },
  double: { type: 'number' },
  float: { type: 'number' },
  int32: { type: 'integer', format: 'int32' },
  uint32: { type: 'integer', format: 'int64' },
  sint32: { type: 'integer', format: 'int32' },
  fixed32: { type: 'integer', format: 'int64' },
  sfixed32: { type: 'integer', format: 'int32' },
  // 64-bit integers are strings in the JSON mapping.
  int64: { type: 'string', format: 'int64' },
  uint64: { type: 'string', format: 'uint64' },
  sint64: { type: 'string', format: 'int64' },
  fixed64: { type: 'string', format: 'uint64' },
  sfixed64: { type: 'string', format: 'int64' },
};

/**
 * The OpenAPI 3 document of the REST routes (what the SDK serves at /swagger): one operation per route, its
 * path and query parameters from the request message, its body and answer as schemas of the messages.
 */
export function openApiDocument(routes: Route[]): Record<string, unknown> {
  const schemas: Record<string, Schema> = {};
  const ref = (t: protobuf.Type | protobuf.Enum): Schema => {
    const name = t.fullName.slice(1);
    if (!schemas[name]) {
      schemas[name] = {}; // placeholder: recursive types (ModeInfo) refer to themselves
      schemas[name] = 'values' in t ? { type: 'string', enum: Object.keys(t.values) } : messageSchema(t as protobuf.Type);
    }
    return { $ref: `#/components/schemas/${name}` };
  };
  const fieldSchema = (f: protobuf.Field): Schema => {
    const one = f.resolvedType ? ref(f.resolvedType as protobuf.Type) : (SCALARS[f.type] ?? { type: 'string' });
    return f.repeated ? { type: 'array', items: one } : one;
  };
  const messageSchema = (t: protobuf.Type): Schema => {
    if (t.fullName === '.google.protobuf.Any') return { type: 'object', properties: { '@type': { type: 'string' } }, additionalProperties: true };
    if (t.fullName === '.google.protobuf.Timestamp') return { type: 'string', format: 'date-time' };
    return { type: 'object', properties: Object.fromEntries(t.fieldsArray.map((f) => [f.name, fieldSchema(f)])) };
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const m = r.method;
    const template = m.http!.template.replace(/\{([\w.]+)(=\*\*)?\}/g, '{$1}');
    const pathVars = new Set(r.segments.flatMap((s) => ('field' in s ? [s.field] : [])));
    const parameters: Schema[] = [...pathVars].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    if (r.verb === 'GET') {
      for (const f of m.request.fieldsArray) {
        if (pathVars.has(f.name)) continue;
        const sub = f.resolvedType && 'fieldsArray' in f.resolvedType ? (f.resolvedType as protobuf.Type).fieldsArray.map((g) => [`${f.name}.${g.name}`, g] as const) : [[f.name, f] as const];
        for (const [name, g] of sub) parameters.push({ name, in: 'query', required: false, schema: g.resolvedType ? { type: 'string' } : fieldSchema(g) });
      }
    }
    parameters.push({ name: HEIGHT_HEADER, in: 'header', required: false, description: 'the height to read the state at (default: the latest)', schema: { type: 'string', format: 'int64' } });
    (paths[template] ??= {})[r.verb.toLowerCase()] = {
      operationId: `${m.service.replace(/\./g, '_')}_${m.name}`,
      summary: `${m.service}.${m.name}`,
      tags: [m.service],
      parameters,
      ...(m.http!.body === '*' ? { requestBody: { required: true, content: { 'application/json': { schema: ref(m.request) } } } } : {}),
      responses: {
        '200': { description: 'A successful response.', content: { 'application/json': { schema: ref(m.response) } } },
        default: { description: 'An error: the gRPC status code and message.', content: { 'application/json': { schema: { $ref: '#/components/schemas/google.rpc.Status' } } } },
      },
    };
  }
  schemas['google.rpc.Status'] = { type: 'object', properties: { code: { type: 'integer' }, message: { type: 'string' }, details: { type: 'array', items: { type: 'object' } } } };
  return {
    openapi: '3.0.3',
    info: { title: 'Trivium REST (grpc-gateway routes of the gRPC services)', version: '0.1.0' },
    paths,
    components: { schemas },
  };
}
