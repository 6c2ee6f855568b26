import type { Node } from 'acorn';
import { DeployValidationError } from './errors.ts';
import { v8SyntaxError } from './isolate.ts';
import { hasGasIdentifier, meterAst, parseContract, visit } from './metering.ts';
import { REGEXP_RULE, regexpNotLinear } from './regexp.ts';

export interface DeployCheck {
  /** The source with gas metering injected: what every call compiles. */
  meteredSource: string;
  /** Non-fatal findings (float literals: IEEE-754 arithmetic is deterministic, but rarely what money wants). */
  warnings: string[];
}

/**
 * Deploy-time validation, before a contract's code is stored:
 *  1. acorn parses it as an ES2020 script (the syntax ceiling: later syntax is rejected, not guessed at);
 *  2. no identifier may start with `__gas` (reserved for the metering);
 *  3. constructs the VM does not run are rejected with a reason: async functions and `await` (there is no
 *     event loop, and promises would run after the call), generators (call depth is metered per function
 *     activation), dynamic `import()` / `import.meta`, `with`, `debugger`;
 *     Regexp literals must have a linear-time engine (regexp.ts);
 *  4. the metered source is compiled, never run, by V8 in a throwaway isolate exactly as the wrapper will
 *     compile it (strict mode), so every V8 early error is caught here rather than at the first call;
 *  5. float literals produce warnings.
 */
export function validateDeploy(source: string): DeployCheck {
  let ast: Node;
  try {
    ast = parseContract(source);
  } catch (e) {
    throw new DeployValidationError(`syntax error (contracts are ES2020 scripts): ${(e as Error).message}`);
  }
  if (hasGasIdentifier(ast)) throw new DeployValidationError('identifiers starting with __gas are reserved for gas metering');
  const warnings: string[] = [];
  visit(ast, (n) => {
    const at = () => `at offset ${n.start}`;
    switch (n.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (n.async) throw new DeployValidationError(`async functions are not supported (no event loop; ${at()})`);
        if (n.generator) throw new DeployValidationError(`generator functions are not supported (${at()})`);
        break;
      case 'AwaitExpression':
        throw new DeployValidationError(`await is not supported (${at()})`);
      case 'ImportExpression':
        throw new DeployValidationError(`dynamic import() is not supported (${at()})`);
      case 'MetaProperty':
        if (n.meta?.name === 'import') throw new DeployValidationError(`import.meta is not supported (${at()})`);
        break;
      case 'WithStatement':
        throw new DeployValidationError(`with statements are not allowed (contracts run in strict mode; ${at()})`);
      case 'DebuggerStatement':
        throw new DeployValidationError(`debugger statements are not allowed (${at()})`);
      case 'Literal':
        if (n.regex) {
          const why = regexpNotLinear(n.regex.pattern, n.regex.flags);
          if (why !== undefined) throw new DeployValidationError(`${REGEXP_RULE} (/${n.regex.pattern}/${n.regex.flags} at offset ${n.start}: ${why})`);
          break;
        }
        if (typeof n.value === 'number' && (!Number.isInteger(n.value) || /^[0-9]*\.|[eE]-/.test(String(n.raw)))) {
          warnings.push(`float literal ${n.raw} at offset ${n.start}: prefer integers or xchain.math for amounts`);
        }
        break;
    }
  });
  const meteredSource = meterAst(ast);
  const v8 = v8SyntaxError(meteredSource);
  if (v8 !== undefined) throw new DeployValidationError(`rejected by V8 (contracts run in strict mode): ${v8}`);
  return { meteredSource, warnings };
}
