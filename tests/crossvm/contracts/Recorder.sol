// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// Remembers who called it last: how a cross-VM caller looks from inside the EVM.
contract Recorder {
    address public lastCaller;
    uint256 public calls;
    bytes public lastData;

    function record(bytes calldata data) external payable {
        lastCaller = msg.sender;
        calls += 1;
        lastData = data;
    }
}
