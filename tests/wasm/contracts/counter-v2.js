// Counter v2: the migration target. Same storage layout, counts by `step`, remembers it was migrated.
module.exports = {
  instantiate(msg) {
    xchain.state.set('count', String(msg.count || 0));
    xchain.state.set('owner', xchain.context.sender);
    return null;
  },
  execute(msg) {
    if (msg.increment !== undefined) {
      const step = Number(xchain.state.get('step') || '1');
      const count = Number(xchain.state.get('count')) + step;
      xchain.state.set('count', String(count));
      return { count };
    }
    xchain.revert('unknown execute message');
  },
  query(msg) {
    if (msg.get_count !== undefined) return { count: Number(xchain.state.get('count')), version: 2 };
    if (msg.migrated !== undefined) return { migrated: xchain.state.get('migrated') === 'true', step: Number(xchain.state.get('step') || '1') };
    xchain.revert('unknown query');
  },
  migrate(msg) {
    xchain.require(Number.isSafeInteger(msg.step) && msg.step > 0, 'step must be a positive integer');
    xchain.state.set('step', String(msg.step));
    xchain.state.set('migrated', 'true');
    return { version: 2 };
  },
};
