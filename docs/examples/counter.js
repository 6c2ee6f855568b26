// docs/examples/counter.js
module.exports = {
  instantiate(msg) {
    xchain.state.set('count', String(msg.count || 0));
    return { count: msg.count || 0 };
  },
  execute(msg) {
    if (msg.increment) {
      const count = Number(xchain.state.get('count')) + 1;
      xchain.state.set('count', String(count));
      xchain.emit.attribute('action', 'increment');
      return { count };
    }
    xchain.revert('unknown message');
  },
  query(msg) {
    if (msg.get_count) return { count: Number(xchain.state.get('count')) };
    xchain.revert('unknown query');
  },
  migrate(msg) {
    return null; // optional: only needed to be a migration target
  },
};
