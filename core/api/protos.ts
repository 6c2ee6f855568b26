import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type protobuf from 'protobufjs';

const require = createRequire(import.meta.url);
/** The full protobufjs (parser and reflection), required only when REST or reflection first needs it. */
const pb = (): typeof protobuf => require('protobufjs') as typeof protobuf;

/** The repository's proto/ folder, found upwards from this file (the same from the sources and the bundle). */
export function protoDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'proto', 'third_party'))) return join(dir, 'proto');
    if (dirname(dir) === dir) throw new Error('proto/third_party not found above core/api');
  }
}

/**
 * Every .proto the API serves from: proto/third_party (the SDK's, CometBFT's and wasmd's services and the types
 * they carry) and proto/trivium (our services and messages), as paths relative to their include folder.
 */
export function protoFiles(dir = protoDir()): { includeDirs: string[]; files: string[] } {
  const files: string[] = [];
  const walk = (base: string, sub: string) => {
    for (const e of readdirSync(join(base, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(sub, e.name);
      if (e.isDirectory()) walk(base, p);
      else if (e.name.endsWith('.proto') && !p.startsWith('google')) files.push(p);
    }
  };
  walk(join(dir, 'third_party'), '');
  walk(dir, 'trivium');
  return { includeDirs: [join(dir, 'third_party'), dir], files };
}

/** A method's REST binding: the google.api.http option of its proto. */
export interface HttpRule {
  verb: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  template: string;
  body?: string;
}

export interface ProtoMethod {
  path: string;
  service: string;
  name: string;
  request: protobuf.Type;
  response: protobuf.Type;
  http?: HttpRule;
}

export interface ApiProtos {
  root: protobuf.Root;
  methods: ProtoMethod[];
}

/** The protos as protobufjs reflection (REST's JSON ⇄ protobuf, OpenAPI), loaded on first use. */
export function loadProtos(dir = protoDir()): ApiProtos {
  const { includeDirs, files } = protoFiles(dir);
  const protobuf = pb();
  protobuf.wrappers['.google.protobuf.Timestamp'] ??= timestampJson;
  const root = new protobuf.Root();
  const bundled = dirname(require.resolve('protobufjs/package.json'));
  root.resolvePath = (_origin, target) => {
    for (const inc of includeDirs) if (existsSync(join(inc, target))) return join(inc, target);
    return join(bundled, target); // google/protobuf/descriptor.proto ships with protobufjs
  };
  root.loadSync(files, { keepCase: true });
  root.resolveAll();
  const methods: ProtoMethod[] = [];
  const visit = (ns: protobuf.NamespaceBase) => {
    for (const o of ns.nestedArray) {
      if (o instanceof protobuf.Service) {
        const service = o.fullName.slice(1);
        for (const m of o.methodsArray) {
          methods.push({ path: `/${service}/${m.name}`, service, name: m.name, request: m.resolvedRequestType!, response: m.resolvedResponseType!, http: httpRule(m) });
        }
      } else if (o instanceof protobuf.Namespace) visit(o);
    }
  };
  visit(root);
  return { root, methods };
}

function httpRule(m: protobuf.Method): HttpRule | undefined {
  const opt = (m.parsedOptions ?? []).find((o: Record<string, unknown>) => '(google.api.http)' in o)?.['(google.api.http)'] as Record<string, string> | undefined;
  if (!opt) return undefined;
  for (const verb of ['get', 'post', 'put', 'delete', 'patch'] as const) {
    if (typeof opt[verb] === 'string') return { verb: verb.toUpperCase() as HttpRule['verb'], template: opt[verb], body: opt.body };
  }
  return undefined;
}

/** google.protobuf.Timestamp's JSON form, RFC 3339 (protobufjs shows {seconds, nanos}; grpc-gateway a string). */
const timestampJson: protobuf.IWrapper = {
  fromObject(this: protobuf.Type, obj: Record<string, unknown> | string) {
    if (typeof obj !== 'string') return this.fromObject(obj);
    const m = /^(.*?)(?:\.(\d{1,9}))?Z$/.exec(obj);
    const ms = Date.parse(`${m?.[1] ?? obj}Z`);
    if (!m || Number.isNaN(ms)) throw new Error(`invalid timestamp ${JSON.stringify(obj)}`);
    return this.fromObject({ seconds: String(Math.floor(ms / 1000)), nanos: Number((m[2] ?? '').padEnd(9, '0')) });
  },
  toObject(this: protobuf.Type, msg: protobuf.Message<{ seconds?: unknown; nanos?: number }> & { seconds?: unknown; nanos?: number }, opts?: protobuf.IConversionOptions) {
    if (!opts?.json) return this.toObject(msg, opts);
    const nanos = msg.nanos ?? 0;
    const digits = nanos === 0 ? 0 : nanos % 1e6 === 0 ? 3 : nanos % 1e3 === 0 ? 6 : 9;
    const frac = digits ? `.${String(nanos).padStart(9, '0').slice(0, digits)}` : '';
    return `${new Date(Number(String(msg.seconds ?? 0)) * 1000).toISOString().slice(0, 19)}${frac}Z` as unknown as Record<string, unknown>;
  },
};
