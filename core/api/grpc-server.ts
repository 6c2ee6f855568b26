import { createRequire } from 'node:module';
import type * as Grpc from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import type * as Reflection from '@grpc/reflection';
import type { Service } from '../types/module.ts';
import { type ApiBackend, HEIGHT_HEADER } from './backend.ts';
import { fileDescriptors } from './descriptors.ts';
import { loadProtos, protoFiles } from './protos.ts';
import { ApiError, Code } from './status.ts';

const require = createRequire(import.meta.url);
const bytes = (b: Buffer | Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
/** The largest request the server reads (a tx of up to mempool.max-tx-bytes fits, as on the SDK's 10 MiB). */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

type Handlers = Record<string, (call: any, callback?: any) => void>;

/**
 * The gRPC server (the SDK's `--grpc.address`, 9090): every method of the backend as a unary call over the
 * protobuf bytes as they are (the backend's handlers decode them), the height from the `x-cosmos-block-height`
 * metadata and sent back in it, and server reflection (v1 and v1alpha, what grpcurl asks) built from the protos.
 */
export class GrpcServer implements Service {
  readonly name = 'grpc';
  private server: Grpc.Server | undefined;

  constructor(
    private readonly backend: ApiBackend,
    readonly address: string,
  ) {}

  async start(): Promise<void> {
    const grpc = require('@grpc/grpc-js') as typeof Grpc;
    const server = new grpc.Server({ 'grpc.max_receive_message_length': MAX_MESSAGE_BYTES });
    for (const [service, names] of this.backend.services()) {
      const def: Record<string, Grpc.MethodDefinition<Buffer, Buffer>> = {};
      const impl: Handlers = {};
      for (const name of names) {
        const path = `/${service}/${name}`;
        def[name] = { path, requestStream: false, responseStream: false, requestSerialize: bytes, requestDeserialize: bytes, responseSerialize: bytes, responseDeserialize: bytes, originalName: name };
        impl[name] = (call: Grpc.ServerUnaryCall<Buffer, Buffer>, callback: Grpc.sendUnaryData<Buffer>) => {
          const h = call.metadata.get(HEIGHT_HEADER)[0];
          this.backend.call(path, call.request, h === undefined ? undefined : String(h)).then(
            (a) => {
              const md = new grpc.Metadata();
              md.set(HEIGHT_HEADER, String(a.height));
              call.sendMetadata(md);
              callback(null, bytes(a.value));
            },
            (e: unknown) => callback({ code: e instanceof ApiError ? e.code : Code.INTERNAL, details: e instanceof Error ? e.message : String(e) } as Grpc.ServiceError),
          );
        };
      }
      server.addService(def, impl);
    }
    addReflection(server);
    const addr = this.address.replace(/^tcp:\/\//, '');
    await new Promise<void>((resolve, reject) => {
      server.bindAsync(addr, grpc.ServerCredentials.createInsecure(), (err) => {
        if (!err) return resolve();
        reject(new Error(/EADDRINUSE|address already in use/i.test(err.message) ? `grpc.address: address ${addr} is already in use (choose another with its flag)` : `grpc.address: cannot listen on ${addr}: ${err.message}`));
      });
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => (s.forceShutdown(), resolve()), 200);
      s.tryShutdown(() => (clearTimeout(timer), resolve()));
    });
  }
}

/**
 * Server reflection, indexed on first use: reading every proto and indexing its symbols takes a noticeable
 * while, which a node that is never reflected on should not pay at start. The services are registered now, with
 * their definitions taken from a ReflectionService over nothing (cheap), and answer through the real one.
 */
function addReflection(server: Grpc.Server): void {
  const { ReflectionService } = require('@grpc/reflection') as typeof Reflection;
  const capture = (into: Array<[Grpc.ServiceDefinition, Handlers]>) => ({ addService: (d: Grpc.ServiceDefinition, i: Handlers) => void into.push([d, i]) });
  const stubs: Array<[Grpc.ServiceDefinition, Handlers]> = [];
  new ReflectionService({}).addToServer(capture(stubs));
  let real: Map<string, Handlers> | undefined;
  const handlersOf = (def: Grpc.ServiceDefinition) => Object.values(def)[0]!.path;
  for (const [def] of stubs) {
    const key = handlersOf(def);
    server.addService(def, {
      ServerReflectionInfo: (stream: unknown) => {
        if (!real) {
          const built: Array<[Grpc.ServiceDefinition, Handlers]> = [];
          const fileDescriptorProtos = fileDescriptors(loadProtos().root, protoFiles().includeDirs).map((b) => Buffer.from(b));
          // ReflectionService reads only the encoded files of a package definition.
          new ReflectionService({ trivium: { format: 'Protocol Buffer 3 FileDescriptorProto', type: {}, fileDescriptorProtos } } as unknown as PackageDefinition).addToServer(capture(built));
          real = new Map(built.map(([d, i]) => [handlersOf(d), i]));
        }
        real.get(key)!.ServerReflectionInfo!(stream);
      },
    });
  }
}
