import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { getAddress } from 'ethers';
import { toChecksumAddress } from '../../core/types/address.ts';

describe('core/types/address', () => {
  it('spells EIP-55 checksums as ethers does', () => {
    let seed = new Uint8Array(32);
    for (let i = 0; i < 500; i++) {
      seed = new Uint8Array(createHash('sha256').update(seed).digest());
      const addr = seed.subarray(0, 20);
      assert.equal(toChecksumAddress(addr), getAddress('0x' + Buffer.from(addr).toString('hex')));
    }
    assert.equal(toChecksumAddress(new Uint8Array(20)), '0x0000000000000000000000000000000000000000');
  });
});
