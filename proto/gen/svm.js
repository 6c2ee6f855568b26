/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["trivium_svm"] || ($protobuf.roots["trivium_svm"] = {});

export const trivium = $root.trivium = (() => {

    /**
     * Namespace trivium.
     * @exports trivium
     * @namespace
     */
    const trivium = {};

    trivium.svm = (function() {

        /**
         * Namespace svm.
         * @memberof trivium
         * @namespace
         */
        const svm = {};

        svm.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof trivium.svm
             * @namespace
             */
            const v1 = {};

            v1.Account = (function() {

                /**
                 * Properties of an Account.
                 * @typedef {Object} trivium.svm.v1.Account.$Properties
                 * @property {string|null} [pubkey] Account pubkey
                 * @property {string|null} [lamports] Account lamports
                 * @property {string|null} [owner] Account owner
                 * @property {Uint8Array|null} [data] Account data
                 * @property {boolean|null} [executable] Account executable
                 * @property {string|null} [rentEpoch] Account rentEpoch
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Account.
                 * @memberof trivium.svm.v1
                 * @interface IAccount
                 * @augments trivium.svm.v1.Account.$Properties
                 * @deprecated Use trivium.svm.v1.Account.$Properties instead.
                 */

                /**
                 * Shape of an Account.
                 * @typedef {trivium.svm.v1.Account.$Properties} trivium.svm.v1.Account.$Shape
                 */

                /**
                 * Constructs a new Account.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents an Account.
                 * @constructor
                 * @param {trivium.svm.v1.Account.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Account = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Account pubkey.
                 * @member {string} pubkey
                 * @memberof trivium.svm.v1.Account
                 * @instance
                 */
                Account.prototype.pubkey = "";

                /**
                 * Account lamports.
                 * @member {string} lamports
                 * @memberof trivium.svm.v1.Account
                 * @instance
                 */
                Account.prototype.lamports = "";

                /**
                 * Account owner.
                 * @member {string} owner
                 * @memberof trivium.svm.v1.Account
                 * @instance
                 */
                Account.prototype.owner = "";

                /**
                 * Account data.
                 * @member {Uint8Array} data
                 * @memberof trivium.svm.v1.Account
                 * @instance
                 */
                Account.prototype.data = $util.newBuffer([]);

                /**
                 * Account executable.
                 * @member {boolean} executable
                 * @memberof trivium.svm.v1.Account
                 * @instance
                 */
                Account.prototype.executable = false;

                /**
                 * Account rentEpoch.
                 * @member {string} rentEpoch
                 * @memberof trivium.svm.v1.Account
                 * @instance
                 */
                Account.prototype.rentEpoch = "";

                /**
                 * Encodes the specified Account message. Does not implicitly {@link trivium.svm.v1.Account.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.Account
                 * @static
                 * @param {trivium.svm.v1.Account.$Properties} message Account message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Account.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pubkey != null && $Object.hasOwnProperty.call(message, "pubkey") && message.pubkey !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.pubkey);
                    if (message.lamports != null && $Object.hasOwnProperty.call(message, "lamports") && message.lamports !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.lamports);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.owner);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                    if (message.executable != null && $Object.hasOwnProperty.call(message, "executable") && message.executable !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.executable);
                    if (message.rentEpoch != null && $Object.hasOwnProperty.call(message, "rentEpoch") && message.rentEpoch !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.rentEpoch);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Account message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.Account
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.Account & trivium.svm.v1.Account.$Shape} Account
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Account.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.Account();
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
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lamports = value;
                                else
                                    delete message.lamports;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.executable = value;
                                else
                                    delete message.executable;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.rentEpoch = value;
                                else
                                    delete message.rentEpoch;
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
                 * Creates an Account message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.Account
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.Account} Account
                 */
                Account.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.Account)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.Account: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.Account();
                    if (object.pubkey != null)
                        if (typeof object.pubkey !== "string" || object.pubkey.length)
                            message.pubkey = $String(object.pubkey);
                    if (object.lamports != null)
                        if (typeof object.lamports !== "string" || object.lamports.length)
                            message.lamports = $String(object.lamports);
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.executable != null)
                        if (object.executable)
                            message.executable = $Boolean(object.executable);
                    if (object.rentEpoch != null)
                        if (typeof object.rentEpoch !== "string" || object.rentEpoch.length)
                            message.rentEpoch = $String(object.rentEpoch);
                    return message;
                };

                /**
                 * Creates a plain object from an Account message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.Account
                 * @static
                 * @param {trivium.svm.v1.Account} message Account
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Account.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.pubkey = "";
                        object.lamports = "";
                        object.owner = "";
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        object.executable = false;
                        object.rentEpoch = "";
                    }
                    if (message.pubkey != null && $Object.hasOwnProperty.call(message, "pubkey"))
                        object.pubkey = message.pubkey;
                    if (message.lamports != null && $Object.hasOwnProperty.call(message, "lamports"))
                        object.lamports = message.lamports;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.executable != null && $Object.hasOwnProperty.call(message, "executable"))
                        object.executable = message.executable;
                    if (message.rentEpoch != null && $Object.hasOwnProperty.call(message, "rentEpoch"))
                        object.rentEpoch = message.rentEpoch;
                    return object;
                };

                /**
                 * Converts this Account to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.Account
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Account.prototype.toJSON = function() {
                    return Account.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Account
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.Account
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Account.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.Account";
                };

                return Account;
            })();

            v1.QueryAccountRequest = (function() {

                /**
                 * Properties of a QueryAccountRequest.
                 * @typedef {Object} trivium.svm.v1.QueryAccountRequest.$Properties
                 * @property {string|null} [pubkey] QueryAccountRequest pubkey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAccountRequest.
                 * @memberof trivium.svm.v1
                 * @interface IQueryAccountRequest
                 * @augments trivium.svm.v1.QueryAccountRequest.$Properties
                 * @deprecated Use trivium.svm.v1.QueryAccountRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryAccountRequest.
                 * @typedef {trivium.svm.v1.QueryAccountRequest.$Properties} trivium.svm.v1.QueryAccountRequest.$Shape
                 */

                /**
                 * Constructs a new QueryAccountRequest.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a QueryAccountRequest.
                 * @constructor
                 * @param {trivium.svm.v1.QueryAccountRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAccountRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAccountRequest pubkey.
                 * @member {string} pubkey
                 * @memberof trivium.svm.v1.QueryAccountRequest
                 * @instance
                 */
                QueryAccountRequest.prototype.pubkey = "";

                /**
                 * Encodes the specified QueryAccountRequest message. Does not implicitly {@link trivium.svm.v1.QueryAccountRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.QueryAccountRequest
                 * @static
                 * @param {trivium.svm.v1.QueryAccountRequest.$Properties} message QueryAccountRequest message or plain object to encode
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
                    if (message.pubkey != null && $Object.hasOwnProperty.call(message, "pubkey") && message.pubkey !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.pubkey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryAccountRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.QueryAccountRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryAccountRequest & trivium.svm.v1.QueryAccountRequest.$Shape} QueryAccountRequest
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
                    message = _target || new $root.trivium.svm.v1.QueryAccountRequest();
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
                 * @memberof trivium.svm.v1.QueryAccountRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.QueryAccountRequest} QueryAccountRequest
                 */
                QueryAccountRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.QueryAccountRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.QueryAccountRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.QueryAccountRequest();
                    if (object.pubkey != null)
                        if (typeof object.pubkey !== "string" || object.pubkey.length)
                            message.pubkey = $String(object.pubkey);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAccountRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.QueryAccountRequest
                 * @static
                 * @param {trivium.svm.v1.QueryAccountRequest} message QueryAccountRequest
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
                        object.pubkey = "";
                    if (message.pubkey != null && $Object.hasOwnProperty.call(message, "pubkey"))
                        object.pubkey = message.pubkey;
                    return object;
                };

                /**
                 * Converts this QueryAccountRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.QueryAccountRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAccountRequest.prototype.toJSON = function() {
                    return QueryAccountRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAccountRequest
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.QueryAccountRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAccountRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.QueryAccountRequest";
                };

                return QueryAccountRequest;
            })();

            v1.QueryAccountResponse = (function() {

                /**
                 * Properties of a QueryAccountResponse.
                 * @typedef {Object} trivium.svm.v1.QueryAccountResponse.$Properties
                 * @property {trivium.svm.v1.Account.$Properties|null} [account] QueryAccountResponse account
                 * @property {boolean|null} [found] QueryAccountResponse found
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAccountResponse.
                 * @memberof trivium.svm.v1
                 * @interface IQueryAccountResponse
                 * @augments trivium.svm.v1.QueryAccountResponse.$Properties
                 * @deprecated Use trivium.svm.v1.QueryAccountResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryAccountResponse.
                 * @typedef {trivium.svm.v1.QueryAccountResponse.$Properties} trivium.svm.v1.QueryAccountResponse.$Shape
                 */

                /**
                 * Constructs a new QueryAccountResponse.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a QueryAccountResponse.
                 * @constructor
                 * @param {trivium.svm.v1.QueryAccountResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAccountResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAccountResponse account.
                 * @member {trivium.svm.v1.Account.$Properties|null|undefined} account
                 * @memberof trivium.svm.v1.QueryAccountResponse
                 * @instance
                 */
                QueryAccountResponse.prototype.account = null;

                /**
                 * QueryAccountResponse found.
                 * @member {boolean} found
                 * @memberof trivium.svm.v1.QueryAccountResponse
                 * @instance
                 */
                QueryAccountResponse.prototype.found = false;

                /**
                 * Encodes the specified QueryAccountResponse message. Does not implicitly {@link trivium.svm.v1.QueryAccountResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.QueryAccountResponse
                 * @static
                 * @param {trivium.svm.v1.QueryAccountResponse.$Properties} message QueryAccountResponse message or plain object to encode
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
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        $root.trivium.svm.v1.Account.encode(message.account, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.found);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryAccountResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.QueryAccountResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryAccountResponse & trivium.svm.v1.QueryAccountResponse.$Shape} QueryAccountResponse
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
                    message = _target || new $root.trivium.svm.v1.QueryAccountResponse();
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
                                message.account = $root.trivium.svm.v1.Account.decode(reader, reader.size(), $undefined, _depth + 1, message.account);
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
                 * Creates a QueryAccountResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.QueryAccountResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.QueryAccountResponse} QueryAccountResponse
                 */
                QueryAccountResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.QueryAccountResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.QueryAccountResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.QueryAccountResponse();
                    if (object.account != null) {
                        if (!$util.isObject(object.account))
                            throw $TypeError(".trivium.svm.v1.QueryAccountResponse.account: object expected");
                        message.account = $root.trivium.svm.v1.Account.fromObject(object.account, _depth + 1);
                    }
                    if (object.found != null)
                        if (object.found)
                            message.found = $Boolean(object.found);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAccountResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.QueryAccountResponse
                 * @static
                 * @param {trivium.svm.v1.QueryAccountResponse} message QueryAccountResponse
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
                        object.account = null;
                        object.found = false;
                    }
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        object.account = $root.trivium.svm.v1.Account.toObject(message.account, options, _depth + 1);
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                        object.found = message.found;
                    return object;
                };

                /**
                 * Converts this QueryAccountResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.QueryAccountResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAccountResponse.prototype.toJSON = function() {
                    return QueryAccountResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAccountResponse
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.QueryAccountResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAccountResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.QueryAccountResponse";
                };

                return QueryAccountResponse;
            })();

            v1.ProgramInfo = (function() {

                /**
                 * Properties of a ProgramInfo.
                 * @typedef {Object} trivium.svm.v1.ProgramInfo.$Properties
                 * @property {string|null} [programId] ProgramInfo programId
                 * @property {string|null} [deployer] ProgramInfo deployer
                 * @property {string|null} [elfSha256] ProgramInfo elfSha256
                 * @property {Long|null} [elfSize] ProgramInfo elfSize
                 * @property {Long|null} [deployedHeight] ProgramInfo deployedHeight
                 * @property {string|null} [loader] ProgramInfo loader
                 * @property {boolean|null} [builtin] ProgramInfo builtin
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProgramInfo.
                 * @memberof trivium.svm.v1
                 * @interface IProgramInfo
                 * @augments trivium.svm.v1.ProgramInfo.$Properties
                 * @deprecated Use trivium.svm.v1.ProgramInfo.$Properties instead.
                 */

                /**
                 * Shape of a ProgramInfo.
                 * @typedef {trivium.svm.v1.ProgramInfo.$Properties} trivium.svm.v1.ProgramInfo.$Shape
                 */

                /**
                 * Constructs a new ProgramInfo.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a ProgramInfo.
                 * @constructor
                 * @param {trivium.svm.v1.ProgramInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProgramInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProgramInfo programId.
                 * @member {string} programId
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @instance
                 */
                ProgramInfo.prototype.programId = "";

                /**
                 * ProgramInfo deployer.
                 * @member {string} deployer
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @instance
                 */
                ProgramInfo.prototype.deployer = "";

                /**
                 * ProgramInfo elfSha256.
                 * @member {string} elfSha256
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @instance
                 */
                ProgramInfo.prototype.elfSha256 = "";

                /**
                 * ProgramInfo elfSize.
                 * @member {Long} elfSize
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @instance
                 */
                ProgramInfo.prototype.elfSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ProgramInfo deployedHeight.
                 * @member {Long} deployedHeight
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @instance
                 */
                ProgramInfo.prototype.deployedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ProgramInfo loader.
                 * @member {string} loader
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @instance
                 */
                ProgramInfo.prototype.loader = "";

                /**
                 * ProgramInfo builtin.
                 * @member {boolean} builtin
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @instance
                 */
                ProgramInfo.prototype.builtin = false;

                /**
                 * Encodes the specified ProgramInfo message. Does not implicitly {@link trivium.svm.v1.ProgramInfo.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @static
                 * @param {trivium.svm.v1.ProgramInfo.$Properties} message ProgramInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProgramInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.programId != null && $Object.hasOwnProperty.call(message, "programId") && message.programId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.programId);
                    if (message.deployer != null && $Object.hasOwnProperty.call(message, "deployer") && message.deployer !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.deployer);
                    if (message.elfSha256 != null && $Object.hasOwnProperty.call(message, "elfSha256") && message.elfSha256 !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.elfSha256);
                    if (message.elfSize != null && $Object.hasOwnProperty.call(message, "elfSize") && (typeof message.elfSize === "object" ? message.elfSize.low || message.elfSize.high : message.elfSize !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.elfSize);
                    if (message.deployedHeight != null && $Object.hasOwnProperty.call(message, "deployedHeight") && (typeof message.deployedHeight === "object" ? message.deployedHeight.low || message.deployedHeight.high : message.deployedHeight !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.deployedHeight);
                    if (message.loader != null && $Object.hasOwnProperty.call(message, "loader") && message.loader !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.loader);
                    if (message.builtin != null && $Object.hasOwnProperty.call(message, "builtin") && message.builtin !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.builtin);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProgramInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.ProgramInfo & trivium.svm.v1.ProgramInfo.$Shape} ProgramInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProgramInfo.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.ProgramInfo();
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
                                    message.programId = value;
                                else
                                    delete message.programId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.deployer = value;
                                else
                                    delete message.deployer;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.elfSha256 = value;
                                else
                                    delete message.elfSha256;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.elfSize = value;
                                else
                                    delete message.elfSize;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.deployedHeight = value;
                                else
                                    delete message.deployedHeight;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.loader = value;
                                else
                                    delete message.loader;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.builtin = value;
                                else
                                    delete message.builtin;
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
                 * Creates a ProgramInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.ProgramInfo} ProgramInfo
                 */
                ProgramInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.ProgramInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.ProgramInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.ProgramInfo();
                    if (object.programId != null)
                        if (typeof object.programId !== "string" || object.programId.length)
                            message.programId = $String(object.programId);
                    if (object.deployer != null)
                        if (typeof object.deployer !== "string" || object.deployer.length)
                            message.deployer = $String(object.deployer);
                    if (object.elfSha256 != null)
                        if (typeof object.elfSha256 !== "string" || object.elfSha256.length)
                            message.elfSha256 = $String(object.elfSha256);
                    if (object.elfSize != null)
                        if (typeof object.elfSize === "object" ? object.elfSize.low || object.elfSize.high : $Number(object.elfSize) !== 0)
                            if ($util.Long)
                                message.elfSize = $util.Long.fromValue(object.elfSize, true);
                            else if (typeof object.elfSize === "string")
                                message.elfSize = $parseInt(object.elfSize, 10);
                            else if (typeof object.elfSize === "number")
                                message.elfSize = object.elfSize;
                            else if (typeof object.elfSize === "object")
                                message.elfSize = new $util.LongBits(object.elfSize.low >>> 0, object.elfSize.high >>> 0).toNumber(true);
                    if (object.deployedHeight != null)
                        if (typeof object.deployedHeight === "object" ? object.deployedHeight.low || object.deployedHeight.high : $Number(object.deployedHeight) !== 0)
                            if ($util.Long)
                                message.deployedHeight = $util.Long.fromValue(object.deployedHeight, true);
                            else if (typeof object.deployedHeight === "string")
                                message.deployedHeight = $parseInt(object.deployedHeight, 10);
                            else if (typeof object.deployedHeight === "number")
                                message.deployedHeight = object.deployedHeight;
                            else if (typeof object.deployedHeight === "object")
                                message.deployedHeight = new $util.LongBits(object.deployedHeight.low >>> 0, object.deployedHeight.high >>> 0).toNumber(true);
                    if (object.loader != null)
                        if (typeof object.loader !== "string" || object.loader.length)
                            message.loader = $String(object.loader);
                    if (object.builtin != null)
                        if (object.builtin)
                            message.builtin = $Boolean(object.builtin);
                    return message;
                };

                /**
                 * Creates a plain object from a ProgramInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @static
                 * @param {trivium.svm.v1.ProgramInfo} message ProgramInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProgramInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.programId = "";
                        object.deployer = "";
                        object.elfSha256 = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.elfSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.elfSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.deployedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.deployedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.loader = "";
                        object.builtin = false;
                    }
                    if (message.programId != null && $Object.hasOwnProperty.call(message, "programId"))
                        object.programId = message.programId;
                    if (message.deployer != null && $Object.hasOwnProperty.call(message, "deployer"))
                        object.deployer = message.deployer;
                    if (message.elfSha256 != null && $Object.hasOwnProperty.call(message, "elfSha256"))
                        object.elfSha256 = message.elfSha256;
                    if (message.elfSize != null && $Object.hasOwnProperty.call(message, "elfSize"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.elfSize = typeof message.elfSize === "number" ? $BigInt(message.elfSize) : $util.Long.fromBits(message.elfSize.low >>> 0, message.elfSize.high >>> 0, true).toBigInt();
                        else if (typeof message.elfSize === "number")
                            object.elfSize = options.longs === $String ? $String(message.elfSize) : message.elfSize;
                        else
                            object.elfSize = options.longs === $String ? $util.Long.prototype.toString.call(message.elfSize) : options.longs === $Number ? new $util.LongBits(message.elfSize.low >>> 0, message.elfSize.high >>> 0).toNumber(true) : message.elfSize;
                    if (message.deployedHeight != null && $Object.hasOwnProperty.call(message, "deployedHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.deployedHeight = typeof message.deployedHeight === "number" ? $BigInt(message.deployedHeight) : $util.Long.fromBits(message.deployedHeight.low >>> 0, message.deployedHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.deployedHeight === "number")
                            object.deployedHeight = options.longs === $String ? $String(message.deployedHeight) : message.deployedHeight;
                        else
                            object.deployedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.deployedHeight) : options.longs === $Number ? new $util.LongBits(message.deployedHeight.low >>> 0, message.deployedHeight.high >>> 0).toNumber(true) : message.deployedHeight;
                    if (message.loader != null && $Object.hasOwnProperty.call(message, "loader"))
                        object.loader = message.loader;
                    if (message.builtin != null && $Object.hasOwnProperty.call(message, "builtin"))
                        object.builtin = message.builtin;
                    return object;
                };

                /**
                 * Converts this ProgramInfo to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProgramInfo.prototype.toJSON = function() {
                    return ProgramInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProgramInfo
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.ProgramInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProgramInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.ProgramInfo";
                };

                return ProgramInfo;
            })();

            v1.QueryProgramRequest = (function() {

                /**
                 * Properties of a QueryProgramRequest.
                 * @typedef {Object} trivium.svm.v1.QueryProgramRequest.$Properties
                 * @property {string|null} [programId] QueryProgramRequest programId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryProgramRequest.
                 * @memberof trivium.svm.v1
                 * @interface IQueryProgramRequest
                 * @augments trivium.svm.v1.QueryProgramRequest.$Properties
                 * @deprecated Use trivium.svm.v1.QueryProgramRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryProgramRequest.
                 * @typedef {trivium.svm.v1.QueryProgramRequest.$Properties} trivium.svm.v1.QueryProgramRequest.$Shape
                 */

                /**
                 * Constructs a new QueryProgramRequest.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a QueryProgramRequest.
                 * @constructor
                 * @param {trivium.svm.v1.QueryProgramRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryProgramRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryProgramRequest programId.
                 * @member {string} programId
                 * @memberof trivium.svm.v1.QueryProgramRequest
                 * @instance
                 */
                QueryProgramRequest.prototype.programId = "";

                /**
                 * Encodes the specified QueryProgramRequest message. Does not implicitly {@link trivium.svm.v1.QueryProgramRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.QueryProgramRequest
                 * @static
                 * @param {trivium.svm.v1.QueryProgramRequest.$Properties} message QueryProgramRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryProgramRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.programId != null && $Object.hasOwnProperty.call(message, "programId") && message.programId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.programId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryProgramRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.QueryProgramRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryProgramRequest & trivium.svm.v1.QueryProgramRequest.$Shape} QueryProgramRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryProgramRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.QueryProgramRequest();
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
                                    message.programId = value;
                                else
                                    delete message.programId;
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
                 * Creates a QueryProgramRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.QueryProgramRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.QueryProgramRequest} QueryProgramRequest
                 */
                QueryProgramRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.QueryProgramRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.QueryProgramRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.QueryProgramRequest();
                    if (object.programId != null)
                        if (typeof object.programId !== "string" || object.programId.length)
                            message.programId = $String(object.programId);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryProgramRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.QueryProgramRequest
                 * @static
                 * @param {trivium.svm.v1.QueryProgramRequest} message QueryProgramRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryProgramRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.programId = "";
                    if (message.programId != null && $Object.hasOwnProperty.call(message, "programId"))
                        object.programId = message.programId;
                    return object;
                };

                /**
                 * Converts this QueryProgramRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.QueryProgramRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryProgramRequest.prototype.toJSON = function() {
                    return QueryProgramRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryProgramRequest
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.QueryProgramRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryProgramRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.QueryProgramRequest";
                };

                return QueryProgramRequest;
            })();

            v1.QueryProgramResponse = (function() {

                /**
                 * Properties of a QueryProgramResponse.
                 * @typedef {Object} trivium.svm.v1.QueryProgramResponse.$Properties
                 * @property {trivium.svm.v1.ProgramInfo.$Properties|null} [program] QueryProgramResponse program
                 * @property {boolean|null} [found] QueryProgramResponse found
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryProgramResponse.
                 * @memberof trivium.svm.v1
                 * @interface IQueryProgramResponse
                 * @augments trivium.svm.v1.QueryProgramResponse.$Properties
                 * @deprecated Use trivium.svm.v1.QueryProgramResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryProgramResponse.
                 * @typedef {trivium.svm.v1.QueryProgramResponse.$Properties} trivium.svm.v1.QueryProgramResponse.$Shape
                 */

                /**
                 * Constructs a new QueryProgramResponse.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a QueryProgramResponse.
                 * @constructor
                 * @param {trivium.svm.v1.QueryProgramResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryProgramResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryProgramResponse program.
                 * @member {trivium.svm.v1.ProgramInfo.$Properties|null|undefined} program
                 * @memberof trivium.svm.v1.QueryProgramResponse
                 * @instance
                 */
                QueryProgramResponse.prototype.program = null;

                /**
                 * QueryProgramResponse found.
                 * @member {boolean} found
                 * @memberof trivium.svm.v1.QueryProgramResponse
                 * @instance
                 */
                QueryProgramResponse.prototype.found = false;

                /**
                 * Encodes the specified QueryProgramResponse message. Does not implicitly {@link trivium.svm.v1.QueryProgramResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.QueryProgramResponse
                 * @static
                 * @param {trivium.svm.v1.QueryProgramResponse.$Properties} message QueryProgramResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryProgramResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.program != null && $Object.hasOwnProperty.call(message, "program"))
                        $root.trivium.svm.v1.ProgramInfo.encode(message.program, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.found);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryProgramResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.QueryProgramResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryProgramResponse & trivium.svm.v1.QueryProgramResponse.$Shape} QueryProgramResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryProgramResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.QueryProgramResponse();
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
                                message.program = $root.trivium.svm.v1.ProgramInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.program);
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
                 * Creates a QueryProgramResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.QueryProgramResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.QueryProgramResponse} QueryProgramResponse
                 */
                QueryProgramResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.QueryProgramResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.QueryProgramResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.QueryProgramResponse();
                    if (object.program != null) {
                        if (!$util.isObject(object.program))
                            throw $TypeError(".trivium.svm.v1.QueryProgramResponse.program: object expected");
                        message.program = $root.trivium.svm.v1.ProgramInfo.fromObject(object.program, _depth + 1);
                    }
                    if (object.found != null)
                        if (object.found)
                            message.found = $Boolean(object.found);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryProgramResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.QueryProgramResponse
                 * @static
                 * @param {trivium.svm.v1.QueryProgramResponse} message QueryProgramResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryProgramResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.program = null;
                        object.found = false;
                    }
                    if (message.program != null && $Object.hasOwnProperty.call(message, "program"))
                        object.program = $root.trivium.svm.v1.ProgramInfo.toObject(message.program, options, _depth + 1);
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                        object.found = message.found;
                    return object;
                };

                /**
                 * Converts this QueryProgramResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.QueryProgramResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryProgramResponse.prototype.toJSON = function() {
                    return QueryProgramResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryProgramResponse
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.QueryProgramResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryProgramResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.QueryProgramResponse";
                };

                return QueryProgramResponse;
            })();

            v1.QueryAddressFacesRequest = (function() {

                /**
                 * Properties of a QueryAddressFacesRequest.
                 * @typedef {Object} trivium.svm.v1.QueryAddressFacesRequest.$Properties
                 * @property {string|null} [address] QueryAddressFacesRequest address
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAddressFacesRequest.
                 * @memberof trivium.svm.v1
                 * @interface IQueryAddressFacesRequest
                 * @augments trivium.svm.v1.QueryAddressFacesRequest.$Properties
                 * @deprecated Use trivium.svm.v1.QueryAddressFacesRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryAddressFacesRequest.
                 * @typedef {trivium.svm.v1.QueryAddressFacesRequest.$Properties} trivium.svm.v1.QueryAddressFacesRequest.$Shape
                 */

                /**
                 * Constructs a new QueryAddressFacesRequest.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a QueryAddressFacesRequest.
                 * @constructor
                 * @param {trivium.svm.v1.QueryAddressFacesRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAddressFacesRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAddressFacesRequest address.
                 * @member {string} address
                 * @memberof trivium.svm.v1.QueryAddressFacesRequest
                 * @instance
                 */
                QueryAddressFacesRequest.prototype.address = "";

                /**
                 * Encodes the specified QueryAddressFacesRequest message. Does not implicitly {@link trivium.svm.v1.QueryAddressFacesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.QueryAddressFacesRequest
                 * @static
                 * @param {trivium.svm.v1.QueryAddressFacesRequest.$Properties} message QueryAddressFacesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAddressFacesRequest.encode = function (message, writer, _depth) {
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
                 * Decodes a QueryAddressFacesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.QueryAddressFacesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryAddressFacesRequest & trivium.svm.v1.QueryAddressFacesRequest.$Shape} QueryAddressFacesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAddressFacesRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.QueryAddressFacesRequest();
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
                 * Creates a QueryAddressFacesRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.QueryAddressFacesRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.QueryAddressFacesRequest} QueryAddressFacesRequest
                 */
                QueryAddressFacesRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.QueryAddressFacesRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.QueryAddressFacesRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.QueryAddressFacesRequest();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAddressFacesRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.QueryAddressFacesRequest
                 * @static
                 * @param {trivium.svm.v1.QueryAddressFacesRequest} message QueryAddressFacesRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryAddressFacesRequest.toObject = function (message, options, _depth) {
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
                 * Converts this QueryAddressFacesRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.QueryAddressFacesRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAddressFacesRequest.prototype.toJSON = function() {
                    return QueryAddressFacesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAddressFacesRequest
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.QueryAddressFacesRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAddressFacesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.QueryAddressFacesRequest";
                };

                return QueryAddressFacesRequest;
            })();

            v1.QueryAddressFacesResponse = (function() {

                /**
                 * Properties of a QueryAddressFacesResponse.
                 * @typedef {Object} trivium.svm.v1.QueryAddressFacesResponse.$Properties
                 * @property {string|null} [bech32] QueryAddressFacesResponse bech32
                 * @property {string|null} [evm] QueryAddressFacesResponse evm
                 * @property {string|null} [svm] QueryAddressFacesResponse svm
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAddressFacesResponse.
                 * @memberof trivium.svm.v1
                 * @interface IQueryAddressFacesResponse
                 * @augments trivium.svm.v1.QueryAddressFacesResponse.$Properties
                 * @deprecated Use trivium.svm.v1.QueryAddressFacesResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryAddressFacesResponse.
                 * @typedef {trivium.svm.v1.QueryAddressFacesResponse.$Properties} trivium.svm.v1.QueryAddressFacesResponse.$Shape
                 */

                /**
                 * Constructs a new QueryAddressFacesResponse.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a QueryAddressFacesResponse.
                 * @constructor
                 * @param {trivium.svm.v1.QueryAddressFacesResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAddressFacesResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAddressFacesResponse bech32.
                 * @member {string} bech32
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @instance
                 */
                QueryAddressFacesResponse.prototype.bech32 = "";

                /**
                 * QueryAddressFacesResponse evm.
                 * @member {string} evm
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @instance
                 */
                QueryAddressFacesResponse.prototype.evm = "";

                /**
                 * QueryAddressFacesResponse svm.
                 * @member {string} svm
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @instance
                 */
                QueryAddressFacesResponse.prototype.svm = "";

                /**
                 * Encodes the specified QueryAddressFacesResponse message. Does not implicitly {@link trivium.svm.v1.QueryAddressFacesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @static
                 * @param {trivium.svm.v1.QueryAddressFacesResponse.$Properties} message QueryAddressFacesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAddressFacesResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bech32 != null && $Object.hasOwnProperty.call(message, "bech32") && message.bech32 !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.bech32);
                    if (message.evm != null && $Object.hasOwnProperty.call(message, "evm") && message.evm !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.evm);
                    if (message.svm != null && $Object.hasOwnProperty.call(message, "svm") && message.svm !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.svm);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryAddressFacesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryAddressFacesResponse & trivium.svm.v1.QueryAddressFacesResponse.$Shape} QueryAddressFacesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAddressFacesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.QueryAddressFacesResponse();
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
                                    message.bech32 = value;
                                else
                                    delete message.bech32;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.evm = value;
                                else
                                    delete message.evm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.svm = value;
                                else
                                    delete message.svm;
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
                 * Creates a QueryAddressFacesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.QueryAddressFacesResponse} QueryAddressFacesResponse
                 */
                QueryAddressFacesResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.QueryAddressFacesResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.QueryAddressFacesResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.QueryAddressFacesResponse();
                    if (object.bech32 != null)
                        if (typeof object.bech32 !== "string" || object.bech32.length)
                            message.bech32 = $String(object.bech32);
                    if (object.evm != null)
                        if (typeof object.evm !== "string" || object.evm.length)
                            message.evm = $String(object.evm);
                    if (object.svm != null)
                        if (typeof object.svm !== "string" || object.svm.length)
                            message.svm = $String(object.svm);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAddressFacesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @static
                 * @param {trivium.svm.v1.QueryAddressFacesResponse} message QueryAddressFacesResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryAddressFacesResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.bech32 = "";
                        object.evm = "";
                        object.svm = "";
                    }
                    if (message.bech32 != null && $Object.hasOwnProperty.call(message, "bech32"))
                        object.bech32 = message.bech32;
                    if (message.evm != null && $Object.hasOwnProperty.call(message, "evm"))
                        object.evm = message.evm;
                    if (message.svm != null && $Object.hasOwnProperty.call(message, "svm"))
                        object.svm = message.svm;
                    return object;
                };

                /**
                 * Converts this QueryAddressFacesResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAddressFacesResponse.prototype.toJSON = function() {
                    return QueryAddressFacesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAddressFacesResponse
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.QueryAddressFacesResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAddressFacesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.QueryAddressFacesResponse";
                };

                return QueryAddressFacesResponse;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} trivium.svm.v1.Params.$Properties
                 * @property {Long|null} [lamportsPerUtrv] Params lamportsPerUtrv
                 * @property {Long|null} [gasPerComputeUnit] Params gasPerComputeUnit
                 * @property {Long|null} [maxComputeUnits] Params maxComputeUnits
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof trivium.svm.v1
                 * @interface IParams
                 * @augments trivium.svm.v1.Params.$Properties
                 * @deprecated Use trivium.svm.v1.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {trivium.svm.v1.Params.$Properties} trivium.svm.v1.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {trivium.svm.v1.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Params = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params lamportsPerUtrv.
                 * @member {Long} lamportsPerUtrv
                 * @memberof trivium.svm.v1.Params
                 * @instance
                 */
                Params.prototype.lamportsPerUtrv = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params gasPerComputeUnit.
                 * @member {Long} gasPerComputeUnit
                 * @memberof trivium.svm.v1.Params
                 * @instance
                 */
                Params.prototype.gasPerComputeUnit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxComputeUnits.
                 * @member {Long} maxComputeUnits
                 * @memberof trivium.svm.v1.Params
                 * @instance
                 */
                Params.prototype.maxComputeUnits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link trivium.svm.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.Params
                 * @static
                 * @param {trivium.svm.v1.Params.$Properties} message Params message or plain object to encode
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
                    if (message.lamportsPerUtrv != null && $Object.hasOwnProperty.call(message, "lamportsPerUtrv") && (typeof message.lamportsPerUtrv === "object" ? message.lamportsPerUtrv.low || message.lamportsPerUtrv.high : message.lamportsPerUtrv !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.lamportsPerUtrv);
                    if (message.gasPerComputeUnit != null && $Object.hasOwnProperty.call(message, "gasPerComputeUnit") && (typeof message.gasPerComputeUnit === "object" ? message.gasPerComputeUnit.low || message.gasPerComputeUnit.high : message.gasPerComputeUnit !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.gasPerComputeUnit);
                    if (message.maxComputeUnits != null && $Object.hasOwnProperty.call(message, "maxComputeUnits") && (typeof message.maxComputeUnits === "object" ? message.maxComputeUnits.low || message.maxComputeUnits.high : message.maxComputeUnits !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxComputeUnits);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.Params & trivium.svm.v1.Params.$Shape} Params
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
                    message = _target || new $root.trivium.svm.v1.Params();
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
                                    message.lamportsPerUtrv = value;
                                else
                                    delete message.lamportsPerUtrv;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gasPerComputeUnit = value;
                                else
                                    delete message.gasPerComputeUnit;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxComputeUnits = value;
                                else
                                    delete message.maxComputeUnits;
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
                 * @memberof trivium.svm.v1.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.Params();
                    if (object.lamportsPerUtrv != null)
                        if (typeof object.lamportsPerUtrv === "object" ? object.lamportsPerUtrv.low || object.lamportsPerUtrv.high : $Number(object.lamportsPerUtrv) !== 0)
                            if ($util.Long)
                                message.lamportsPerUtrv = $util.Long.fromValue(object.lamportsPerUtrv, true);
                            else if (typeof object.lamportsPerUtrv === "string")
                                message.lamportsPerUtrv = $parseInt(object.lamportsPerUtrv, 10);
                            else if (typeof object.lamportsPerUtrv === "number")
                                message.lamportsPerUtrv = object.lamportsPerUtrv;
                            else if (typeof object.lamportsPerUtrv === "object")
                                message.lamportsPerUtrv = new $util.LongBits(object.lamportsPerUtrv.low >>> 0, object.lamportsPerUtrv.high >>> 0).toNumber(true);
                    if (object.gasPerComputeUnit != null)
                        if (typeof object.gasPerComputeUnit === "object" ? object.gasPerComputeUnit.low || object.gasPerComputeUnit.high : $Number(object.gasPerComputeUnit) !== 0)
                            if ($util.Long)
                                message.gasPerComputeUnit = $util.Long.fromValue(object.gasPerComputeUnit, true);
                            else if (typeof object.gasPerComputeUnit === "string")
                                message.gasPerComputeUnit = $parseInt(object.gasPerComputeUnit, 10);
                            else if (typeof object.gasPerComputeUnit === "number")
                                message.gasPerComputeUnit = object.gasPerComputeUnit;
                            else if (typeof object.gasPerComputeUnit === "object")
                                message.gasPerComputeUnit = new $util.LongBits(object.gasPerComputeUnit.low >>> 0, object.gasPerComputeUnit.high >>> 0).toNumber(true);
                    if (object.maxComputeUnits != null)
                        if (typeof object.maxComputeUnits === "object" ? object.maxComputeUnits.low || object.maxComputeUnits.high : $Number(object.maxComputeUnits) !== 0)
                            if ($util.Long)
                                message.maxComputeUnits = $util.Long.fromValue(object.maxComputeUnits, true);
                            else if (typeof object.maxComputeUnits === "string")
                                message.maxComputeUnits = $parseInt(object.maxComputeUnits, 10);
                            else if (typeof object.maxComputeUnits === "number")
                                message.maxComputeUnits = object.maxComputeUnits;
                            else if (typeof object.maxComputeUnits === "object")
                                message.maxComputeUnits = new $util.LongBits(object.maxComputeUnits.low >>> 0, object.maxComputeUnits.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.Params
                 * @static
                 * @param {trivium.svm.v1.Params} message Params
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
                            object.lamportsPerUtrv = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lamportsPerUtrv = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gasPerComputeUnit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gasPerComputeUnit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxComputeUnits = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxComputeUnits = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.lamportsPerUtrv != null && $Object.hasOwnProperty.call(message, "lamportsPerUtrv"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lamportsPerUtrv = typeof message.lamportsPerUtrv === "number" ? $BigInt(message.lamportsPerUtrv) : $util.Long.fromBits(message.lamportsPerUtrv.low >>> 0, message.lamportsPerUtrv.high >>> 0, true).toBigInt();
                        else if (typeof message.lamportsPerUtrv === "number")
                            object.lamportsPerUtrv = options.longs === $String ? $String(message.lamportsPerUtrv) : message.lamportsPerUtrv;
                        else
                            object.lamportsPerUtrv = options.longs === $String ? $util.Long.prototype.toString.call(message.lamportsPerUtrv) : options.longs === $Number ? new $util.LongBits(message.lamportsPerUtrv.low >>> 0, message.lamportsPerUtrv.high >>> 0).toNumber(true) : message.lamportsPerUtrv;
                    if (message.gasPerComputeUnit != null && $Object.hasOwnProperty.call(message, "gasPerComputeUnit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gasPerComputeUnit = typeof message.gasPerComputeUnit === "number" ? $BigInt(message.gasPerComputeUnit) : $util.Long.fromBits(message.gasPerComputeUnit.low >>> 0, message.gasPerComputeUnit.high >>> 0, true).toBigInt();
                        else if (typeof message.gasPerComputeUnit === "number")
                            object.gasPerComputeUnit = options.longs === $String ? $String(message.gasPerComputeUnit) : message.gasPerComputeUnit;
                        else
                            object.gasPerComputeUnit = options.longs === $String ? $util.Long.prototype.toString.call(message.gasPerComputeUnit) : options.longs === $Number ? new $util.LongBits(message.gasPerComputeUnit.low >>> 0, message.gasPerComputeUnit.high >>> 0).toNumber(true) : message.gasPerComputeUnit;
                    if (message.maxComputeUnits != null && $Object.hasOwnProperty.call(message, "maxComputeUnits"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxComputeUnits = typeof message.maxComputeUnits === "number" ? $BigInt(message.maxComputeUnits) : $util.Long.fromBits(message.maxComputeUnits.low >>> 0, message.maxComputeUnits.high >>> 0, true).toBigInt();
                        else if (typeof message.maxComputeUnits === "number")
                            object.maxComputeUnits = options.longs === $String ? $String(message.maxComputeUnits) : message.maxComputeUnits;
                        else
                            object.maxComputeUnits = options.longs === $String ? $util.Long.prototype.toString.call(message.maxComputeUnits) : options.longs === $Number ? new $util.LongBits(message.maxComputeUnits.low >>> 0, message.maxComputeUnits.high >>> 0).toNumber(true) : message.maxComputeUnits;
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.Params";
                };

                return Params;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @typedef {Object} trivium.svm.v1.QueryParamsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof trivium.svm.v1
                 * @interface IQueryParamsRequest
                 * @augments trivium.svm.v1.QueryParamsRequest.$Properties
                 * @deprecated Use trivium.svm.v1.QueryParamsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsRequest.
                 * @typedef {trivium.svm.v1.QueryParamsRequest.$Properties} trivium.svm.v1.QueryParamsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @constructor
                 * @param {trivium.svm.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryParamsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link trivium.svm.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.QueryParamsRequest
                 * @static
                 * @param {trivium.svm.v1.QueryParamsRequest.$Properties} message QueryParamsRequest message or plain object to encode
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
                 * @memberof trivium.svm.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryParamsRequest & trivium.svm.v1.QueryParamsRequest.$Shape} QueryParamsRequest
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
                    message = _target || new $root.trivium.svm.v1.QueryParamsRequest();
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
                 * @memberof trivium.svm.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.trivium.svm.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.QueryParamsRequest
                 * @static
                 * @param {trivium.svm.v1.QueryParamsRequest} message QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.QueryParamsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @typedef {Object} trivium.svm.v1.QueryParamsResponse.$Properties
                 * @property {trivium.svm.v1.Params.$Properties|null} [params] QueryParamsResponse params
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof trivium.svm.v1
                 * @interface IQueryParamsResponse
                 * @augments trivium.svm.v1.QueryParamsResponse.$Properties
                 * @deprecated Use trivium.svm.v1.QueryParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsResponse.
                 * @typedef {trivium.svm.v1.QueryParamsResponse.$Properties} trivium.svm.v1.QueryParamsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @constructor
                 * @param {trivium.svm.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
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
                 * @member {trivium.svm.v1.Params.$Properties|null|undefined} params
                 * @memberof trivium.svm.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link trivium.svm.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.QueryParamsResponse
                 * @static
                 * @param {trivium.svm.v1.QueryParamsResponse.$Properties} message QueryParamsResponse message or plain object to encode
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
                        $root.trivium.svm.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryParamsResponse & trivium.svm.v1.QueryParamsResponse.$Shape} QueryParamsResponse
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
                    message = _target || new $root.trivium.svm.v1.QueryParamsResponse();
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
                                message.params = $root.trivium.svm.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
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
                 * @memberof trivium.svm.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".trivium.svm.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.trivium.svm.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.QueryParamsResponse
                 * @static
                 * @param {trivium.svm.v1.QueryParamsResponse} message QueryParamsResponse
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
                        object.params = $root.trivium.svm.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.QueryParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.AccountMeta = (function() {

                /**
                 * Properties of an AccountMeta.
                 * @typedef {Object} trivium.svm.v1.AccountMeta.$Properties
                 * @property {string|null} [pubkey] AccountMeta pubkey
                 * @property {boolean|null} [isSigner] AccountMeta isSigner
                 * @property {boolean|null} [isWritable] AccountMeta isWritable
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccountMeta.
                 * @memberof trivium.svm.v1
                 * @interface IAccountMeta
                 * @augments trivium.svm.v1.AccountMeta.$Properties
                 * @deprecated Use trivium.svm.v1.AccountMeta.$Properties instead.
                 */

                /**
                 * Shape of an AccountMeta.
                 * @typedef {trivium.svm.v1.AccountMeta.$Properties} trivium.svm.v1.AccountMeta.$Shape
                 */

                /**
                 * Constructs a new AccountMeta.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents an AccountMeta.
                 * @constructor
                 * @param {trivium.svm.v1.AccountMeta.$Properties=} [properties] Properties to set
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
                 * @memberof trivium.svm.v1.AccountMeta
                 * @instance
                 */
                AccountMeta.prototype.pubkey = "";

                /**
                 * AccountMeta isSigner.
                 * @member {boolean} isSigner
                 * @memberof trivium.svm.v1.AccountMeta
                 * @instance
                 */
                AccountMeta.prototype.isSigner = false;

                /**
                 * AccountMeta isWritable.
                 * @member {boolean} isWritable
                 * @memberof trivium.svm.v1.AccountMeta
                 * @instance
                 */
                AccountMeta.prototype.isWritable = false;

                /**
                 * Encodes the specified AccountMeta message. Does not implicitly {@link trivium.svm.v1.AccountMeta.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.AccountMeta
                 * @static
                 * @param {trivium.svm.v1.AccountMeta.$Properties} message AccountMeta message or plain object to encode
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
                 * @memberof trivium.svm.v1.AccountMeta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.AccountMeta & trivium.svm.v1.AccountMeta.$Shape} AccountMeta
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
                    message = _target || new $root.trivium.svm.v1.AccountMeta();
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
                 * @memberof trivium.svm.v1.AccountMeta
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.AccountMeta} AccountMeta
                 */
                AccountMeta.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.AccountMeta)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.AccountMeta: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.AccountMeta();
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
                 * @memberof trivium.svm.v1.AccountMeta
                 * @static
                 * @param {trivium.svm.v1.AccountMeta} message AccountMeta
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
                 * @memberof trivium.svm.v1.AccountMeta
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AccountMeta.prototype.toJSON = function() {
                    return AccountMeta.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AccountMeta
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.AccountMeta
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AccountMeta.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.AccountMeta";
                };

                return AccountMeta;
            })();

            v1.MsgDeployProgram = (function() {

                /**
                 * Properties of a MsgDeployProgram.
                 * @typedef {Object} trivium.svm.v1.MsgDeployProgram.$Properties
                 * @property {string|null} [sender] MsgDeployProgram sender
                 * @property {Uint8Array|null} [elf] MsgDeployProgram elf
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgDeployProgram.
                 * @memberof trivium.svm.v1
                 * @interface IMsgDeployProgram
                 * @augments trivium.svm.v1.MsgDeployProgram.$Properties
                 * @deprecated Use trivium.svm.v1.MsgDeployProgram.$Properties instead.
                 */

                /**
                 * Shape of a MsgDeployProgram.
                 * @typedef {trivium.svm.v1.MsgDeployProgram.$Properties} trivium.svm.v1.MsgDeployProgram.$Shape
                 */

                /**
                 * Constructs a new MsgDeployProgram.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a MsgDeployProgram.
                 * @constructor
                 * @param {trivium.svm.v1.MsgDeployProgram.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgDeployProgram = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgDeployProgram sender.
                 * @member {string} sender
                 * @memberof trivium.svm.v1.MsgDeployProgram
                 * @instance
                 */
                MsgDeployProgram.prototype.sender = "";

                /**
                 * MsgDeployProgram elf.
                 * @member {Uint8Array} elf
                 * @memberof trivium.svm.v1.MsgDeployProgram
                 * @instance
                 */
                MsgDeployProgram.prototype.elf = $util.newBuffer([]);

                /**
                 * Encodes the specified MsgDeployProgram message. Does not implicitly {@link trivium.svm.v1.MsgDeployProgram.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.MsgDeployProgram
                 * @static
                 * @param {trivium.svm.v1.MsgDeployProgram.$Properties} message MsgDeployProgram message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgDeployProgram.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.elf != null && $Object.hasOwnProperty.call(message, "elf") && message.elf.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.elf);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgDeployProgram message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.MsgDeployProgram
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgDeployProgram & trivium.svm.v1.MsgDeployProgram.$Shape} MsgDeployProgram
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgDeployProgram.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.MsgDeployProgram();
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
                                if ((value = reader.bytes()).length)
                                    message.elf = value;
                                else
                                    delete message.elf;
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
                 * Creates a MsgDeployProgram message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.MsgDeployProgram
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.MsgDeployProgram} MsgDeployProgram
                 */
                MsgDeployProgram.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.MsgDeployProgram)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.MsgDeployProgram: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.MsgDeployProgram();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.elf != null)
                        if (object.elf.length)
                            if (typeof object.elf === "string")
                                $util.base64.decode(object.elf, message.elf = $util.newBuffer($util.base64.length(object.elf)), 0);
                            else if (object.elf.length >= 0)
                                message.elf = object.elf;
                    return message;
                };

                /**
                 * Creates a plain object from a MsgDeployProgram message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.MsgDeployProgram
                 * @static
                 * @param {trivium.svm.v1.MsgDeployProgram} message MsgDeployProgram
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgDeployProgram.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if (options.bytes === $String)
                            object.elf = "";
                        else {
                            object.elf = [];
                            if (options.bytes !== $Array)
                                object.elf = $util.newBuffer(object.elf);
                        }
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.elf != null && $Object.hasOwnProperty.call(message, "elf"))
                        object.elf = options.bytes === $String ? $util.base64.encode(message.elf, 0, message.elf.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.elf) : message.elf;
                    return object;
                };

                /**
                 * Converts this MsgDeployProgram to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.MsgDeployProgram
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgDeployProgram.prototype.toJSON = function() {
                    return MsgDeployProgram.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgDeployProgram
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.MsgDeployProgram
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgDeployProgram.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.MsgDeployProgram";
                };

                return MsgDeployProgram;
            })();

            v1.MsgDeployProgramResponse = (function() {

                /**
                 * Properties of a MsgDeployProgramResponse.
                 * @typedef {Object} trivium.svm.v1.MsgDeployProgramResponse.$Properties
                 * @property {string|null} [programId] MsgDeployProgramResponse programId
                 * @property {string|null} [elfSha256] MsgDeployProgramResponse elfSha256
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgDeployProgramResponse.
                 * @memberof trivium.svm.v1
                 * @interface IMsgDeployProgramResponse
                 * @augments trivium.svm.v1.MsgDeployProgramResponse.$Properties
                 * @deprecated Use trivium.svm.v1.MsgDeployProgramResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgDeployProgramResponse.
                 * @typedef {trivium.svm.v1.MsgDeployProgramResponse.$Properties} trivium.svm.v1.MsgDeployProgramResponse.$Shape
                 */

                /**
                 * Constructs a new MsgDeployProgramResponse.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a MsgDeployProgramResponse.
                 * @constructor
                 * @param {trivium.svm.v1.MsgDeployProgramResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgDeployProgramResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgDeployProgramResponse programId.
                 * @member {string} programId
                 * @memberof trivium.svm.v1.MsgDeployProgramResponse
                 * @instance
                 */
                MsgDeployProgramResponse.prototype.programId = "";

                /**
                 * MsgDeployProgramResponse elfSha256.
                 * @member {string} elfSha256
                 * @memberof trivium.svm.v1.MsgDeployProgramResponse
                 * @instance
                 */
                MsgDeployProgramResponse.prototype.elfSha256 = "";

                /**
                 * Encodes the specified MsgDeployProgramResponse message. Does not implicitly {@link trivium.svm.v1.MsgDeployProgramResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.MsgDeployProgramResponse
                 * @static
                 * @param {trivium.svm.v1.MsgDeployProgramResponse.$Properties} message MsgDeployProgramResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgDeployProgramResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.programId != null && $Object.hasOwnProperty.call(message, "programId") && message.programId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.programId);
                    if (message.elfSha256 != null && $Object.hasOwnProperty.call(message, "elfSha256") && message.elfSha256 !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.elfSha256);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgDeployProgramResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.MsgDeployProgramResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgDeployProgramResponse & trivium.svm.v1.MsgDeployProgramResponse.$Shape} MsgDeployProgramResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgDeployProgramResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.MsgDeployProgramResponse();
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
                                    message.programId = value;
                                else
                                    delete message.programId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.elfSha256 = value;
                                else
                                    delete message.elfSha256;
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
                 * Creates a MsgDeployProgramResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.MsgDeployProgramResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.MsgDeployProgramResponse} MsgDeployProgramResponse
                 */
                MsgDeployProgramResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.MsgDeployProgramResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.MsgDeployProgramResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.MsgDeployProgramResponse();
                    if (object.programId != null)
                        if (typeof object.programId !== "string" || object.programId.length)
                            message.programId = $String(object.programId);
                    if (object.elfSha256 != null)
                        if (typeof object.elfSha256 !== "string" || object.elfSha256.length)
                            message.elfSha256 = $String(object.elfSha256);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgDeployProgramResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.MsgDeployProgramResponse
                 * @static
                 * @param {trivium.svm.v1.MsgDeployProgramResponse} message MsgDeployProgramResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgDeployProgramResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.programId = "";
                        object.elfSha256 = "";
                    }
                    if (message.programId != null && $Object.hasOwnProperty.call(message, "programId"))
                        object.programId = message.programId;
                    if (message.elfSha256 != null && $Object.hasOwnProperty.call(message, "elfSha256"))
                        object.elfSha256 = message.elfSha256;
                    return object;
                };

                /**
                 * Converts this MsgDeployProgramResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.MsgDeployProgramResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgDeployProgramResponse.prototype.toJSON = function() {
                    return MsgDeployProgramResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgDeployProgramResponse
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.MsgDeployProgramResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgDeployProgramResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.MsgDeployProgramResponse";
                };

                return MsgDeployProgramResponse;
            })();

            v1.MsgExecute = (function() {

                /**
                 * Properties of a MsgExecute.
                 * @typedef {Object} trivium.svm.v1.MsgExecute.$Properties
                 * @property {string|null} [sender] MsgExecute sender
                 * @property {string|null} [programId] MsgExecute programId
                 * @property {string|null} [data] MsgExecute data
                 * @property {Array.<trivium.svm.v1.AccountMeta.$Properties>|null} [accounts] MsgExecute accounts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgExecute.
                 * @memberof trivium.svm.v1
                 * @interface IMsgExecute
                 * @augments trivium.svm.v1.MsgExecute.$Properties
                 * @deprecated Use trivium.svm.v1.MsgExecute.$Properties instead.
                 */

                /**
                 * Shape of a MsgExecute.
                 * @typedef {trivium.svm.v1.MsgExecute.$Properties} trivium.svm.v1.MsgExecute.$Shape
                 */

                /**
                 * Constructs a new MsgExecute.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a MsgExecute.
                 * @constructor
                 * @param {trivium.svm.v1.MsgExecute.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgExecute = function (properties) {
                    this.accounts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgExecute sender.
                 * @member {string} sender
                 * @memberof trivium.svm.v1.MsgExecute
                 * @instance
                 */
                MsgExecute.prototype.sender = "";

                /**
                 * MsgExecute programId.
                 * @member {string} programId
                 * @memberof trivium.svm.v1.MsgExecute
                 * @instance
                 */
                MsgExecute.prototype.programId = "";

                /**
                 * MsgExecute data.
                 * @member {string} data
                 * @memberof trivium.svm.v1.MsgExecute
                 * @instance
                 */
                MsgExecute.prototype.data = "";

                /**
                 * MsgExecute accounts.
                 * @member {Array.<trivium.svm.v1.AccountMeta.$Properties>} accounts
                 * @memberof trivium.svm.v1.MsgExecute
                 * @instance
                 */
                MsgExecute.prototype.accounts = $util.emptyArray;

                /**
                 * Encodes the specified MsgExecute message. Does not implicitly {@link trivium.svm.v1.MsgExecute.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.MsgExecute
                 * @static
                 * @param {trivium.svm.v1.MsgExecute.$Properties} message MsgExecute message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgExecute.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.programId != null && $Object.hasOwnProperty.call(message, "programId") && message.programId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.programId);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.data);
                    if (message.accounts != null && message.accounts.length)
                        for (let i = 0; i < message.accounts.length; ++i)
                            $root.trivium.svm.v1.AccountMeta.encode(message.accounts[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgExecute message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.MsgExecute
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgExecute & trivium.svm.v1.MsgExecute.$Shape} MsgExecute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgExecute.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.MsgExecute();
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
                                    message.programId = value;
                                else
                                    delete message.programId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.accounts && message.accounts.length))
                                    message.accounts = [];
                                message.accounts.push($root.trivium.svm.v1.AccountMeta.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Creates a MsgExecute message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.MsgExecute
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.MsgExecute} MsgExecute
                 */
                MsgExecute.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.MsgExecute)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.MsgExecute: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.MsgExecute();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.programId != null)
                        if (typeof object.programId !== "string" || object.programId.length)
                            message.programId = $String(object.programId);
                    if (object.data != null)
                        if (typeof object.data !== "string" || object.data.length)
                            message.data = $String(object.data);
                    if (object.accounts) {
                        if (!$Array.isArray(object.accounts))
                            throw $TypeError(".trivium.svm.v1.MsgExecute.accounts: array expected");
                        message.accounts = $Array(object.accounts.length);
                        for (let i = 0; i < object.accounts.length; ++i) {
                            if (!$util.isObject(object.accounts[i]))
                                throw $TypeError(".trivium.svm.v1.MsgExecute.accounts: object expected");
                            message.accounts[i] = $root.trivium.svm.v1.AccountMeta.fromObject(object.accounts[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MsgExecute message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.MsgExecute
                 * @static
                 * @param {trivium.svm.v1.MsgExecute} message MsgExecute
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgExecute.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.accounts = [];
                    if (options.defaults) {
                        object.sender = "";
                        object.programId = "";
                        object.data = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.programId != null && $Object.hasOwnProperty.call(message, "programId"))
                        object.programId = message.programId;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = message.data;
                    if (message.accounts && message.accounts.length) {
                        object.accounts = $Array(message.accounts.length);
                        for (let j = 0; j < message.accounts.length; ++j)
                            object.accounts[j] = $root.trivium.svm.v1.AccountMeta.toObject(message.accounts[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this MsgExecute to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.MsgExecute
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgExecute.prototype.toJSON = function() {
                    return MsgExecute.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgExecute
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.MsgExecute
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgExecute.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.MsgExecute";
                };

                return MsgExecute;
            })();

            v1.MsgExecuteResponse = (function() {

                /**
                 * Properties of a MsgExecuteResponse.
                 * @typedef {Object} trivium.svm.v1.MsgExecuteResponse.$Properties
                 * @property {Long|null} [computeUnits] MsgExecuteResponse computeUnits
                 * @property {Array.<string>|null} [logs] MsgExecuteResponse logs
                 * @property {Uint8Array|null} [returnData] MsgExecuteResponse returnData
                 * @property {string|null} [returnProgramId] MsgExecuteResponse returnProgramId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgExecuteResponse.
                 * @memberof trivium.svm.v1
                 * @interface IMsgExecuteResponse
                 * @augments trivium.svm.v1.MsgExecuteResponse.$Properties
                 * @deprecated Use trivium.svm.v1.MsgExecuteResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgExecuteResponse.
                 * @typedef {trivium.svm.v1.MsgExecuteResponse.$Properties} trivium.svm.v1.MsgExecuteResponse.$Shape
                 */

                /**
                 * Constructs a new MsgExecuteResponse.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a MsgExecuteResponse.
                 * @constructor
                 * @param {trivium.svm.v1.MsgExecuteResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgExecuteResponse = function (properties) {
                    this.logs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgExecuteResponse computeUnits.
                 * @member {Long} computeUnits
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @instance
                 */
                MsgExecuteResponse.prototype.computeUnits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgExecuteResponse logs.
                 * @member {Array.<string>} logs
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @instance
                 */
                MsgExecuteResponse.prototype.logs = $util.emptyArray;

                /**
                 * MsgExecuteResponse returnData.
                 * @member {Uint8Array} returnData
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @instance
                 */
                MsgExecuteResponse.prototype.returnData = $util.newBuffer([]);

                /**
                 * MsgExecuteResponse returnProgramId.
                 * @member {string} returnProgramId
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @instance
                 */
                MsgExecuteResponse.prototype.returnProgramId = "";

                /**
                 * Encodes the specified MsgExecuteResponse message. Does not implicitly {@link trivium.svm.v1.MsgExecuteResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @static
                 * @param {trivium.svm.v1.MsgExecuteResponse.$Properties} message MsgExecuteResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgExecuteResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.computeUnits != null && $Object.hasOwnProperty.call(message, "computeUnits") && (typeof message.computeUnits === "object" ? message.computeUnits.low || message.computeUnits.high : message.computeUnits !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.computeUnits);
                    if (message.logs != null && message.logs.length)
                        for (let i = 0; i < message.logs.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.logs[i]);
                    if (message.returnData != null && $Object.hasOwnProperty.call(message, "returnData") && message.returnData.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.returnData);
                    if (message.returnProgramId != null && $Object.hasOwnProperty.call(message, "returnProgramId") && message.returnProgramId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.returnProgramId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgExecuteResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgExecuteResponse & trivium.svm.v1.MsgExecuteResponse.$Shape} MsgExecuteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgExecuteResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.MsgExecuteResponse();
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
                                    message.computeUnits = value;
                                else
                                    delete message.computeUnits;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.logs && message.logs.length))
                                    message.logs = [];
                                message.logs.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.returnData = value;
                                else
                                    delete message.returnData;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.returnProgramId = value;
                                else
                                    delete message.returnProgramId;
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
                 * Creates a MsgExecuteResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.MsgExecuteResponse} MsgExecuteResponse
                 */
                MsgExecuteResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.MsgExecuteResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.MsgExecuteResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.MsgExecuteResponse();
                    if (object.computeUnits != null)
                        if (typeof object.computeUnits === "object" ? object.computeUnits.low || object.computeUnits.high : $Number(object.computeUnits) !== 0)
                            if ($util.Long)
                                message.computeUnits = $util.Long.fromValue(object.computeUnits, true);
                            else if (typeof object.computeUnits === "string")
                                message.computeUnits = $parseInt(object.computeUnits, 10);
                            else if (typeof object.computeUnits === "number")
                                message.computeUnits = object.computeUnits;
                            else if (typeof object.computeUnits === "object")
                                message.computeUnits = new $util.LongBits(object.computeUnits.low >>> 0, object.computeUnits.high >>> 0).toNumber(true);
                    if (object.logs) {
                        if (!$Array.isArray(object.logs))
                            throw $TypeError(".trivium.svm.v1.MsgExecuteResponse.logs: array expected");
                        message.logs = $Array(object.logs.length);
                        for (let i = 0; i < object.logs.length; ++i)
                            message.logs[i] = $String(object.logs[i]);
                    }
                    if (object.returnData != null)
                        if (object.returnData.length)
                            if (typeof object.returnData === "string")
                                $util.base64.decode(object.returnData, message.returnData = $util.newBuffer($util.base64.length(object.returnData)), 0);
                            else if (object.returnData.length >= 0)
                                message.returnData = object.returnData;
                    if (object.returnProgramId != null)
                        if (typeof object.returnProgramId !== "string" || object.returnProgramId.length)
                            message.returnProgramId = $String(object.returnProgramId);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgExecuteResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @static
                 * @param {trivium.svm.v1.MsgExecuteResponse} message MsgExecuteResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgExecuteResponse.toObject = function (message, options, _depth) {
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
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.computeUnits = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.computeUnits = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.returnData = "";
                        else {
                            object.returnData = [];
                            if (options.bytes !== $Array)
                                object.returnData = $util.newBuffer(object.returnData);
                        }
                        object.returnProgramId = "";
                    }
                    if (message.computeUnits != null && $Object.hasOwnProperty.call(message, "computeUnits"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.computeUnits = typeof message.computeUnits === "number" ? $BigInt(message.computeUnits) : $util.Long.fromBits(message.computeUnits.low >>> 0, message.computeUnits.high >>> 0, true).toBigInt();
                        else if (typeof message.computeUnits === "number")
                            object.computeUnits = options.longs === $String ? $String(message.computeUnits) : message.computeUnits;
                        else
                            object.computeUnits = options.longs === $String ? $util.Long.prototype.toString.call(message.computeUnits) : options.longs === $Number ? new $util.LongBits(message.computeUnits.low >>> 0, message.computeUnits.high >>> 0).toNumber(true) : message.computeUnits;
                    if (message.logs && message.logs.length) {
                        object.logs = $Array(message.logs.length);
                        for (let j = 0; j < message.logs.length; ++j)
                            object.logs[j] = message.logs[j];
                    }
                    if (message.returnData != null && $Object.hasOwnProperty.call(message, "returnData"))
                        object.returnData = options.bytes === $String ? $util.base64.encode(message.returnData, 0, message.returnData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.returnData) : message.returnData;
                    if (message.returnProgramId != null && $Object.hasOwnProperty.call(message, "returnProgramId"))
                        object.returnProgramId = message.returnProgramId;
                    return object;
                };

                /**
                 * Converts this MsgExecuteResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgExecuteResponse.prototype.toJSON = function() {
                    return MsgExecuteResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgExecuteResponse
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.MsgExecuteResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgExecuteResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.MsgExecuteResponse";
                };

                return MsgExecuteResponse;
            })();

            v1.MsgSolanaTx = (function() {

                /**
                 * Properties of a MsgSolanaTx.
                 * @typedef {Object} trivium.svm.v1.MsgSolanaTx.$Properties
                 * @property {string|null} [sender] MsgSolanaTx sender
                 * @property {Uint8Array|null} [tx] MsgSolanaTx tx
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSolanaTx.
                 * @memberof trivium.svm.v1
                 * @interface IMsgSolanaTx
                 * @augments trivium.svm.v1.MsgSolanaTx.$Properties
                 * @deprecated Use trivium.svm.v1.MsgSolanaTx.$Properties instead.
                 */

                /**
                 * Shape of a MsgSolanaTx.
                 * @typedef {trivium.svm.v1.MsgSolanaTx.$Properties} trivium.svm.v1.MsgSolanaTx.$Shape
                 */

                /**
                 * Constructs a new MsgSolanaTx.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a MsgSolanaTx.
                 * @constructor
                 * @param {trivium.svm.v1.MsgSolanaTx.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSolanaTx = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSolanaTx sender.
                 * @member {string} sender
                 * @memberof trivium.svm.v1.MsgSolanaTx
                 * @instance
                 */
                MsgSolanaTx.prototype.sender = "";

                /**
                 * MsgSolanaTx tx.
                 * @member {Uint8Array} tx
                 * @memberof trivium.svm.v1.MsgSolanaTx
                 * @instance
                 */
                MsgSolanaTx.prototype.tx = $util.newBuffer([]);

                /**
                 * Encodes the specified MsgSolanaTx message. Does not implicitly {@link trivium.svm.v1.MsgSolanaTx.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.MsgSolanaTx
                 * @static
                 * @param {trivium.svm.v1.MsgSolanaTx.$Properties} message MsgSolanaTx message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSolanaTx.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.tx != null && $Object.hasOwnProperty.call(message, "tx") && message.tx.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.tx);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSolanaTx message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.MsgSolanaTx
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgSolanaTx & trivium.svm.v1.MsgSolanaTx.$Shape} MsgSolanaTx
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSolanaTx.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.MsgSolanaTx();
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
                                if ((value = reader.bytes()).length)
                                    message.tx = value;
                                else
                                    delete message.tx;
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
                 * Creates a MsgSolanaTx message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.MsgSolanaTx
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.MsgSolanaTx} MsgSolanaTx
                 */
                MsgSolanaTx.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.MsgSolanaTx)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.MsgSolanaTx: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.MsgSolanaTx();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.tx != null)
                        if (object.tx.length)
                            if (typeof object.tx === "string")
                                $util.base64.decode(object.tx, message.tx = $util.newBuffer($util.base64.length(object.tx)), 0);
                            else if (object.tx.length >= 0)
                                message.tx = object.tx;
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSolanaTx message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.MsgSolanaTx
                 * @static
                 * @param {trivium.svm.v1.MsgSolanaTx} message MsgSolanaTx
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSolanaTx.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if (options.bytes === $String)
                            object.tx = "";
                        else {
                            object.tx = [];
                            if (options.bytes !== $Array)
                                object.tx = $util.newBuffer(object.tx);
                        }
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.tx != null && $Object.hasOwnProperty.call(message, "tx"))
                        object.tx = options.bytes === $String ? $util.base64.encode(message.tx, 0, message.tx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tx) : message.tx;
                    return object;
                };

                /**
                 * Converts this MsgSolanaTx to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.MsgSolanaTx
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSolanaTx.prototype.toJSON = function() {
                    return MsgSolanaTx.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSolanaTx
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.MsgSolanaTx
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSolanaTx.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.MsgSolanaTx";
                };

                return MsgSolanaTx;
            })();

            v1.MsgSolanaTxResponse = (function() {

                /**
                 * Properties of a MsgSolanaTxResponse.
                 * @typedef {Object} trivium.svm.v1.MsgSolanaTxResponse.$Properties
                 * @property {string|null} [signature] MsgSolanaTxResponse signature
                 * @property {Long|null} [computeUnits] MsgSolanaTxResponse computeUnits
                 * @property {Array.<string>|null} [logs] MsgSolanaTxResponse logs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSolanaTxResponse.
                 * @memberof trivium.svm.v1
                 * @interface IMsgSolanaTxResponse
                 * @augments trivium.svm.v1.MsgSolanaTxResponse.$Properties
                 * @deprecated Use trivium.svm.v1.MsgSolanaTxResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSolanaTxResponse.
                 * @typedef {trivium.svm.v1.MsgSolanaTxResponse.$Properties} trivium.svm.v1.MsgSolanaTxResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSolanaTxResponse.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a MsgSolanaTxResponse.
                 * @constructor
                 * @param {trivium.svm.v1.MsgSolanaTxResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSolanaTxResponse = function (properties) {
                    this.logs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSolanaTxResponse signature.
                 * @member {string} signature
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @instance
                 */
                MsgSolanaTxResponse.prototype.signature = "";

                /**
                 * MsgSolanaTxResponse computeUnits.
                 * @member {Long} computeUnits
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @instance
                 */
                MsgSolanaTxResponse.prototype.computeUnits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSolanaTxResponse logs.
                 * @member {Array.<string>} logs
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @instance
                 */
                MsgSolanaTxResponse.prototype.logs = $util.emptyArray;

                /**
                 * Encodes the specified MsgSolanaTxResponse message. Does not implicitly {@link trivium.svm.v1.MsgSolanaTxResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @static
                 * @param {trivium.svm.v1.MsgSolanaTxResponse.$Properties} message MsgSolanaTxResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSolanaTxResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.signature);
                    if (message.computeUnits != null && $Object.hasOwnProperty.call(message, "computeUnits") && (typeof message.computeUnits === "object" ? message.computeUnits.low || message.computeUnits.high : message.computeUnits !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.computeUnits);
                    if (message.logs != null && message.logs.length)
                        for (let i = 0; i < message.logs.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.logs[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSolanaTxResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgSolanaTxResponse & trivium.svm.v1.MsgSolanaTxResponse.$Shape} MsgSolanaTxResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSolanaTxResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.MsgSolanaTxResponse();
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
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.computeUnits = value;
                                else
                                    delete message.computeUnits;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.logs && message.logs.length))
                                    message.logs = [];
                                message.logs.push(reader.stringVerify());
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
                 * Creates a MsgSolanaTxResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.MsgSolanaTxResponse} MsgSolanaTxResponse
                 */
                MsgSolanaTxResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.MsgSolanaTxResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.MsgSolanaTxResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.MsgSolanaTxResponse();
                    if (object.signature != null)
                        if (typeof object.signature !== "string" || object.signature.length)
                            message.signature = $String(object.signature);
                    if (object.computeUnits != null)
                        if (typeof object.computeUnits === "object" ? object.computeUnits.low || object.computeUnits.high : $Number(object.computeUnits) !== 0)
                            if ($util.Long)
                                message.computeUnits = $util.Long.fromValue(object.computeUnits, true);
                            else if (typeof object.computeUnits === "string")
                                message.computeUnits = $parseInt(object.computeUnits, 10);
                            else if (typeof object.computeUnits === "number")
                                message.computeUnits = object.computeUnits;
                            else if (typeof object.computeUnits === "object")
                                message.computeUnits = new $util.LongBits(object.computeUnits.low >>> 0, object.computeUnits.high >>> 0).toNumber(true);
                    if (object.logs) {
                        if (!$Array.isArray(object.logs))
                            throw $TypeError(".trivium.svm.v1.MsgSolanaTxResponse.logs: array expected");
                        message.logs = $Array(object.logs.length);
                        for (let i = 0; i < object.logs.length; ++i)
                            message.logs[i] = $String(object.logs[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSolanaTxResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @static
                 * @param {trivium.svm.v1.MsgSolanaTxResponse} message MsgSolanaTxResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSolanaTxResponse.toObject = function (message, options, _depth) {
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
                        object.signature = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.computeUnits = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.computeUnits = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        object.signature = message.signature;
                    if (message.computeUnits != null && $Object.hasOwnProperty.call(message, "computeUnits"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.computeUnits = typeof message.computeUnits === "number" ? $BigInt(message.computeUnits) : $util.Long.fromBits(message.computeUnits.low >>> 0, message.computeUnits.high >>> 0, true).toBigInt();
                        else if (typeof message.computeUnits === "number")
                            object.computeUnits = options.longs === $String ? $String(message.computeUnits) : message.computeUnits;
                        else
                            object.computeUnits = options.longs === $String ? $util.Long.prototype.toString.call(message.computeUnits) : options.longs === $Number ? new $util.LongBits(message.computeUnits.low >>> 0, message.computeUnits.high >>> 0).toNumber(true) : message.computeUnits;
                    if (message.logs && message.logs.length) {
                        object.logs = $Array(message.logs.length);
                        for (let j = 0; j < message.logs.length; ++j)
                            object.logs[j] = message.logs[j];
                    }
                    return object;
                };

                /**
                 * Converts this MsgSolanaTxResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSolanaTxResponse.prototype.toJSON = function() {
                    return MsgSolanaTxResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSolanaTxResponse
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.MsgSolanaTxResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSolanaTxResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.MsgSolanaTxResponse";
                };

                return MsgSolanaTxResponse;
            })();

            v1.MsgDevSetAccount = (function() {

                /**
                 * Properties of a MsgDevSetAccount.
                 * @typedef {Object} trivium.svm.v1.MsgDevSetAccount.$Properties
                 * @property {string|null} [authority] MsgDevSetAccount authority
                 * @property {string|null} [pubkey] MsgDevSetAccount pubkey
                 * @property {Long|null} [lamports] MsgDevSetAccount lamports
                 * @property {Uint8Array|null} [data] MsgDevSetAccount data
                 * @property {string|null} [owner] MsgDevSetAccount owner
                 * @property {boolean|null} [executable] MsgDevSetAccount executable
                 * @property {Long|null} [rentEpoch] MsgDevSetAccount rentEpoch
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgDevSetAccount.
                 * @memberof trivium.svm.v1
                 * @interface IMsgDevSetAccount
                 * @augments trivium.svm.v1.MsgDevSetAccount.$Properties
                 * @deprecated Use trivium.svm.v1.MsgDevSetAccount.$Properties instead.
                 */

                /**
                 * Shape of a MsgDevSetAccount.
                 * @typedef {trivium.svm.v1.MsgDevSetAccount.$Properties} trivium.svm.v1.MsgDevSetAccount.$Shape
                 */

                /**
                 * Constructs a new MsgDevSetAccount.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a MsgDevSetAccount.
                 * @constructor
                 * @param {trivium.svm.v1.MsgDevSetAccount.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgDevSetAccount = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgDevSetAccount authority.
                 * @member {string} authority
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @instance
                 */
                MsgDevSetAccount.prototype.authority = "";

                /**
                 * MsgDevSetAccount pubkey.
                 * @member {string} pubkey
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @instance
                 */
                MsgDevSetAccount.prototype.pubkey = "";

                /**
                 * MsgDevSetAccount lamports.
                 * @member {Long} lamports
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @instance
                 */
                MsgDevSetAccount.prototype.lamports = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgDevSetAccount data.
                 * @member {Uint8Array} data
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @instance
                 */
                MsgDevSetAccount.prototype.data = $util.newBuffer([]);

                /**
                 * MsgDevSetAccount owner.
                 * @member {string} owner
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @instance
                 */
                MsgDevSetAccount.prototype.owner = "";

                /**
                 * MsgDevSetAccount executable.
                 * @member {boolean} executable
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @instance
                 */
                MsgDevSetAccount.prototype.executable = false;

                /**
                 * MsgDevSetAccount rentEpoch.
                 * @member {Long} rentEpoch
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @instance
                 */
                MsgDevSetAccount.prototype.rentEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified MsgDevSetAccount message. Does not implicitly {@link trivium.svm.v1.MsgDevSetAccount.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @static
                 * @param {trivium.svm.v1.MsgDevSetAccount.$Properties} message MsgDevSetAccount message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgDevSetAccount.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority") && message.authority !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.authority);
                    if (message.pubkey != null && $Object.hasOwnProperty.call(message, "pubkey") && message.pubkey !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.pubkey);
                    if (message.lamports != null && $Object.hasOwnProperty.call(message, "lamports") && (typeof message.lamports === "object" ? message.lamports.low || message.lamports.high : message.lamports !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lamports);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.owner);
                    if (message.executable != null && $Object.hasOwnProperty.call(message, "executable") && message.executable !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.executable);
                    if (message.rentEpoch != null && $Object.hasOwnProperty.call(message, "rentEpoch") && (typeof message.rentEpoch === "object" ? message.rentEpoch.low || message.rentEpoch.high : message.rentEpoch !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.rentEpoch);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgDevSetAccount message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgDevSetAccount & trivium.svm.v1.MsgDevSetAccount.$Shape} MsgDevSetAccount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgDevSetAccount.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.MsgDevSetAccount();
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
                                if ((value = reader.stringVerify()).length)
                                    message.pubkey = value;
                                else
                                    delete message.pubkey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lamports = value;
                                else
                                    delete message.lamports;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.executable = value;
                                else
                                    delete message.executable;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rentEpoch = value;
                                else
                                    delete message.rentEpoch;
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
                 * Creates a MsgDevSetAccount message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.MsgDevSetAccount} MsgDevSetAccount
                 */
                MsgDevSetAccount.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.MsgDevSetAccount)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.MsgDevSetAccount: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.trivium.svm.v1.MsgDevSetAccount();
                    if (object.authority != null)
                        if (typeof object.authority !== "string" || object.authority.length)
                            message.authority = $String(object.authority);
                    if (object.pubkey != null)
                        if (typeof object.pubkey !== "string" || object.pubkey.length)
                            message.pubkey = $String(object.pubkey);
                    if (object.lamports != null)
                        if (typeof object.lamports === "object" ? object.lamports.low || object.lamports.high : $Number(object.lamports) !== 0)
                            if ($util.Long)
                                message.lamports = $util.Long.fromValue(object.lamports, true);
                            else if (typeof object.lamports === "string")
                                message.lamports = $parseInt(object.lamports, 10);
                            else if (typeof object.lamports === "number")
                                message.lamports = object.lamports;
                            else if (typeof object.lamports === "object")
                                message.lamports = new $util.LongBits(object.lamports.low >>> 0, object.lamports.high >>> 0).toNumber(true);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.executable != null)
                        if (object.executable)
                            message.executable = $Boolean(object.executable);
                    if (object.rentEpoch != null)
                        if (typeof object.rentEpoch === "object" ? object.rentEpoch.low || object.rentEpoch.high : $Number(object.rentEpoch) !== 0)
                            if ($util.Long)
                                message.rentEpoch = $util.Long.fromValue(object.rentEpoch, true);
                            else if (typeof object.rentEpoch === "string")
                                message.rentEpoch = $parseInt(object.rentEpoch, 10);
                            else if (typeof object.rentEpoch === "number")
                                message.rentEpoch = object.rentEpoch;
                            else if (typeof object.rentEpoch === "object")
                                message.rentEpoch = new $util.LongBits(object.rentEpoch.low >>> 0, object.rentEpoch.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgDevSetAccount message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @static
                 * @param {trivium.svm.v1.MsgDevSetAccount} message MsgDevSetAccount
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgDevSetAccount.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.authority = "";
                        object.pubkey = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lamports = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lamports = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        object.owner = "";
                        object.executable = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rentEpoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rentEpoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                        object.authority = message.authority;
                    if (message.pubkey != null && $Object.hasOwnProperty.call(message, "pubkey"))
                        object.pubkey = message.pubkey;
                    if (message.lamports != null && $Object.hasOwnProperty.call(message, "lamports"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lamports = typeof message.lamports === "number" ? $BigInt(message.lamports) : $util.Long.fromBits(message.lamports.low >>> 0, message.lamports.high >>> 0, true).toBigInt();
                        else if (typeof message.lamports === "number")
                            object.lamports = options.longs === $String ? $String(message.lamports) : message.lamports;
                        else
                            object.lamports = options.longs === $String ? $util.Long.prototype.toString.call(message.lamports) : options.longs === $Number ? new $util.LongBits(message.lamports.low >>> 0, message.lamports.high >>> 0).toNumber(true) : message.lamports;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.executable != null && $Object.hasOwnProperty.call(message, "executable"))
                        object.executable = message.executable;
                    if (message.rentEpoch != null && $Object.hasOwnProperty.call(message, "rentEpoch"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rentEpoch = typeof message.rentEpoch === "number" ? $BigInt(message.rentEpoch) : $util.Long.fromBits(message.rentEpoch.low >>> 0, message.rentEpoch.high >>> 0, true).toBigInt();
                        else if (typeof message.rentEpoch === "number")
                            object.rentEpoch = options.longs === $String ? $String(message.rentEpoch) : message.rentEpoch;
                        else
                            object.rentEpoch = options.longs === $String ? $util.Long.prototype.toString.call(message.rentEpoch) : options.longs === $Number ? new $util.LongBits(message.rentEpoch.low >>> 0, message.rentEpoch.high >>> 0).toNumber(true) : message.rentEpoch;
                    return object;
                };

                /**
                 * Converts this MsgDevSetAccount to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgDevSetAccount.prototype.toJSON = function() {
                    return MsgDevSetAccount.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgDevSetAccount
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.MsgDevSetAccount
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgDevSetAccount.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.MsgDevSetAccount";
                };

                return MsgDevSetAccount;
            })();

            v1.MsgDevSetAccountResponse = (function() {

                /**
                 * Properties of a MsgDevSetAccountResponse.
                 * @typedef {Object} trivium.svm.v1.MsgDevSetAccountResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgDevSetAccountResponse.
                 * @memberof trivium.svm.v1
                 * @interface IMsgDevSetAccountResponse
                 * @augments trivium.svm.v1.MsgDevSetAccountResponse.$Properties
                 * @deprecated Use trivium.svm.v1.MsgDevSetAccountResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgDevSetAccountResponse.
                 * @typedef {trivium.svm.v1.MsgDevSetAccountResponse.$Properties} trivium.svm.v1.MsgDevSetAccountResponse.$Shape
                 */

                /**
                 * Constructs a new MsgDevSetAccountResponse.
                 * @memberof trivium.svm.v1
                 * @classdesc Represents a MsgDevSetAccountResponse.
                 * @constructor
                 * @param {trivium.svm.v1.MsgDevSetAccountResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgDevSetAccountResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Encodes the specified MsgDevSetAccountResponse message. Does not implicitly {@link trivium.svm.v1.MsgDevSetAccountResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trivium.svm.v1.MsgDevSetAccountResponse
                 * @static
                 * @param {trivium.svm.v1.MsgDevSetAccountResponse.$Properties} message MsgDevSetAccountResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgDevSetAccountResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgDevSetAccountResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trivium.svm.v1.MsgDevSetAccountResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgDevSetAccountResponse & trivium.svm.v1.MsgDevSetAccountResponse.$Shape} MsgDevSetAccountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgDevSetAccountResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.trivium.svm.v1.MsgDevSetAccountResponse();
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
                 * Creates a MsgDevSetAccountResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof trivium.svm.v1.MsgDevSetAccountResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {trivium.svm.v1.MsgDevSetAccountResponse} MsgDevSetAccountResponse
                 */
                MsgDevSetAccountResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.trivium.svm.v1.MsgDevSetAccountResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".trivium.svm.v1.MsgDevSetAccountResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.trivium.svm.v1.MsgDevSetAccountResponse();
                };

                /**
                 * Creates a plain object from a MsgDevSetAccountResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof trivium.svm.v1.MsgDevSetAccountResponse
                 * @static
                 * @param {trivium.svm.v1.MsgDevSetAccountResponse} message MsgDevSetAccountResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgDevSetAccountResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgDevSetAccountResponse to JSON.
                 * @function toJSON
                 * @memberof trivium.svm.v1.MsgDevSetAccountResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgDevSetAccountResponse.prototype.toJSON = function() {
                    return MsgDevSetAccountResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgDevSetAccountResponse
                 * @function getTypeUrl
                 * @memberof trivium.svm.v1.MsgDevSetAccountResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgDevSetAccountResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trivium.svm.v1.MsgDevSetAccountResponse";
                };

                return MsgDevSetAccountResponse;
            })();

            return v1;
        })();

        return svm;
    })();

    return trivium;
})();

export {
  $root as default
};
