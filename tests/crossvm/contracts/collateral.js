// The collateral side of the lending example: holds utrv deposits per user and answers `collateral_of` as an
// execute message, so an x/crossvm message (which always executes) can ask it. The answer is the amount as a
// JSON string of decimal digits, e.g. "2000000": what the EVM lending contract parses in its callback.
module.exports = {
  instantiate() {
    return {};
  },
  execute(msg) {
    if (msg.deposit !== undefined) {
      const paid = xchain.context.funds.filter((c) => c.denom === 'utrv');
      xchain.require(paid.length === 1 && paid[0].amount !== '0', 'deposit: send some utrv');
      const key = 'c/' + xchain.addr.canonicalize(xchain.context.sender);
      const total = xchain.math.add(xchain.state.get(key) || '0', paid[0].amount);
      xchain.state.set(key, total);
      return { collateral: total };
    }
    if (msg.collateral_of !== undefined) return collateralOf(msg.collateral_of.user);
    xchain.revert('unknown execute message');
  },
  query(msg) {
    if (msg.collateral_of !== undefined) return collateralOf(msg.collateral_of.user);
    xchain.revert('unknown query');
  },
};

function collateralOf(user) {
  xchain.require(typeof user === 'string' && xchain.addr.validate(user), 'collateral_of: invalid user address');
  return xchain.state.get('c/' + xchain.addr.canonicalize(user)) || '0';
}
