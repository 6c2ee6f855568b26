// Forwards a cross-VM call it is asked to make: the contract itself is the caller the target sees.
module.exports = {
  instantiate() {
    return {};
  },
  execute(msg) {
    if (msg.relay !== undefined) {
      const r = msg.relay;
      xchain.emit.crossvmCall(r.vm, r.target, r.payload, { gasLimit: '300000' });
      return { relayed: r.vm };
    }
    xchain.revert('unknown message');
  },
  query() {
    return {};
  },
};
