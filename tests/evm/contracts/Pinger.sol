// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

import "./ICrossVM.sol";

/// Emits a log when x/crossvm runs it (an async message into the EVM) and when it is called back.
contract Pinger is ICrossVMCallback {
    event Pinged(address indexed from, uint256 v);
    event CalledBack(uint64 indexed id, uint8 status);

    receive() external payable {}

    function ping(uint256 v) external {
        emit Pinged(msg.sender, v);
    }

    function submitCall(uint8 targetVm, string calldata target, bytes calldata payload, uint64 gasLimit, bool callback) external returns (uint64 id) {
        id = CrossVM.PRECOMPILE.submit(targetVm, target, payload, gasLimit, callback);
    }

    function crossVMCallback(uint64 messageId, uint8 status, bytes calldata) external {
        require(msg.sender == CrossVM.MODULE, "Pinger: only x/crossvm may call back");
        emit CalledBack(messageId, status);
    }
}
