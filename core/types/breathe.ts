/**
 * Long block work — a block's txs, the cross-VM queue's drain — calls `breathe()` between its items, so the event
 * loop answers RPC (status, queries, subscriptions) at least every SLICE_MS while a block executes instead of
 * freezing for the whole block. A pause changes no block state: CheckTx runs on its own check state (and is held
 * for Commit: BaseApp.holdCheckTx), blocks are serialised (the producer, CometBFT), and queries read the last
 * commit. The wall clock decides only *when* the loop gets a turn, never what the block computes.
 */
const SLICE_MS = 8;
// Not the clock at load: triviumd's start-up snapshot would carry the build process's (issue 17). The first call yields.
let sliceStart = -Infinity;

export async function breathe(): Promise<void> {
  const now = performance.now();
  if (now - sliceStart < SLICE_MS) return;
  await new Promise<void>((r) => setImmediate(r));
  sliceStart = performance.now();
}
