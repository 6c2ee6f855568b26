/**
 * TRIVIUM_START_STEPS=1: `triviumd start` writes a line per step of its start to stderr, `start-step <name> <µs>`,
 * on the monotonic clock (process.hrtime: the clock scripts/bench/startup-steps.ts stamps the spawn and the first
 * answer with), so where a start's time goes can be read against the client's view (issue 17). Read per call:
 * the start-up snapshot evaluates this module before any environment exists.
 */
export function startStep(name: string): void {
  if (process.env.TRIVIUM_START_STEPS) process.stderr.write(`start-step ${name} ${process.hrtime.bigint() / 1000n}\n`);
}
