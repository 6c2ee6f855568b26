/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["trivium_evm"] || ($protobuf.roots["trivium_evm"] = {});

export const trivium = $root.trivium = (() => {

    /**
     * Namespace trivium.
     * @exports trivium
     * @namespace
     */
    const trivium = {};

    trivium.evm = (function() {

        /**
         * Namespace evm.
         * @memberof trivium
         * @namespace
         */
        const evm = {};

        evm.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof trivium.evm
             * @namespace
             */
            const v1 = {};

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} trivium.evm.v1.Params.$Properties
                 * @property {string|null} [blockGasLimit] Params blockGasLimit
                 * @property {string|null} [baseFeeWei] Params baseFeeWei
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof trivium.evm.v1
                 * @interface IParams
                 * @augments trivium.evm.v1.Params.$Properties
                 * @deprecated Use trivium.evm.v1.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {trivium.evm.v1.Params.$Properties} trivium.evm.v1.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {trivium.evm.v1.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Params = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params blockGasLimit.
                 * @member {string} blockGasLimit
                 * @memberof trivium.evm.v1.Params
                 * @instance
                 */
                Params.prototype.blockGasLimit = "";

                /**
                 * Params baseFeeWei.
                 * @member {string} baseFeeWei
                 * @memberof trivium.evm.v1.Params
                 * @instance
                 */
                Params.prototype.baseFeeWei = "";

                /**
                 * Encodes the specified Params message. Does not implicitly {@link trivium.evm.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.Params
                 * @static
                 * @param {trivium.evm.v1.Params.$Properties} message Params message or plain object to encode
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
                    if (message.blockGasLimit != null && $Object.hasOwnProperty.call(message, "blockGasLimit") && message.blockGasLimit !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.blockGasLimit);
                    if (message.baseFeeWei != null && $Object.hasOwnProperty.call(message, "baseFeeWei") && message.baseFeeWei !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.baseFeeWei);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.Params & trivium.evm.v1.Params.$Shape} Params
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
                    message = _target || new $root.trivium.evm.v1.Params();
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
                                    message.blockGasLimit = value;
                                else
                                    delete message.blockGasLimit;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.baseFeeWei = value;
                                else
                                    delete message.baseFeeWei;
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
                 * @memberof trivium.evm.v1.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.Params();
                    if (object.blockGasLimit != null)
                        if (typeof object.blockGasLimit !== "string" || object.blockGasLimit.length)
                            message.blockGasLimit = $String(object.blockGasLimit);
                    if (object.baseFeeWei != null)
                        if (typeof object.baseFeeWei !== "string" || object.baseFeeWei.length)
                            message.baseFeeWei = $String(object.baseFeeWei);
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.Params
                 * @static
                 * @param {trivium.evm.v1.Params} message Params
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
                        object.blockGasLimit = "";
                        object.baseFeeWei = "";
                    }
                    if (message.blockGasLimit != null && $Object.hasOwnProperty.call(message, "blockGasLimit"))
                        object.blockGasLimit = message.blockGasLimit;
                    if (message.baseFeeWei != null && $Object.hasOwnProperty.call(message, "baseFeeWei"))
                        object.baseFeeWei = message.baseFeeWei;
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.Params";
                };

                return Params;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @typedef {Object} trivium.evm.v1.QueryParamsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof trivium.evm.v1
                 * @interface IQueryParamsRequest
                 * @augments trivium.evm.v1.QueryParamsRequest.$Properties
                 * @deprecated Use trivium.evm.v1.QueryParamsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsRequest.
                 * @typedef {trivium.evm.v1.QueryParamsRequest.$Properties} trivium.evm.v1.QueryParamsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @constructor
                 * @param {trivium.evm.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryParamsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link trivium.evm.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.QueryParamsRequest
                 * @static
                 * @param {trivium.evm.v1.QueryParamsRequest.$Properties} message QueryParamsRequest message or plain object to encode
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
                 * @memberof trivium.evm.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryParamsRequest & trivium.evm.v1.QueryParamsRequest.$Shape} QueryParamsRequest
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
                    message = _target || new $root.trivium.evm.v1.QueryParamsRequest();
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
                 * @memberof trivium.evm.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.trivium.evm.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.QueryParamsRequest
                 * @static
                 * @param {trivium.evm.v1.QueryParamsRequest} message QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.QueryParamsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @typedef {Object} trivium.evm.v1.QueryParamsResponse.$Properties
                 * @property {trivium.evm.v1.Params.$Properties|null} [params] QueryParamsResponse params
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof trivium.evm.v1
                 * @interface IQueryParamsResponse
                 * @augments trivium.evm.v1.QueryParamsResponse.$Properties
                 * @deprecated Use trivium.evm.v1.QueryParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsResponse.
                 * @typedef {trivium.evm.v1.QueryParamsResponse.$Properties} trivium.evm.v1.QueryParamsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @constructor
                 * @param {trivium.evm.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
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
                 * @member {trivium.evm.v1.Params.$Properties|null|undefined} params
                 * @memberof trivium.evm.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link trivium.evm.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.QueryParamsResponse
                 * @static
                 * @param {trivium.evm.v1.QueryParamsResponse.$Properties} message QueryParamsResponse message or plain object to encode
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
                        $root.trivium.evm.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryParamsResponse & trivium.evm.v1.QueryParamsResponse.$Shape} QueryParamsResponse
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
                    message = _target || new $root.trivium.evm.v1.QueryParamsResponse();
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
                                message.params = $root.trivium.evm.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
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
                 * @memberof trivium.evm.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".trivium.evm.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.trivium.evm.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.QueryParamsResponse
                 * @static
                 * @param {trivium.evm.v1.QueryParamsResponse} message QueryParamsResponse
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
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.trivium.evm.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.QueryParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryAccountRequest = (function() {

                /**
                 * Properties of a QueryAccountRequest.
                 * @typedef {Object} trivium.evm.v1.QueryAccountRequest.$Properties
                 * @property {string|null} [address] QueryAccountRequest address
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAccountRequest.
                 * @memberof trivium.evm.v1
                 * @interface IQueryAccountRequest
                 * @augments trivium.evm.v1.QueryAccountRequest.$Properties
                 * @deprecated Use trivium.evm.v1.QueryAccountRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryAccountRequest.
                 * @typedef {trivium.evm.v1.QueryAccountRequest.$Properties} trivium.evm.v1.QueryAccountRequest.$Shape
                 */

                /**
                 * Constructs a new QueryAccountRequest.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a QueryAccountRequest.
                 * @constructor
                 * @param {trivium.evm.v1.QueryAccountRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAccountRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAccountRequest address.
                 * @member {string} address
                 * @memberof trivium.evm.v1.QueryAccountRequest
                 * @instance
                 */
                QueryAccountRequest.prototype.address = "";

                /**
                 * Encodes the specified QueryAccountRequest message. Does not implicitly {@link trivium.evm.v1.QueryAccountRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.QueryAccountRequest
                 * @static
                 * @param {trivium.evm.v1.QueryAccountRequest.$Properties} message QueryAccountRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAccountRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryAccountRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.QueryAccountRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryAccountRequest & trivium.evm.v1.QueryAccountRequest.$Shape} QueryAccountRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAccountRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.QueryAccountRequest();
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
                                    message.address = value;
                                else
                                    delete message.address;
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
                 * Creates a QueryAccountRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.QueryAccountRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.QueryAccountRequest} QueryAccountRequest
                 */
                QueryAccountRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.QueryAccountRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.QueryAccountRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.QueryAccountRequest();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAccountRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.QueryAccountRequest
                 * @static
                 * @param {trivium.evm.v1.QueryAccountRequest} message QueryAccountRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryAccountRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.address = "";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    return object;
                };

                /**
                 * Converts this QueryAccountRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.QueryAccountRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAccountRequest.prototype.toJSON = function() {
                    return QueryAccountRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAccountRequest
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.QueryAccountRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAccountRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.QueryAccountRequest";
                };

                return QueryAccountRequest;
            })();

            v1.QueryAccountResponse = (function() {

                /**
                 * Properties of a QueryAccountResponse.
                 * @typedef {Object} trivium.evm.v1.QueryAccountResponse.$Properties
                 * @property {string|null} [balance] QueryAccountResponse balance
                 * @property {Long|null} [nonce] QueryAccountResponse nonce
                 * @property {string|null} [codeHash] QueryAccountResponse codeHash
                 * @property {string|null} [balanceUtrv] QueryAccountResponse balanceUtrv
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAccountResponse.
                 * @memberof trivium.evm.v1
                 * @interface IQueryAccountResponse
                 * @augments trivium.evm.v1.QueryAccountResponse.$Properties
                 * @deprecated Use trivium.evm.v1.QueryAccountResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryAccountResponse.
                 * @typedef {trivium.evm.v1.QueryAccountResponse.$Properties} trivium.evm.v1.QueryAccountResponse.$Shape
                 */

                /**
                 * Constructs a new QueryAccountResponse.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a QueryAccountResponse.
                 * @constructor
                 * @param {trivium.evm.v1.QueryAccountResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAccountResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAccountResponse balance.
                 * @member {string} balance
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @instance
                 */
                QueryAccountResponse.prototype.balance = "";

                /**
                 * QueryAccountResponse nonce.
                 * @member {Long} nonce
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @instance
                 */
                QueryAccountResponse.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryAccountResponse codeHash.
                 * @member {string} codeHash
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @instance
                 */
                QueryAccountResponse.prototype.codeHash = "";

                /**
                 * QueryAccountResponse balanceUtrv.
                 * @member {string} balanceUtrv
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @instance
                 */
                QueryAccountResponse.prototype.balanceUtrv = "";

                /**
                 * Encodes the specified QueryAccountResponse message. Does not implicitly {@link trivium.evm.v1.QueryAccountResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @static
                 * @param {trivium.evm.v1.QueryAccountResponse.$Properties} message QueryAccountResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAccountResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.balance != null && $Object.hasOwnProperty.call(message, "balance") && message.balance !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.balance);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash") && message.codeHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.codeHash);
                    if (message.balanceUtrv != null && $Object.hasOwnProperty.call(message, "balanceUtrv") && message.balanceUtrv !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.balanceUtrv);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryAccountResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryAccountResponse & trivium.evm.v1.QueryAccountResponse.$Shape} QueryAccountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAccountResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.QueryAccountResponse();
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
                                    message.balance = value;
                                else
                                    delete message.balance;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.codeHash = value;
                                else
                                    delete message.codeHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.balanceUtrv = value;
                                else
                                    delete message.balanceUtrv;
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
                 * Creates a QueryAccountResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.QueryAccountResponse} QueryAccountResponse
                 */
                QueryAccountResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.QueryAccountResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.QueryAccountResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.QueryAccountResponse();
                    if (object.balance != null)
                        if (typeof object.balance !== "string" || object.balance.length)
                            message.balance = $String(object.balance);
                    if (object.nonce != null)
                        if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                            if ($util.Long)
                                message.nonce = $util.Long.fromValue(object.nonce, true);
                            else if (typeof object.nonce === "string")
                                message.nonce = $parseInt(object.nonce, 10);
                            else if (typeof object.nonce === "number")
                                message.nonce = object.nonce;
                            else if (typeof object.nonce === "object")
                                message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                    if (object.codeHash != null)
                        if (typeof object.codeHash !== "string" || object.codeHash.length)
                            message.codeHash = $String(object.codeHash);
                    if (object.balanceUtrv != null)
                        if (typeof object.balanceUtrv !== "string" || object.balanceUtrv.length)
                            message.balanceUtrv = $String(object.balanceUtrv);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAccountResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @static
                 * @param {trivium.evm.v1.QueryAccountResponse} message QueryAccountResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryAccountResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.balance = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.codeHash = "";
                        object.balanceUtrv = "";
                    }
                    if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                        object.balance = message.balance;
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                        else if (typeof message.nonce === "number")
                            object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                        else
                            object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                        object.codeHash = message.codeHash;
                    if (message.balanceUtrv != null && $Object.hasOwnProperty.call(message, "balanceUtrv"))
                        object.balanceUtrv = message.balanceUtrv;
                    return object;
                };

                /**
                 * Converts this QueryAccountResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAccountResponse.prototype.toJSON = function() {
                    return QueryAccountResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAccountResponse
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.QueryAccountResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAccountResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.QueryAccountResponse";
                };

                return QueryAccountResponse;
            })();

            v1.QueryCodeRequest = (function() {

                /**
                 * Properties of a QueryCodeRequest.
                 * @typedef {Object} trivium.evm.v1.QueryCodeRequest.$Properties
                 * @property {string|null} [address] QueryCodeRequest address
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryCodeRequest.
                 * @memberof trivium.evm.v1
                 * @interface IQueryCodeRequest
                 * @augments trivium.evm.v1.QueryCodeRequest.$Properties
                 * @deprecated Use trivium.evm.v1.QueryCodeRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryCodeRequest.
                 * @typedef {trivium.evm.v1.QueryCodeRequest.$Properties} trivium.evm.v1.QueryCodeRequest.$Shape
                 */

                /**
                 * Constructs a new QueryCodeRequest.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a QueryCodeRequest.
                 * @constructor
                 * @param {trivium.evm.v1.QueryCodeRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryCodeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryCodeRequest address.
                 * @member {string} address
                 * @memberof trivium.evm.v1.QueryCodeRequest
                 * @instance
                 */
                QueryCodeRequest.prototype.address = "";

                /**
                 * Encodes the specified QueryCodeRequest message. Does not implicitly {@link trivium.evm.v1.QueryCodeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.QueryCodeRequest
                 * @static
                 * @param {trivium.evm.v1.QueryCodeRequest.$Properties} message QueryCodeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryCodeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryCodeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.QueryCodeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryCodeRequest & trivium.evm.v1.QueryCodeRequest.$Shape} QueryCodeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryCodeRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.QueryCodeRequest();
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
                                    message.address = value;
                                else
                                    delete message.address;
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
                 * Creates a QueryCodeRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.QueryCodeRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.QueryCodeRequest} QueryCodeRequest
                 */
                QueryCodeRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.QueryCodeRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.QueryCodeRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.QueryCodeRequest();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryCodeRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.QueryCodeRequest
                 * @static
                 * @param {trivium.evm.v1.QueryCodeRequest} message QueryCodeRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryCodeRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.address = "";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    return object;
                };

                /**
                 * Converts this QueryCodeRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.QueryCodeRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryCodeRequest.prototype.toJSON = function() {
                    return QueryCodeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryCodeRequest
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.QueryCodeRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryCodeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.QueryCodeRequest";
                };

                return QueryCodeRequest;
            })();

            v1.QueryCodeResponse = (function() {

                /**
                 * Properties of a QueryCodeResponse.
                 * @typedef {Object} trivium.evm.v1.QueryCodeResponse.$Properties
                 * @property {Uint8Array|null} [code] QueryCodeResponse code
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryCodeResponse.
                 * @memberof trivium.evm.v1
                 * @interface IQueryCodeResponse
                 * @augments trivium.evm.v1.QueryCodeResponse.$Properties
                 * @deprecated Use trivium.evm.v1.QueryCodeResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryCodeResponse.
                 * @typedef {trivium.evm.v1.QueryCodeResponse.$Properties} trivium.evm.v1.QueryCodeResponse.$Shape
                 */

                /**
                 * Constructs a new QueryCodeResponse.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a QueryCodeResponse.
                 * @constructor
                 * @param {trivium.evm.v1.QueryCodeResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryCodeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryCodeResponse code.
                 * @member {Uint8Array} code
                 * @memberof trivium.evm.v1.QueryCodeResponse
                 * @instance
                 */
                QueryCodeResponse.prototype.code = $util.newBuffer([]);

                /**
                 * Encodes the specified QueryCodeResponse message. Does not implicitly {@link trivium.evm.v1.QueryCodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.QueryCodeResponse
                 * @static
                 * @param {trivium.evm.v1.QueryCodeResponse.$Properties} message QueryCodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryCodeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.code);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryCodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.QueryCodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryCodeResponse & trivium.evm.v1.QueryCodeResponse.$Shape} QueryCodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryCodeResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.QueryCodeResponse();
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
                                if ((value = reader.bytes()).length)
                                    message.code = value;
                                else
                                    delete message.code;
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
                 * Creates a QueryCodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.QueryCodeResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.QueryCodeResponse} QueryCodeResponse
                 */
                QueryCodeResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.QueryCodeResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.QueryCodeResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.QueryCodeResponse();
                    if (object.code != null)
                        if (object.code.length)
                            if (typeof object.code === "string")
                                $util.base64.decode(object.code, message.code = $util.newBuffer($util.base64.length(object.code)), 0);
                            else if (object.code.length >= 0)
                                message.code = object.code;
                    return message;
                };

                /**
                 * Creates a plain object from a QueryCodeResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.QueryCodeResponse
                 * @static
                 * @param {trivium.evm.v1.QueryCodeResponse} message QueryCodeResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryCodeResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.code = "";
                        else {
                            object.code = [];
                            if (options.bytes !== $Array)
                                object.code = $util.newBuffer(object.code);
                        }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = options.bytes === $String ? $util.base64.encode(message.code, 0, message.code.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.code) : message.code;
                    return object;
                };

                /**
                 * Converts this QueryCodeResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.QueryCodeResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryCodeResponse.prototype.toJSON = function() {
                    return QueryCodeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryCodeResponse
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.QueryCodeResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryCodeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.QueryCodeResponse";
                };

                return QueryCodeResponse;
            })();

            v1.QueryStorageRequest = (function() {

                /**
                 * Properties of a QueryStorageRequest.
                 * @typedef {Object} trivium.evm.v1.QueryStorageRequest.$Properties
                 * @property {string|null} [address] QueryStorageRequest address
                 * @property {string|null} [key] QueryStorageRequest key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryStorageRequest.
                 * @memberof trivium.evm.v1
                 * @interface IQueryStorageRequest
                 * @augments trivium.evm.v1.QueryStorageRequest.$Properties
                 * @deprecated Use trivium.evm.v1.QueryStorageRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryStorageRequest.
                 * @typedef {trivium.evm.v1.QueryStorageRequest.$Properties} trivium.evm.v1.QueryStorageRequest.$Shape
                 */

                /**
                 * Constructs a new QueryStorageRequest.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a QueryStorageRequest.
                 * @constructor
                 * @param {trivium.evm.v1.QueryStorageRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryStorageRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryStorageRequest address.
                 * @member {string} address
                 * @memberof trivium.evm.v1.QueryStorageRequest
                 * @instance
                 */
                QueryStorageRequest.prototype.address = "";

                /**
                 * QueryStorageRequest key.
                 * @member {string} key
                 * @memberof trivium.evm.v1.QueryStorageRequest
                 * @instance
                 */
                QueryStorageRequest.prototype.key = "";

                /**
                 * Encodes the specified QueryStorageRequest message. Does not implicitly {@link trivium.evm.v1.QueryStorageRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.QueryStorageRequest
                 * @static
                 * @param {trivium.evm.v1.QueryStorageRequest.$Properties} message QueryStorageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryStorageRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryStorageRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.QueryStorageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryStorageRequest & trivium.evm.v1.QueryStorageRequest.$Shape} QueryStorageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryStorageRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.QueryStorageRequest();
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
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
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
                 * Creates a QueryStorageRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.QueryStorageRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.QueryStorageRequest} QueryStorageRequest
                 */
                QueryStorageRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.QueryStorageRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.QueryStorageRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.QueryStorageRequest();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryStorageRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.QueryStorageRequest
                 * @static
                 * @param {trivium.evm.v1.QueryStorageRequest} message QueryStorageRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryStorageRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.address = "";
                        object.key = "";
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    return object;
                };

                /**
                 * Converts this QueryStorageRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.QueryStorageRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryStorageRequest.prototype.toJSON = function() {
                    return QueryStorageRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryStorageRequest
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.QueryStorageRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryStorageRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.QueryStorageRequest";
                };

                return QueryStorageRequest;
            })();

            v1.QueryStorageResponse = (function() {

                /**
                 * Properties of a QueryStorageResponse.
                 * @typedef {Object} trivium.evm.v1.QueryStorageResponse.$Properties
                 * @property {string|null} [value] QueryStorageResponse value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryStorageResponse.
                 * @memberof trivium.evm.v1
                 * @interface IQueryStorageResponse
                 * @augments trivium.evm.v1.QueryStorageResponse.$Properties
                 * @deprecated Use trivium.evm.v1.QueryStorageResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryStorageResponse.
                 * @typedef {trivium.evm.v1.QueryStorageResponse.$Properties} trivium.evm.v1.QueryStorageResponse.$Shape
                 */

                /**
                 * Constructs a new QueryStorageResponse.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a QueryStorageResponse.
                 * @constructor
                 * @param {trivium.evm.v1.QueryStorageResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryStorageResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryStorageResponse value.
                 * @member {string} value
                 * @memberof trivium.evm.v1.QueryStorageResponse
                 * @instance
                 */
                QueryStorageResponse.prototype.value = "";

                /**
                 * Encodes the specified QueryStorageResponse message. Does not implicitly {@link trivium.evm.v1.QueryStorageResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.QueryStorageResponse
                 * @static
                 * @param {trivium.evm.v1.QueryStorageResponse.$Properties} message QueryStorageResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryStorageResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryStorageResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.QueryStorageResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryStorageResponse & trivium.evm.v1.QueryStorageResponse.$Shape} QueryStorageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryStorageResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.QueryStorageResponse();
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
                                    message.value = value;
                                else
                                    delete message.value;
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
                 * Creates a QueryStorageResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.QueryStorageResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.QueryStorageResponse} QueryStorageResponse
                 */
                QueryStorageResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.QueryStorageResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.QueryStorageResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.QueryStorageResponse();
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryStorageResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.QueryStorageResponse
                 * @static
                 * @param {trivium.evm.v1.QueryStorageResponse} message QueryStorageResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryStorageResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.value = "";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    return object;
                };

                /**
                 * Converts this QueryStorageResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.QueryStorageResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryStorageResponse.prototype.toJSON = function() {
                    return QueryStorageResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryStorageResponse
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.QueryStorageResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryStorageResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.QueryStorageResponse";
                };

                return QueryStorageResponse;
            })();

            v1.EthCallRequest = (function() {

                /**
                 * Properties of an EthCallRequest.
                 * @typedef {Object} trivium.evm.v1.EthCallRequest.$Properties
                 * @property {string|null} [from] EthCallRequest from
                 * @property {string|null} [to] EthCallRequest to
                 * @property {Uint8Array|null} [data] EthCallRequest data
                 * @property {string|null} [value] EthCallRequest value
                 * @property {Long|null} [gas] EthCallRequest gas
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EthCallRequest.
                 * @memberof trivium.evm.v1
                 * @interface IEthCallRequest
                 * @augments trivium.evm.v1.EthCallRequest.$Properties
                 * @deprecated Use trivium.evm.v1.EthCallRequest.$Properties instead.
                 */

                /**
                 * Shape of an EthCallRequest.
                 * @typedef {trivium.evm.v1.EthCallRequest.$Properties} trivium.evm.v1.EthCallRequest.$Shape
                 */

                /**
                 * Constructs a new EthCallRequest.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents an EthCallRequest.
                 * @constructor
                 * @param {trivium.evm.v1.EthCallRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EthCallRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EthCallRequest from.
                 * @member {string} from
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @instance
                 */
                EthCallRequest.prototype.from = "";

                /**
                 * EthCallRequest to.
                 * @member {string} to
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @instance
                 */
                EthCallRequest.prototype.to = "";

                /**
                 * EthCallRequest data.
                 * @member {Uint8Array} data
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @instance
                 */
                EthCallRequest.prototype.data = $util.newBuffer([]);

                /**
                 * EthCallRequest value.
                 * @member {string} value
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @instance
                 */
                EthCallRequest.prototype.value = "";

                /**
                 * EthCallRequest gas.
                 * @member {Long} gas
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @instance
                 */
                EthCallRequest.prototype.gas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified EthCallRequest message. Does not implicitly {@link trivium.evm.v1.EthCallRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @static
                 * @param {trivium.evm.v1.EthCallRequest.$Properties} message EthCallRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EthCallRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.value);
                    if (message.gas != null && $Object.hasOwnProperty.call(message, "gas") && (typeof message.gas === "object" ? message.gas.low || message.gas.high : message.gas !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.gas);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EthCallRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.EthCallRequest & trivium.evm.v1.EthCallRequest.$Shape} EthCallRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EthCallRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.EthCallRequest();
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
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.to = value;
                                else
                                    delete message.to;
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
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gas = value;
                                else
                                    delete message.gas;
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
                 * Creates an EthCallRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.EthCallRequest} EthCallRequest
                 */
                EthCallRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.EthCallRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.EthCallRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.EthCallRequest();
                    if (object.from != null)
                        if (typeof object.from !== "string" || object.from.length)
                            message.from = $String(object.from);
                    if (object.to != null)
                        if (typeof object.to !== "string" || object.to.length)
                            message.to = $String(object.to);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    if (object.gas != null)
                        if (typeof object.gas === "object" ? object.gas.low || object.gas.high : $Number(object.gas) !== 0)
                            if ($util.Long)
                                message.gas = $util.Long.fromValue(object.gas, true);
                            else if (typeof object.gas === "string")
                                message.gas = $parseInt(object.gas, 10);
                            else if (typeof object.gas === "number")
                                message.gas = object.gas;
                            else if (typeof object.gas === "object")
                                message.gas = new $util.LongBits(object.gas.low >>> 0, object.gas.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from an EthCallRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @static
                 * @param {trivium.evm.v1.EthCallRequest} message EthCallRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EthCallRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.from = "";
                        object.to = "";
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        object.value = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gas = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gas = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        object.from = message.from;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        object.to = message.to;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    if (message.gas != null && $Object.hasOwnProperty.call(message, "gas"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gas = typeof message.gas === "number" ? $BigInt(message.gas) : $util.Long.fromBits(message.gas.low >>> 0, message.gas.high >>> 0, true).toBigInt();
                        else if (typeof message.gas === "number")
                            object.gas = options.longs === $String ? $String(message.gas) : message.gas;
                        else
                            object.gas = options.longs === $String ? $util.Long.prototype.toString.call(message.gas) : options.longs === $Number ? new $util.LongBits(message.gas.low >>> 0, message.gas.high >>> 0).toNumber(true) : message.gas;
                    return object;
                };

                /**
                 * Converts this EthCallRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EthCallRequest.prototype.toJSON = function() {
                    return EthCallRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EthCallRequest
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.EthCallRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EthCallRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.EthCallRequest";
                };

                return EthCallRequest;
            })();

            v1.EthCallResponse = (function() {

                /**
                 * Properties of an EthCallResponse.
                 * @typedef {Object} trivium.evm.v1.EthCallResponse.$Properties
                 * @property {Uint8Array|null} [ret] EthCallResponse ret
                 * @property {string|null} [vmError] EthCallResponse vmError
                 * @property {Long|null} [gasUsed] EthCallResponse gasUsed
                 * @property {boolean|null} [success] EthCallResponse success
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EthCallResponse.
                 * @memberof trivium.evm.v1
                 * @interface IEthCallResponse
                 * @augments trivium.evm.v1.EthCallResponse.$Properties
                 * @deprecated Use trivium.evm.v1.EthCallResponse.$Properties instead.
                 */

                /**
                 * Shape of an EthCallResponse.
                 * @typedef {trivium.evm.v1.EthCallResponse.$Properties} trivium.evm.v1.EthCallResponse.$Shape
                 */

                /**
                 * Constructs a new EthCallResponse.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents an EthCallResponse.
                 * @constructor
                 * @param {trivium.evm.v1.EthCallResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EthCallResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EthCallResponse ret.
                 * @member {Uint8Array} ret
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @instance
                 */
                EthCallResponse.prototype.ret = $util.newBuffer([]);

                /**
                 * EthCallResponse vmError.
                 * @member {string} vmError
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @instance
                 */
                EthCallResponse.prototype.vmError = "";

                /**
                 * EthCallResponse gasUsed.
                 * @member {Long} gasUsed
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @instance
                 */
                EthCallResponse.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EthCallResponse success.
                 * @member {boolean} success
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @instance
                 */
                EthCallResponse.prototype.success = false;

                /**
                 * Encodes the specified EthCallResponse message. Does not implicitly {@link trivium.evm.v1.EthCallResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @static
                 * @param {trivium.evm.v1.EthCallResponse.$Properties} message EthCallResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EthCallResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ret != null && $Object.hasOwnProperty.call(message, "ret") && message.ret.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ret);
                    if (message.vmError != null && $Object.hasOwnProperty.call(message, "vmError") && message.vmError !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.vmError);
                    if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed") && (typeof message.gasUsed === "object" ? message.gasUsed.low || message.gasUsed.high : message.gasUsed !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.gasUsed);
                    if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.success);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EthCallResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.EthCallResponse & trivium.evm.v1.EthCallResponse.$Shape} EthCallResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EthCallResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.EthCallResponse();
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
                                if ((value = reader.bytes()).length)
                                    message.ret = value;
                                else
                                    delete message.ret;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.vmError = value;
                                else
                                    delete message.vmError;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gasUsed = value;
                                else
                                    delete message.gasUsed;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.success = value;
                                else
                                    delete message.success;
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
                 * Creates an EthCallResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.EthCallResponse} EthCallResponse
                 */
                EthCallResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.EthCallResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.EthCallResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.EthCallResponse();
                    if (object.ret != null)
                        if (object.ret.length)
                            if (typeof object.ret === "string")
                                $util.base64.decode(object.ret, message.ret = $util.newBuffer($util.base64.length(object.ret)), 0);
                            else if (object.ret.length >= 0)
                                message.ret = object.ret;
                    if (object.vmError != null)
                        if (typeof object.vmError !== "string" || object.vmError.length)
                            message.vmError = $String(object.vmError);
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
                    if (object.success != null)
                        if (object.success)
                            message.success = $Boolean(object.success);
                    return message;
                };

                /**
                 * Creates a plain object from an EthCallResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @static
                 * @param {trivium.evm.v1.EthCallResponse} message EthCallResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EthCallResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.ret = "";
                        else {
                            object.ret = [];
                            if (options.bytes !== $Array)
                                object.ret = $util.newBuffer(object.ret);
                        }
                        object.vmError = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gasUsed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gasUsed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.success = false;
                    }
                    if (message.ret != null && $Object.hasOwnProperty.call(message, "ret"))
                        object.ret = options.bytes === $String ? $util.base64.encode(message.ret, 0, message.ret.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ret) : message.ret;
                    if (message.vmError != null && $Object.hasOwnProperty.call(message, "vmError"))
                        object.vmError = message.vmError;
                    if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gasUsed = typeof message.gasUsed === "number" ? $BigInt(message.gasUsed) : $util.Long.fromBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0, true).toBigInt();
                        else if (typeof message.gasUsed === "number")
                            object.gasUsed = options.longs === $String ? $String(message.gasUsed) : message.gasUsed;
                        else
                            object.gasUsed = options.longs === $String ? $util.Long.prototype.toString.call(message.gasUsed) : options.longs === $Number ? new $util.LongBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0).toNumber(true) : message.gasUsed;
                    if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                        object.success = message.success;
                    return object;
                };

                /**
                 * Converts this EthCallResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EthCallResponse.prototype.toJSON = function() {
                    return EthCallResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EthCallResponse
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.EthCallResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EthCallResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.EthCallResponse";
                };

                return EthCallResponse;
            })();

            v1.MsgEthereumTx = (function() {

                /**
                 * Properties of a MsgEthereumTx.
                 * @typedef {Object} trivium.evm.v1.MsgEthereumTx.$Properties
                 * @property {Uint8Array|null} [raw] MsgEthereumTx raw
                 * @property {string|null} [from] MsgEthereumTx from
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgEthereumTx.
                 * @memberof trivium.evm.v1
                 * @interface IMsgEthereumTx
                 * @augments trivium.evm.v1.MsgEthereumTx.$Properties
                 * @deprecated Use trivium.evm.v1.MsgEthereumTx.$Properties instead.
                 */

                /**
                 * Shape of a MsgEthereumTx.
                 * @typedef {trivium.evm.v1.MsgEthereumTx.$Properties} trivium.evm.v1.MsgEthereumTx.$Shape
                 */

                /**
                 * Constructs a new MsgEthereumTx.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a MsgEthereumTx.
                 * @constructor
                 * @param {trivium.evm.v1.MsgEthereumTx.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgEthereumTx = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgEthereumTx raw.
                 * @member {Uint8Array} raw
                 * @memberof trivium.evm.v1.MsgEthereumTx
                 * @instance
                 */
                MsgEthereumTx.prototype.raw = $util.newBuffer([]);

                /**
                 * MsgEthereumTx from.
                 * @member {string} from
                 * @memberof trivium.evm.v1.MsgEthereumTx
                 * @instance
                 */
                MsgEthereumTx.prototype.from = "";

                /**
                 * Encodes the specified MsgEthereumTx message. Does not implicitly {@link trivium.evm.v1.MsgEthereumTx.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.MsgEthereumTx
                 * @static
                 * @param {trivium.evm.v1.MsgEthereumTx.$Properties} message MsgEthereumTx message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgEthereumTx.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.raw != null && $Object.hasOwnProperty.call(message, "raw") && message.raw.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.raw);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgEthereumTx message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.MsgEthereumTx
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.MsgEthereumTx & trivium.evm.v1.MsgEthereumTx.$Shape} MsgEthereumTx
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgEthereumTx.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.MsgEthereumTx();
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
                                if ((value = reader.bytes()).length)
                                    message.raw = value;
                                else
                                    delete message.raw;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.from = value;
                                else
                                    delete message.from;
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
                 * Creates a MsgEthereumTx message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.MsgEthereumTx
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.MsgEthereumTx} MsgEthereumTx
                 */
                MsgEthereumTx.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.MsgEthereumTx)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.MsgEthereumTx: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.MsgEthereumTx();
                    if (object.raw != null)
                        if (object.raw.length)
                            if (typeof object.raw === "string")
                                $util.base64.decode(object.raw, message.raw = $util.newBuffer($util.base64.length(object.raw)), 0);
                            else if (object.raw.length >= 0)
                                message.raw = object.raw;
                    if (object.from != null)
                        if (typeof object.from !== "string" || object.from.length)
                            message.from = $String(object.from);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgEthereumTx message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.MsgEthereumTx
                 * @static
                 * @param {trivium.evm.v1.MsgEthereumTx} message MsgEthereumTx
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgEthereumTx.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.raw = "";
                        else {
                            object.raw = [];
                            if (options.bytes !== $Array)
                                object.raw = $util.newBuffer(object.raw);
                        }
                        object.from = "";
                    }
                    if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                        object.raw = options.bytes === $String ? $util.base64.encode(message.raw, 0, message.raw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.raw) : message.raw;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        object.from = message.from;
                    return object;
                };

                /**
                 * Converts this MsgEthereumTx to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.MsgEthereumTx
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgEthereumTx.prototype.toJSON = function() {
                    return MsgEthereumTx.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgEthereumTx
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.MsgEthereumTx
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgEthereumTx.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.MsgEthereumTx";
                };

                return MsgEthereumTx;
            })();

            v1.Log = (function() {

                /**
                 * Properties of a Log.
                 * @typedef {Object} trivium.evm.v1.Log.$Properties
                 * @property {string|null} [address] Log address
                 * @property {Array.<string>|null} [topics] Log topics
                 * @property {Uint8Array|null} [data] Log data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Log.
                 * @memberof trivium.evm.v1
                 * @interface ILog
                 * @augments trivium.evm.v1.Log.$Properties
                 * @deprecated Use trivium.evm.v1.Log.$Properties instead.
                 */

                /**
                 * Shape of a Log.
                 * @typedef {trivium.evm.v1.Log.$Properties} trivium.evm.v1.Log.$Shape
                 */

                /**
                 * Constructs a new Log.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a Log.
                 * @constructor
                 * @param {trivium.evm.v1.Log.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Log = function (properties) {
                    this.topics = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Log address.
                 * @member {string} address
                 * @memberof trivium.evm.v1.Log
                 * @instance
                 */
                Log.prototype.address = "";

                /**
                 * Log topics.
                 * @member {Array.<string>} topics
                 * @memberof trivium.evm.v1.Log
                 * @instance
                 */
                Log.prototype.topics = $util.emptyArray;

                /**
                 * Log data.
                 * @member {Uint8Array} data
                 * @memberof trivium.evm.v1.Log
                 * @instance
                 */
                Log.prototype.data = $util.newBuffer([]);

                /**
                 * Encodes the specified Log message. Does not implicitly {@link trivium.evm.v1.Log.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.Log
                 * @static
                 * @param {trivium.evm.v1.Log.$Properties} message Log message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Log.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.topics != null && message.topics.length)
                        for (let i = 0; i < message.topics.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.topics[i]);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Log message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.Log
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.Log & trivium.evm.v1.Log.$Shape} Log
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Log.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.Log();
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
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.topics && message.topics.length))
                                    message.topics = [];
                                message.topics.push(reader.stringVerify());
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
                 * Creates a Log message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.Log
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.Log} Log
                 */
                Log.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.Log)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.Log: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.Log();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.topics) {
                        if (!$Array.isArray(object.topics))
                            throw $TypeError(".trivium.evm.v1.Log.topics: array expected");
                        message.topics = $Array(object.topics.length);
                        for (let i = 0; i < object.topics.length; ++i)
                            message.topics[i] = $String(object.topics[i]);
                    }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from a Log message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.Log
                 * @static
                 * @param {trivium.evm.v1.Log} message Log
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Log.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.topics = [];
                    if (options.defaults) {
                        object.address = "";
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.topics && message.topics.length) {
                        object.topics = $Array(message.topics.length);
                        for (let j = 0; j < message.topics.length; ++j)
                            object.topics[j] = message.topics[j];
                    }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this Log to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.Log
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Log.prototype.toJSON = function() {
                    return Log.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Log
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.Log
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Log.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.Log";
                };

                return Log;
            })();

            v1.MsgEthereumTxResponse = (function() {

                /**
                 * Properties of a MsgEthereumTxResponse.
                 * @typedef {Object} trivium.evm.v1.MsgEthereumTxResponse.$Properties
                 * @property {string|null} [hash] MsgEthereumTxResponse hash
                 * @property {Array.<trivium.evm.v1.Log.$Properties>|null} [logs] MsgEthereumTxResponse logs
                 * @property {Uint8Array|null} [ret] MsgEthereumTxResponse ret
                 * @property {string|null} [vmError] MsgEthereumTxResponse vmError
                 * @property {Long|null} [gasUsed] MsgEthereumTxResponse gasUsed
                 * @property {string|null} [contractAddress] MsgEthereumTxResponse contractAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgEthereumTxResponse.
                 * @memberof trivium.evm.v1
                 * @interface IMsgEthereumTxResponse
                 * @augments trivium.evm.v1.MsgEthereumTxResponse.$Properties
                 * @deprecated Use trivium.evm.v1.MsgEthereumTxResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgEthereumTxResponse.
                 * @typedef {trivium.evm.v1.MsgEthereumTxResponse.$Properties} trivium.evm.v1.MsgEthereumTxResponse.$Shape
                 */

                /**
                 * Constructs a new MsgEthereumTxResponse.
                 * @memberof trivium.evm.v1
                 * @classdesc Represents a MsgEthereumTxResponse.
                 * @constructor
                 * @param {trivium.evm.v1.MsgEthereumTxResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgEthereumTxResponse = function (properties) {
                    this.logs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgEthereumTxResponse hash.
                 * @member {string} hash
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @instance
                 */
                MsgEthereumTxResponse.prototype.hash = "";

                /**
                 * MsgEthereumTxResponse logs.
                 * @member {Array.<trivium.evm.v1.Log.$Properties>} logs
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @instance
                 */
                MsgEthereumTxResponse.prototype.logs = $util.emptyArray;

                /**
                 * MsgEthereumTxResponse ret.
                 * @member {Uint8Array} ret
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @instance
                 */
                MsgEthereumTxResponse.prototype.ret = $util.newBuffer([]);

                /**
                 * MsgEthereumTxResponse vmError.
                 * @member {string} vmError
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @instance
                 */
                MsgEthereumTxResponse.prototype.vmError = "";

                /**
                 * MsgEthereumTxResponse gasUsed.
                 * @member {Long} gasUsed
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @instance
                 */
                MsgEthereumTxResponse.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgEthereumTxResponse contractAddress.
                 * @member {string} contractAddress
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @instance
                 */
                MsgEthereumTxResponse.prototype.contractAddress = "";

                /**
                 * Encodes the specified MsgEthereumTxResponse message. Does not implicitly {@link trivium.evm.v1.MsgEthereumTxResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @static
                 * @param {trivium.evm.v1.MsgEthereumTxResponse.$Properties} message MsgEthereumTxResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgEthereumTxResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hash);
                    if (message.logs != null && message.logs.length)
                        for (let i = 0; i < message.logs.length; ++i)
                            $root.trivium.evm.v1.Log.encode(message.logs[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.ret != null && $Object.hasOwnProperty.call(message, "ret") && message.ret.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ret);
                    if (message.vmError != null && $Object.hasOwnProperty.call(message, "vmError") && message.vmError !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.vmError);
                    if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed") && (typeof message.gasUsed === "object" ? message.gasUsed.low || message.gasUsed.high : message.gasUsed !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.gasUsed);
                    if (message.contractAddress != null && $Object.hasOwnProperty.call(message, "contractAddress") && message.contractAddress !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.contractAddress);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgEthereumTxResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.MsgEthereumTxResponse & trivium.evm.v1.MsgEthereumTxResponse.$Shape} MsgEthereumTxResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgEthereumTxResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.evm.v1.MsgEthereumTxResponse();
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
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.logs && message.logs.length))
                                    message.logs = [];
                                message.logs.push($root.trivium.evm.v1.Log.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ret = value;
                                else
                                    delete message.ret;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.vmError = value;
                                else
                                    delete message.vmError;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gasUsed = value;
                                else
                                    delete message.gasUsed;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contractAddress = value;
                                else
                                    delete message.contractAddress;
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
                 * Creates a MsgEthereumTxResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.evm.v1.MsgEthereumTxResponse} MsgEthereumTxResponse
                 */
                MsgEthereumTxResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.evm.v1.MsgEthereumTxResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.evm.v1.MsgEthereumTxResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.evm.v1.MsgEthereumTxResponse();
                    if (object.hash != null)
                        if (typeof object.hash !== "string" || object.hash.length)
                            message.hash = $String(object.hash);
                    if (object.logs) {
                        if (!$Array.isArray(object.logs))
                            throw $TypeError(".trivium.evm.v1.MsgEthereumTxResponse.logs: array expected");
                        message.logs = $Array(object.logs.length);
                        for (let i = 0; i < object.logs.length; ++i) {
                            if (!$util.isObject(object.logs[i]))
                                throw $TypeError(".trivium.evm.v1.MsgEthereumTxResponse.logs: object expected");
                            message.logs[i] = $root.trivium.evm.v1.Log.fromObject(object.logs[i], _depth + 1);
                        }
                    }
                    if (object.ret != null)
                        if (object.ret.length)
                            if (typeof object.ret === "string")
                                $util.base64.decode(object.ret, message.ret = $util.newBuffer($util.base64.length(object.ret)), 0);
                            else if (object.ret.length >= 0)
                                message.ret = object.ret;
                    if (object.vmError != null)
                        if (typeof object.vmError !== "string" || object.vmError.length)
                            message.vmError = $String(object.vmError);
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
                    if (object.contractAddress != null)
                        if (typeof object.contractAddress !== "string" || object.contractAddress.length)
                            message.contractAddress = $String(object.contractAddress);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgEthereumTxResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @static
                 * @param {trivium.evm.v1.MsgEthereumTxResponse} message MsgEthereumTxResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgEthereumTxResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.logs = [];
                    if (options.defaults) {
                        object.hash = "";
                        if (options.bytes === $String)
                            object.ret = "";
                        else {
                            object.ret = [];
                            if (options.bytes !== $Array)
                                object.ret = $util.newBuffer(object.ret);
                        }
                        object.vmError = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gasUsed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gasUsed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.contractAddress = "";
                    }
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = message.hash;
                    if (message.logs && message.logs.length) {
                        object.logs = $Array(message.logs.length);
                        for (let j = 0; j < message.logs.length; ++j)
                            object.logs[j] = $root.trivium.evm.v1.Log.toObject(message.logs[j], options, _depth + 1);
                    }
                    if (message.ret != null && $Object.hasOwnProperty.call(message, "ret"))
                        object.ret = options.bytes === $String ? $util.base64.encode(message.ret, 0, message.ret.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ret) : message.ret;
                    if (message.vmError != null && $Object.hasOwnProperty.call(message, "vmError"))
                        object.vmError = message.vmError;
                    if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gasUsed = typeof message.gasUsed === "number" ? $BigInt(message.gasUsed) : $util.Long.fromBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0, true).toBigInt();
                        else if (typeof message.gasUsed === "number")
                            object.gasUsed = options.longs === $String ? $String(message.gasUsed) : message.gasUsed;
                        else
                            object.gasUsed = options.longs === $String ? $util.Long.prototype.toString.call(message.gasUsed) : options.longs === $Number ? new $util.LongBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0).toNumber(true) : message.gasUsed;
                    if (message.contractAddress != null && $Object.hasOwnProperty.call(message, "contractAddress"))
                        object.contractAddress = message.contractAddress;
                    return object;
                };

                /**
                 * Converts this MsgEthereumTxResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgEthereumTxResponse.prototype.toJSON = function() {
                    return MsgEthereumTxResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgEthereumTxResponse
                 * @function getTypeUrl
                 * @memberof trivium.evm.v1.MsgEthereumTxResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgEthereumTxResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.evm.v1.MsgEthereumTxResponse";
                };

                return MsgEthereumTxResponse;
            })();

            return v1;
        })();

        return evm;
    })();

    return trivium;
})();

export {
  $root as default
};
