// A counter: the smallest useful contract. State is one key, "count", holding a decimal string.
module.exports = {
  instantiate(msg) {
    const start = msg.count === undefined ? 0 : msg.count;
    xchain.require(Number.isSafeInteger(start) && start >= 0, 'count must be a non-negative integer');
    xchain.state.set('count', String(start));
    xchain.state.set('owner', xchain.context.sender);
    xchain.emit.attribute('action', 'instantiate');
    return { count: start };
  },

  execute(msg) {
    if (msg.increment !== undefined) {
      const count = Number(xchain.state.get('count')) + 1;
      xchain.state.set('count', String(count));
      xchain.emit.attribute('action', 'increment');
      return { count };
    }
    if (msg.reset !== undefined) {
      xchain.require(xchain.context.sender === xchain.state.get('owner'), 'only the owner may reset');
      xchain.state.set('count', String(msg.reset.count || 0));
      return { count: msg.reset.count || 0 };
    }
    if (msg.fail !== undefined) {
      xchain.state.set('count', '999999');
      xchain.revert(msg.fail.reason || 'failed on purpose');
    }
    xchain.revert('unknown execute message');
  },

  query(msg) {
    if (msg.get_count !== undefined) return { count: Number(xchain.state.get('count')) };
    if (msg.owner !== undefined) return { owner: xchain.state.get('owner') };
    xchain.revert('unknown query');
  },

  migrate(msg) {
    xchain.state.set('migrated', 'true');
    return { migrated: true, from_count: Number(xchain.state.get('count')) };
  },
};
