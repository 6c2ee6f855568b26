import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { fixturesDir } from '../helpers/node.ts';

/** ethereum/execution-apis as stored in the shared fixtures (see ../shared/fixtures/PROVENANCE.md). */
export const specDir = join(fixturesDir, 'specs', 'execution-apis', 'src');

export interface SpecParam {
  name: string;
  required: boolean;
  schema: unknown;
}
export interface SpecMethod {
  name: string;
  /** The file under src/eth/ it is defined in. */
  file: string;
  params: SpecParam[];
  validateResult: ValidateFunction;
  validateParam: ValidateFunction[];
  /** The params of each of the spec's examples (they name mainnet blocks, txs and accounts). */
  examples: unknown[][];
}

const SCHEMAS_ID = 'execution-apis-schemas';

/** Every `$ref: '#/components/schemas/X'` (relative to the OpenRPC document) pointed at the one schemas document. */
function rebase(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(rebase);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = k === '$ref' && typeof x === 'string' && x.startsWith('#/components/schemas/') ? `${SCHEMAS_ID}${x}` : rebase(x);
  return out;
}

/**
 * Loads the spec: the union of `src/schemas/*.yaml` as one document (`components.schemas`), and each method of
 * `src/eth/*.yaml` with a validator for its result schema and for each param's schema.
 */
export function loadSpec(): SpecMethod[] {
  const schemas: Record<string, unknown> = {};
  for (const f of readdirSync(join(specDir, 'schemas')).filter((f) => f.endsWith('.yaml')).sort()) {
    Object.assign(schemas, parse(readFileSync(join(specDir, 'schemas', f), 'utf8')));
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema({ $id: SCHEMAS_ID, components: { schemas: rebase(schemas) } });
  const methods: SpecMethod[] = [];
  for (const f of readdirSync(join(specDir, 'eth')).filter((f) => f.endsWith('.yaml')).sort()) {
    const list = parse(readFileSync(join(specDir, 'eth', f), 'utf8')) as Array<{ name: string; params: Array<{ name: string; required?: boolean; schema: unknown }>; result: { schema: unknown }; examples?: Array<{ params: Array<{ value?: unknown }> }> }>;
    for (const m of list) {
      methods.push({
        name: m.name,
        file: f,
        params: m.params.map((p) => ({ name: p.name, required: p.required === true, schema: p.schema })),
        validateResult: ajv.compile(rebase(m.result.schema) as object),
        validateParam: m.params.map((p) => ajv.compile(rebase(p.schema) as object)),
        examples: (m.examples ?? []).map((e) => e.params.map((p) => p.value ?? null)),
      });
    }
  }
  return methods;
}

/** A value of the wrong JSON type for a param schema: `true`, or where a boolean is wanted a string. */
export function wrongTypeValue(validate: ValidateFunction): unknown {
  for (const v of [true, 'yes', 12.5, { unexpected: 1 }]) if (!validate(v)) return v;
  throw new Error('the param schema accepts every candidate');
}
