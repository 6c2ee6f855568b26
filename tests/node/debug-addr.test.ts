import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressFaces } from '../../cmd/triviumd/commands/debug-addr.ts';
import { dev } from '../helpers/cosmos.ts';

describe('triviumd debug addr', () => {
  it('prints the same account from each of its spellings', () => {
    const fromBech = addressFaces(dev[0]!.address);
    assert.equal(fromBech.bech32, dev[0]!.address);
    assert.deepEqual(addressFaces(fromBech.evm), fromBech);
    assert.deepEqual(addressFaces(fromBech.hex), fromBech);
    const fromFace = addressFaces(fromBech.svm_face!);
    assert.equal(fromFace.bech32, dev[0]!.address, 'an SVM face leads back to its address');
    assert.match(fromFace.note!, /is the SVM face/);
  });
  it('gives an SVM pubkey its 20-byte face and rejects what is no address', () => {
    const f = addressFaces('11111111111111111111111111111112');
    assert.match(f.bech32!, /^trivium1/);
    assert.equal(f.svm_pubkey, '11111111111111111111111111111112');
    assert.throws(() => addressFaces('not-an-address!'), /cannot read/);
  });
});
