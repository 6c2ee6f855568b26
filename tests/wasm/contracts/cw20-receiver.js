// A cw20 Receive hook (cw20's Cw20ReceiveMsg): remembers the last token that sent to it. Partner of the
// real cw20-base on the Wasm runtime, which calls it with `{"receive":{"sender","amount","msg"}}`.
module.exports = {
  instantiate() {
    return {};
  },
  execute(msg) {
    if (msg.receive !== undefined) {
      const r = msg.receive;
      xchain.require(typeof r.amount === 'string' && typeof r.sender === 'string', 'malformed Cw20ReceiveMsg');
      xchain.state.set('last', JSON.stringify({ token: xchain.context.sender, sender: r.sender, amount: r.amount, msg: r.msg }));
      xchain.emit.attribute('action', 'receive');
      return {};
    }
    xchain.revert('unknown execute message');
  },
  query(msg) {
    if (msg.last !== undefined) return JSON.parse(xchain.state.get('last') || 'null');
    xchain.revert('unknown query');
  },
};
