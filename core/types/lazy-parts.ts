/**
 * The heavy parts a node loads only when first needed (each VM's engine, gRPC, …), by name, as they load: an idle
 * node has loaded none of them (issue 17). Observes only; the metrics endpoint shows it
 * (`trivium_lazy_part_loaded{part=…}`), and tests read it there.
 */
const loaded = new Set<string>();

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
