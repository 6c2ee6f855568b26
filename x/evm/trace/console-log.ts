import { AbiCoder, getAddress, hexlify, id } from 'ethers';

/** Hardhat's console.sol address (forge-std's console uses it too): calls to it are prints, the address has no code. */
export const CONSOLE_ADDRESS_HEX = '000000000000000000636f6e736f6c652e6c6f67';
export const CONSOLE_ADDRESS = Uint8Array.from(Buffer.from(CONSOLE_ADDRESS_HEX, 'hex'));

export function isConsoleAddress(a: Uint8Array | undefined): boolean {
  if (!a || a.length !== 20) return false;
  for (let i = 0; i < 20; i++) if (a[i] !== CONSOLE_ADDRESS[i]) return false;
  return true;
}

/**
 * console.sol's overloads, by selector: log() … log(p0, p1, p2, p3) over uint256/string/bool/address, the single-
 * argument log(int256|bytes) and the typed logUint/logInt/logString/logBool/logAddress/logBytes/logBytes1…32.
 * Old console.sol builds hashed "uint"/"int" rather than "uint256"/"int256": both spellings are known.
 */
function buildSignatures(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, types: string[]) => {
    out.set(id(`${name}(${types.join(',')})`).slice(2, 10), types);
    const legacy = types.map((t) => (t === 'uint256' ? 'uint' : t === 'int256' ? 'int' : t));
    if (legacy.join() !== types.join()) out.set(id(`${name}(${legacy.join(',')})`).slice(2, 10), types);
  };
  const base = ['uint256', 'string', 'bool', 'address'];
  add('log', []);
  for (const t of [...base, 'int256', 'bytes']) add('log', [t]);
  for (const a of base) for (const b of base) {
    add('log', [a, b]);
    for (const c of base) {
      add('log', [a, b, c]);
      for (const d of base) add('log', [a, b, c, d]);
    }
  }
  for (const [name, t] of [['logUint', 'uint256'], ['logInt', 'int256'], ['logString', 'string'], ['logBool', 'bool'], ['logAddress', 'address'], ['logBytes', 'bytes']] as const) add(name, [t]);
  for (let n = 1; n <= 32; n++) add(`logBytes${n}`, [`bytes${n}`]);
  return out;
}

let signatures: Map<string, string[]> | undefined;

function show(type: string, v: unknown): string {
  if (type === 'address') return getAddress(String(v));
  if (type.startsWith('bytes')) return hexlify(v as string);
  return String(v);
}

/** console.log's printf: a first string argument may hold %s %d %i %o (each takes the next argument), %% is %. */
function format(values: string[], types: string[]): string {
  if (values.length === 0) return '';
  if (types[0] !== 'string' || !values[0]!.includes('%')) return values.join(' ');
  let next = 1;
  const head = values[0]!.replace(/%([sdio%])/g, (m, c: string) => (c === '%' ? '%' : next < values.length ? values[next++]! : m));
  return [head, ...values.slice(next)].join(' ');
}

/** The line a console.log call prints, or a note saying what could not be decoded. */
export function decodeConsoleLog(data: Uint8Array): string {
  signatures ??= buildSignatures();
  const selector = Buffer.from(data.subarray(0, 4)).toString('hex');
  const types = signatures.get(selector);
  if (!types) return `<console.log: unknown selector 0x${selector}>`;
  try {
    const decoded = AbiCoder.defaultAbiCoder().decode(types, data.subarray(4));
    return format(types.map((t, i) => show(t, decoded[i])), types);
  } catch {
    return `<console.log: undecodable arguments for 0x${selector}>`;
  }
}
