import { EventEmitter } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import type * as Grpc from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import type * as Reflection from '@grpc/reflection';
import { listen } from '../jsonrpc/listen.ts';
import { noteLoaded } from '../types/lazy-parts.ts';
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
  private injector: Grpc.ConnectionInjector | undefined;
  private listener: NetServer | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly backend: ApiBackend,
    readonly address: string,
  ) {}

  async start(): Promise<void> {
    // Our own listener; grpc-js (≈ 5 MiB and 30 ms to load) and the service table are built on the first connection,
    // which grpc-js then serves through its connection injector: an idle node never loads them.
    // (Handed over in the same turn it was accepted, the socket has read nothing yet: as grpc-js's own listener does.)
    const listener = createServer((socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
      try {
        (this.injector ??= this.build()).injectConnection(socket);
      } catch (e) {
        socket.destroy(e instanceof Error ? e : new Error(String(e)));
      }
    });
    await listen(listener as unknown as HttpServer, this.address, 'grpc.address');
    this.listener = listener;
  }

  /** Whether grpc-js has been loaded (the first connection loads it): the node's lazy-loading test reads it. */
  get loaded(): boolean {
    return this.server !== undefined;
  }

  private build(): Grpc.ConnectionInjector {
    const grpc = require('@grpc/grpc-js') as typeof Grpc;
    noteLoaded('grpc');
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
    this.server = server;
    return server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  }

  async stop(): Promise<void> {
    const [s, l] = [this.server, this.listener];
    this.server = this.injector = this.listener = undefined;
    // The listener closes once its connections have: grpc-js's shutdown ends them.
    const closed = new Promise<void>((resolve) => (l ? l.close(() => resolve()) : resolve()));
    if (s) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (s.forceShutdown(), resolve()), 200);
        s.tryShutdown(() => (clearTimeout(timer), resolve()));
      });
    }
    for (const socket of this.sockets) socket.destroy(); // whatever grpc-js's shutdown left open (it was given 200 ms)
    await closed;
  }
}

/** The reflection services grpcurl and other clients ask (v1, and v1alpha for older clients). */
const REFLECTION_PATHS = ['/grpc.reflection.v1.ServerReflection/ServerReflectionInfo', '/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo'];

/**
 * Server reflection, loaded and indexed on its first call: @grpc/reflection (with its own proto loader) and the
 * descriptors of every proto take long enough that a node never reflected on should not pay for them at start.
 * Its two streaming methods are registered now over raw bytes; a call is bridged to the real handler, whose
 * own definitions decode the requests and encode the answers.
 */
function addReflection(server: Grpc.Server): void {
  let real: Map<string, { def: Grpc.MethodDefinition<unknown, unknown>; handler: (stream: unknown) => void }> | undefined;
  const load = () => {
    const { ReflectionService } = require('@grpc/reflection') as typeof Reflection;
    const fileDescriptorProtos = fileDescriptors(loadProtos().root, protoFiles().includeDirs).map((b) => Buffer.from(b));
    const out = new Map<string, { def: Grpc.MethodDefinition<unknown, unknown>; handler: (stream: unknown) => void }>();
    // ReflectionService reads only the encoded files of a package definition.
    new ReflectionService({ trivium: { format: 'Protocol Buffer 3 FileDescriptorProto', type: {}, fileDescriptorProtos } } as unknown as PackageDefinition).addToServer({
      addService: (d: Grpc.ServiceDefinition, impl: Handlers) => {
        const def = d.ServerReflectionInfo as Grpc.MethodDefinition<unknown, unknown>;
        out.set(def.path, { def, handler: impl.ServerReflectionInfo! });
      },
    });
    return out;
  };
  for (const path of REFLECTION_PATHS) {
    const def = { path, requestStream: true, responseStream: true, requestSerialize: bytes, requestDeserialize: bytes, responseSerialize: bytes, responseDeserialize: bytes, originalName: 'ServerReflectionInfo' };
    server.addService({ ServerReflectionInfo: def }, {
      ServerReflectionInfo: (raw: Grpc.ServerDuplexStream<Buffer, Buffer>) => {
        const target = (real ??= load()).get(path)!;
        const bridge = Object.assign(new EventEmitter(), {
          write: (msg: unknown) => raw.write(bytes(target.def.responseSerialize(msg))),
          end: () => raw.end(),
        });
        raw.on('data', (b: Buffer) => bridge.emit('data', target.def.requestDeserialize(b)));
        raw.on('end', () => bridge.emit('end'));
        raw.on('error', (e) => bridge.emit('error', e));
        target.handler(bridge);
      },
    });
  }
}
