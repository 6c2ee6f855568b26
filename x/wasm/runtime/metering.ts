import { parse, type Node } from 'acorn';
import { generate } from 'astring';

/**
 * AST gas metering. The contract source is parsed (ES2020), `__gas` calls are injected at every point where
 * a contract can spend unbounded time, and the source is regenerated. Three phases, one bottom-up pass:
 *
 *  1. control flow: function entry (`__gas.e()`, which also counts call depth, paired with `__gas.x()` in a
 *     `finally`), the top of every loop body, the update of a `for` (so a `for` iteration costs 2), both
 *     arms of an `if`, each non-empty `switch` case, the test of a ternary, `try`/`catch`/`finally` blocks
 *     (a catch also hands its error to `__gas.c(e)`, so errors the runtime declared fatal cannot be caught);
 *  2. binary/logical expression trees: one charge at every 10th level of nesting;
 *  3. every call, `new` and tagged template: `(__gas(1), f())` — inside an optional chain `a?.b()` the whole
 *     chain is charged once per call it contains, so short-circuiting keeps its meaning.
 * Object spread `{...x}` goes through `__gas.s(x)`, which charges for and caps what it copies (native
 * iteration — for-of, array spread, Array.from — is metered by the sandbox's iterator `next`).
 *  4. BigInt: the arithmetic operators whose work or result grows with operand size (+ - * / % ** << >>)
 *     and their compound assignments become `__gas.<op>(a, b)` calls, which charge by operand size and
 *     refuse oversized results before computing when an operand is a bigint (wrapper.ts); template
 *     substitutions, computed property keys and the left side of `in` go through `__gas.k(v)`, which
 *     charges a bigint's decimal conversion. Non-bigint operands cost nothing extra.
 *
 * `__gas` is a parameter of the contract's factory function (wrapper.ts), never a global, and deploy-time
 * validation rejects any identifier starting with `__gas`, so contract code can neither call nor replace it.
 */

export const GAS_IDENT = '__gas';
/** The catch-parameter name injected for `catch {}` / destructured catch parameters. */
const CATCH_IDENT = '__gas_e';

export const ACORN_OPTIONS = {
  ecmaVersion: 2020,
  sourceType: 'script',
  allowReturnOutsideFunction: true,
  allowHashBang: false,
  allowReserved: false,
} as const;

export function parseContract(source: string): Node {
  return parse(source, ACORN_OPTIONS);
}

/** True if any identifier in the tree starts with `__gas` (reserved for the metering). */
export function hasGasIdentifier(ast: Node): boolean {
  let found = false;
  visit(ast, (n) => {
    if (n.type === 'Identifier' && typeof n.name === 'string' && n.name.startsWith(GAS_IDENT)) found = true;
  });
  return found;
}

/** Metered source for a parsed contract. The AST is consumed (mutated). */
export function meterAst(ast: Node): string {
  const out = transform(ast as AnyNode);
  return generate(out as never);
}

export function meterSource(source: string): string {
  return meterAst(parseContract(source));
}

// ---- the transform ------------------------------------------------------------------------------------

// ESTree nodes are manipulated generically here; acorn's typings describe parsing, not rewriting.
type AnyNode = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const id = (name: string): AnyNode => ({ type: 'Identifier', name });
const lit = (value: number): AnyNode => ({ type: 'Literal', value, raw: String(value) });
const gasCall = (n: number): AnyNode => ({ type: 'CallExpression', callee: id(GAS_IDENT), arguments: [lit(n)], optional: false });
const gasMember = (prop: string, args: AnyNode[] = []): AnyNode => ({
  type: 'CallExpression',
  callee: { type: 'MemberExpression', object: id(GAS_IDENT), property: id(prop), computed: false, optional: false },
  arguments: args,
  optional: false,
});
const stmt = (expression: AnyNode): AnyNode => ({ type: 'ExpressionStatement', expression });
const seq = (a: AnyNode, b: AnyNode): AnyNode => ({ type: 'SequenceExpression', expressions: [a, b] });
const block = (body: AnyNode[]): AnyNode => ({ type: 'BlockStatement', body });

function ensureBlock(n: AnyNode): AnyNode {
  return n.type === 'BlockStatement' ? n : block([n]);
}
function prependGas(n: AnyNode): AnyNode {
  const b = ensureBlock(n);
  b.body.unshift(stmt(gasCall(1)));
  return b;
}

const isNode = (v: unknown): v is AnyNode => !!v && typeof v === 'object' && typeof (v as AnyNode).type === 'string';
const binaryDepth = new WeakMap<object, number>();
const BINARY_CHUNK = 10;

/** Transforms the children of `node` in place, then the node itself; returns its replacement. */
function transform(node: AnyNode): AnyNode {
  if (node.type === 'ChainExpression') return transformChain(node);
  transformChildren(node);
  return rewrite(node);
}

function transformChildren(node: AnyNode): void {
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (isNode(v[i])) v[i] = transform(v[i]);
    } else if (isNode(v)) {
      node[key] = transform(v);
    }
  }
}

function rewrite(node: AnyNode): AnyNode {
  switch (node.type) {
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      instrumentFunction(node);
      return node;
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
      node.body = prependGas(node.body);
      return node;
    case 'ForStatement':
      node.body = prependGas(node.body);
      if (node.update) node.update = seq(gasCall(1), node.update);
      return node;
    case 'IfStatement':
      node.consequent = prependGas(node.consequent);
      if (node.alternate) node.alternate = prependGas(node.alternate);
      return node;
    case 'SwitchCase':
      if (node.consequent.length > 0) node.consequent.unshift(stmt(gasCall(1)));
      return node;
    case 'ConditionalExpression':
      node.test = seq(gasCall(1), node.test);
      return node;
    case 'TryStatement':
      node.block.body.unshift(stmt(gasCall(1)));
      if (node.finalizer) node.finalizer.body.unshift(stmt(gasCall(1)));
      if (node.handler) instrumentCatch(node.handler);
      return node;
    case 'BinaryExpression':
      if (node.operator === 'in') node.left = gasMember('k', [node.left]);
      if (BIGINT_OPS[node.operator]) return gasMember(BIGINT_OPS[node.operator], [node.left, node.right]);
    // falls through
    case 'LogicalExpression': {
      const d = 1 + Math.max(binaryDepth.get(node.left) ?? 0, binaryDepth.get(node.right) ?? 0);
      if (d % BINARY_CHUNK === 0) return seq(gasCall(1), node);
      binaryDepth.set(node, d);
      return node;
    }
    case 'CallExpression':
    case 'NewExpression':
    case 'TaggedTemplateExpression':
      return seq(gasCall(1), node);
    case 'AssignmentExpression':
      return rewriteCompound(node);
    case 'TemplateLiteral':
      node.expressions = node.expressions.map((e: AnyNode) => gasMember('k', [e]));
      return node;
    case 'MemberExpression':
      if (node.computed && node.property.type !== 'Literal' && node.object.type !== 'Super') node.property = gasMember('k', [node.property]);
      return node;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      if (node.computed && node.key.type !== 'Literal') node.key = gasMember('k', [node.key]);
      return node;
    case 'ObjectExpression':
      // Object spread copies properties natively (no iterator to meter): {...x} → {...__gas.s(x)}.
      for (const p of node.properties) if (p.type === 'SpreadElement') p.argument = gasMember('s', [p.argument]);
      return node;
    default:
      return node;
  }
}

/** Binary operators whose bigint work grows with operand size → the `__gas` member that computes them. */
const BIGINT_OPS: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod', '**': 'pow', '<<': 'shl', '>>': 'shr' };

/**
 * `x op= y` → `x = __gas.op(x, y)`; `o[k] op= y` → `__gas.m(o, k, 'op', y)` (o and k evaluated once).
 * A `super.x op= y` target stays native (no object to hand over).
 */
function rewriteCompound(node: AnyNode): AnyNode {
  const op = BIGINT_OPS[String(node.operator).slice(0, -1)];
  if (!op || node.operator === '=') return node;
  const t = node.left;
  if (t.type === 'Identifier') return { ...node, operator: '=', right: gasMember(op, [id(t.name), node.right]) };
  if (t.type === 'MemberExpression' && t.object.type !== 'Super') {
    const key = t.computed ? t.property : { type: 'Literal', value: t.property.name, raw: JSON.stringify(t.property.name) };
    return gasMember('m', [t.object, key, { type: 'Literal', value: op, raw: JSON.stringify(op) }, node.right]);
  }
  return node;
}

/** `function f(…) { "directives"; __gas.e(); try { body } finally { __gas.x(); } }` */
function instrumentFunction(fn: AnyNode): void {
  if (fn.body.type !== 'BlockStatement') {
    fn.body = block([{ type: 'ReturnStatement', argument: fn.body }]);
    fn.expression = false;
  }
  const body: AnyNode[] = fn.body.body;
  let i = 0;
  while (i < body.length && body[i].type === 'ExpressionStatement' && typeof body[i].directive === 'string') i++;
  fn.body.body = [
    ...body.slice(0, i),
    stmt(gasMember('e')),
    { type: 'TryStatement', block: block(body.slice(i)), handler: null, finalizer: block([stmt(gasMember('x'))]) },
  ];
}

/** `catch (p) { __gas.c(p); … }`; a missing or destructured parameter gets a name first. */
function instrumentCatch(handler: AnyNode): void {
  const body: AnyNode[] = handler.body.body;
  if (!handler.param) {
    handler.param = id(CATCH_IDENT);
  } else if (handler.param.type !== 'Identifier') {
    const pattern = handler.param;
    handler.param = id(CATCH_IDENT);
    body.unshift({
      type: 'VariableDeclaration',
      kind: 'let',
      declarations: [{ type: 'VariableDeclarator', id: pattern, init: id(CATCH_IDENT) }],
    });
  }
  body.unshift(stmt(gasMember('c', [id(handler.param.name)])));
}

/**
 * An optional chain: calls on its spine are counted, not wrapped (wrapping would cut the chain and
 * change what `?.` short-circuits); the chain as a whole is charged up front.
 */
function transformChain(node: AnyNode): AnyNode {
  const counter = { calls: 0 };
  node.expression = transformSpine(node.expression, counter);
  return counter.calls > 0 ? seq(gasCall(counter.calls), node) : node;
}

function transformSpine(n: AnyNode, counter: { calls: number }): AnyNode {
  if (n.type === 'CallExpression') {
    n.callee = transformSpine(n.callee, counter);
    n.arguments = n.arguments.map((a: AnyNode) => transform(a));
    counter.calls++;
    return n;
  }
  if (n.type === 'MemberExpression') {
    n.object = transformSpine(n.object, counter);
    if (n.computed) {
      n.property = transform(n.property);
      if (n.property.type !== 'Literal') n.property = gasMember('k', [n.property]);
    }
    return n;
  }
  return transform(n);
}

/** Pre-order visit of every node. */
export function visit(node: AnyNode, fn: (n: AnyNode) => void): void {
  fn(node);
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (isNode(c)) visit(c, fn);
    } else if (isNode(v)) visit(v, fn);
  }
}
