import { setFlagsFromString } from 'node:v8';

/** V8's default --semi-space-growth-factor (Node 20: `node --v8-options`). */
const DEFAULT_SEMI_SPACE_GROWTH = 2;
const HELD = Symbol.for('trivium.youngGenerationHeld');

/**
 * cmd/triviumd.js holds V8's young generation at its initial size while `start` loads and builds the node (that
 * burst of allocation would otherwise leave it at full size for good); once the node serves, it grows again under
 * load as it always does. Memory layout only: nothing the node computes depends on it.
 */
export function releaseYoungGeneration(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (!g[HELD]) return;
  g[HELD] = false;
  setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_SEMI_SPACE_GROWTH}`);
}
