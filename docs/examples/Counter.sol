// docs/examples/Counter.sol
// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// The EVM target of docs/crossvm.md's examples (deployment bytecode in Counter.bin): inc() counts its calls.
contract Counter {
    uint256 public count;
    address public lastCaller;

    function inc() external returns (uint256) {
        count += 1;
        lastCaller = msg.sender;
        return count;
    }
}
