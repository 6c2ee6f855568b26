// What the commands that need the app run (bundled apart from the command tree: scripts/build.mjs). The command
// tree imports these modules dynamically inside the actions of start, init and replay.
export { runStart } from './commands/start-node.ts';
export { initHome } from './commands/init.ts';
export { replayBlocks } from './commands/replay-blocks.ts';
export { rollbackHome } from './commands/rollback-node.ts';
export { testnetDown, testnetStart, testnetStatus, testnetStop, testnetUp } from './commands/testnet-node.ts';
export { exportHome } from './commands/export-node.ts';
