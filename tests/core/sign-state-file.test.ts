import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { type LastSignState, SignStateFile, writeSignState, ZERO_SIGN_STATE } from '../../core/node/priv-validator.ts';

const dir = mkdtempSync(join(tmpdir(), 'trivium-sign-state-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const read = (p: string) => readFileSync(p, 'utf8');

describe('data/priv_validator_state.json, rewritten in place', () => {
  it('creates the file and its folder, then each write leaves exactly the last state (shorter ones cut the tail)', () => {
    const path = join(dir, 'data', 'priv_validator_state.json');
    writeSignState(path, ZERO_SIGN_STATE);
    assert.equal(read(path), JSON.stringify(ZERO_SIGN_STATE, null, 2) + '\n');
    const long: LastSignState = { height: '123456', round: 0, step: 3, signature: 'A'.repeat(88), signbytes: 'B'.repeat(240) };
    writeSignState(path, long);
    assert.deepEqual(JSON.parse(read(path)), long);
    const short: LastSignState = { height: '7', round: 0, step: 3, signature: 'C'.repeat(88), signbytes: 'D'.repeat(10) };
    writeSignState(path, short);
    assert.equal(read(path), JSON.stringify(short, null, 2) + '\n', 'nothing of the longer state is left behind');
  });

  it('held open by the producer: the same bytes as writeSignState after every write, longer or shorter, and across a reopen', () => {
    const path = join(dir, 'held', 'priv_validator_state.json');
    const states: LastSignState[] = [
      ZERO_SIGN_STATE,
      { height: '123456', round: 0, step: 3, signature: 'A'.repeat(88), signbytes: 'B'.repeat(240) },
      { height: '7', round: 0, step: 3, signature: 'C'.repeat(88), signbytes: 'D'.repeat(10) },
      { height: '8', round: 0, step: 3, signature: 'E'.repeat(88), signbytes: 'F'.repeat(12) },
    ];
    const want = (st: LastSignState) => JSON.stringify(st, null, 2) + '\n';
    let file = new SignStateFile(path);
    for (const st of states) {
      file.write(st);
      assert.equal(read(path), want(st));
    }
    file.close();
    // A new holder (a restart) opens the file as it is, and a shorter state still cuts its tail.
    writeSignState(path, states[1]!);
    file = new SignStateFile(path);
    file.write(states[2]!);
    assert.equal(read(path), want(states[2]!));
    file.close();
  });
});
