/**
 * The heavy parts a node loads only when first needed (each VM's engine, gRPC, …), by name, as they load: an idle
 * node has loaded none of them (issue 17). Observes only; the metrics endpoint shows it
 * (`trivium_lazy_part_loaded{part=…}`), and tests read it there.
 */
import { createRequire } from 'node:module';

const loaded = new Set<string>();
const require = createRequire(import.meta.url);

/** Called by a part's loader the first time it loads. */
export function noteLoaded(part: LazyPart): void {
  loaded.add(part);
}

/** The parts loaded so far, sorted. */
export function loadedParts(): string[] {
  return [...loaded].sort();
}

/** Every part a node can load lazily, so the metrics list the ones not loaded yet as 0. */
export const LAZY_PARTS = Object.freeze(['cosmwasm-vm', 'ethereumjs-evm', 'evm-revm', 'grpc', 'isolated-vm', 'litesvm'] as const);
export type LazyPart = (typeof LAZY_PARTS)[number];

/**
 * A CommonJS package or native addon required on the first call of the returned getter, and noted as `part`
 * (`specifier` may be computed then, e.g. an addon's path that throws when it is not built).
 */
export function lazyRequire<T>(specifier: string | (() => string), part: LazyPart): () => T {
  let mod: T | undefined;
  return () => {
    if (mod === undefined) {
      mod = require(typeof specifier === 'string' ? specifier : specifier()) as T;
      noteLoaded(part);
    }
    return mod;
  };
}
