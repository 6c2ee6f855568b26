import v8 from 'node:v8';

/**
 * Regular expressions without unmetered backtracking. V8's regexp engine is an engine the isolate carries
 * that runs programs built from strings (patterns), and a backtracking one: `/(a+)+b/` on 30 characters
 * takes seconds for one call that the AST metering sees as a single call. So:
 *
 *  - V8 is told to switch a pattern to its linear-time engine after excessive backtracking, and to accept
 *    the `l` (linear) flag, which we use only as an oracle: `new RegExp(p, f + 'l')` throws exactly when
 *    the linear engine cannot run `p` (backreferences, lookarounds, the `i` and `u` flags, large counted
 *    repetitions). Such patterns are refused — at deploy time for literals, at construction for
 *    `new RegExp(…)` — so every pattern a contract can run has a linear-time fallback.
 *  - Every match attempt is charged gas for the characters it consumed times the pattern length
 *    (REGEXP_GAS, applied in sandbox.ts by replacing RegExp.prototype.exec, which every regexp operation
 *    — test, match, matchAll, replace, search, split — goes through once it is not the original).
 *
 * The flags are process-wide V8 flags: they change no regexp's result, only how a pathological one runs.
 */
function setRegexpFlags(): void {
  v8.setFlagsFromString('--enable-experimental-regexp-engine');
  v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  // 1,000 backtracks (V8's default is 50,000) before the switch: the backtracks before it are work the match
  // charge does not see (50,000 made `new RegExp('(a+)+b').test(…)` cost 10x an ordinary contract per gas).
  v8.setFlagsFromString('--regexp-backtracks-before-fallback=1000');
}
// In triviumd's start-up snapshot (issue 17) they are set as the snapshot is loaded: Node refuses a snapshot built
// under other V8 flags than the process has when it loads one.
if (v8.startupSnapshot.isBuildingSnapshot()) v8.startupSnapshot.addDeserializeCallback(setRegexpFlags);
else setRegexpFlags();

/** Gas per match attempt: base + ceil(consumed characters × (pattern length + 1) / perUnit). */
export const REGEXP_GAS = Object.freeze({ base: 10, charsPerUnit: 4 });

/** Why a pattern cannot run in linear time, or undefined if it can (the same oracle the sandbox uses). */
export function regexpNotLinear(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(pattern, flags + 'l');
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

export const REGEXP_RULE =
  'regular expressions must run in linear time: no backreferences, no lookahead/lookbehind, no i or u flag, no large counted repetitions';
