// docs/examples/recorder.js
// Records who called it and with which tag, in call order: the observable trace of x/crossvm's delivery.
module.exports = {
  instantiate() {
    xchain.state.set('n', '0');
    return {};
  },
  execute(msg) {
    if (msg.record !== undefined) {
      const n = Number(xchain.state.get('n'));
      xchain.state.set('e' + n, xchain.context.sender + ' ' + String(msg.record.tag).slice(0, 64));
      xchain.state.set('n', String(n + 1));
      return { n: n + 1, sender: xchain.context.sender };
    }
    if (msg.fail !== undefined) xchain.revert('recorder: failing on purpose');
    if (msg.spin !== undefined) {
      // Busy work through the host (a store read per step): a message that takes a while to execute.
      let x = 0;
      for (let i = 0; i < msg.spin.n; i++) x = (x * 31 + Number(xchain.state.get('n'))) % 1000003;
      return { x };
    }
    xchain.revert('unknown message');
  },
  query(msg) {
    if (msg.count !== undefined) return { n: Number(xchain.state.get('n')) };
    if (msg.entry !== undefined) return { entry: xchain.state.get('e' + msg.entry.i) };
    xchain.revert('unknown query');
  },
};
