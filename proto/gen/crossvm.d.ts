import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace trivium. */
export namespace trivium {

    /** Namespace crossvm. */
    namespace crossvm {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Params.
             * @deprecated Use trivium.crossvm.v1.Params.$Properties instead.
             */
            interface IParams extends trivium.crossvm.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params maxMessageSize. */
                maxMessageSize: Long;

                /** Params maxQueueSize. */
                maxQueueSize: Long;

                /** Params queueTimeoutBlocks. */
                queueTimeoutBlocks: Long;

                /** Params enabled. */
                enabled: boolean;

                /** Params maxExecutionsPerBlock. */
                maxExecutionsPerBlock: Long;

                /** Params maxCallbackGas. */
                maxCallbackGas: Long;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link trivium.crossvm.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.Params & trivium.crossvm.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.Params & trivium.crossvm.v1.Params.$Shape;

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Params
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {

                /** Properties of a Params. */
                interface $Properties {

                    /** Params maxMessageSize */
                    maxMessageSize?: (Long|null);

                    /** Params maxQueueSize */
                    maxQueueSize?: (Long|null);

                    /** Params queueTimeoutBlocks */
                    queueTimeoutBlocks?: (Long|null);

                    /** Params enabled */
                    enabled?: (boolean|null);

                    /** Params maxExecutionsPerBlock */
                    maxExecutionsPerBlock?: (Long|null);

                    /** Params maxCallbackGas */
                    maxCallbackGas?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = trivium.crossvm.v1.Params.$Properties;
            }

            /**
             * Properties of an AccountMeta.
             * @deprecated Use trivium.crossvm.v1.AccountMeta.$Properties instead.
             */
            interface IAccountMeta extends trivium.crossvm.v1.AccountMeta.$Properties {
            }

            /** Represents an AccountMeta. */
            class AccountMeta {

                /**
                 * Constructs a new AccountMeta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.AccountMeta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccountMeta pubkey. */
                pubkey: string;

                /** AccountMeta isSigner. */
                isSigner: boolean;

                /** AccountMeta isWritable. */
                isWritable: boolean;

                /**
                 * Encodes the specified AccountMeta message. Does not implicitly {@link trivium.crossvm.v1.AccountMeta.verify|verify} messages.
                 * @param message AccountMeta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.AccountMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccountMeta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.AccountMeta & trivium.crossvm.v1.AccountMeta.$Shape} AccountMeta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.AccountMeta & trivium.crossvm.v1.AccountMeta.$Shape;

                /**
                 * Creates an AccountMeta message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AccountMeta
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.AccountMeta;

                /**
                 * Creates a plain object from an AccountMeta message. Also converts values to other types if specified.
                 * @param message AccountMeta
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.AccountMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AccountMeta to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AccountMeta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccountMeta {

                /** Properties of an AccountMeta. */
                interface $Properties {

                    /** AccountMeta pubkey */
                    pubkey?: (string|null);

                    /** AccountMeta isSigner */
                    isSigner?: (boolean|null);

                    /** AccountMeta isWritable */
                    isWritable?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccountMeta. */
                type $Shape = trivium.crossvm.v1.AccountMeta.$Properties;
            }

            /**
             * Properties of a CrossVMMessage.
             * @deprecated Use trivium.crossvm.v1.CrossVMMessage.$Properties instead.
             */
            interface ICrossVMMessage extends trivium.crossvm.v1.CrossVMMessage.$Properties {
            }

            /** Represents a CrossVMMessage. */
            class CrossVMMessage {

                /**
                 * Constructs a new CrossVMMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.CrossVMMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CrossVMMessage id. */
                id: Long;

                /** CrossVMMessage sender. */
                sender: string;

                /** CrossVMMessage sourceVm. */
                sourceVm: string;

                /** CrossVMMessage targetVm. */
                targetVm: string;

                /** CrossVMMessage targetContract. */
                targetContract: string;

                /** CrossVMMessage payload. */
                payload: Uint8Array;

                /** CrossVMMessage funds. */
                funds: cosmos.base.v1beta1.Coin.$Properties[];

                /** CrossVMMessage gasLimit. */
                gasLimit: Long;

                /** CrossVMMessage callback. */
                callback: boolean;

                /** CrossVMMessage status. */
                status: string;

                /** CrossVMMessage submittedHeight. */
                submittedHeight: Long;

                /** CrossVMMessage updatedHeight. */
                updatedHeight: Long;

                /** CrossVMMessage result. */
                result: Uint8Array;

                /** CrossVMMessage error. */
                error: string;

                /** CrossVMMessage gasUsed. */
                gasUsed: Long;

                /** CrossVMMessage accounts. */
                accounts: trivium.crossvm.v1.AccountMeta.$Properties[];

                /** CrossVMMessage callbackStatus. */
                callbackStatus: string;

                /** CrossVMMessage escrow. */
                escrow: string;

                /**
                 * Encodes the specified CrossVMMessage message. Does not implicitly {@link trivium.crossvm.v1.CrossVMMessage.verify|verify} messages.
                 * @param message CrossVMMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.CrossVMMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CrossVMMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.CrossVMMessage & trivium.crossvm.v1.CrossVMMessage.$Shape} CrossVMMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.CrossVMMessage & trivium.crossvm.v1.CrossVMMessage.$Shape;

                /**
                 * Creates a CrossVMMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CrossVMMessage
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.CrossVMMessage;

                /**
                 * Creates a plain object from a CrossVMMessage message. Also converts values to other types if specified.
                 * @param message CrossVMMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.CrossVMMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CrossVMMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CrossVMMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CrossVMMessage {

                /** Properties of a CrossVMMessage. */
                interface $Properties {

                    /** CrossVMMessage id */
                    id?: (Long|null);

                    /** CrossVMMessage sender */
                    sender?: (string|null);

                    /** CrossVMMessage sourceVm */
                    sourceVm?: (string|null);

                    /** CrossVMMessage targetVm */
                    targetVm?: (string|null);

                    /** CrossVMMessage targetContract */
                    targetContract?: (string|null);

                    /** CrossVMMessage payload */
                    payload?: (Uint8Array|null);

                    /** CrossVMMessage funds */
                    funds?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** CrossVMMessage gasLimit */
                    gasLimit?: (Long|null);

                    /** CrossVMMessage callback */
                    callback?: (boolean|null);

                    /** CrossVMMessage status */
                    status?: (string|null);

                    /** CrossVMMessage submittedHeight */
                    submittedHeight?: (Long|null);

                    /** CrossVMMessage updatedHeight */
                    updatedHeight?: (Long|null);

                    /** CrossVMMessage result */
                    result?: (Uint8Array|null);

                    /** CrossVMMessage error */
                    error?: (string|null);

                    /** CrossVMMessage gasUsed */
                    gasUsed?: (Long|null);

                    /** CrossVMMessage accounts */
                    accounts?: (trivium.crossvm.v1.AccountMeta.$Properties[]|null);

                    /** CrossVMMessage callbackStatus */
                    callbackStatus?: (string|null);

                    /** CrossVMMessage escrow */
                    escrow?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CrossVMMessage. */
                type $Shape = trivium.crossvm.v1.CrossVMMessage.$Properties;
            }

            /**
             * Properties of a PageRequest.
             * @deprecated Use trivium.crossvm.v1.PageRequest.$Properties instead.
             */
            interface IPageRequest extends trivium.crossvm.v1.PageRequest.$Properties {
            }

            /** Represents a PageRequest. */
            class PageRequest {

                /**
                 * Constructs a new PageRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.PageRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageRequest offset. */
                offset: Long;

                /** PageRequest limit. */
                limit: Long;

                /**
                 * Encodes the specified PageRequest message. Does not implicitly {@link trivium.crossvm.v1.PageRequest.verify|verify} messages.
                 * @param message PageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.PageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.PageRequest & trivium.crossvm.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.PageRequest & trivium.crossvm.v1.PageRequest.$Shape;

                /**
                 * Creates a PageRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PageRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.PageRequest;

                /**
                 * Creates a plain object from a PageRequest message. Also converts values to other types if specified.
                 * @param message PageRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.PageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PageRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageRequest {

                /** Properties of a PageRequest. */
                interface $Properties {

                    /** PageRequest offset */
                    offset?: (Long|null);

                    /** PageRequest limit */
                    limit?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageRequest. */
                type $Shape = trivium.crossvm.v1.PageRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use trivium.crossvm.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends trivium.crossvm.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link trivium.crossvm.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryParamsRequest & trivium.crossvm.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.QueryParamsRequest & trivium.crossvm.v1.QueryParamsRequest.$Shape;

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {

                /** Properties of a QueryParamsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsRequest. */
                type $Shape = trivium.crossvm.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use trivium.crossvm.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends trivium.crossvm.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (trivium.crossvm.v1.Params.$Properties|null);

                /** QueryParamsResponse authority. */
                authority: string;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link trivium.crossvm.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryParamsResponse & trivium.crossvm.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.QueryParamsResponse & trivium.crossvm.v1.QueryParamsResponse.$Shape;

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {

                /** Properties of a QueryParamsResponse. */
                interface $Properties {

                    /** QueryParamsResponse params */
                    params?: (trivium.crossvm.v1.Params.$Properties|null);

                    /** QueryParamsResponse authority */
                    authority?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = trivium.crossvm.v1.QueryParamsResponse.$Properties;
            }

            /**
             * Properties of a QueryMessageRequest.
             * @deprecated Use trivium.crossvm.v1.QueryMessageRequest.$Properties instead.
             */
            interface IQueryMessageRequest extends trivium.crossvm.v1.QueryMessageRequest.$Properties {
            }

            /** Represents a QueryMessageRequest. */
            class QueryMessageRequest {

                /**
                 * Constructs a new QueryMessageRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.QueryMessageRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryMessageRequest id. */
                id: Long;

                /**
                 * Encodes the specified QueryMessageRequest message. Does not implicitly {@link trivium.crossvm.v1.QueryMessageRequest.verify|verify} messages.
                 * @param message QueryMessageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.QueryMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMessageRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryMessageRequest & trivium.crossvm.v1.QueryMessageRequest.$Shape} QueryMessageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.QueryMessageRequest & trivium.crossvm.v1.QueryMessageRequest.$Shape;

                /**
                 * Creates a QueryMessageRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryMessageRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.QueryMessageRequest;

                /**
                 * Creates a plain object from a QueryMessageRequest message. Also converts values to other types if specified.
                 * @param message QueryMessageRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.QueryMessageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMessageRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryMessageRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMessageRequest {

                /** Properties of a QueryMessageRequest. */
                interface $Properties {

                    /** QueryMessageRequest id */
                    id?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryMessageRequest. */
                type $Shape = trivium.crossvm.v1.QueryMessageRequest.$Properties;
            }

            /**
             * Properties of a QueryMessageResponse.
             * @deprecated Use trivium.crossvm.v1.QueryMessageResponse.$Properties instead.
             */
            interface IQueryMessageResponse extends trivium.crossvm.v1.QueryMessageResponse.$Properties {
            }

            /** Represents a QueryMessageResponse. */
            class QueryMessageResponse {

                /**
                 * Constructs a new QueryMessageResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.QueryMessageResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryMessageResponse message. */
                message?: (trivium.crossvm.v1.CrossVMMessage.$Properties|null);

                /** QueryMessageResponse found. */
                found: boolean;

                /**
                 * Encodes the specified QueryMessageResponse message. Does not implicitly {@link trivium.crossvm.v1.QueryMessageResponse.verify|verify} messages.
                 * @param message QueryMessageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.QueryMessageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMessageResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryMessageResponse & trivium.crossvm.v1.QueryMessageResponse.$Shape} QueryMessageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.QueryMessageResponse & trivium.crossvm.v1.QueryMessageResponse.$Shape;

                /**
                 * Creates a QueryMessageResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryMessageResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.QueryMessageResponse;

                /**
                 * Creates a plain object from a QueryMessageResponse message. Also converts values to other types if specified.
                 * @param message QueryMessageResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.QueryMessageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMessageResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryMessageResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMessageResponse {

                /** Properties of a QueryMessageResponse. */
                interface $Properties {

                    /** QueryMessageResponse message */
                    message?: (trivium.crossvm.v1.CrossVMMessage.$Properties|null);

                    /** QueryMessageResponse found */
                    found?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryMessageResponse. */
                type $Shape = trivium.crossvm.v1.QueryMessageResponse.$Properties;
            }

            /**
             * Properties of a QueryPendingMessagesRequest.
             * @deprecated Use trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties instead.
             */
            interface IQueryPendingMessagesRequest extends trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties {
            }

            /** Represents a QueryPendingMessagesRequest. */
            class QueryPendingMessagesRequest {

                /**
                 * Constructs a new QueryPendingMessagesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPendingMessagesRequest pagination. */
                pagination?: (trivium.crossvm.v1.PageRequest.$Properties|null);

                /**
                 * Encodes the specified QueryPendingMessagesRequest message. Does not implicitly {@link trivium.crossvm.v1.QueryPendingMessagesRequest.verify|verify} messages.
                 * @param message QueryPendingMessagesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingMessagesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryPendingMessagesRequest & trivium.crossvm.v1.QueryPendingMessagesRequest.$Shape} QueryPendingMessagesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.QueryPendingMessagesRequest & trivium.crossvm.v1.QueryPendingMessagesRequest.$Shape;

                /**
                 * Creates a QueryPendingMessagesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPendingMessagesRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.QueryPendingMessagesRequest;

                /**
                 * Creates a plain object from a QueryPendingMessagesRequest message. Also converts values to other types if specified.
                 * @param message QueryPendingMessagesRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.QueryPendingMessagesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPendingMessagesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPendingMessagesRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPendingMessagesRequest {

                /** Properties of a QueryPendingMessagesRequest. */
                interface $Properties {

                    /** QueryPendingMessagesRequest pagination */
                    pagination?: (trivium.crossvm.v1.PageRequest.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPendingMessagesRequest. */
                type $Shape = trivium.crossvm.v1.QueryPendingMessagesRequest.$Properties;
            }

            /**
             * Properties of a QueryPendingMessagesResponse.
             * @deprecated Use trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties instead.
             */
            interface IQueryPendingMessagesResponse extends trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties {
            }

            /** Represents a QueryPendingMessagesResponse. */
            class QueryPendingMessagesResponse {

                /**
                 * Constructs a new QueryPendingMessagesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPendingMessagesResponse messages. */
                messages: trivium.crossvm.v1.CrossVMMessage.$Properties[];

                /** QueryPendingMessagesResponse count. */
                count: Long;

                /**
                 * Encodes the specified QueryPendingMessagesResponse message. Does not implicitly {@link trivium.crossvm.v1.QueryPendingMessagesResponse.verify|verify} messages.
                 * @param message QueryPendingMessagesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingMessagesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryPendingMessagesResponse & trivium.crossvm.v1.QueryPendingMessagesResponse.$Shape} QueryPendingMessagesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.QueryPendingMessagesResponse & trivium.crossvm.v1.QueryPendingMessagesResponse.$Shape;

                /**
                 * Creates a QueryPendingMessagesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPendingMessagesResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.QueryPendingMessagesResponse;

                /**
                 * Creates a plain object from a QueryPendingMessagesResponse message. Also converts values to other types if specified.
                 * @param message QueryPendingMessagesResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.QueryPendingMessagesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPendingMessagesResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPendingMessagesResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPendingMessagesResponse {

                /** Properties of a QueryPendingMessagesResponse. */
                interface $Properties {

                    /** QueryPendingMessagesResponse messages */
                    messages?: (trivium.crossvm.v1.CrossVMMessage.$Properties[]|null);

                    /** QueryPendingMessagesResponse count */
                    count?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPendingMessagesResponse. */
                type $Shape = trivium.crossvm.v1.QueryPendingMessagesResponse.$Properties;
            }

            /**
             * Properties of a QueryMessagesBySenderRequest.
             * @deprecated Use trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties instead.
             */
            interface IQueryMessagesBySenderRequest extends trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties {
            }

            /** Represents a QueryMessagesBySenderRequest. */
            class QueryMessagesBySenderRequest {

                /**
                 * Constructs a new QueryMessagesBySenderRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryMessagesBySenderRequest sender. */
                sender: string;

                /** QueryMessagesBySenderRequest pagination. */
                pagination?: (trivium.crossvm.v1.PageRequest.$Properties|null);

                /**
                 * Encodes the specified QueryMessagesBySenderRequest message. Does not implicitly {@link trivium.crossvm.v1.QueryMessagesBySenderRequest.verify|verify} messages.
                 * @param message QueryMessagesBySenderRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMessagesBySenderRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryMessagesBySenderRequest & trivium.crossvm.v1.QueryMessagesBySenderRequest.$Shape} QueryMessagesBySenderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.QueryMessagesBySenderRequest & trivium.crossvm.v1.QueryMessagesBySenderRequest.$Shape;

                /**
                 * Creates a QueryMessagesBySenderRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryMessagesBySenderRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.QueryMessagesBySenderRequest;

                /**
                 * Creates a plain object from a QueryMessagesBySenderRequest message. Also converts values to other types if specified.
                 * @param message QueryMessagesBySenderRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.QueryMessagesBySenderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMessagesBySenderRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryMessagesBySenderRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMessagesBySenderRequest {

                /** Properties of a QueryMessagesBySenderRequest. */
                interface $Properties {

                    /** QueryMessagesBySenderRequest sender */
                    sender?: (string|null);

                    /** QueryMessagesBySenderRequest pagination */
                    pagination?: (trivium.crossvm.v1.PageRequest.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryMessagesBySenderRequest. */
                type $Shape = trivium.crossvm.v1.QueryMessagesBySenderRequest.$Properties;
            }

            /**
             * Properties of a QueryMessagesBySenderResponse.
             * @deprecated Use trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties instead.
             */
            interface IQueryMessagesBySenderResponse extends trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties {
            }

            /** Represents a QueryMessagesBySenderResponse. */
            class QueryMessagesBySenderResponse {

                /**
                 * Constructs a new QueryMessagesBySenderResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryMessagesBySenderResponse messages. */
                messages: trivium.crossvm.v1.CrossVMMessage.$Properties[];

                /** QueryMessagesBySenderResponse count. */
                count: Long;

                /**
                 * Encodes the specified QueryMessagesBySenderResponse message. Does not implicitly {@link trivium.crossvm.v1.QueryMessagesBySenderResponse.verify|verify} messages.
                 * @param message QueryMessagesBySenderResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMessagesBySenderResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.QueryMessagesBySenderResponse & trivium.crossvm.v1.QueryMessagesBySenderResponse.$Shape} QueryMessagesBySenderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.QueryMessagesBySenderResponse & trivium.crossvm.v1.QueryMessagesBySenderResponse.$Shape;

                /**
                 * Creates a QueryMessagesBySenderResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryMessagesBySenderResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.QueryMessagesBySenderResponse;

                /**
                 * Creates a plain object from a QueryMessagesBySenderResponse message. Also converts values to other types if specified.
                 * @param message QueryMessagesBySenderResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.QueryMessagesBySenderResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMessagesBySenderResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryMessagesBySenderResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMessagesBySenderResponse {

                /** Properties of a QueryMessagesBySenderResponse. */
                interface $Properties {

                    /** QueryMessagesBySenderResponse messages */
                    messages?: (trivium.crossvm.v1.CrossVMMessage.$Properties[]|null);

                    /** QueryMessagesBySenderResponse count */
                    count?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryMessagesBySenderResponse. */
                type $Shape = trivium.crossvm.v1.QueryMessagesBySenderResponse.$Properties;
            }

            /**
             * Properties of a MsgCrossVMCall.
             * @deprecated Use trivium.crossvm.v1.MsgCrossVMCall.$Properties instead.
             */
            interface IMsgCrossVMCall extends trivium.crossvm.v1.MsgCrossVMCall.$Properties {
            }

            /** Represents a MsgCrossVMCall. */
            class MsgCrossVMCall {

                /**
                 * Constructs a new MsgCrossVMCall.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.MsgCrossVMCall.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgCrossVMCall sender. */
                sender: string;

                /** MsgCrossVMCall sourceVm. */
                sourceVm: string;

                /** MsgCrossVMCall targetVm. */
                targetVm: string;

                /** MsgCrossVMCall targetContract. */
                targetContract: string;

                /** MsgCrossVMCall payload. */
                payload: Uint8Array;

                /** MsgCrossVMCall funds. */
                funds: cosmos.base.v1beta1.Coin.$Properties[];

                /** MsgCrossVMCall async. */
                async: boolean;

                /** MsgCrossVMCall gasLimit. */
                gasLimit: Long;

                /** MsgCrossVMCall callback. */
                callback: boolean;

                /** MsgCrossVMCall accounts. */
                accounts: trivium.crossvm.v1.AccountMeta.$Properties[];

                /**
                 * Encodes the specified MsgCrossVMCall message. Does not implicitly {@link trivium.crossvm.v1.MsgCrossVMCall.verify|verify} messages.
                 * @param message MsgCrossVMCall message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.MsgCrossVMCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCrossVMCall message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgCrossVMCall & trivium.crossvm.v1.MsgCrossVMCall.$Shape} MsgCrossVMCall
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.MsgCrossVMCall & trivium.crossvm.v1.MsgCrossVMCall.$Shape;

                /**
                 * Creates a MsgCrossVMCall message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCrossVMCall
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.MsgCrossVMCall;

                /**
                 * Creates a plain object from a MsgCrossVMCall message. Also converts values to other types if specified.
                 * @param message MsgCrossVMCall
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.MsgCrossVMCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCrossVMCall to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCrossVMCall
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCrossVMCall {

                /** Properties of a MsgCrossVMCall. */
                interface $Properties {

                    /** MsgCrossVMCall sender */
                    sender?: (string|null);

                    /** MsgCrossVMCall sourceVm */
                    sourceVm?: (string|null);

                    /** MsgCrossVMCall targetVm */
                    targetVm?: (string|null);

                    /** MsgCrossVMCall targetContract */
                    targetContract?: (string|null);

                    /** MsgCrossVMCall payload */
                    payload?: (Uint8Array|null);

                    /** MsgCrossVMCall funds */
                    funds?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** MsgCrossVMCall async */
                    async?: (boolean|null);

                    /** MsgCrossVMCall gasLimit */
                    gasLimit?: (Long|null);

                    /** MsgCrossVMCall callback */
                    callback?: (boolean|null);

                    /** MsgCrossVMCall accounts */
                    accounts?: (trivium.crossvm.v1.AccountMeta.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCrossVMCall. */
                type $Shape = trivium.crossvm.v1.MsgCrossVMCall.$Properties;
            }

            /**
             * Properties of a MsgCrossVMCallResponse.
             * @deprecated Use trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties instead.
             */
            interface IMsgCrossVMCallResponse extends trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties {
            }

            /** Represents a MsgCrossVMCallResponse. */
            class MsgCrossVMCallResponse {

                /**
                 * Constructs a new MsgCrossVMCallResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgCrossVMCallResponse messageId. */
                messageId: Long;

                /** MsgCrossVMCallResponse executed. */
                executed: boolean;

                /** MsgCrossVMCallResponse data. */
                data: Uint8Array;

                /** MsgCrossVMCallResponse gasUsed. */
                gasUsed: Long;

                /**
                 * Encodes the specified MsgCrossVMCallResponse message. Does not implicitly {@link trivium.crossvm.v1.MsgCrossVMCallResponse.verify|verify} messages.
                 * @param message MsgCrossVMCallResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCrossVMCallResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgCrossVMCallResponse & trivium.crossvm.v1.MsgCrossVMCallResponse.$Shape} MsgCrossVMCallResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.MsgCrossVMCallResponse & trivium.crossvm.v1.MsgCrossVMCallResponse.$Shape;

                /**
                 * Creates a MsgCrossVMCallResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCrossVMCallResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.MsgCrossVMCallResponse;

                /**
                 * Creates a plain object from a MsgCrossVMCallResponse message. Also converts values to other types if specified.
                 * @param message MsgCrossVMCallResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.MsgCrossVMCallResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCrossVMCallResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCrossVMCallResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCrossVMCallResponse {

                /** Properties of a MsgCrossVMCallResponse. */
                interface $Properties {

                    /** MsgCrossVMCallResponse messageId */
                    messageId?: (Long|null);

                    /** MsgCrossVMCallResponse executed */
                    executed?: (boolean|null);

                    /** MsgCrossVMCallResponse data */
                    data?: (Uint8Array|null);

                    /** MsgCrossVMCallResponse gasUsed */
                    gasUsed?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCrossVMCallResponse. */
                type $Shape = trivium.crossvm.v1.MsgCrossVMCallResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateParams.
             * @deprecated Use trivium.crossvm.v1.MsgUpdateParams.$Properties instead.
             */
            interface IMsgUpdateParams extends trivium.crossvm.v1.MsgUpdateParams.$Properties {
            }

            /** Represents a MsgUpdateParams. */
            class MsgUpdateParams {

                /**
                 * Constructs a new MsgUpdateParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.MsgUpdateParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateParams authority. */
                authority: string;

                /** MsgUpdateParams params. */
                params?: (trivium.crossvm.v1.Params.$Properties|null);

                /**
                 * Encodes the specified MsgUpdateParams message. Does not implicitly {@link trivium.crossvm.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgUpdateParams & trivium.crossvm.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.MsgUpdateParams & trivium.crossvm.v1.MsgUpdateParams.$Shape;

                /**
                 * Creates a MsgUpdateParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParams
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.MsgUpdateParams;

                /**
                 * Creates a plain object from a MsgUpdateParams message. Also converts values to other types if specified.
                 * @param message MsgUpdateParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.MsgUpdateParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParams to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParams {

                /** Properties of a MsgUpdateParams. */
                interface $Properties {

                    /** MsgUpdateParams authority */
                    authority?: (string|null);

                    /** MsgUpdateParams params */
                    params?: (trivium.crossvm.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParams. */
                type $Shape = trivium.crossvm.v1.MsgUpdateParams.$Properties;
            }

            /**
             * Properties of a MsgUpdateParamsResponse.
             * @deprecated Use trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties instead.
             */
            interface IMsgUpdateParamsResponse extends trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties {
            }

            /** Represents a MsgUpdateParamsResponse. */
            class MsgUpdateParamsResponse {

                /**
                 * Constructs a new MsgUpdateParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified MsgUpdateParamsResponse message. Does not implicitly {@link trivium.crossvm.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgUpdateParamsResponse & trivium.crossvm.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.MsgUpdateParamsResponse & trivium.crossvm.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Creates a MsgUpdateParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.MsgUpdateParamsResponse;

                /**
                 * Creates a plain object from a MsgUpdateParamsResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.MsgUpdateParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParamsResponse {

                /** Properties of a MsgUpdateParamsResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParamsResponse. */
                type $Shape = trivium.crossvm.v1.MsgUpdateParamsResponse.$Properties;
            }

            /**
             * Properties of a MsgInjectFault.
             * @deprecated Use trivium.crossvm.v1.MsgInjectFault.$Properties instead.
             */
            interface IMsgInjectFault extends trivium.crossvm.v1.MsgInjectFault.$Properties {
            }

            /** Represents a MsgInjectFault. */
            class MsgInjectFault {

                /**
                 * Constructs a new MsgInjectFault.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.MsgInjectFault.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgInjectFault authority. */
                authority: string;

                /** MsgInjectFault messageId. */
                messageId: Long;

                /** MsgInjectFault outcome. */
                outcome: string;

                /** MsgInjectFault blocks. */
                blocks: Long;

                /** MsgInjectFault reason. */
                reason: string;

                /**
                 * Encodes the specified MsgInjectFault message. Does not implicitly {@link trivium.crossvm.v1.MsgInjectFault.verify|verify} messages.
                 * @param message MsgInjectFault message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.MsgInjectFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgInjectFault message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgInjectFault & trivium.crossvm.v1.MsgInjectFault.$Shape} MsgInjectFault
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.MsgInjectFault & trivium.crossvm.v1.MsgInjectFault.$Shape;

                /**
                 * Creates a MsgInjectFault message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgInjectFault
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.MsgInjectFault;

                /**
                 * Creates a plain object from a MsgInjectFault message. Also converts values to other types if specified.
                 * @param message MsgInjectFault
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.MsgInjectFault, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgInjectFault to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgInjectFault
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgInjectFault {

                /** Properties of a MsgInjectFault. */
                interface $Properties {

                    /** MsgInjectFault authority */
                    authority?: (string|null);

                    /** MsgInjectFault messageId */
                    messageId?: (Long|null);

                    /** MsgInjectFault outcome */
                    outcome?: (string|null);

                    /** MsgInjectFault blocks */
                    blocks?: (Long|null);

                    /** MsgInjectFault reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgInjectFault. */
                type $Shape = trivium.crossvm.v1.MsgInjectFault.$Properties;
            }

            /**
             * Properties of a MsgInjectFaultResponse.
             * @deprecated Use trivium.crossvm.v1.MsgInjectFaultResponse.$Properties instead.
             */
            interface IMsgInjectFaultResponse extends trivium.crossvm.v1.MsgInjectFaultResponse.$Properties {
            }

            /** Represents a MsgInjectFaultResponse. */
            class MsgInjectFaultResponse {

                /**
                 * Constructs a new MsgInjectFaultResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.crossvm.v1.MsgInjectFaultResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified MsgInjectFaultResponse message. Does not implicitly {@link trivium.crossvm.v1.MsgInjectFaultResponse.verify|verify} messages.
                 * @param message MsgInjectFaultResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.crossvm.v1.MsgInjectFaultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgInjectFaultResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.crossvm.v1.MsgInjectFaultResponse & trivium.crossvm.v1.MsgInjectFaultResponse.$Shape} MsgInjectFaultResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.crossvm.v1.MsgInjectFaultResponse & trivium.crossvm.v1.MsgInjectFaultResponse.$Shape;

                /**
                 * Creates a MsgInjectFaultResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgInjectFaultResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.crossvm.v1.MsgInjectFaultResponse;

                /**
                 * Creates a plain object from a MsgInjectFaultResponse message. Also converts values to other types if specified.
                 * @param message MsgInjectFaultResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.crossvm.v1.MsgInjectFaultResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgInjectFaultResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgInjectFaultResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgInjectFaultResponse {

                /** Properties of a MsgInjectFaultResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgInjectFaultResponse. */
                type $Shape = trivium.crossvm.v1.MsgInjectFaultResponse.$Properties;
            }
        }
    }
}

/** Namespace cosmos. */
export namespace cosmos {

    /** Namespace base. */
    namespace base {

        /** Namespace v1beta1. */
        namespace v1beta1 {

            /**
             * Properties of a Coin.
             * @deprecated Use cosmos.base.v1beta1.Coin.$Properties instead.
             */
            interface ICoin extends cosmos.base.v1beta1.Coin.$Properties {
            }

            /** Represents a Coin. */
            class Coin {

                /**
                 * Constructs a new Coin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.base.v1beta1.Coin.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Coin denom. */
                denom: string;

                /** Coin amount. */
                amount: string;

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link cosmos.base.v1beta1.Coin.verify|verify} messages.
                 * @param message Coin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.base.v1beta1.Coin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.Coin & cosmos.base.v1beta1.Coin.$Shape} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.v1beta1.Coin & cosmos.base.v1beta1.Coin.$Shape;

                /**
                 * Creates a Coin message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Coin
                 */
                static fromObject(object: { [k: string]: any }): cosmos.base.v1beta1.Coin;

                /**
                 * Creates a plain object from a Coin message. Also converts values to other types if specified.
                 * @param message Coin
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.base.v1beta1.Coin, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Coin to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Coin
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Coin {

                /** Properties of a Coin. */
                interface $Properties {

                    /** Coin denom */
                    denom?: (string|null);

                    /** Coin amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Coin. */
                type $Shape = cosmos.base.v1beta1.Coin.$Properties;
            }
        }
    }
}
