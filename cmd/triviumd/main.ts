// The CLI's entry (scripts/build.mjs bundles it): the command tree of ./program.ts, run on this process's arguments.
import { runCli } from './program.ts';

await runCli(process.argv);
