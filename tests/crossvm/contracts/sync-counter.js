// The CosmWasm side of the synchronous precompile tests: a counter that remembers who called it last, so a
// query can show which address an EVM contract has in CosmWasm, and fails on demand after writing.
module.exports = {
  instantiate() {
    xchain.state.set('count', '0');
    return {};
  },
  execute(msg) {
    if (msg.increment !== undefined) {
      const count = Number(xchain.state.get('count')) + 1;
      xchain.state.set('count', String(count));
      xchain.state.set('last_sender', xchain.context.sender);
      const paid = xchain.context.funds.filter((c) => c.denom === 'utrv').map((c) => c.amount);
      if (paid.length) xchain.state.set('last_funds', paid[0]);
      return { count, sender: xchain.context.sender };
    }
    if (msg.fail !== undefined) {
      // The write must vanish with the revert.
      xchain.state.set('count', '999999');
      xchain.revert(String(msg.fail.reason || 'failed on purpose'));
    }
    xchain.revert('unknown execute message');
  },
  query(msg) {
    if (msg.get_count !== undefined) return { count: Number(xchain.state.get('count')) };
    if (msg.last_sender !== undefined) return { sender: xchain.state.get('last_sender'), funds: xchain.state.get('last_funds') };
    xchain.revert('unknown query');
  },
};
