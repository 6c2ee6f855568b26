import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type protobuf from 'protobufjs';

// descriptor.proto's FieldDescriptorProto.Type and .Label numbers.
const SCALAR: Record<string, number> = { double: 1, float: 2, int64: 3, uint64: 4, int32: 5, fixed64: 6, fixed32: 7, bool: 8, string: 9, bytes: 12, uint32: 13, sfixed32: 15, sfixed64: 16, sint32: 17, sint64: 18 };
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const LABEL_OPTIONAL = 1;
const LABEL_REPEATED = 3;

type Obj = Record<string, unknown>;

/** The well-known types protobufjs bundles (they carry no file name of their own). */
const WELL_KNOWN: Record<string, string> = {
  '.google.protobuf.Any': 'google/protobuf/any.proto',
  '.google.protobuf.Timestamp': 'google/protobuf/timestamp.proto',
};

interface File {
  pkg: string;
  deps: Set<string>;
  messages: Obj[];
  enums: Obj[];
  services: Obj[];
}

const jsonName = (name: string) => name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * One FileDescriptorProto per .proto file, encoded, for server reflection: type names fully qualified and each
 * file's `dependency` listing the files its types refer to — what grpcurl (Go's protodesc) needs to link them;
 * @grpc/proto-loader's descriptors merge files by package, with relative names and no dependencies, which grpcurl
 * cannot resolve. Options (gogoproto, google.api.http) are left out: reflection describes types and methods.
 */
export function fileDescriptors(root: protobuf.Root, includeDirs: string[]): Uint8Array[] {
  const fileOf = (o: protobuf.ReflectionObject): string => {
    const wk = WELL_KNOWN[o.fullName];
    if (wk) return wk;
    if (!o.filename) throw new Error(`${o.fullName}: no file`);
    for (const inc of includeDirs) {
      const rel = relative(inc, o.filename);
      if (!rel.startsWith('..')) return rel;
    }
    return o.filename;
  };
  const files = new Map<string, File>();
  const file = (o: protobuf.ReflectionObject) => {
    const name = fileOf(o);
    let f = files.get(name);
    if (!f) files.set(name, (f = { pkg: packageOf(o), deps: new Set(), messages: [], enums: [], services: [] }));
    return { name, f };
  };
  const refer = (from: string, f: File, t: protobuf.ReflectionObject) => {
    const dep = fileOf(t);
    if (dep !== from) f.deps.add(dep);
  };
  const enumProto = (e: protobuf.Enum): Obj => ({ name: e.name, value: Object.entries(e.values).map(([name, number]) => ({ name, number })) });
  const messageProto = (t: protobuf.Type, from: string, f: File): Obj => {
    const oneofs = t.oneofsArray;
    const field = t.fieldsArray.map((fd): Obj => {
      const typed = fd.resolvedType;
      if (typed) refer(from, f, typed);
      const oneofIndex = fd.partOf ? oneofs.indexOf(fd.partOf) : -1;
      return {
        name: fd.name,
        number: fd.id,
        label: fd.repeated ? LABEL_REPEATED : LABEL_OPTIONAL,
        type: typed ? ('fields' in typed ? TYPE_MESSAGE : TYPE_ENUM) : SCALAR[fd.type]!,
        ...(typed ? { typeName: typed.fullName } : {}),
        ...(oneofIndex >= 0 ? { oneofIndex } : {}),
        jsonName: jsonName(fd.name),
      };
    });
    const nested = (t.nestedArray ?? []) as protobuf.ReflectionObject[];
    return {
      name: t.name,
      field,
      nestedType: nested.filter((n) => 'fieldsArray' in n).map((n) => messageProto(n as protobuf.Type, from, f)),
      enumType: nested.filter((n) => 'values' in n && !('fieldsArray' in n)).map((n) => enumProto(n as protobuf.Enum)),
      oneofDecl: oneofs.map((o) => ({ name: o.name })),
    };
  };

  const visit = (ns: protobuf.NamespaceBase) => {
    for (const o of ns.nestedArray) {
      if (o.fullName.startsWith('.google.')) continue; // Any and Timestamp are added below; google.api is options
      if ('fieldsArray' in o) {
        const { name, f } = file(o);
        f.messages.push(messageProto(o as protobuf.Type, name, f));
      } else if ('methodsArray' in o) {
        const s = o as protobuf.Service;
        const { name, f } = file(s);
        const method = s.methodsArray.map((m) => {
          refer(name, f, m.resolvedRequestType!);
          refer(name, f, m.resolvedResponseType!);
          return { name: m.name, inputType: m.resolvedRequestType!.fullName, outputType: m.resolvedResponseType!.fullName };
        });
        f.services.push({ name: s.name, method });
      } else if ('values' in o) {
        file(o).f.enums.push(enumProto(o as protobuf.Enum));
      } else if ('nestedArray' in o) visit(o as protobuf.Namespace);
    }
  };
  visit(root);
  // The well-known types' own files, as protoc ships them (Any and Timestamp are the ones referred to).
  const scalar = (name: string, number: number, type: number) => ({ name, number, label: LABEL_OPTIONAL, type, jsonName: jsonName(name) });
  const wk = (name: string, message: string, field: Obj[]) => files.set(name, { pkg: 'google.protobuf', deps: new Set(), messages: [{ name: message, field }], enums: [], services: [] });
  wk('google/protobuf/any.proto', 'Any', [scalar('type_url', 1, SCALAR.string!), scalar('value', 2, SCALAR.bytes!)]);
  wk('google/protobuf/timestamp.proto', 'Timestamp', [scalar('seconds', 1, SCALAR.int64!), scalar('nanos', 2, SCALAR.int32!)]);

  // protobufjs's descriptor types: proto2 presence, so a 0 (an enum's first value, the first oneof) is written.
  const { FileDescriptorProto } = createRequire(import.meta.url)('protobufjs/ext/descriptor') as { FileDescriptorProto: protobuf.Type };
  return [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, f]) =>
      FileDescriptorProto.encode(
        FileDescriptorProto.fromObject({ name, package: f.pkg, dependency: [...f.deps].sort(), messageType: f.messages, enumType: f.enums, service: f.services, syntax: 'proto3' }),
      ).finish(),
    );
}

/** The package a top-level definition is in: its enclosing namespaces up to the root. */
function packageOf(o: protobuf.ReflectionObject): string {
  const parts: string[] = [];
  for (let p = o.parent; p && p.parent; p = p.parent) parts.unshift(p.name);
  return parts.join('.');
}
