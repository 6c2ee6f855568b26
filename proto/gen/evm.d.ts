import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace trivium. */
export namespace trivium {

    /** Namespace evm. */
    namespace evm {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Params.
             * @deprecated Use trivium.evm.v1.Params.$Properties instead.
             */
            interface IParams extends trivium.evm.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params blockGasLimit. */
                blockGasLimit: string;

                /** Params baseFeeWei. */
                baseFeeWei: string;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link trivium.evm.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.Params & trivium.evm.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.Params & trivium.evm.v1.Params.$Shape;

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Params blockGasLimit */
                    blockGasLimit?: (string|null);

                    /** Params baseFeeWei */
                    baseFeeWei?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = trivium.evm.v1.Params.$Properties;
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use trivium.evm.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends trivium.evm.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link trivium.evm.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryParamsRequest & trivium.evm.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.QueryParamsRequest & trivium.evm.v1.QueryParamsRequest.$Shape;

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = trivium.evm.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use trivium.evm.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends trivium.evm.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (trivium.evm.v1.Params.$Properties|null);

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link trivium.evm.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryParamsResponse & trivium.evm.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.QueryParamsResponse & trivium.evm.v1.QueryParamsResponse.$Shape;

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                    params?: (trivium.evm.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = trivium.evm.v1.QueryParamsResponse.$Properties;
            }

            /**
             * Properties of a QueryAccountRequest.
             * @deprecated Use trivium.evm.v1.QueryAccountRequest.$Properties instead.
             */
            interface IQueryAccountRequest extends trivium.evm.v1.QueryAccountRequest.$Properties {
            }

            /** Represents a QueryAccountRequest. */
            class QueryAccountRequest {

                /**
                 * Constructs a new QueryAccountRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.QueryAccountRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryAccountRequest address. */
                address: string;

                /**
                 * Encodes the specified QueryAccountRequest message. Does not implicitly {@link trivium.evm.v1.QueryAccountRequest.verify|verify} messages.
                 * @param message QueryAccountRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.QueryAccountRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAccountRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryAccountRequest & trivium.evm.v1.QueryAccountRequest.$Shape} QueryAccountRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.QueryAccountRequest & trivium.evm.v1.QueryAccountRequest.$Shape;

                /**
                 * Creates a QueryAccountRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryAccountRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.QueryAccountRequest;

                /**
                 * Creates a plain object from a QueryAccountRequest message. Also converts values to other types if specified.
                 * @param message QueryAccountRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.QueryAccountRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryAccountRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryAccountRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAccountRequest {

                /** Properties of a QueryAccountRequest. */
                interface $Properties {

                    /** QueryAccountRequest address */
                    address?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryAccountRequest. */
                type $Shape = trivium.evm.v1.QueryAccountRequest.$Properties;
            }

            /**
             * Properties of a QueryAccountResponse.
             * @deprecated Use trivium.evm.v1.QueryAccountResponse.$Properties instead.
             */
            interface IQueryAccountResponse extends trivium.evm.v1.QueryAccountResponse.$Properties {
            }

            /** Represents a QueryAccountResponse. */
            class QueryAccountResponse {

                /**
                 * Constructs a new QueryAccountResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.QueryAccountResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryAccountResponse balance. */
                balance: string;

                /** QueryAccountResponse nonce. */
                nonce: Long;

                /** QueryAccountResponse codeHash. */
                codeHash: string;

                /** QueryAccountResponse balanceUtrv. */
                balanceUtrv: string;

                /**
                 * Encodes the specified QueryAccountResponse message. Does not implicitly {@link trivium.evm.v1.QueryAccountResponse.verify|verify} messages.
                 * @param message QueryAccountResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.QueryAccountResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAccountResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryAccountResponse & trivium.evm.v1.QueryAccountResponse.$Shape} QueryAccountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.QueryAccountResponse & trivium.evm.v1.QueryAccountResponse.$Shape;

                /**
                 * Creates a QueryAccountResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryAccountResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.QueryAccountResponse;

                /**
                 * Creates a plain object from a QueryAccountResponse message. Also converts values to other types if specified.
                 * @param message QueryAccountResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.QueryAccountResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryAccountResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryAccountResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAccountResponse {

                /** Properties of a QueryAccountResponse. */
                interface $Properties {

                    /** QueryAccountResponse balance */
                    balance?: (string|null);

                    /** QueryAccountResponse nonce */
                    nonce?: (Long|null);

                    /** QueryAccountResponse codeHash */
                    codeHash?: (string|null);

                    /** QueryAccountResponse balanceUtrv */
                    balanceUtrv?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryAccountResponse. */
                type $Shape = trivium.evm.v1.QueryAccountResponse.$Properties;
            }

            /**
             * Properties of a QueryCodeRequest.
             * @deprecated Use trivium.evm.v1.QueryCodeRequest.$Properties instead.
             */
            interface IQueryCodeRequest extends trivium.evm.v1.QueryCodeRequest.$Properties {
            }

            /** Represents a QueryCodeRequest. */
            class QueryCodeRequest {

                /**
                 * Constructs a new QueryCodeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.QueryCodeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryCodeRequest address. */
                address: string;

                /**
                 * Encodes the specified QueryCodeRequest message. Does not implicitly {@link trivium.evm.v1.QueryCodeRequest.verify|verify} messages.
                 * @param message QueryCodeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.QueryCodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCodeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryCodeRequest & trivium.evm.v1.QueryCodeRequest.$Shape} QueryCodeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.QueryCodeRequest & trivium.evm.v1.QueryCodeRequest.$Shape;

                /**
                 * Creates a QueryCodeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryCodeRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.QueryCodeRequest;

                /**
                 * Creates a plain object from a QueryCodeRequest message. Also converts values to other types if specified.
                 * @param message QueryCodeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.QueryCodeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryCodeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryCodeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryCodeRequest {

                /** Properties of a QueryCodeRequest. */
                interface $Properties {

                    /** QueryCodeRequest address */
                    address?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryCodeRequest. */
                type $Shape = trivium.evm.v1.QueryCodeRequest.$Properties;
            }

            /**
             * Properties of a QueryCodeResponse.
             * @deprecated Use trivium.evm.v1.QueryCodeResponse.$Properties instead.
             */
            interface IQueryCodeResponse extends trivium.evm.v1.QueryCodeResponse.$Properties {
            }

            /** Represents a QueryCodeResponse. */
            class QueryCodeResponse {

                /**
                 * Constructs a new QueryCodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.QueryCodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryCodeResponse code. */
                code: Uint8Array;

                /**
                 * Encodes the specified QueryCodeResponse message. Does not implicitly {@link trivium.evm.v1.QueryCodeResponse.verify|verify} messages.
                 * @param message QueryCodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.QueryCodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryCodeResponse & trivium.evm.v1.QueryCodeResponse.$Shape} QueryCodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.QueryCodeResponse & trivium.evm.v1.QueryCodeResponse.$Shape;

                /**
                 * Creates a QueryCodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryCodeResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.QueryCodeResponse;

                /**
                 * Creates a plain object from a QueryCodeResponse message. Also converts values to other types if specified.
                 * @param message QueryCodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.QueryCodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryCodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryCodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryCodeResponse {

                /** Properties of a QueryCodeResponse. */
                interface $Properties {

                    /** QueryCodeResponse code */
                    code?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryCodeResponse. */
                type $Shape = trivium.evm.v1.QueryCodeResponse.$Properties;
            }

            /**
             * Properties of a QueryStorageRequest.
             * @deprecated Use trivium.evm.v1.QueryStorageRequest.$Properties instead.
             */
            interface IQueryStorageRequest extends trivium.evm.v1.QueryStorageRequest.$Properties {
            }

            /** Represents a QueryStorageRequest. */
            class QueryStorageRequest {

                /**
                 * Constructs a new QueryStorageRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.QueryStorageRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryStorageRequest address. */
                address: string;

                /** QueryStorageRequest key. */
                key: string;

                /**
                 * Encodes the specified QueryStorageRequest message. Does not implicitly {@link trivium.evm.v1.QueryStorageRequest.verify|verify} messages.
                 * @param message QueryStorageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.QueryStorageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryStorageRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryStorageRequest & trivium.evm.v1.QueryStorageRequest.$Shape} QueryStorageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.QueryStorageRequest & trivium.evm.v1.QueryStorageRequest.$Shape;

                /**
                 * Creates a QueryStorageRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryStorageRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.QueryStorageRequest;

                /**
                 * Creates a plain object from a QueryStorageRequest message. Also converts values to other types if specified.
                 * @param message QueryStorageRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.QueryStorageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryStorageRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryStorageRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryStorageRequest {

                /** Properties of a QueryStorageRequest. */
                interface $Properties {

                    /** QueryStorageRequest address */
                    address?: (string|null);

                    /** QueryStorageRequest key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryStorageRequest. */
                type $Shape = trivium.evm.v1.QueryStorageRequest.$Properties;
            }

            /**
             * Properties of a QueryStorageResponse.
             * @deprecated Use trivium.evm.v1.QueryStorageResponse.$Properties instead.
             */
            interface IQueryStorageResponse extends trivium.evm.v1.QueryStorageResponse.$Properties {
            }

            /** Represents a QueryStorageResponse. */
            class QueryStorageResponse {

                /**
                 * Constructs a new QueryStorageResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.QueryStorageResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryStorageResponse value. */
                value: string;

                /**
                 * Encodes the specified QueryStorageResponse message. Does not implicitly {@link trivium.evm.v1.QueryStorageResponse.verify|verify} messages.
                 * @param message QueryStorageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.QueryStorageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryStorageResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.QueryStorageResponse & trivium.evm.v1.QueryStorageResponse.$Shape} QueryStorageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.QueryStorageResponse & trivium.evm.v1.QueryStorageResponse.$Shape;

                /**
                 * Creates a QueryStorageResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryStorageResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.QueryStorageResponse;

                /**
                 * Creates a plain object from a QueryStorageResponse message. Also converts values to other types if specified.
                 * @param message QueryStorageResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.QueryStorageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryStorageResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryStorageResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryStorageResponse {

                /** Properties of a QueryStorageResponse. */
                interface $Properties {

                    /** QueryStorageResponse value */
                    value?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryStorageResponse. */
                type $Shape = trivium.evm.v1.QueryStorageResponse.$Properties;
            }

            /**
             * Properties of an EthCallRequest.
             * @deprecated Use trivium.evm.v1.EthCallRequest.$Properties instead.
             */
            interface IEthCallRequest extends trivium.evm.v1.EthCallRequest.$Properties {
            }

            /** Represents an EthCallRequest. */
            class EthCallRequest {

                /**
                 * Constructs a new EthCallRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.EthCallRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EthCallRequest from. */
                from: string;

                /** EthCallRequest to. */
                to: string;

                /** EthCallRequest data. */
                data: Uint8Array;

                /** EthCallRequest value. */
                value: string;

                /** EthCallRequest gas. */
                gas: Long;

                /**
                 * Encodes the specified EthCallRequest message. Does not implicitly {@link trivium.evm.v1.EthCallRequest.verify|verify} messages.
                 * @param message EthCallRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.EthCallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EthCallRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.EthCallRequest & trivium.evm.v1.EthCallRequest.$Shape} EthCallRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.EthCallRequest & trivium.evm.v1.EthCallRequest.$Shape;

                /**
                 * Creates an EthCallRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EthCallRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.EthCallRequest;

                /**
                 * Creates a plain object from an EthCallRequest message. Also converts values to other types if specified.
                 * @param message EthCallRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.EthCallRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EthCallRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EthCallRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EthCallRequest {

                /** Properties of an EthCallRequest. */
                interface $Properties {

                    /** EthCallRequest from */
                    from?: (string|null);

                    /** EthCallRequest to */
                    to?: (string|null);

                    /** EthCallRequest data */
                    data?: (Uint8Array|null);

                    /** EthCallRequest value */
                    value?: (string|null);

                    /** EthCallRequest gas */
                    gas?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EthCallRequest. */
                type $Shape = trivium.evm.v1.EthCallRequest.$Properties;
            }

            /**
             * Properties of an EthCallResponse.
             * @deprecated Use trivium.evm.v1.EthCallResponse.$Properties instead.
             */
            interface IEthCallResponse extends trivium.evm.v1.EthCallResponse.$Properties {
            }

            /** Represents an EthCallResponse. */
            class EthCallResponse {

                /**
                 * Constructs a new EthCallResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.EthCallResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EthCallResponse ret. */
                ret: Uint8Array;

                /** EthCallResponse vmError. */
                vmError: string;

                /** EthCallResponse gasUsed. */
                gasUsed: Long;

                /** EthCallResponse success. */
                success: boolean;

                /**
                 * Encodes the specified EthCallResponse message. Does not implicitly {@link trivium.evm.v1.EthCallResponse.verify|verify} messages.
                 * @param message EthCallResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.EthCallResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EthCallResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.EthCallResponse & trivium.evm.v1.EthCallResponse.$Shape} EthCallResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.EthCallResponse & trivium.evm.v1.EthCallResponse.$Shape;

                /**
                 * Creates an EthCallResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EthCallResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.EthCallResponse;

                /**
                 * Creates a plain object from an EthCallResponse message. Also converts values to other types if specified.
                 * @param message EthCallResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.EthCallResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EthCallResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EthCallResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EthCallResponse {

                /** Properties of an EthCallResponse. */
                interface $Properties {

                    /** EthCallResponse ret */
                    ret?: (Uint8Array|null);

                    /** EthCallResponse vmError */
                    vmError?: (string|null);

                    /** EthCallResponse gasUsed */
                    gasUsed?: (Long|null);

                    /** EthCallResponse success */
                    success?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EthCallResponse. */
                type $Shape = trivium.evm.v1.EthCallResponse.$Properties;
            }

            /**
             * Properties of a MsgEthereumTx.
             * @deprecated Use trivium.evm.v1.MsgEthereumTx.$Properties instead.
             */
            interface IMsgEthereumTx extends trivium.evm.v1.MsgEthereumTx.$Properties {
            }

            /** Represents a MsgEthereumTx. */
            class MsgEthereumTx {

                /**
                 * Constructs a new MsgEthereumTx.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.MsgEthereumTx.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgEthereumTx raw. */
                raw: Uint8Array;

                /** MsgEthereumTx from. */
                from: string;

                /**
                 * Encodes the specified MsgEthereumTx message. Does not implicitly {@link trivium.evm.v1.MsgEthereumTx.verify|verify} messages.
                 * @param message MsgEthereumTx message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.MsgEthereumTx.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgEthereumTx message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.MsgEthereumTx & trivium.evm.v1.MsgEthereumTx.$Shape} MsgEthereumTx
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.MsgEthereumTx & trivium.evm.v1.MsgEthereumTx.$Shape;

                /**
                 * Creates a MsgEthereumTx message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgEthereumTx
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.MsgEthereumTx;

                /**
                 * Creates a plain object from a MsgEthereumTx message. Also converts values to other types if specified.
                 * @param message MsgEthereumTx
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.MsgEthereumTx, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgEthereumTx to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgEthereumTx
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgEthereumTx {

                /** Properties of a MsgEthereumTx. */
                interface $Properties {

                    /** MsgEthereumTx raw */
                    raw?: (Uint8Array|null);

                    /** MsgEthereumTx from */
                    from?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgEthereumTx. */
                type $Shape = trivium.evm.v1.MsgEthereumTx.$Properties;
            }

            /**
             * Properties of a Log.
             * @deprecated Use trivium.evm.v1.Log.$Properties instead.
             */
            interface ILog extends trivium.evm.v1.Log.$Properties {
            }

            /** Represents a Log. */
            class Log {

                /**
                 * Constructs a new Log.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.Log.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Log address. */
                address: string;

                /** Log topics. */
                topics: string[];

                /** Log data. */
                data: Uint8Array;

                /**
                 * Encodes the specified Log message. Does not implicitly {@link trivium.evm.v1.Log.verify|verify} messages.
                 * @param message Log message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.Log.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Log message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.Log & trivium.evm.v1.Log.$Shape} Log
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.Log & trivium.evm.v1.Log.$Shape;

                /**
                 * Creates a Log message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Log
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.Log;

                /**
                 * Creates a plain object from a Log message. Also converts values to other types if specified.
                 * @param message Log
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.Log, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Log to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Log
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Log {

                /** Properties of a Log. */
                interface $Properties {

                    /** Log address */
                    address?: (string|null);

                    /** Log topics */
                    topics?: (string[]|null);

                    /** Log data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Log. */
                type $Shape = trivium.evm.v1.Log.$Properties;
            }

            /**
             * Properties of a MsgEthereumTxResponse.
             * @deprecated Use trivium.evm.v1.MsgEthereumTxResponse.$Properties instead.
             */
            interface IMsgEthereumTxResponse extends trivium.evm.v1.MsgEthereumTxResponse.$Properties {
            }

            /** Represents a MsgEthereumTxResponse. */
            class MsgEthereumTxResponse {

                /**
                 * Constructs a new MsgEthereumTxResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.evm.v1.MsgEthereumTxResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgEthereumTxResponse hash. */
                hash: string;

                /** MsgEthereumTxResponse logs. */
                logs: trivium.evm.v1.Log.$Properties[];

                /** MsgEthereumTxResponse ret. */
                ret: Uint8Array;

                /** MsgEthereumTxResponse vmError. */
                vmError: string;

                /** MsgEthereumTxResponse gasUsed. */
                gasUsed: Long;

                /** MsgEthereumTxResponse contractAddress. */
                contractAddress: string;

                /**
                 * Encodes the specified MsgEthereumTxResponse message. Does not implicitly {@link trivium.evm.v1.MsgEthereumTxResponse.verify|verify} messages.
                 * @param message MsgEthereumTxResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.evm.v1.MsgEthereumTxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgEthereumTxResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.evm.v1.MsgEthereumTxResponse & trivium.evm.v1.MsgEthereumTxResponse.$Shape} MsgEthereumTxResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.evm.v1.MsgEthereumTxResponse & trivium.evm.v1.MsgEthereumTxResponse.$Shape;

                /**
                 * Creates a MsgEthereumTxResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgEthereumTxResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.evm.v1.MsgEthereumTxResponse;

                /**
                 * Creates a plain object from a MsgEthereumTxResponse message. Also converts values to other types if specified.
                 * @param message MsgEthereumTxResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.evm.v1.MsgEthereumTxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgEthereumTxResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgEthereumTxResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgEthereumTxResponse {

                /** Properties of a MsgEthereumTxResponse. */
                interface $Properties {

                    /** MsgEthereumTxResponse hash */
                    hash?: (string|null);

                    /** MsgEthereumTxResponse logs */
                    logs?: (trivium.evm.v1.Log.$Properties[]|null);

                    /** MsgEthereumTxResponse ret */
                    ret?: (Uint8Array|null);

                    /** MsgEthereumTxResponse vmError */
                    vmError?: (string|null);

                    /** MsgEthereumTxResponse gasUsed */
                    gasUsed?: (Long|null);

                    /** MsgEthereumTxResponse contractAddress */
                    contractAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgEthereumTxResponse. */
                type $Shape = trivium.evm.v1.MsgEthereumTxResponse.$Properties;
            }
        }
    }
}
