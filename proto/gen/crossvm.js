/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["trivium_crossvm"] || ($protobuf.roots["trivium_crossvm"] = {});

export const trivium = $root.trivium = (() => {

    /**
     * Namespace trivium.
     * @exports trivium
     * @namespace
     */
    const trivium = {};

    trivium.crossvm = (function() {

        /**
         * Namespace crossvm.
         * @memberof trivium
         * @namespace
         */
        const crossvm = {};

        crossvm.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof trivium.crossvm
             * @namespace
             */
            const v1 = {};

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} trivium.crossvm.v1.Params.$Properties
                 * @property {Long|null} [maxMessageSize] Params maxMessageSize
                 * @property {Long|null} [maxQueueSize] Params maxQueueSize
                 * @property {Long|null} [queueTimeoutBlocks] Params queueTimeoutBlocks
                 * @property {boolean|null} [enabled] Params enabled
                 * @property {Long|null} [maxExecutionsPerBlock] Params maxExecutionsPerBlock
                 * @property {Long|null} [maxCallbackGas] Params maxCallbackGas
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof trivium.crossvm.v1
                 * @interface IParams
                 * @augments trivium.crossvm.v1.Params.$Properties
                 * @deprecated Use trivium.crossvm.v1.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {trivium.crossvm.v1.Params.$Properties} trivium.crossvm.v1.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {trivium.crossvm.v1.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Params = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params maxMessageSize.
                 * @member {Long} maxMessageSize
                 * @memberof trivium.crossvm.v1.Params
                 * @instance
                 */
                Params.prototype.maxMessageSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxQueueSize.
                 * @member {Long} maxQueueSize
                 * @memberof trivium.crossvm.v1.Params
                 * @instance
                 */
                Params.prototype.maxQueueSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params queueTimeoutBlocks.
                 * @member {Long} queueTimeoutBlocks
                 * @memberof trivium.crossvm.v1.Params
                 * @instance
                 */
                Params.prototype.queueTimeoutBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params enabled.
                 * @member {boolean} enabled
                 * @memberof trivium.crossvm.v1.Params
                 * @instance
                 */
                Params.prototype.enabled = false;

                /**
                 * Params maxExecutionsPerBlock.
                 * @member {Long} maxExecutionsPerBlock
                 * @memberof trivium.crossvm.v1.Params
                 * @instance
                 */
                Params.prototype.maxExecutionsPerBlock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxCallbackGas.
                 * @member {Long} maxCallbackGas
                 * @memberof trivium.crossvm.v1.Params
                 * @instance
                 */
                Params.prototype.maxCallbackGas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link trivium.crossvm.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.Params
                 * @static
                 * @param {trivium.crossvm.v1.Params.$Properties} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.maxMessageSize != null && $Object.hasOwnProperty.call(message, "maxMessageSize") && (typeof message.maxMessageSize === "object" ? message.maxMessageSize.low || message.maxMessageSize.high : message.maxMessageSize !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.maxMessageSize);
                    if (message.maxQueueSize != null && $Object.hasOwnProperty.call(message, "maxQueueSize") && (typeof message.maxQueueSize === "object" ? message.maxQueueSize.low || message.maxQueueSize.high : message.maxQueueSize !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.maxQueueSize);
                    if (message.queueTimeoutBlocks != null && $Object.hasOwnProperty.call(message, "queueTimeoutBlocks") && (typeof message.queueTimeoutBlocks === "object" ? message.queueTimeoutBlocks.low || message.queueTimeoutBlocks.high : message.queueTimeoutBlocks !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.queueTimeoutBlocks);
                    if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.enabled);
                    if (message.maxExecutionsPerBlock != null && $Object.hasOwnProperty.call(message, "maxExecutionsPerBlock") && (typeof message.maxExecutionsPerBlock === "object" ? message.maxExecutionsPerBlock.low || message.maxExecutionsPerBlock.high : message.maxExecutionsPerBlock !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.maxExecutionsPerBlock);
                    if (message.maxCallbackGas != null && $Object.hasOwnProperty.call(message, "maxCallbackGas") && (typeof message.maxCallbackGas === "object" ? message.maxCallbackGas.low || message.maxCallbackGas.high : message.maxCallbackGas !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.maxCallbackGas);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.Params & trivium.crossvm.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.Params();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxMessageSize = value;
                                else
                                    delete message.maxMessageSize;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxQueueSize = value;
                                else
                                    delete message.maxQueueSize;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.queueTimeoutBlocks = value;
                                else
                                    delete message.queueTimeoutBlocks;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.enabled = value;
                                else
                                    delete message.enabled;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxExecutionsPerBlock = value;
                                else
                                    delete message.maxExecutionsPerBlock;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxCallbackGas = value;
                                else
                                    delete message.maxCallbackGas;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.Params();
                    if (object.maxMessageSize != null)
                        if (typeof object.maxMessageSize === "object" ? object.maxMessageSize.low || object.maxMessageSize.high : $Number(object.maxMessageSize) !== 0)
                            if ($util.Long)
                                message.maxMessageSize = $util.Long.fromValue(object.maxMessageSize, true);
                            else if (typeof object.maxMessageSize === "string")
                                message.maxMessageSize = $parseInt(object.maxMessageSize, 10);
                            else if (typeof object.maxMessageSize === "number")
                                message.maxMessageSize = object.maxMessageSize;
                            else if (typeof object.maxMessageSize === "object")
                                message.maxMessageSize = new $util.LongBits(object.maxMessageSize.low >>> 0, object.maxMessageSize.high >>> 0).toNumber(true);
                    if (object.maxQueueSize != null)
                        if (typeof object.maxQueueSize === "object" ? object.maxQueueSize.low || object.maxQueueSize.high : $Number(object.maxQueueSize) !== 0)
                            if ($util.Long)
                                message.maxQueueSize = $util.Long.fromValue(object.maxQueueSize, true);
                            else if (typeof object.maxQueueSize === "string")
                                message.maxQueueSize = $parseInt(object.maxQueueSize, 10);
                            else if (typeof object.maxQueueSize === "number")
                                message.maxQueueSize = object.maxQueueSize;
                            else if (typeof object.maxQueueSize === "object")
                                message.maxQueueSize = new $util.LongBits(object.maxQueueSize.low >>> 0, object.maxQueueSize.high >>> 0).toNumber(true);
                    if (object.queueTimeoutBlocks != null)
                        if (typeof object.queueTimeoutBlocks === "object" ? object.queueTimeoutBlocks.low || object.queueTimeoutBlocks.high : $Number(object.queueTimeoutBlocks) !== 0)
                            if ($util.Long)
                                message.queueTimeoutBlocks = $util.Long.fromValue(object.queueTimeoutBlocks, true);
                            else if (typeof object.queueTimeoutBlocks === "string")
                                message.queueTimeoutBlocks = $parseInt(object.queueTimeoutBlocks, 10);
                            else if (typeof object.queueTimeoutBlocks === "number")
                                message.queueTimeoutBlocks = object.queueTimeoutBlocks;
                            else if (typeof object.queueTimeoutBlocks === "object")
                                message.queueTimeoutBlocks = new $util.LongBits(object.queueTimeoutBlocks.low >>> 0, object.queueTimeoutBlocks.high >>> 0).toNumber(true);
                    if (object.enabled != null)
                        if (object.enabled)
                            message.enabled = $Boolean(object.enabled);
                    if (object.maxExecutionsPerBlock != null)
                        if (typeof object.maxExecutionsPerBlock === "object" ? object.maxExecutionsPerBlock.low || object.maxExecutionsPerBlock.high : $Number(object.maxExecutionsPerBlock) !== 0)
                            if ($util.Long)
                                message.maxExecutionsPerBlock = $util.Long.fromValue(object.maxExecutionsPerBlock, true);
                            else if (typeof object.maxExecutionsPerBlock === "string")
                                message.maxExecutionsPerBlock = $parseInt(object.maxExecutionsPerBlock, 10);
                            else if (typeof object.maxExecutionsPerBlock === "number")
                                message.maxExecutionsPerBlock = object.maxExecutionsPerBlock;
                            else if (typeof object.maxExecutionsPerBlock === "object")
                                message.maxExecutionsPerBlock = new $util.LongBits(object.maxExecutionsPerBlock.low >>> 0, object.maxExecutionsPerBlock.high >>> 0).toNumber(true);
                    if (object.maxCallbackGas != null)
                        if (typeof object.maxCallbackGas === "object" ? object.maxCallbackGas.low || object.maxCallbackGas.high : $Number(object.maxCallbackGas) !== 0)
                            if ($util.Long)
                                message.maxCallbackGas = $util.Long.fromValue(object.maxCallbackGas, true);
                            else if (typeof object.maxCallbackGas === "string")
                                message.maxCallbackGas = $parseInt(object.maxCallbackGas, 10);
                            else if (typeof object.maxCallbackGas === "number")
                                message.maxCallbackGas = object.maxCallbackGas;
                            else if (typeof object.maxCallbackGas === "object")
                                message.maxCallbackGas = new $util.LongBits(object.maxCallbackGas.low >>> 0, object.maxCallbackGas.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.Params
                 * @static
                 * @param {trivium.crossvm.v1.Params} message Params
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Params.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxMessageSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxMessageSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxQueueSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxQueueSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.queueTimeoutBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.queueTimeoutBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.enabled = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxExecutionsPerBlock = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxExecutionsPerBlock = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxCallbackGas = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxCallbackGas = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.maxMessageSize != null && $Object.hasOwnProperty.call(message, "maxMessageSize"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxMessageSize = typeof message.maxMessageSize === "number" ? $BigInt(message.maxMessageSize) : $util.Long.fromBits(message.maxMessageSize.low >>> 0, message.maxMessageSize.high >>> 0, true).toBigInt();
                        else if (typeof message.maxMessageSize === "number")
                            object.maxMessageSize = options.longs === $String ? $String(message.maxMessageSize) : message.maxMessageSize;
                        else
                            object.maxMessageSize = options.longs === $String ? $util.Long.prototype.toString.call(message.maxMessageSize) : options.longs === $Number ? new $util.LongBits(message.maxMessageSize.low >>> 0, message.maxMessageSize.high >>> 0).toNumber(true) : message.maxMessageSize;
                    if (message.maxQueueSize != null && $Object.hasOwnProperty.call(message, "maxQueueSize"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxQueueSize = typeof message.maxQueueSize === "number" ? $BigInt(message.maxQueueSize) : $util.Long.fromBits(message.maxQueueSize.low >>> 0, message.maxQueueSize.high >>> 0, true).toBigInt();
                        else if (typeof message.maxQueueSize === "number")
                            object.maxQueueSize = options.longs === $String ? $String(message.maxQueueSize) : message.maxQueueSize;
                        else
                            object.maxQueueSize = options.longs === $String ? $util.Long.prototype.toString.call(message.maxQueueSize) : options.longs === $Number ? new $util.LongBits(message.maxQueueSize.low >>> 0, message.maxQueueSize.high >>> 0).toNumber(true) : message.maxQueueSize;
                    if (message.queueTimeoutBlocks != null && $Object.hasOwnProperty.call(message, "queueTimeoutBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.queueTimeoutBlocks = typeof message.queueTimeoutBlocks === "number" ? $BigInt(message.queueTimeoutBlocks) : $util.Long.fromBits(message.queueTimeoutBlocks.low >>> 0, message.queueTimeoutBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.queueTimeoutBlocks === "number")
                            object.queueTimeoutBlocks = options.longs === $String ? $String(message.queueTimeoutBlocks) : message.queueTimeoutBlocks;
                        else
                            object.queueTimeoutBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.queueTimeoutBlocks) : options.longs === $Number ? new $util.LongBits(message.queueTimeoutBlocks.low >>> 0, message.queueTimeoutBlocks.high >>> 0).toNumber(true) : message.queueTimeoutBlocks;
                    if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                        object.enabled = message.enabled;
                    if (message.maxExecutionsPerBlock != null && $Object.hasOwnProperty.call(message, "maxExecutionsPerBlock"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxExecutionsPerBlock = typeof message.maxExecutionsPerBlock === "number" ? $BigInt(message.maxExecutionsPerBlock) : $util.Long.fromBits(message.maxExecutionsPerBlock.low >>> 0, message.maxExecutionsPerBlock.high >>> 0, true).toBigInt();
                        else if (typeof message.maxExecutionsPerBlock === "number")
                            object.maxExecutionsPerBlock = options.longs === $String ? $String(message.maxExecutionsPerBlock) : message.maxExecutionsPerBlock;
                        else
                            object.maxExecutionsPerBlock = options.longs === $String ? $util.Long.prototype.toString.call(message.maxExecutionsPerBlock) : options.longs === $Number ? new $util.LongBits(message.maxExecutionsPerBlock.low >>> 0, message.maxExecutionsPerBlock.high >>> 0).toNumber(true) : message.maxExecutionsPerBlock;
                    if (message.maxCallbackGas != null && $Object.hasOwnProperty.call(message, "maxCallbackGas"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxCallbackGas = typeof message.maxCallbackGas === "number" ? $BigInt(message.maxCallbackGas) : $util.Long.fromBits(message.maxCallbackGas.low >>> 0, message.maxCallbackGas.high >>> 0, true).toBigInt();
                        else if (typeof message.maxCallbackGas === "number")
                            object.maxCallbackGas = options.longs === $String ? $String(message.maxCallbackGas) : message.maxCallbackGas;
                        else
                            object.maxCallbackGas = options.longs === $String ? $util.Long.prototype.toString.call(message.maxCallbackGas) : options.longs === $Number ? new $util.LongBits(message.maxCallbackGas.low >>> 0, message.maxCallbackGas.high >>> 0).toNumber(true) : message.maxCallbackGas;
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.Params";
                };

                return Params;
            })();

            v1.AccountMeta = (function() {

                /**
                 * Properties of an AccountMeta.
                 * @typedef {Object} trivium.crossvm.v1.AccountMeta.$Properties
                 * @property {string|null} [pubkey] AccountMeta pubkey
                 * @property {boolean|null} [isSigner] AccountMeta isSigner
                 * @property {boolean|null} [isWritable] AccountMeta isWritable
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccountMeta.
                 * @memberof trivium.crossvm.v1
                 * @interface IAccountMeta
                 * @augments trivium.crossvm.v1.AccountMeta.$Properties
                 * @deprecated Use trivium.crossvm.v1.AccountMeta.$Properties instead.
                 */

                /**
                 * Shape of an AccountMeta.
                 * @typedef {trivium.crossvm.v1.AccountMeta.$Properties} trivium.crossvm.v1.AccountMeta.$Shape
                 */

                /**
                 * Constructs a new AccountMeta.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents an AccountMeta.
                 * @constructor
                 * @param {trivium.crossvm.v1.AccountMeta.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AccountMeta = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccountMeta pubkey.
                 * @member {string} pubkey
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @instance
                 */
                AccountMeta.prototype.pubkey = "";

                /**
                 * AccountMeta isSigner.
                 * @member {boolean} isSigner
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @instance
                 */
                AccountMeta.prototype.isSigner = false;

                /**
                 * AccountMeta isWritable.
                 * @member {boolean} isWritable
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @instance
                 */
                AccountMeta.prototype.isWritable = false;

                /**
                 * Encodes the specified AccountMeta message. Does not implicitly {@link trivium.crossvm.v1.AccountMeta.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @static
                 * @param {trivium.crossvm.v1.AccountMeta.$Properties} message AccountMeta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccountMeta.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pubkey != null && $Object.hasOwnProperty.call(message, "pubkey") && message.pubkey !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.pubkey);
                    if (message.isSigner != null && $Object.hasOwnProperty.call(message, "isSigner") && message.isSigner !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isSigner);
                    if (message.isWritable != null && $Object.hasOwnProperty.call(message, "isWritable") && message.isWritable !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.isWritable);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccountMeta message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.AccountMeta & trivium.crossvm.v1.AccountMeta.$Shape} AccountMeta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccountMeta.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.AccountMeta();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pubkey = value;
                                else
                                    delete message.pubkey;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.isSigner = value;
                                else
                                    delete message.isSigner;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.isWritable = value;
                                else
                                    delete message.isWritable;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an AccountMeta message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.AccountMeta} AccountMeta
                 */
                AccountMeta.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.AccountMeta)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.AccountMeta: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.AccountMeta();
                    if (object.pubkey != null)
                        if (typeof object.pubkey !== "string" || object.pubkey.length)
                            message.pubkey = $String(object.pubkey);
                    if (object.isSigner != null)
                        if (object.isSigner)
                            message.isSigner = $Boolean(object.isSigner);
                    if (object.isWritable != null)
                        if (object.isWritable)
                            message.isWritable = $Boolean(object.isWritable);
                    return message;
                };

                /**
                 * Creates a plain object from an AccountMeta message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @static
                 * @param {trivium.crossvm.v1.AccountMeta} message AccountMeta
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AccountMeta.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.pubkey = "";
                        object.isSigner = false;
                        object.isWritable = false;
                    }
                    if (message.pubkey != null && $Object.hasOwnProperty.call(message, "pubkey"))
                        object.pubkey = message.pubkey;
                    if (message.isSigner != null && $Object.hasOwnProperty.call(message, "isSigner"))
                        object.isSigner = message.isSigner;
                    if (message.isWritable != null && $Object.hasOwnProperty.call(message, "isWritable"))
                        object.isWritable = message.isWritable;
                    return object;
                };

                /**
                 * Converts this AccountMeta to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AccountMeta.prototype.toJSON = function() {
                    return AccountMeta.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AccountMeta
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.AccountMeta
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AccountMeta.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.AccountMeta";
                };

                return AccountMeta;
            })();

            v1.CrossVMMessage = (function() {

                /**
                 * Properties of a CrossVMMessage.
                 * @typedef {Object} trivium.crossvm.v1.CrossVMMessage.$Properties
                 * @property {Long|null} [id] CrossVMMessage id
                 * @property {string|null} [sender] CrossVMMessage sender
                 * @property {string|null} [sourceVm] CrossVMMessage sourceVm
                 * @property {string|null} [targetVm] CrossVMMessage targetVm
                 * @property {string|null} [targetContract] CrossVMMessage targetContract
                 * @property {Uint8Array|null} [payload] CrossVMMessage payload
                 * @property {Array.<cosmos.base.v1beta1.Coin.$Properties>|null} [funds] CrossVMMessage funds
                 * @property {Long|null} [gasLimit] CrossVMMessage gasLimit
                 * @property {boolean|null} [callback] CrossVMMessage callback
                 * @property {string|null} [status] CrossVMMessage status
                 * @property {Long|null} [submittedHeight] CrossVMMessage submittedHeight
                 * @property {Long|null} [updatedHeight] CrossVMMessage updatedHeight
                 * @property {Uint8Array|null} [result] CrossVMMessage result
                 * @property {string|null} [error] CrossVMMessage error
                 * @property {Long|null} [gasUsed] CrossVMMessage gasUsed
                 * @property {Array.<trivium.crossvm.v1.AccountMeta.$Properties>|null} [accounts] CrossVMMessage accounts
                 * @property {string|null} [callbackStatus] CrossVMMessage callbackStatus
                 * @property {string|null} [escrow] CrossVMMessage escrow
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CrossVMMessage.
                 * @memberof trivium.crossvm.v1
                 * @interface ICrossVMMessage
                 * @augments trivium.crossvm.v1.CrossVMMessage.$Properties
                 * @deprecated Use trivium.crossvm.v1.CrossVMMessage.$Properties instead.
                 */

                /**
                 * Shape of a CrossVMMessage.
                 * @typedef {trivium.crossvm.v1.CrossVMMessage.$Properties} trivium.crossvm.v1.CrossVMMessage.$Shape
                 */

                /**
                 * Constructs a new CrossVMMessage.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a CrossVMMessage.
                 * @constructor
                 * @param {trivium.crossvm.v1.CrossVMMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CrossVMMessage = function (properties) {
                    this.funds = [];
                    this.accounts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CrossVMMessage id.
                 * @member {Long} id
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CrossVMMessage sender.
                 * @member {string} sender
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.sender = "";

                /**
                 * CrossVMMessage sourceVm.
                 * @member {string} sourceVm
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.sourceVm = "";

                /**
                 * CrossVMMessage targetVm.
                 * @member {string} targetVm
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.targetVm = "";

                /**
                 * CrossVMMessage targetContract.
                 * @member {string} targetContract
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.targetContract = "";

                /**
                 * CrossVMMessage payload.
                 * @member {Uint8Array} payload
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.payload = $util.newBuffer([]);

                /**
                 * CrossVMMessage funds.
                 * @member {Array.<cosmos.base.v1beta1.Coin.$Properties>} funds
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.funds = $util.emptyArray;

                /**
                 * CrossVMMessage gasLimit.
                 * @member {Long} gasLimit
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.gasLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CrossVMMessage callback.
                 * @member {boolean} callback
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.callback = false;

                /**
                 * CrossVMMessage status.
                 * @member {string} status
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.status = "";

                /**
                 * CrossVMMessage submittedHeight.
                 * @member {Long} submittedHeight
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.submittedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CrossVMMessage updatedHeight.
                 * @member {Long} updatedHeight
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.updatedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CrossVMMessage result.
                 * @member {Uint8Array} result
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.result = $util.newBuffer([]);

                /**
                 * CrossVMMessage error.
                 * @member {string} error
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.error = "";

                /**
                 * CrossVMMessage gasUsed.
                 * @member {Long} gasUsed
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CrossVMMessage accounts.
                 * @member {Array.<trivium.crossvm.v1.AccountMeta.$Properties>} accounts
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.accounts = $util.emptyArray;

                /**
                 * CrossVMMessage callbackStatus.
                 * @member {string} callbackStatus
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.callbackStatus = "";

                /**
                 * CrossVMMessage escrow.
                 * @member {string} escrow
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 */
                CrossVMMessage.prototype.escrow = "";

                /**
                 * Encodes the specified CrossVMMessage message. Does not implicitly {@link trivium.crossvm.v1.CrossVMMessage.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @static
                 * @param {trivium.crossvm.v1.CrossVMMessage.$Properties} message CrossVMMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CrossVMMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sender);
                    if (message.sourceVm != null && $Object.hasOwnProperty.call(message, "sourceVm") && message.sourceVm !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.sourceVm);
                    if (message.targetVm != null && $Object.hasOwnProperty.call(message, "targetVm") && message.targetVm !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.targetVm);
                    if (message.targetContract != null && $Object.hasOwnProperty.call(message, "targetContract") && message.targetContract !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.targetContract);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.payload);
                    if (message.funds != null && message.funds.length)
                        for (let i = 0; i < message.funds.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.funds[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.gasLimit != null && $Object.hasOwnProperty.call(message, "gasLimit") && (typeof message.gasLimit === "object" ? message.gasLimit.low || message.gasLimit.high : message.gasLimit !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.gasLimit);
                    if (message.callback != null && $Object.hasOwnProperty.call(message, "callback") && message.callback !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.callback);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.status);
                    if (message.submittedHeight != null && $Object.hasOwnProperty.call(message, "submittedHeight") && (typeof message.submittedHeight === "object" ? message.submittedHeight.low || message.submittedHeight.high : message.submittedHeight !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.submittedHeight);
                    if (message.updatedHeight != null && $Object.hasOwnProperty.call(message, "updatedHeight") && (typeof message.updatedHeight === "object" ? message.updatedHeight.low || message.updatedHeight.high : message.updatedHeight !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.updatedHeight);
                    if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result.length)
                        writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.result);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.error);
                    if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed") && (typeof message.gasUsed === "object" ? message.gasUsed.low || message.gasUsed.high : message.gasUsed !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.gasUsed);
                    if (message.accounts != null && message.accounts.length)
                        for (let i = 0; i < message.accounts.length; ++i)
                            $root.trivium.crossvm.v1.AccountMeta.encode(message.accounts[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.callbackStatus != null && $Object.hasOwnProperty.call(message, "callbackStatus") && message.callbackStatus !== "")
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.callbackStatus);
                    if (message.escrow != null && $Object.hasOwnProperty.call(message, "escrow") && message.escrow !== "")
                        writer.uint32(/* id 18, wireType 2 =*/146).string(message.escrow);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CrossVMMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.CrossVMMessage & trivium.crossvm.v1.CrossVMMessage.$Shape} CrossVMMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CrossVMMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.CrossVMMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sourceVm = value;
                                else
                                    delete message.sourceVm;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.targetVm = value;
                                else
                                    delete message.targetVm;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.targetContract = value;
                                else
                                    delete message.targetContract;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.funds && message.funds.length))
                                    message.funds = [];
                                message.funds.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gasLimit = value;
                                else
                                    delete message.gasLimit;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.callback = value;
                                else
                                    delete message.callback;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.submittedHeight = value;
                                else
                                    delete message.submittedHeight;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedHeight = value;
                                else
                                    delete message.updatedHeight;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.result = value;
                                else
                                    delete message.result;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.error = value;
                                else
                                    delete message.error;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gasUsed = value;
                                else
                                    delete message.gasUsed;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.accounts && message.accounts.length))
                                    message.accounts = [];
                                message.accounts.push($root.trivium.crossvm.v1.AccountMeta.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.callbackStatus = value;
                                else
                                    delete message.callbackStatus;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.escrow = value;
                                else
                                    delete message.escrow;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CrossVMMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.CrossVMMessage} CrossVMMessage
                 */
                CrossVMMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.CrossVMMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.CrossVMMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.CrossVMMessage();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.sourceVm != null)
                        if (typeof object.sourceVm !== "string" || object.sourceVm.length)
                            message.sourceVm = $String(object.sourceVm);
                    if (object.targetVm != null)
                        if (typeof object.targetVm !== "string" || object.targetVm.length)
                            message.targetVm = $String(object.targetVm);
                    if (object.targetContract != null)
                        if (typeof object.targetContract !== "string" || object.targetContract.length)
                            message.targetContract = $String(object.targetContract);
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    if (object.funds) {
                        if (!$Array.isArray(object.funds))
                            throw $TypeError(".trivium.crossvm.v1.CrossVMMessage.funds: array expected");
                        message.funds = $Array(object.funds.length);
                        for (let i = 0; i < object.funds.length; ++i) {
                            if (!$util.isObject(object.funds[i]))
                                throw $TypeError(".trivium.crossvm.v1.CrossVMMessage.funds: object expected");
                            message.funds[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.funds[i], _depth + 1);
                        }
                    }
                    if (object.gasLimit != null)
                        if (typeof object.gasLimit === "object" ? object.gasLimit.low || object.gasLimit.high : $Number(object.gasLimit) !== 0)
                            if ($util.Long)
                                message.gasLimit = $util.Long.fromValue(object.gasLimit, true);
                            else if (typeof object.gasLimit === "string")
                                message.gasLimit = $parseInt(object.gasLimit, 10);
                            else if (typeof object.gasLimit === "number")
                                message.gasLimit = object.gasLimit;
                            else if (typeof object.gasLimit === "object")
                                message.gasLimit = new $util.LongBits(object.gasLimit.low >>> 0, object.gasLimit.high >>> 0).toNumber(true);
                    if (object.callback != null)
                        if (object.callback)
                            message.callback = $Boolean(object.callback);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    if (object.submittedHeight != null)
                        if (typeof object.submittedHeight === "object" ? object.submittedHeight.low || object.submittedHeight.high : $Number(object.submittedHeight) !== 0)
                            if ($util.Long)
                                message.submittedHeight = $util.Long.fromValue(object.submittedHeight, true);
                            else if (typeof object.submittedHeight === "string")
                                message.submittedHeight = $parseInt(object.submittedHeight, 10);
                            else if (typeof object.submittedHeight === "number")
                                message.submittedHeight = object.submittedHeight;
                            else if (typeof object.submittedHeight === "object")
                                message.submittedHeight = new $util.LongBits(object.submittedHeight.low >>> 0, object.submittedHeight.high >>> 0).toNumber(true);
                    if (object.updatedHeight != null)
                        if (typeof object.updatedHeight === "object" ? object.updatedHeight.low || object.updatedHeight.high : $Number(object.updatedHeight) !== 0)
                            if ($util.Long)
                                message.updatedHeight = $util.Long.fromValue(object.updatedHeight, true);
                            else if (typeof object.updatedHeight === "string")
                                message.updatedHeight = $parseInt(object.updatedHeight, 10);
                            else if (typeof object.updatedHeight === "number")
                                message.updatedHeight = object.updatedHeight;
                            else if (typeof object.updatedHeight === "object")
                                message.updatedHeight = new $util.LongBits(object.updatedHeight.low >>> 0, object.updatedHeight.high >>> 0).toNumber(true);
                    if (object.result != null)
                        if (object.result.length)
                            if (typeof object.result === "string")
                                $util.base64.decode(object.result, message.result = $util.newBuffer($util.base64.length(object.result)), 0);
                            else if (object.result.length >= 0)
                                message.result = object.result;
                    if (object.error != null)
                        if (typeof object.error !== "string" || object.error.length)
                            message.error = $String(object.error);
                    if (object.gasUsed != null)
                        if (typeof object.gasUsed === "object" ? object.gasUsed.low || object.gasUsed.high : $Number(object.gasUsed) !== 0)
                            if ($util.Long)
                                message.gasUsed = $util.Long.fromValue(object.gasUsed, true);
                            else if (typeof object.gasUsed === "string")
                                message.gasUsed = $parseInt(object.gasUsed, 10);
                            else if (typeof object.gasUsed === "number")
                                message.gasUsed = object.gasUsed;
                            else if (typeof object.gasUsed === "object")
                                message.gasUsed = new $util.LongBits(object.gasUsed.low >>> 0, object.gasUsed.high >>> 0).toNumber(true);
                    if (object.accounts) {
                        if (!$Array.isArray(object.accounts))
                            throw $TypeError(".trivium.crossvm.v1.CrossVMMessage.accounts: array expected");
                        message.accounts = $Array(object.accounts.length);
                        for (let i = 0; i < object.accounts.length; ++i) {
                            if (!$util.isObject(object.accounts[i]))
                                throw $TypeError(".trivium.crossvm.v1.CrossVMMessage.accounts: object expected");
                            message.accounts[i] = $root.trivium.crossvm.v1.AccountMeta.fromObject(object.accounts[i], _depth + 1);
                        }
                    }
                    if (object.callbackStatus != null)
                        if (typeof object.callbackStatus !== "string" || object.callbackStatus.length)
                            message.callbackStatus = $String(object.callbackStatus);
                    if (object.escrow != null)
                        if (typeof object.escrow !== "string" || object.escrow.length)
                            message.escrow = $String(object.escrow);
                    return message;
                };

                /**
                 * Creates a plain object from a CrossVMMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @static
                 * @param {trivium.crossvm.v1.CrossVMMessage} message CrossVMMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CrossVMMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.funds = [];
                        object.accounts = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.sender = "";
                        object.sourceVm = "";
                        object.targetVm = "";
                        object.targetContract = "";
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gasLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gasLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.callback = false;
                        object.status = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.submittedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.submittedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.updatedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.result = "";
                        else {
                            object.result = [];
                            if (options.bytes !== $Array)
                                object.result = $util.newBuffer(object.result);
                        }
                        object.error = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gasUsed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gasUsed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.callbackStatus = "";
                        object.escrow = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.sourceVm != null && $Object.hasOwnProperty.call(message, "sourceVm"))
                        object.sourceVm = message.sourceVm;
                    if (message.targetVm != null && $Object.hasOwnProperty.call(message, "targetVm"))
                        object.targetVm = message.targetVm;
                    if (message.targetContract != null && $Object.hasOwnProperty.call(message, "targetContract"))
                        object.targetContract = message.targetContract;
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    if (message.funds && message.funds.length) {
                        object.funds = $Array(message.funds.length);
                        for (let j = 0; j < message.funds.length; ++j)
                            object.funds[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.funds[j], options, _depth + 1);
                    }
                    if (message.gasLimit != null && $Object.hasOwnProperty.call(message, "gasLimit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gasLimit = typeof message.gasLimit === "number" ? $BigInt(message.gasLimit) : $util.Long.fromBits(message.gasLimit.low >>> 0, message.gasLimit.high >>> 0, true).toBigInt();
                        else if (typeof message.gasLimit === "number")
                            object.gasLimit = options.longs === $String ? $String(message.gasLimit) : message.gasLimit;
                        else
                            object.gasLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.gasLimit) : options.longs === $Number ? new $util.LongBits(message.gasLimit.low >>> 0, message.gasLimit.high >>> 0).toNumber(true) : message.gasLimit;
                    if (message.callback != null && $Object.hasOwnProperty.call(message, "callback"))
                        object.callback = message.callback;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.submittedHeight != null && $Object.hasOwnProperty.call(message, "submittedHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.submittedHeight = typeof message.submittedHeight === "number" ? $BigInt(message.submittedHeight) : $util.Long.fromBits(message.submittedHeight.low >>> 0, message.submittedHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.submittedHeight === "number")
                            object.submittedHeight = options.longs === $String ? $String(message.submittedHeight) : message.submittedHeight;
                        else
                            object.submittedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.submittedHeight) : options.longs === $Number ? new $util.LongBits(message.submittedHeight.low >>> 0, message.submittedHeight.high >>> 0).toNumber(true) : message.submittedHeight;
                    if (message.updatedHeight != null && $Object.hasOwnProperty.call(message, "updatedHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedHeight = typeof message.updatedHeight === "number" ? $BigInt(message.updatedHeight) : $util.Long.fromBits(message.updatedHeight.low >>> 0, message.updatedHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.updatedHeight === "number")
                            object.updatedHeight = options.longs === $String ? $String(message.updatedHeight) : message.updatedHeight;
                        else
                            object.updatedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedHeight) : options.longs === $Number ? new $util.LongBits(message.updatedHeight.low >>> 0, message.updatedHeight.high >>> 0).toNumber(true) : message.updatedHeight;
                    if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                        object.result = options.bytes === $String ? $util.base64.encode(message.result, 0, message.result.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.result) : message.result;
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        object.error = message.error;
                    if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gasUsed = typeof message.gasUsed === "number" ? $BigInt(message.gasUsed) : $util.Long.fromBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0, true).toBigInt();
                        else if (typeof message.gasUsed === "number")
                            object.gasUsed = options.longs === $String ? $String(message.gasUsed) : message.gasUsed;
                        else
                            object.gasUsed = options.longs === $String ? $util.Long.prototype.toString.call(message.gasUsed) : options.longs === $Number ? new $util.LongBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0).toNumber(true) : message.gasUsed;
                    if (message.accounts && message.accounts.length) {
                        object.accounts = $Array(message.accounts.length);
                        for (let j = 0; j < message.accounts.length; ++j)
                            object.accounts[j] = $root.trivium.crossvm.v1.AccountMeta.toObject(message.accounts[j], options, _depth + 1);
                    }
                    if (message.callbackStatus != null && $Object.hasOwnProperty.call(message, "callbackStatus"))
                        object.callbackStatus = message.callbackStatus;
                    if (message.escrow != null && $Object.hasOwnProperty.call(message, "escrow"))
                        object.escrow = message.escrow;
                    return object;
                };

                /**
                 * Converts this CrossVMMessage to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CrossVMMessage.prototype.toJSON = function() {
                    return CrossVMMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CrossVMMessage
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.CrossVMMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CrossVMMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.CrossVMMessage";
                };

                return CrossVMMessage;
            })();

            v1.PageRequest = (function() {

                /**
                 * Properties of a PageRequest.
                 * @typedef {Object} trivium.crossvm.v1.PageRequest.$Properties
                 * @property {Long|null} [offset] PageRequest offset
                 * @property {Long|null} [limit] PageRequest limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PageRequest.
                 * @memberof trivium.crossvm.v1
                 * @interface IPageRequest
                 * @augments trivium.crossvm.v1.PageRequest.$Properties
                 * @deprecated Use trivium.crossvm.v1.PageRequest.$Properties instead.
                 */

                /**
                 * Shape of a PageRequest.
                 * @typedef {trivium.crossvm.v1.PageRequest.$Properties} trivium.crossvm.v1.PageRequest.$Shape
                 */

                /**
                 * Constructs a new PageRequest.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a PageRequest.
                 * @constructor
                 * @param {trivium.crossvm.v1.PageRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PageRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PageRequest offset.
                 * @member {Long} offset
                 * @memberof trivium.crossvm.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageRequest limit.
                 * @member {Long} limit
                 * @memberof trivium.crossvm.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified PageRequest message. Does not implicitly {@link trivium.crossvm.v1.PageRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.PageRequest
                 * @static
                 * @param {trivium.crossvm.v1.PageRequest.$Properties} message PageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PageRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.PageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.PageRequest & trivium.crossvm.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.PageRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a PageRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.PageRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.PageRequest} PageRequest
                 */
                PageRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.PageRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.PageRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.PageRequest();
                    if (object.offset != null)
                        if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                            if ($util.Long)
                                message.offset = $util.Long.fromValue(object.offset, true);
                            else if (typeof object.offset === "string")
                                message.offset = $parseInt(object.offset, 10);
                            else if (typeof object.offset === "number")
                                message.offset = object.offset;
                            else if (typeof object.offset === "object")
                                message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                    if (object.limit != null)
                        if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                            if ($util.Long)
                                message.limit = $util.Long.fromValue(object.limit, true);
                            else if (typeof object.limit === "string")
                                message.limit = $parseInt(object.limit, 10);
                            else if (typeof object.limit === "number")
                                message.limit = object.limit;
                            else if (typeof object.limit === "object")
                                message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a PageRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.PageRequest
                 * @static
                 * @param {trivium.crossvm.v1.PageRequest} message PageRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PageRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                        else if (typeof message.offset === "number")
                            object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                        else
                            object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                        else if (typeof message.limit === "number")
                            object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                        else
                            object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                    return object;
                };

                /**
                 * Converts this PageRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.PageRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PageRequest.prototype.toJSON = function() {
                    return PageRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PageRequest
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.PageRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PageRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.PageRequest";
                };

                return PageRequest;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @typedef {Object} trivium.crossvm.v1.QueryParamsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof trivium.crossvm.v1
                 * @interface IQueryParamsRequest
                 * @augments trivium.crossvm.v1.QueryParamsRequest.$Properties
                 * @deprecated Use trivium.crossvm.v1.QueryParamsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsRequest.
                 * @typedef {trivium.crossvm.v1.QueryParamsRequest.$Properties} trivium.crossvm.v1.QueryParamsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @constructor
                 * @param {trivium.crossvm.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryParamsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link trivium.crossvm.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.QueryParamsRequest
                 * @static
                 * @param {trivium.crossvm.v1.QueryParamsRequest.$Properties} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryParamsRequest & trivium.crossvm.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.trivium.crossvm.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.QueryParamsRequest
                 * @static
                 * @param {trivium.crossvm.v1.QueryParamsRequest} message QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.QueryParamsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @typedef {Object} trivium.crossvm.v1.QueryParamsResponse.$Properties
                 * @property {trivium.crossvm.v1.Params.$Properties|null} [params] QueryParamsResponse params
                 * @property {string|null} [authority] QueryParamsResponse authority
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof trivium.crossvm.v1
                 * @interface IQueryParamsResponse
                 * @augments trivium.crossvm.v1.QueryParamsResponse.$Properties
                 * @deprecated Use trivium.crossvm.v1.QueryParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsResponse.
                 * @typedef {trivium.crossvm.v1.QueryParamsResponse.$Properties} trivium.crossvm.v1.QueryParamsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @constructor
                 * @param {trivium.crossvm.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryParamsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryParamsResponse params.
                 * @member {trivium.crossvm.v1.Params.$Properties|null|undefined} params
                 * @memberof trivium.crossvm.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * QueryParamsResponse authority.
                 * @member {string} authority
                 * @memberof trivium.crossvm.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.authority = "";

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link trivium.crossvm.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.QueryParamsResponse
                 * @static
                 * @param {trivium.crossvm.v1.QueryParamsResponse.$Properties} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.trivium.crossvm.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority") && message.authority !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.authority);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryParamsResponse & trivium.crossvm.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.trivium.crossvm.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.authority = value;
                                else
                                    delete message.authority;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".trivium.crossvm.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.trivium.crossvm.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    if (object.authority != null)
                        if (typeof object.authority !== "string" || object.authority.length)
                            message.authority = $String(object.authority);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.QueryParamsResponse
                 * @static
                 * @param {trivium.crossvm.v1.QueryParamsResponse} message QueryParamsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.params = null;
                        object.authority = "";
                    }
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.trivium.crossvm.v1.Params.toObject(message.params, options, _depth + 1);
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                        object.authority = message.authority;
                    return object;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.QueryParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryMessageRequest = (function() {

                /**
                 * Properties of a QueryMessageRequest.
                 * @typedef {Object} trivium.crossvm.v1.QueryMessageRequest.$Properties
                 * @property {Long|null} [id] QueryMessageRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryMessageRequest.
                 * @memberof trivium.crossvm.v1
                 * @interface IQueryMessageRequest
                 * @augments trivium.crossvm.v1.QueryMessageRequest.$Properties
                 * @deprecated Use trivium.crossvm.v1.QueryMessageRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryMessageRequest.
                 * @typedef {trivium.crossvm.v1.QueryMessageRequest.$Properties} trivium.crossvm.v1.QueryMessageRequest.$Shape
                 */

                /**
                 * Constructs a new QueryMessageRequest.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a QueryMessageRequest.
                 * @constructor
                 * @param {trivium.crossvm.v1.QueryMessageRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryMessageRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryMessageRequest id.
                 * @member {Long} id
                 * @memberof trivium.crossvm.v1.QueryMessageRequest
                 * @instance
                 */
                QueryMessageRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryMessageRequest message. Does not implicitly {@link trivium.crossvm.v1.QueryMessageRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.QueryMessageRequest
                 * @static
                 * @param {trivium.crossvm.v1.QueryMessageRequest.$Properties} message QueryMessageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMessageRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryMessageRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.QueryMessageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryMessageRequest & trivium.crossvm.v1.QueryMessageRequest.$Shape} QueryMessageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMessageRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.QueryMessageRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a QueryMessageRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.QueryMessageRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.QueryMessageRequest} QueryMessageRequest
                 */
                QueryMessageRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.QueryMessageRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.QueryMessageRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.QueryMessageRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryMessageRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.QueryMessageRequest
                 * @static
                 * @param {trivium.crossvm.v1.QueryMessageRequest} message QueryMessageRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMessageRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                /**
                 * Converts this QueryMessageRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.QueryMessageRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMessageRequest.prototype.toJSON = function() {
                    return QueryMessageRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryMessageRequest
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.QueryMessageRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryMessageRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.QueryMessageRequest";
                };

                return QueryMessageRequest;
            })();

            v1.QueryMessageResponse = (function() {

                /**
                 * Properties of a QueryMessageResponse.
                 * @typedef {Object} trivium.crossvm.v1.QueryMessageResponse.$Properties
                 * @property {trivium.crossvm.v1.CrossVMMessage.$Properties|null} [message] QueryMessageResponse message
                 * @property {boolean|null} [found] QueryMessageResponse found
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryMessageResponse.
                 * @memberof trivium.crossvm.v1
                 * @interface IQueryMessageResponse
                 * @augments trivium.crossvm.v1.QueryMessageResponse.$Properties
                 * @deprecated Use trivium.crossvm.v1.QueryMessageResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryMessageResponse.
                 * @typedef {trivium.crossvm.v1.QueryMessageResponse.$Properties} trivium.crossvm.v1.QueryMessageResponse.$Shape
                 */

                /**
                 * Constructs a new QueryMessageResponse.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a QueryMessageResponse.
                 * @constructor
                 * @param {trivium.crossvm.v1.QueryMessageResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryMessageResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryMessageResponse message.
                 * @member {trivium.crossvm.v1.CrossVMMessage.$Properties|null|undefined} message
                 * @memberof trivium.crossvm.v1.QueryMessageResponse
                 * @instance
                 */
                QueryMessageResponse.prototype.message = null;

                /**
                 * QueryMessageResponse found.
                 * @member {boolean} found
                 * @memberof trivium.crossvm.v1.QueryMessageResponse
                 * @instance
                 */
                QueryMessageResponse.prototype.found = false;

                /**
                 * Encodes the specified QueryMessageResponse message. Does not implicitly {@link trivium.crossvm.v1.QueryMessageResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.QueryMessageResponse
                 * @static
                 * @param {trivium.crossvm.v1.QueryMessageResponse.$Properties} message QueryMessageResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMessageResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        $root.trivium.crossvm.v1.CrossVMMessage.encode(message.message, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.found);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryMessageResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.QueryMessageResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryMessageResponse & trivium.crossvm.v1.QueryMessageResponse.$Shape} QueryMessageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMessageResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.QueryMessageResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.message = $root.trivium.crossvm.v1.CrossVMMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.found = value;
                                else
                                    delete message.found;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a QueryMessageResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.QueryMessageResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.QueryMessageResponse} QueryMessageResponse
                 */
                QueryMessageResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.QueryMessageResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.QueryMessageResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.QueryMessageResponse();
                    if (object.message != null) {
                        if (!$util.isObject(object.message))
                            throw $TypeError(".trivium.crossvm.v1.QueryMessageResponse.message: object expected");
                        message.message = $root.trivium.crossvm.v1.CrossVMMessage.fromObject(object.message, _depth + 1);
                    }
                    if (object.found != null)
                        if (object.found)
                            message.found = $Boolean(object.found);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryMessageResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.QueryMessageResponse
                 * @static
                 * @param {trivium.crossvm.v1.QueryMessageResponse} message QueryMessageResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMessageResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.message = null;
                        object.found = false;
                    }
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = $root.trivium.crossvm.v1.CrossVMMessage.toObject(message.message, options, _depth + 1);
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                        object.found = message.found;
                    return object;
                };

                /**
                 * Converts this QueryMessageResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.QueryMessageResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMessageResponse.prototype.toJSON = function() {
                    return QueryMessageResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryMessageResponse
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.QueryMessageResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryMessageResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.QueryMessageResponse";
                };

                return QueryMessageResponse;
            })();

            v1.QueryPendingMessagesRequest = (function() {

                /**
                 * Properties of a QueryPendingMessagesRequest.
                 * @typedef {Object} trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties
                 * @property {trivium.crossvm.v1.PageRequest.$Properties|null} [pagination] QueryPendingMessagesRequest pagination
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPendingMessagesRequest.
                 * @memberof trivium.crossvm.v1
                 * @interface IQueryPendingMessagesRequest
                 * @augments trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties
                 * @deprecated Use trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryPendingMessagesRequest.
                 * @typedef {trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties} trivium.crossvm.v1.QueryPendingMessagesRequest.$Shape
                 */

                /**
                 * Constructs a new QueryPendingMessagesRequest.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a QueryPendingMessagesRequest.
                 * @constructor
                 * @param {trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPendingMessagesRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPendingMessagesRequest pagination.
                 * @member {trivium.crossvm.v1.PageRequest.$Properties|null|undefined} pagination
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesRequest
                 * @instance
                 */
                QueryPendingMessagesRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryPendingMessagesRequest message. Does not implicitly {@link trivium.crossvm.v1.QueryPendingMessagesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesRequest
                 * @static
                 * @param {trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties} message QueryPendingMessagesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingMessagesRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.trivium.crossvm.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPendingMessagesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryPendingMessagesRequest & trivium.crossvm.v1.QueryPendingMessagesRequest.$Shape} QueryPendingMessagesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingMessagesRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.QueryPendingMessagesRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.trivium.crossvm.v1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a QueryPendingMessagesRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.QueryPendingMessagesRequest} QueryPendingMessagesRequest
                 */
                QueryPendingMessagesRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.QueryPendingMessagesRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.QueryPendingMessagesRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.QueryPendingMessagesRequest();
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".trivium.crossvm.v1.QueryPendingMessagesRequest.pagination: object expected");
                        message.pagination = $root.trivium.crossvm.v1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPendingMessagesRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesRequest
                 * @static
                 * @param {trivium.crossvm.v1.QueryPendingMessagesRequest} message QueryPendingMessagesRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPendingMessagesRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.pagination = null;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.trivium.crossvm.v1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryPendingMessagesRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPendingMessagesRequest.prototype.toJSON = function() {
                    return QueryPendingMessagesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPendingMessagesRequest
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPendingMessagesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.QueryPendingMessagesRequest";
                };

                return QueryPendingMessagesRequest;
            })();

            v1.QueryPendingMessagesResponse = (function() {

                /**
                 * Properties of a QueryPendingMessagesResponse.
                 * @typedef {Object} trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties
                 * @property {Array.<trivium.crossvm.v1.CrossVMMessage.$Properties>|null} [messages] QueryPendingMessagesResponse messages
                 * @property {Long|null} [count] QueryPendingMessagesResponse count
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPendingMessagesResponse.
                 * @memberof trivium.crossvm.v1
                 * @interface IQueryPendingMessagesResponse
                 * @augments trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties
                 * @deprecated Use trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryPendingMessagesResponse.
                 * @typedef {trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties} trivium.crossvm.v1.QueryPendingMessagesResponse.$Shape
                 */

                /**
                 * Constructs a new QueryPendingMessagesResponse.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a QueryPendingMessagesResponse.
                 * @constructor
                 * @param {trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPendingMessagesResponse = function (properties) {
                    this.messages = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPendingMessagesResponse messages.
                 * @member {Array.<trivium.crossvm.v1.CrossVMMessage.$Properties>} messages
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesResponse
                 * @instance
                 */
                QueryPendingMessagesResponse.prototype.messages = $util.emptyArray;

                /**
                 * QueryPendingMessagesResponse count.
                 * @member {Long} count
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesResponse
                 * @instance
                 */
                QueryPendingMessagesResponse.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryPendingMessagesResponse message. Does not implicitly {@link trivium.crossvm.v1.QueryPendingMessagesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesResponse
                 * @static
                 * @param {trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties} message QueryPendingMessagesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingMessagesResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.messages != null && message.messages.length)
                        for (let i = 0; i < message.messages.length; ++i)
                            $root.trivium.crossvm.v1.CrossVMMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.count);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPendingMessagesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryPendingMessagesResponse & trivium.crossvm.v1.QueryPendingMessagesResponse.$Shape} QueryPendingMessagesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingMessagesResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.QueryPendingMessagesResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.messages && message.messages.length))
                                    message.messages = [];
                                message.messages.push($root.trivium.crossvm.v1.CrossVMMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a QueryPendingMessagesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.QueryPendingMessagesResponse} QueryPendingMessagesResponse
                 */
                QueryPendingMessagesResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.QueryPendingMessagesResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.QueryPendingMessagesResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.QueryPendingMessagesResponse();
                    if (object.messages) {
                        if (!$Array.isArray(object.messages))
                            throw $TypeError(".trivium.crossvm.v1.QueryPendingMessagesResponse.messages: array expected");
                        message.messages = $Array(object.messages.length);
                        for (let i = 0; i < object.messages.length; ++i) {
                            if (!$util.isObject(object.messages[i]))
                                throw $TypeError(".trivium.crossvm.v1.QueryPendingMessagesResponse.messages: object expected");
                            message.messages[i] = $root.trivium.crossvm.v1.CrossVMMessage.fromObject(object.messages[i], _depth + 1);
                        }
                    }
                    if (object.count != null)
                        if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                            if ($util.Long)
                                message.count = $util.Long.fromValue(object.count, true);
                            else if (typeof object.count === "string")
                                message.count = $parseInt(object.count, 10);
                            else if (typeof object.count === "number")
                                message.count = object.count;
                            else if (typeof object.count === "object")
                                message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPendingMessagesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesResponse
                 * @static
                 * @param {trivium.crossvm.v1.QueryPendingMessagesResponse} message QueryPendingMessagesResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPendingMessagesResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.messages = [];
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.messages && message.messages.length) {
                        object.messages = $Array(message.messages.length);
                        for (let j = 0; j < message.messages.length; ++j)
                            object.messages[j] = $root.trivium.crossvm.v1.CrossVMMessage.toObject(message.messages[j], options, _depth + 1);
                    }
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                        else if (typeof message.count === "number")
                            object.count = options.longs === $String ? $String(message.count) : message.count;
                        else
                            object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                    return object;
                };

                /**
                 * Converts this QueryPendingMessagesResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPendingMessagesResponse.prototype.toJSON = function() {
                    return QueryPendingMessagesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPendingMessagesResponse
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.QueryPendingMessagesResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPendingMessagesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.QueryPendingMessagesResponse";
                };

                return QueryPendingMessagesResponse;
            })();

            v1.QueryMessagesBySenderRequest = (function() {

                /**
                 * Properties of a QueryMessagesBySenderRequest.
                 * @typedef {Object} trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties
                 * @property {string|null} [sender] QueryMessagesBySenderRequest sender
                 * @property {trivium.crossvm.v1.PageRequest.$Properties|null} [pagination] QueryMessagesBySenderRequest pagination
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryMessagesBySenderRequest.
                 * @memberof trivium.crossvm.v1
                 * @interface IQueryMessagesBySenderRequest
                 * @augments trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties
                 * @deprecated Use trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryMessagesBySenderRequest.
                 * @typedef {trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties} trivium.crossvm.v1.QueryMessagesBySenderRequest.$Shape
                 */

                /**
                 * Constructs a new QueryMessagesBySenderRequest.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a QueryMessagesBySenderRequest.
                 * @constructor
                 * @param {trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryMessagesBySenderRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryMessagesBySenderRequest sender.
                 * @member {string} sender
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderRequest
                 * @instance
                 */
                QueryMessagesBySenderRequest.prototype.sender = "";

                /**
                 * QueryMessagesBySenderRequest pagination.
                 * @member {trivium.crossvm.v1.PageRequest.$Properties|null|undefined} pagination
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderRequest
                 * @instance
                 */
                QueryMessagesBySenderRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryMessagesBySenderRequest message. Does not implicitly {@link trivium.crossvm.v1.QueryMessagesBySenderRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderRequest
                 * @static
                 * @param {trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties} message QueryMessagesBySenderRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMessagesBySenderRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.trivium.crossvm.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryMessagesBySenderRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryMessagesBySenderRequest & trivium.crossvm.v1.QueryMessagesBySenderRequest.$Shape} QueryMessagesBySenderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMessagesBySenderRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.QueryMessagesBySenderRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.trivium.crossvm.v1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a QueryMessagesBySenderRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.QueryMessagesBySenderRequest} QueryMessagesBySenderRequest
                 */
                QueryMessagesBySenderRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.QueryMessagesBySenderRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.QueryMessagesBySenderRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.QueryMessagesBySenderRequest();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".trivium.crossvm.v1.QueryMessagesBySenderRequest.pagination: object expected");
                        message.pagination = $root.trivium.crossvm.v1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryMessagesBySenderRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderRequest
                 * @static
                 * @param {trivium.crossvm.v1.QueryMessagesBySenderRequest} message QueryMessagesBySenderRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMessagesBySenderRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.pagination = null;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.trivium.crossvm.v1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryMessagesBySenderRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMessagesBySenderRequest.prototype.toJSON = function() {
                    return QueryMessagesBySenderRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryMessagesBySenderRequest
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryMessagesBySenderRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.QueryMessagesBySenderRequest";
                };

                return QueryMessagesBySenderRequest;
            })();

            v1.QueryMessagesBySenderResponse = (function() {

                /**
                 * Properties of a QueryMessagesBySenderResponse.
                 * @typedef {Object} trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties
                 * @property {Array.<trivium.crossvm.v1.CrossVMMessage.$Properties>|null} [messages] QueryMessagesBySenderResponse messages
                 * @property {Long|null} [count] QueryMessagesBySenderResponse count
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryMessagesBySenderResponse.
                 * @memberof trivium.crossvm.v1
                 * @interface IQueryMessagesBySenderResponse
                 * @augments trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties
                 * @deprecated Use trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryMessagesBySenderResponse.
                 * @typedef {trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties} trivium.crossvm.v1.QueryMessagesBySenderResponse.$Shape
                 */

                /**
                 * Constructs a new QueryMessagesBySenderResponse.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a QueryMessagesBySenderResponse.
                 * @constructor
                 * @param {trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryMessagesBySenderResponse = function (properties) {
                    this.messages = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryMessagesBySenderResponse messages.
                 * @member {Array.<trivium.crossvm.v1.CrossVMMessage.$Properties>} messages
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderResponse
                 * @instance
                 */
                QueryMessagesBySenderResponse.prototype.messages = $util.emptyArray;

                /**
                 * QueryMessagesBySenderResponse count.
                 * @member {Long} count
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderResponse
                 * @instance
                 */
                QueryMessagesBySenderResponse.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryMessagesBySenderResponse message. Does not implicitly {@link trivium.crossvm.v1.QueryMessagesBySenderResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderResponse
                 * @static
                 * @param {trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties} message QueryMessagesBySenderResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMessagesBySenderResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.messages != null && message.messages.length)
                        for (let i = 0; i < message.messages.length; ++i)
                            $root.trivium.crossvm.v1.CrossVMMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.count);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryMessagesBySenderResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryMessagesBySenderResponse & trivium.crossvm.v1.QueryMessagesBySenderResponse.$Shape} QueryMessagesBySenderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMessagesBySenderResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.QueryMessagesBySenderResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.messages && message.messages.length))
                                    message.messages = [];
                                message.messages.push($root.trivium.crossvm.v1.CrossVMMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a QueryMessagesBySenderResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.QueryMessagesBySenderResponse} QueryMessagesBySenderResponse
                 */
                QueryMessagesBySenderResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.QueryMessagesBySenderResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.QueryMessagesBySenderResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.QueryMessagesBySenderResponse();
                    if (object.messages) {
                        if (!$Array.isArray(object.messages))
                            throw $TypeError(".trivium.crossvm.v1.QueryMessagesBySenderResponse.messages: array expected");
                        message.messages = $Array(object.messages.length);
                        for (let i = 0; i < object.messages.length; ++i) {
                            if (!$util.isObject(object.messages[i]))
                                throw $TypeError(".trivium.crossvm.v1.QueryMessagesBySenderResponse.messages: object expected");
                            message.messages[i] = $root.trivium.crossvm.v1.CrossVMMessage.fromObject(object.messages[i], _depth + 1);
                        }
                    }
                    if (object.count != null)
                        if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                            if ($util.Long)
                                message.count = $util.Long.fromValue(object.count, true);
                            else if (typeof object.count === "string")
                                message.count = $parseInt(object.count, 10);
                            else if (typeof object.count === "number")
                                message.count = object.count;
                            else if (typeof object.count === "object")
                                message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryMessagesBySenderResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderResponse
                 * @static
                 * @param {trivium.crossvm.v1.QueryMessagesBySenderResponse} message QueryMessagesBySenderResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMessagesBySenderResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.messages = [];
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.messages && message.messages.length) {
                        object.messages = $Array(message.messages.length);
                        for (let j = 0; j < message.messages.length; ++j)
                            object.messages[j] = $root.trivium.crossvm.v1.CrossVMMessage.toObject(message.messages[j], options, _depth + 1);
                    }
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                        else if (typeof message.count === "number")
                            object.count = options.longs === $String ? $String(message.count) : message.count;
                        else
                            object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                    return object;
                };

                /**
                 * Converts this QueryMessagesBySenderResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMessagesBySenderResponse.prototype.toJSON = function() {
                    return QueryMessagesBySenderResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryMessagesBySenderResponse
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.QueryMessagesBySenderResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryMessagesBySenderResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.QueryMessagesBySenderResponse";
                };

                return QueryMessagesBySenderResponse;
            })();

            v1.MsgCrossVMCall = (function() {

                /**
                 * Properties of a MsgCrossVMCall.
                 * @typedef {Object} trivium.crossvm.v1.MsgCrossVMCall.$Properties
                 * @property {string|null} [sender] MsgCrossVMCall sender
                 * @property {string|null} [sourceVm] MsgCrossVMCall sourceVm
                 * @property {string|null} [targetVm] MsgCrossVMCall targetVm
                 * @property {string|null} [targetContract] MsgCrossVMCall targetContract
                 * @property {Uint8Array|null} [payload] MsgCrossVMCall payload
                 * @property {Array.<cosmos.base.v1beta1.Coin.$Properties>|null} [funds] MsgCrossVMCall funds
                 * @property {boolean|null} [async] MsgCrossVMCall async
                 * @property {Long|null} [gasLimit] MsgCrossVMCall gasLimit
                 * @property {boolean|null} [callback] MsgCrossVMCall callback
                 * @property {Array.<trivium.crossvm.v1.AccountMeta.$Properties>|null} [accounts] MsgCrossVMCall accounts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgCrossVMCall.
                 * @memberof trivium.crossvm.v1
                 * @interface IMsgCrossVMCall
                 * @augments trivium.crossvm.v1.MsgCrossVMCall.$Properties
                 * @deprecated Use trivium.crossvm.v1.MsgCrossVMCall.$Properties instead.
                 */

                /**
                 * Shape of a MsgCrossVMCall.
                 * @typedef {trivium.crossvm.v1.MsgCrossVMCall.$Properties} trivium.crossvm.v1.MsgCrossVMCall.$Shape
                 */

                /**
                 * Constructs a new MsgCrossVMCall.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a MsgCrossVMCall.
                 * @constructor
                 * @param {trivium.crossvm.v1.MsgCrossVMCall.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgCrossVMCall = function (properties) {
                    this.funds = [];
                    this.accounts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgCrossVMCall sender.
                 * @member {string} sender
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.sender = "";

                /**
                 * MsgCrossVMCall sourceVm.
                 * @member {string} sourceVm
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.sourceVm = "";

                /**
                 * MsgCrossVMCall targetVm.
                 * @member {string} targetVm
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.targetVm = "";

                /**
                 * MsgCrossVMCall targetContract.
                 * @member {string} targetContract
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.targetContract = "";

                /**
                 * MsgCrossVMCall payload.
                 * @member {Uint8Array} payload
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.payload = $util.newBuffer([]);

                /**
                 * MsgCrossVMCall funds.
                 * @member {Array.<cosmos.base.v1beta1.Coin.$Properties>} funds
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.funds = $util.emptyArray;

                /**
                 * MsgCrossVMCall async.
                 * @member {boolean} async
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.async = false;

                /**
                 * MsgCrossVMCall gasLimit.
                 * @member {Long} gasLimit
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.gasLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgCrossVMCall callback.
                 * @member {boolean} callback
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.callback = false;

                /**
                 * MsgCrossVMCall accounts.
                 * @member {Array.<trivium.crossvm.v1.AccountMeta.$Properties>} accounts
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 */
                MsgCrossVMCall.prototype.accounts = $util.emptyArray;

                /**
                 * Encodes the specified MsgCrossVMCall message. Does not implicitly {@link trivium.crossvm.v1.MsgCrossVMCall.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @static
                 * @param {trivium.crossvm.v1.MsgCrossVMCall.$Properties} message MsgCrossVMCall message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCrossVMCall.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.sourceVm != null && $Object.hasOwnProperty.call(message, "sourceVm") && message.sourceVm !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceVm);
                    if (message.targetVm != null && $Object.hasOwnProperty.call(message, "targetVm") && message.targetVm !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.targetVm);
                    if (message.targetContract != null && $Object.hasOwnProperty.call(message, "targetContract") && message.targetContract !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.targetContract);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.payload);
                    if (message.funds != null && message.funds.length)
                        for (let i = 0; i < message.funds.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.funds[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.async != null && $Object.hasOwnProperty.call(message, "async") && message.async !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.async);
                    if (message.gasLimit != null && $Object.hasOwnProperty.call(message, "gasLimit") && (typeof message.gasLimit === "object" ? message.gasLimit.low || message.gasLimit.high : message.gasLimit !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.gasLimit);
                    if (message.callback != null && $Object.hasOwnProperty.call(message, "callback") && message.callback !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.callback);
                    if (message.accounts != null && message.accounts.length)
                        for (let i = 0; i < message.accounts.length; ++i)
                            $root.trivium.crossvm.v1.AccountMeta.encode(message.accounts[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgCrossVMCall message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgCrossVMCall & trivium.crossvm.v1.MsgCrossVMCall.$Shape} MsgCrossVMCall
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCrossVMCall.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.MsgCrossVMCall();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sourceVm = value;
                                else
                                    delete message.sourceVm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.targetVm = value;
                                else
                                    delete message.targetVm;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.targetContract = value;
                                else
                                    delete message.targetContract;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.funds && message.funds.length))
                                    message.funds = [];
                                message.funds.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.async = value;
                                else
                                    delete message.async;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gasLimit = value;
                                else
                                    delete message.gasLimit;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.callback = value;
                                else
                                    delete message.callback;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.accounts && message.accounts.length))
                                    message.accounts = [];
                                message.accounts.push($root.trivium.crossvm.v1.AccountMeta.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MsgCrossVMCall message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.MsgCrossVMCall} MsgCrossVMCall
                 */
                MsgCrossVMCall.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.MsgCrossVMCall)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.MsgCrossVMCall: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.MsgCrossVMCall();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.sourceVm != null)
                        if (typeof object.sourceVm !== "string" || object.sourceVm.length)
                            message.sourceVm = $String(object.sourceVm);
                    if (object.targetVm != null)
                        if (typeof object.targetVm !== "string" || object.targetVm.length)
                            message.targetVm = $String(object.targetVm);
                    if (object.targetContract != null)
                        if (typeof object.targetContract !== "string" || object.targetContract.length)
                            message.targetContract = $String(object.targetContract);
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    if (object.funds) {
                        if (!$Array.isArray(object.funds))
                            throw $TypeError(".trivium.crossvm.v1.MsgCrossVMCall.funds: array expected");
                        message.funds = $Array(object.funds.length);
                        for (let i = 0; i < object.funds.length; ++i) {
                            if (!$util.isObject(object.funds[i]))
                                throw $TypeError(".trivium.crossvm.v1.MsgCrossVMCall.funds: object expected");
                            message.funds[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.funds[i], _depth + 1);
                        }
                    }
                    if (object.async != null)
                        if (object.async)
                            message.async = $Boolean(object.async);
                    if (object.gasLimit != null)
                        if (typeof object.gasLimit === "object" ? object.gasLimit.low || object.gasLimit.high : $Number(object.gasLimit) !== 0)
                            if ($util.Long)
                                message.gasLimit = $util.Long.fromValue(object.gasLimit, true);
                            else if (typeof object.gasLimit === "string")
                                message.gasLimit = $parseInt(object.gasLimit, 10);
                            else if (typeof object.gasLimit === "number")
                                message.gasLimit = object.gasLimit;
                            else if (typeof object.gasLimit === "object")
                                message.gasLimit = new $util.LongBits(object.gasLimit.low >>> 0, object.gasLimit.high >>> 0).toNumber(true);
                    if (object.callback != null)
                        if (object.callback)
                            message.callback = $Boolean(object.callback);
                    if (object.accounts) {
                        if (!$Array.isArray(object.accounts))
                            throw $TypeError(".trivium.crossvm.v1.MsgCrossVMCall.accounts: array expected");
                        message.accounts = $Array(object.accounts.length);
                        for (let i = 0; i < object.accounts.length; ++i) {
                            if (!$util.isObject(object.accounts[i]))
                                throw $TypeError(".trivium.crossvm.v1.MsgCrossVMCall.accounts: object expected");
                            message.accounts[i] = $root.trivium.crossvm.v1.AccountMeta.fromObject(object.accounts[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MsgCrossVMCall message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @static
                 * @param {trivium.crossvm.v1.MsgCrossVMCall} message MsgCrossVMCall
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgCrossVMCall.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.funds = [];
                        object.accounts = [];
                    }
                    if (options.defaults) {
                        object.sender = "";
                        object.sourceVm = "";
                        object.targetVm = "";
                        object.targetContract = "";
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                        object.async = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gasLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gasLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.callback = false;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.sourceVm != null && $Object.hasOwnProperty.call(message, "sourceVm"))
                        object.sourceVm = message.sourceVm;
                    if (message.targetVm != null && $Object.hasOwnProperty.call(message, "targetVm"))
                        object.targetVm = message.targetVm;
                    if (message.targetContract != null && $Object.hasOwnProperty.call(message, "targetContract"))
                        object.targetContract = message.targetContract;
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    if (message.funds && message.funds.length) {
                        object.funds = $Array(message.funds.length);
                        for (let j = 0; j < message.funds.length; ++j)
                            object.funds[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.funds[j], options, _depth + 1);
                    }
                    if (message.async != null && $Object.hasOwnProperty.call(message, "async"))
                        object.async = message.async;
                    if (message.gasLimit != null && $Object.hasOwnProperty.call(message, "gasLimit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gasLimit = typeof message.gasLimit === "number" ? $BigInt(message.gasLimit) : $util.Long.fromBits(message.gasLimit.low >>> 0, message.gasLimit.high >>> 0, true).toBigInt();
                        else if (typeof message.gasLimit === "number")
                            object.gasLimit = options.longs === $String ? $String(message.gasLimit) : message.gasLimit;
                        else
                            object.gasLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.gasLimit) : options.longs === $Number ? new $util.LongBits(message.gasLimit.low >>> 0, message.gasLimit.high >>> 0).toNumber(true) : message.gasLimit;
                    if (message.callback != null && $Object.hasOwnProperty.call(message, "callback"))
                        object.callback = message.callback;
                    if (message.accounts && message.accounts.length) {
                        object.accounts = $Array(message.accounts.length);
                        for (let j = 0; j < message.accounts.length; ++j)
                            object.accounts[j] = $root.trivium.crossvm.v1.AccountMeta.toObject(message.accounts[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this MsgCrossVMCall to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgCrossVMCall.prototype.toJSON = function() {
                    return MsgCrossVMCall.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgCrossVMCall
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.MsgCrossVMCall
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgCrossVMCall.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.MsgCrossVMCall";
                };

                return MsgCrossVMCall;
            })();

            v1.MsgCrossVMCallResponse = (function() {

                /**
                 * Properties of a MsgCrossVMCallResponse.
                 * @typedef {Object} trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties
                 * @property {Long|null} [messageId] MsgCrossVMCallResponse messageId
                 * @property {boolean|null} [executed] MsgCrossVMCallResponse executed
                 * @property {Uint8Array|null} [data] MsgCrossVMCallResponse data
                 * @property {Long|null} [gasUsed] MsgCrossVMCallResponse gasUsed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgCrossVMCallResponse.
                 * @memberof trivium.crossvm.v1
                 * @interface IMsgCrossVMCallResponse
                 * @augments trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties
                 * @deprecated Use trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgCrossVMCallResponse.
                 * @typedef {trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties} trivium.crossvm.v1.MsgCrossVMCallResponse.$Shape
                 */

                /**
                 * Constructs a new MsgCrossVMCallResponse.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a MsgCrossVMCallResponse.
                 * @constructor
                 * @param {trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgCrossVMCallResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgCrossVMCallResponse messageId.
                 * @member {Long} messageId
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @instance
                 */
                MsgCrossVMCallResponse.prototype.messageId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgCrossVMCallResponse executed.
                 * @member {boolean} executed
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @instance
                 */
                MsgCrossVMCallResponse.prototype.executed = false;

                /**
                 * MsgCrossVMCallResponse data.
                 * @member {Uint8Array} data
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @instance
                 */
                MsgCrossVMCallResponse.prototype.data = $util.newBuffer([]);

                /**
                 * MsgCrossVMCallResponse gasUsed.
                 * @member {Long} gasUsed
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @instance
                 */
                MsgCrossVMCallResponse.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified MsgCrossVMCallResponse message. Does not implicitly {@link trivium.crossvm.v1.MsgCrossVMCallResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @static
                 * @param {trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties} message MsgCrossVMCallResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCrossVMCallResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && (typeof message.messageId === "object" ? message.messageId.low || message.messageId.high : message.messageId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.messageId);
                    if (message.executed != null && $Object.hasOwnProperty.call(message, "executed") && message.executed !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.executed);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                    if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed") && (typeof message.gasUsed === "object" ? message.gasUsed.low || message.gasUsed.high : message.gasUsed !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.gasUsed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgCrossVMCallResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgCrossVMCallResponse & trivium.crossvm.v1.MsgCrossVMCallResponse.$Shape} MsgCrossVMCallResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCrossVMCallResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.MsgCrossVMCallResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.executed = value;
                                else
                                    delete message.executed;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gasUsed = value;
                                else
                                    delete message.gasUsed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MsgCrossVMCallResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.MsgCrossVMCallResponse} MsgCrossVMCallResponse
                 */
                MsgCrossVMCallResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.MsgCrossVMCallResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.MsgCrossVMCallResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.MsgCrossVMCallResponse();
                    if (object.messageId != null)
                        if (typeof object.messageId === "object" ? object.messageId.low || object.messageId.high : $Number(object.messageId) !== 0)
                            if ($util.Long)
                                message.messageId = $util.Long.fromValue(object.messageId, true);
                            else if (typeof object.messageId === "string")
                                message.messageId = $parseInt(object.messageId, 10);
                            else if (typeof object.messageId === "number")
                                message.messageId = object.messageId;
                            else if (typeof object.messageId === "object")
                                message.messageId = new $util.LongBits(object.messageId.low >>> 0, object.messageId.high >>> 0).toNumber(true);
                    if (object.executed != null)
                        if (object.executed)
                            message.executed = $Boolean(object.executed);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.gasUsed != null)
                        if (typeof object.gasUsed === "object" ? object.gasUsed.low || object.gasUsed.high : $Number(object.gasUsed) !== 0)
                            if ($util.Long)
                                message.gasUsed = $util.Long.fromValue(object.gasUsed, true);
                            else if (typeof object.gasUsed === "string")
                                message.gasUsed = $parseInt(object.gasUsed, 10);
                            else if (typeof object.gasUsed === "number")
                                message.gasUsed = object.gasUsed;
                            else if (typeof object.gasUsed === "object")
                                message.gasUsed = new $util.LongBits(object.gasUsed.low >>> 0, object.gasUsed.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgCrossVMCallResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @static
                 * @param {trivium.crossvm.v1.MsgCrossVMCallResponse} message MsgCrossVMCallResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgCrossVMCallResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.messageId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.messageId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.executed = false;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gasUsed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gasUsed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.messageId = typeof message.messageId === "number" ? $BigInt(message.messageId) : $util.Long.fromBits(message.messageId.low >>> 0, message.messageId.high >>> 0, true).toBigInt();
                        else if (typeof message.messageId === "number")
                            object.messageId = options.longs === $String ? $String(message.messageId) : message.messageId;
                        else
                            object.messageId = options.longs === $String ? $util.Long.prototype.toString.call(message.messageId) : options.longs === $Number ? new $util.LongBits(message.messageId.low >>> 0, message.messageId.high >>> 0).toNumber(true) : message.messageId;
                    if (message.executed != null && $Object.hasOwnProperty.call(message, "executed"))
                        object.executed = message.executed;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gasUsed = typeof message.gasUsed === "number" ? $BigInt(message.gasUsed) : $util.Long.fromBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0, true).toBigInt();
                        else if (typeof message.gasUsed === "number")
                            object.gasUsed = options.longs === $String ? $String(message.gasUsed) : message.gasUsed;
                        else
                            object.gasUsed = options.longs === $String ? $util.Long.prototype.toString.call(message.gasUsed) : options.longs === $Number ? new $util.LongBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0).toNumber(true) : message.gasUsed;
                    return object;
                };

                /**
                 * Converts this MsgCrossVMCallResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgCrossVMCallResponse.prototype.toJSON = function() {
                    return MsgCrossVMCallResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgCrossVMCallResponse
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.MsgCrossVMCallResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgCrossVMCallResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.MsgCrossVMCallResponse";
                };

                return MsgCrossVMCallResponse;
            })();

            v1.MsgUpdateParams = (function() {

                /**
                 * Properties of a MsgUpdateParams.
                 * @typedef {Object} trivium.crossvm.v1.MsgUpdateParams.$Properties
                 * @property {string|null} [authority] MsgUpdateParams authority
                 * @property {trivium.crossvm.v1.Params.$Properties|null} [params] MsgUpdateParams params
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgUpdateParams.
                 * @memberof trivium.crossvm.v1
                 * @interface IMsgUpdateParams
                 * @augments trivium.crossvm.v1.MsgUpdateParams.$Properties
                 * @deprecated Use trivium.crossvm.v1.MsgUpdateParams.$Properties instead.
                 */

                /**
                 * Shape of a MsgUpdateParams.
                 * @typedef {trivium.crossvm.v1.MsgUpdateParams.$Properties} trivium.crossvm.v1.MsgUpdateParams.$Shape
                 */

                /**
                 * Constructs a new MsgUpdateParams.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a MsgUpdateParams.
                 * @constructor
                 * @param {trivium.crossvm.v1.MsgUpdateParams.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgUpdateParams = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgUpdateParams authority.
                 * @member {string} authority
                 * @memberof trivium.crossvm.v1.MsgUpdateParams
                 * @instance
                 */
                MsgUpdateParams.prototype.authority = "";

                /**
                 * MsgUpdateParams params.
                 * @member {trivium.crossvm.v1.Params.$Properties|null|undefined} params
                 * @memberof trivium.crossvm.v1.MsgUpdateParams
                 * @instance
                 */
                MsgUpdateParams.prototype.params = null;

                /**
                 * Encodes the specified MsgUpdateParams message. Does not implicitly {@link trivium.crossvm.v1.MsgUpdateParams.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.MsgUpdateParams
                 * @static
                 * @param {trivium.crossvm.v1.MsgUpdateParams.$Properties} message MsgUpdateParams message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUpdateParams.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority") && message.authority !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.authority);
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.trivium.crossvm.v1.Params.encode(message.params, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.MsgUpdateParams
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgUpdateParams & trivium.crossvm.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUpdateParams.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.MsgUpdateParams();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.authority = value;
                                else
                                    delete message.authority;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.trivium.crossvm.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MsgUpdateParams message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.MsgUpdateParams
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.MsgUpdateParams} MsgUpdateParams
                 */
                MsgUpdateParams.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.MsgUpdateParams)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.MsgUpdateParams: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.MsgUpdateParams();
                    if (object.authority != null)
                        if (typeof object.authority !== "string" || object.authority.length)
                            message.authority = $String(object.authority);
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".trivium.crossvm.v1.MsgUpdateParams.params: object expected");
                        message.params = $root.trivium.crossvm.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MsgUpdateParams message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.MsgUpdateParams
                 * @static
                 * @param {trivium.crossvm.v1.MsgUpdateParams} message MsgUpdateParams
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgUpdateParams.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.authority = "";
                        object.params = null;
                    }
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                        object.authority = message.authority;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.trivium.crossvm.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this MsgUpdateParams to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.MsgUpdateParams
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgUpdateParams.prototype.toJSON = function() {
                    return MsgUpdateParams.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgUpdateParams
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.MsgUpdateParams
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgUpdateParams.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.MsgUpdateParams";
                };

                return MsgUpdateParams;
            })();

            v1.MsgUpdateParamsResponse = (function() {

                /**
                 * Properties of a MsgUpdateParamsResponse.
                 * @typedef {Object} trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgUpdateParamsResponse.
                 * @memberof trivium.crossvm.v1
                 * @interface IMsgUpdateParamsResponse
                 * @augments trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties
                 * @deprecated Use trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgUpdateParamsResponse.
                 * @typedef {trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties} trivium.crossvm.v1.MsgUpdateParamsResponse.$Shape
                 */

                /**
                 * Constructs a new MsgUpdateParamsResponse.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a MsgUpdateParamsResponse.
                 * @constructor
                 * @param {trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgUpdateParamsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Encodes the specified MsgUpdateParamsResponse message. Does not implicitly {@link trivium.crossvm.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.MsgUpdateParamsResponse
                 * @static
                 * @param {trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties} message MsgUpdateParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUpdateParamsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.MsgUpdateParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgUpdateParamsResponse & trivium.crossvm.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUpdateParamsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.MsgUpdateParamsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MsgUpdateParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.MsgUpdateParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.MsgUpdateParamsResponse} MsgUpdateParamsResponse
                 */
                MsgUpdateParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.MsgUpdateParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.MsgUpdateParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.trivium.crossvm.v1.MsgUpdateParamsResponse();
                };

                /**
                 * Creates a plain object from a MsgUpdateParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.MsgUpdateParamsResponse
                 * @static
                 * @param {trivium.crossvm.v1.MsgUpdateParamsResponse} message MsgUpdateParamsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgUpdateParamsResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgUpdateParamsResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.MsgUpdateParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgUpdateParamsResponse.prototype.toJSON = function() {
                    return MsgUpdateParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgUpdateParamsResponse
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.MsgUpdateParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgUpdateParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.MsgUpdateParamsResponse";
                };

                return MsgUpdateParamsResponse;
            })();

            v1.MsgInjectFault = (function() {

                /**
                 * Properties of a MsgInjectFault.
                 * @typedef {Object} trivium.crossvm.v1.MsgInjectFault.$Properties
                 * @property {string|null} [authority] MsgInjectFault authority
                 * @property {Long|null} [messageId] MsgInjectFault messageId
                 * @property {string|null} [outcome] MsgInjectFault outcome
                 * @property {Long|null} [blocks] MsgInjectFault blocks
                 * @property {string|null} [reason] MsgInjectFault reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgInjectFault.
                 * @memberof trivium.crossvm.v1
                 * @interface IMsgInjectFault
                 * @augments trivium.crossvm.v1.MsgInjectFault.$Properties
                 * @deprecated Use trivium.crossvm.v1.MsgInjectFault.$Properties instead.
                 */

                /**
                 * Shape of a MsgInjectFault.
                 * @typedef {trivium.crossvm.v1.MsgInjectFault.$Properties} trivium.crossvm.v1.MsgInjectFault.$Shape
                 */

                /**
                 * Constructs a new MsgInjectFault.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a MsgInjectFault.
                 * @constructor
                 * @param {trivium.crossvm.v1.MsgInjectFault.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgInjectFault = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgInjectFault authority.
                 * @member {string} authority
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @instance
                 */
                MsgInjectFault.prototype.authority = "";

                /**
                 * MsgInjectFault messageId.
                 * @member {Long} messageId
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @instance
                 */
                MsgInjectFault.prototype.messageId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgInjectFault outcome.
                 * @member {string} outcome
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @instance
                 */
                MsgInjectFault.prototype.outcome = "";

                /**
                 * MsgInjectFault blocks.
                 * @member {Long} blocks
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @instance
                 */
                MsgInjectFault.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgInjectFault reason.
                 * @member {string} reason
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @instance
                 */
                MsgInjectFault.prototype.reason = "";

                /**
                 * Encodes the specified MsgInjectFault message. Does not implicitly {@link trivium.crossvm.v1.MsgInjectFault.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @static
                 * @param {trivium.crossvm.v1.MsgInjectFault.$Properties} message MsgInjectFault message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgInjectFault.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority") && message.authority !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.authority);
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && (typeof message.messageId === "object" ? message.messageId.low || message.messageId.high : message.messageId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.messageId);
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.outcome);
                    if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks") && (typeof message.blocks === "object" ? message.blocks.low || message.blocks.high : message.blocks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.blocks);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgInjectFault message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgInjectFault & trivium.crossvm.v1.MsgInjectFault.$Shape} MsgInjectFault
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgInjectFault.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.MsgInjectFault();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.authority = value;
                                else
                                    delete message.authority;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outcome = value;
                                else
                                    delete message.outcome;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.blocks = value;
                                else
                                    delete message.blocks;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MsgInjectFault message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.MsgInjectFault} MsgInjectFault
                 */
                MsgInjectFault.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.MsgInjectFault)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.MsgInjectFault: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.crossvm.v1.MsgInjectFault();
                    if (object.authority != null)
                        if (typeof object.authority !== "string" || object.authority.length)
                            message.authority = $String(object.authority);
                    if (object.messageId != null)
                        if (typeof object.messageId === "object" ? object.messageId.low || object.messageId.high : $Number(object.messageId) !== 0)
                            if ($util.Long)
                                message.messageId = $util.Long.fromValue(object.messageId, true);
                            else if (typeof object.messageId === "string")
                                message.messageId = $parseInt(object.messageId, 10);
                            else if (typeof object.messageId === "number")
                                message.messageId = object.messageId;
                            else if (typeof object.messageId === "object")
                                message.messageId = new $util.LongBits(object.messageId.low >>> 0, object.messageId.high >>> 0).toNumber(true);
                    if (object.outcome != null)
                        if (typeof object.outcome !== "string" || object.outcome.length)
                            message.outcome = $String(object.outcome);
                    if (object.blocks != null)
                        if (typeof object.blocks === "object" ? object.blocks.low || object.blocks.high : $Number(object.blocks) !== 0)
                            if ($util.Long)
                                message.blocks = $util.Long.fromValue(object.blocks, true);
                            else if (typeof object.blocks === "string")
                                message.blocks = $parseInt(object.blocks, 10);
                            else if (typeof object.blocks === "number")
                                message.blocks = object.blocks;
                            else if (typeof object.blocks === "object")
                                message.blocks = new $util.LongBits(object.blocks.low >>> 0, object.blocks.high >>> 0).toNumber(true);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgInjectFault message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @static
                 * @param {trivium.crossvm.v1.MsgInjectFault} message MsgInjectFault
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgInjectFault.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.authority = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.messageId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.messageId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.outcome = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.blocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.blocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.reason = "";
                    }
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                        object.authority = message.authority;
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.messageId = typeof message.messageId === "number" ? $BigInt(message.messageId) : $util.Long.fromBits(message.messageId.low >>> 0, message.messageId.high >>> 0, true).toBigInt();
                        else if (typeof message.messageId === "number")
                            object.messageId = options.longs === $String ? $String(message.messageId) : message.messageId;
                        else
                            object.messageId = options.longs === $String ? $util.Long.prototype.toString.call(message.messageId) : options.longs === $Number ? new $util.LongBits(message.messageId.low >>> 0, message.messageId.high >>> 0).toNumber(true) : message.messageId;
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                        object.outcome = message.outcome;
                    if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.blocks = typeof message.blocks === "number" ? $BigInt(message.blocks) : $util.Long.fromBits(message.blocks.low >>> 0, message.blocks.high >>> 0, true).toBigInt();
                        else if (typeof message.blocks === "number")
                            object.blocks = options.longs === $String ? $String(message.blocks) : message.blocks;
                        else
                            object.blocks = options.longs === $String ? $util.Long.prototype.toString.call(message.blocks) : options.longs === $Number ? new $util.LongBits(message.blocks.low >>> 0, message.blocks.high >>> 0).toNumber(true) : message.blocks;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this MsgInjectFault to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgInjectFault.prototype.toJSON = function() {
                    return MsgInjectFault.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgInjectFault
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.MsgInjectFault
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgInjectFault.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.MsgInjectFault";
                };

                return MsgInjectFault;
            })();

            v1.MsgInjectFaultResponse = (function() {

                /**
                 * Properties of a MsgInjectFaultResponse.
                 * @typedef {Object} trivium.crossvm.v1.MsgInjectFaultResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgInjectFaultResponse.
                 * @memberof trivium.crossvm.v1
                 * @interface IMsgInjectFaultResponse
                 * @augments trivium.crossvm.v1.MsgInjectFaultResponse.$Properties
                 * @deprecated Use trivium.crossvm.v1.MsgInjectFaultResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgInjectFaultResponse.
                 * @typedef {trivium.crossvm.v1.MsgInjectFaultResponse.$Properties} trivium.crossvm.v1.MsgInjectFaultResponse.$Shape
                 */

                /**
                 * Constructs a new MsgInjectFaultResponse.
                 * @memberof trivium.crossvm.v1
                 * @classdesc Represents a MsgInjectFaultResponse.
                 * @constructor
                 * @param {trivium.crossvm.v1.MsgInjectFaultResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgInjectFaultResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Encodes the specified MsgInjectFaultResponse message. Does not implicitly {@link trivium.crossvm.v1.MsgInjectFaultResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.crossvm.v1.MsgInjectFaultResponse
                 * @static
                 * @param {trivium.crossvm.v1.MsgInjectFaultResponse.$Properties} message MsgInjectFaultResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgInjectFaultResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgInjectFaultResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.crossvm.v1.MsgInjectFaultResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgInjectFaultResponse & trivium.crossvm.v1.MsgInjectFaultResponse.$Shape} MsgInjectFaultResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgInjectFaultResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trivium.crossvm.v1.MsgInjectFaultResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MsgInjectFaultResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.crossvm.v1.MsgInjectFaultResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.crossvm.v1.MsgInjectFaultResponse} MsgInjectFaultResponse
                 */
                MsgInjectFaultResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.crossvm.v1.MsgInjectFaultResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.crossvm.v1.MsgInjectFaultResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.trivium.crossvm.v1.MsgInjectFaultResponse();
                };

                /**
                 * Creates a plain object from a MsgInjectFaultResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.crossvm.v1.MsgInjectFaultResponse
                 * @static
                 * @param {trivium.crossvm.v1.MsgInjectFaultResponse} message MsgInjectFaultResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgInjectFaultResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgInjectFaultResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.crossvm.v1.MsgInjectFaultResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgInjectFaultResponse.prototype.toJSON = function() {
                    return MsgInjectFaultResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgInjectFaultResponse
                 * @function getTypeUrl
                 * @memberof trivium.crossvm.v1.MsgInjectFaultResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgInjectFaultResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.crossvm.v1.MsgInjectFaultResponse";
                };

                return MsgInjectFaultResponse;
            })();

            return v1;
        })();

        return crossvm;
    })();

    return trivium;
})();

export const cosmos = $root.cosmos = (() => {

    /**
     * Namespace cosmos.
     * @exports cosmos
     * @namespace
     */
    const cosmos = {};

    cosmos.base = (function() {

        /**
         * Namespace base.
         * @memberof cosmos
         * @namespace
         */
        const base = {};

        base.v1beta1 = (function() {

            /**
             * Namespace v1beta1.
             * @memberof cosmos.base
             * @namespace
             */
            const v1beta1 = {};

            v1beta1.Coin = (function() {

                /**
                 * Properties of a Coin.
                 * @typedef {Object} cosmos.base.v1beta1.Coin.$Properties
                 * @property {string|null} [denom] Coin denom
                 * @property {string|null} [amount] Coin amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Coin.
                 * @memberof cosmos.base.v1beta1
                 * @interface ICoin
                 * @augments cosmos.base.v1beta1.Coin.$Properties
                 * @deprecated Use cosmos.base.v1beta1.Coin.$Properties instead.
                 */

                /**
                 * Shape of a Coin.
                 * @typedef {cosmos.base.v1beta1.Coin.$Properties} cosmos.base.v1beta1.Coin.$Shape
                 */

                /**
                 * Constructs a new Coin.
                 * @memberof cosmos.base.v1beta1
                 * @classdesc Represents a Coin.
                 * @constructor
                 * @param {cosmos.base.v1beta1.Coin.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Coin = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Coin denom.
                 * @member {string} denom
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.denom = "";

                /**
                 * Coin amount.
                 * @member {string} amount
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.amount = "";

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link cosmos.base.v1beta1.Coin.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {cosmos.base.v1beta1.Coin.$Properties} message Coin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Coin.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.Coin & cosmos.base.v1beta1.Coin.$Shape} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Coin.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cosmos.base.v1beta1.Coin();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Coin message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cosmos.base.v1beta1.Coin} Coin
                 */
                Coin.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.base.v1beta1.Coin)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.base.v1beta1.Coin: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.base.v1beta1.Coin();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a Coin message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {cosmos.base.v1beta1.Coin} message Coin
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Coin.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this Coin to JSON.
                 * @function toJSON
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Coin.prototype.toJSON = function() {
                    return Coin.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Coin
                 * @function getTypeUrl
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Coin.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.base.v1beta1.Coin";
                };

                return Coin;
            })();

            return v1beta1;
        })();

        return base;
    })();

    return cosmos;
})();

export {
  $root as default
};
