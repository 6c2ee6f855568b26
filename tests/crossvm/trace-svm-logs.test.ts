import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSvmLogs, svmCustomError } from '../../x/crossvm/trace/svm-logs.ts';

const TOKEN = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
const ATA = 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL';

/** The trace's reading of Solana runtime logs: CPI nesting, units, failures, and custom error codes by name. */
describe('trace: SVM logs and errors', () => {
  it('nests CPIs by invoke depth, with each instruction\'s units, status and own logs', () => {
    const ix = parseSvmLogs([
      `Program ${ATA} invoke [1]`,
      'Program log: Create',
      `Program ${TOKEN} invoke [2]`,
      'Program log: Instruction: GetAccountDataSize',
      `Program ${TOKEN} consumed 1622 of 194532 compute units`,
      `Program ${TOKEN} success`,
      `Program ${TOKEN} invoke [2]`,
      'Program log: Instruction: InitializeAccount3',
      `Program ${TOKEN} consumed 4241 of 187240 compute units`,
      `Program ${TOKEN} failed: custom program error: 0x1`,
      `Program ${ATA} consumed 17000 of 200000 compute units`,
      `Program ${ATA} failed: custom program error: 0x1`,
    ]);
    assert.equal(ix.length, 1);
    const [top] = ix;
    assert.deepEqual({ program: top!.program, depth: top!.depth, cu: top!.compute_units, budget: top!.compute_budget, status: top!.status, logs: top!.logs }, { program: ATA, depth: 1, cu: 17000, budget: 200000, status: 'failed', logs: ['Program log: Create'] });
    assert.deepEqual(top!.inner.map((i) => [i.program, i.depth, i.compute_units, i.status]), [[TOKEN, 2, 1622, 'success'], [TOKEN, 2, 4241, 'failed']]);
    assert.equal(top!.inner[1]!.error, 'custom program error: 0x1');
    assert.deepEqual(top!.inner[1]!.logs, ['Program log: Instruction: InitializeAccount3']);
  });

  it('an instruction cut short (no success/failed line) stays incomplete', () => {
    const [ix] = parseSvmLogs([`Program ${TOKEN} invoke [1]`, 'Program log: Instruction: Transfer']);
    assert.equal(ix!.status, 'incomplete');
    assert.equal(ix!.compute_units, undefined);
  });

  it('custom error codes: by name for a program whose enum is known, else the code', () => {
    assert.deepEqual(svmCustomError(TOKEN, 'InstructionError(0, Custom(1))'), { code: 1, name: 'InsufficientFunds' });
    assert.deepEqual(svmCustomError(TOKEN, 'custom program error: 0x11'), { code: 17, name: 'AccountFrozen' });
    assert.deepEqual(svmCustomError('Bg4LshGznNDGdVS2ZSNyVPfsgiQua5bHsN7meHefFwfd', 'InstructionError(0, Custom(6001))'), { code: 6001 });
    assert.equal(svmCustomError(TOKEN, 'InstructionError(0, InvalidInstructionData)'), undefined);
  });
});
