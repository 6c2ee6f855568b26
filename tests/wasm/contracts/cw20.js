// A cw20-like fungible token (the cw20-base message and query shapes, JSON in and out).
// Balances live under "balance/<address>", allowances under "allowance/<owner>/<spender>".
// Amounts are decimal strings of arbitrary size; all arithmetic goes through xchain.math.

const BAL = 'balance/';
const ALLOW = 'allowance/';
const m = xchain.math;

function amount(a, what) {
  xchain.require(typeof a === 'string' && /^[0-9]+$/.test(a), what + ' must be a decimal string');
  return a;
}
function balanceOf(addr) {
  return xchain.state.get(BAL + addr) || '0';
}
function setBalance(addr, value) {
  if (m.isZero(value)) xchain.state.delete(BAL + addr);
  else xchain.state.set(BAL + addr, value);
}
function move(from, to, value) {
  const have = balanceOf(from);
  xchain.require(m.gte(have, value), 'insufficient funds: balance ' + have + ', required ' + value);
  setBalance(from, m.sub(have, value));
  setBalance(to, m.add(balanceOf(to), value));
}
function validAddress(addr) {
  xchain.require(xchain.addr.validate(addr), 'invalid address ' + addr);
  return addr;
}
function allowanceKey(owner, spender) {
  return ALLOW + owner + '/' + spender;
}
function config() {
  return JSON.parse(xchain.state.get('token_info'));
}

module.exports = {
  instantiate(msg) {
    xchain.require(typeof msg.name === 'string' && msg.name.length >= 3, 'name must be at least 3 characters');
    xchain.require(typeof msg.symbol === 'string' && /^[A-Za-z-]{3,12}$/.test(msg.symbol), 'invalid symbol');
    xchain.require(Number.isInteger(msg.decimals) && msg.decimals >= 0 && msg.decimals <= 18, 'decimals must be 0..18');
    let supply = '0';
    for (const b of msg.initial_balances || []) {
      const value = amount(b.amount, 'initial balance');
      setBalance(validAddress(b.address), m.add(balanceOf(b.address), value));
      supply = m.add(supply, value);
    }
    const minter = msg.mint ? { minter: validAddress(msg.mint.minter), cap: msg.mint.cap || null } : null;
    xchain.state.set('token_info', JSON.stringify({ name: msg.name, symbol: msg.symbol, decimals: msg.decimals, total_supply: supply, mint: minter }));
    return null;
  },

  execute(msg) {
    const sender = xchain.context.sender;
    if (msg.transfer) {
      const value = amount(msg.transfer.amount, 'amount');
      move(sender, validAddress(msg.transfer.recipient), value);
      xchain.emit.attribute('action', 'transfer');
      xchain.emit.attribute('from', sender);
      xchain.emit.attribute('to', msg.transfer.recipient);
      xchain.emit.attribute('amount', value);
      return null;
    }
    if (msg.send) {
      // cw20 Send: move the tokens, then call the recipient contract's `receive` hook.
      const value = amount(msg.send.amount, 'amount');
      move(sender, validAddress(msg.send.contract), value);
      xchain.emit.attribute('action', 'send');
      xchain.emit.execute(msg.send.contract, { receive: { sender: sender, amount: value, msg: msg.send.msg || '' } });
      return null;
    }
    if (msg.burn) {
      const value = amount(msg.burn.amount, 'amount');
      const info = config();
      const have = balanceOf(sender);
      xchain.require(m.gte(have, value), 'insufficient funds');
      setBalance(sender, m.sub(have, value));
      info.total_supply = m.sub(info.total_supply, value);
      xchain.state.set('token_info', JSON.stringify(info));
      xchain.emit.attribute('action', 'burn');
      return null;
    }
    if (msg.mint) {
      const info = config();
      xchain.require(info.mint && info.mint.minter === sender, 'unauthorized: only the minter may mint');
      const value = amount(msg.mint.amount, 'amount');
      const supply = m.add(info.total_supply, value);
      xchain.require(!info.mint.cap || m.lte(supply, info.mint.cap), 'minting would exceed the cap');
      setBalance(validAddress(msg.mint.recipient), m.add(balanceOf(msg.mint.recipient), value));
      info.total_supply = supply;
      xchain.state.set('token_info', JSON.stringify(info));
      xchain.emit.event('mint', { recipient: msg.mint.recipient, amount: value });
      return null;
    }
    if (msg.increase_allowance) {
      const a = msg.increase_allowance;
      const key = allowanceKey(sender, validAddress(a.spender));
      xchain.state.set(key, m.add(xchain.state.get(key) || '0', amount(a.amount, 'amount')));
      return null;
    }
    if (msg.transfer_from) {
      const t = msg.transfer_from;
      const value = amount(t.amount, 'amount');
      const key = allowanceKey(validAddress(t.owner), sender);
      const allowed = xchain.state.get(key) || '0';
      xchain.require(m.gte(allowed, value), 'no allowance for this account');
      xchain.state.set(key, m.sub(allowed, value));
      move(t.owner, validAddress(t.recipient), value);
      return null;
    }
    xchain.revert('unknown execute message');
  },

  query(msg) {
    if (msg.balance) return { balance: balanceOf(validAddress(msg.balance.address)) };
    if (msg.token_info) {
      const info = config();
      return { name: info.name, symbol: info.symbol, decimals: info.decimals, total_supply: info.total_supply };
    }
    if (msg.minter) {
      const info = config();
      return info.mint;
    }
    if (msg.allowance) return { allowance: xchain.state.get(allowanceKey(msg.allowance.owner, msg.allowance.spender)) || '0' };
    if (msg.all_accounts) {
      const after = msg.all_accounts.start_after;
      const entries = xchain.state.range(BAL, { start: after ? BAL + after + '\u0000' : undefined, limit: msg.all_accounts.limit || 10 });
      return { accounts: entries.map((e) => e[0].slice(BAL.length)) };
    }
    xchain.revert('unknown query');
  },

  migrate(msg) {
    return null;
  },
};
