// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// Hardhat's console.sol in miniature: a STATICCALL to the console address with the ABI-encoded overload.
library console {
    address constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;
    function log(string memory s, uint256 v) internal view {
        (bool ok, ) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", s, v));
        ok;
    }
    function log(string memory s, address a, bool b) internal view {
        (bool ok, ) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,address,bool)", s, a, b));
        ok;
    }
}

/// The debug_trace tests' callee: a slot, an event, a revert with a reason.
contract Child {
    uint256 public x;
    event Set(uint256 v);
    function set(uint256 v) external {
        x = v;
        emit Set(v);
    }
    function boom() external pure {
        revert("child says no");
    }
}

/// Nested calls (CALL, STATICCALL, DELEGATECALL), a CREATE, a reverting call and console.log.
contract Parent {
    uint256 public x; // slot 0, as Child's: delegate() writes it
    Child public child;
    constructor() {
        child = new Child();
    }
    function nested(uint256 v) external returns (uint256) {
        console.log("nested %s", v);
        child.set(v);
        return child.x();
    }
    function delegate(uint256 v) external {
        (bool ok, ) = address(child).delegatecall(abi.encodeWithSelector(Child.set.selector, v));
        require(ok, "delegatecall failed");
    }
    function fail() external {
        console.log("failing from", msg.sender, true);
        child.boom();
    }
    function make() external returns (address) {
        return address(new Child());
    }
}
