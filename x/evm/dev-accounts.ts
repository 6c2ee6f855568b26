/**
 * The 10 accounts anvil and Hardhat fund: m/44'/60'/0'/0/i of `test test … junk`, Ethereum addresses
 * (keccak of the public key) — not the Cosmos dev0…dev9, which are ripemd160(sha256) of the same mnemonic
 * on another path. tests/evm/genesis.test.ts derives them again and compares.
 */
export const DEV_EVM_ADDRESSES = [
  '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
  '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  '0x976EA74026E726554dB657fA54763abd0C3a0aa9',
  '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955',
  '0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f',
  '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720',
] as const;

/** 10,000,000,000 utrv = 10^22 wei = 10,000 "ETH", what anvil gives each. */
export const DEV_EVM_BALANCE_UTRV = '10000000000';
