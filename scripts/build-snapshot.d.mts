// Types of scripts/build-snapshot.mjs (plain JavaScript: the build runs without the TypeScript loader).
import type { BuildOptions, build as esbuild } from 'esbuild';
/** `realpath size mtime-seconds` of this node binary and the checkout's realpath: what bin/triviumd compares with a snapshot's .key. */
export function snapshotKey(root: string): string;
/** Builds out/snapshot.cjs and out/triviumd.blob (+ .key); false (and no output) when Node cannot snapshot it. */
export function buildSnapshot(o: { build: typeof esbuild; root: string; out: string; common: BuildOptions; external: string[]; entry?: string }): Promise<boolean>;
