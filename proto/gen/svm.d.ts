import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace trivium. */
export namespace trivium {

    /** Namespace svm. */
    namespace svm {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Account.
             * @deprecated Use trivium.svm.v1.Account.$Properties instead.
             */
            interface IAccount extends trivium.svm.v1.Account.$Properties {
            }

            /** Represents an Account. */
            class Account {

                /**
                 * Constructs a new Account.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.Account.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Account pubkey. */
                pubkey: string;

                /** Account lamports. */
                lamports: string;

                /** Account owner. */
                owner: string;

                /** Account data. */
                data: Uint8Array;

                /** Account executable. */
                executable: boolean;

                /** Account rentEpoch. */
                rentEpoch: string;

                /**
                 * Encodes the specified Account message. Does not implicitly {@link trivium.svm.v1.Account.verify|verify} messages.
                 * @param message Account message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.Account.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Account message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.Account & trivium.svm.v1.Account.$Shape} Account
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.Account & trivium.svm.v1.Account.$Shape;

                /**
                 * Creates an Account message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Account
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.Account;

                /**
                 * Creates a plain object from an Account message. Also converts values to other types if specified.
                 * @param message Account
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.Account, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Account to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Account
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Account {

                /** Properties of an Account. */
                interface $Properties {

                    /** Account pubkey */
                    pubkey?: (string|null);

                    /** Account lamports */
                    lamports?: (string|null);

                    /** Account owner */
                    owner?: (string|null);

                    /** Account data */
                    data?: (Uint8Array|null);

                    /** Account executable */
                    executable?: (boolean|null);

                    /** Account rentEpoch */
                    rentEpoch?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Account. */
                type $Shape = trivium.svm.v1.Account.$Properties;
            }

            /**
             * Properties of a QueryAccountRequest.
             * @deprecated Use trivium.svm.v1.QueryAccountRequest.$Properties instead.
             */
            interface IQueryAccountRequest extends trivium.svm.v1.QueryAccountRequest.$Properties {
            }

            /** Represents a QueryAccountRequest. */
            class QueryAccountRequest {

                /**
                 * Constructs a new QueryAccountRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.QueryAccountRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryAccountRequest pubkey. */
                pubkey: string;

                /**
                 * Encodes the specified QueryAccountRequest message. Does not implicitly {@link trivium.svm.v1.QueryAccountRequest.verify|verify} messages.
                 * @param message QueryAccountRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.QueryAccountRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAccountRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryAccountRequest & trivium.svm.v1.QueryAccountRequest.$Shape} QueryAccountRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.QueryAccountRequest & trivium.svm.v1.QueryAccountRequest.$Shape;

                /**
                 * Creates a QueryAccountRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryAccountRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.QueryAccountRequest;

                /**
                 * Creates a plain object from a QueryAccountRequest message. Also converts values to other types if specified.
                 * @param message QueryAccountRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.QueryAccountRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** QueryAccountRequest pubkey */
                    pubkey?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryAccountRequest. */
                type $Shape = trivium.svm.v1.QueryAccountRequest.$Properties;
            }

            /**
             * Properties of a QueryAccountResponse.
             * @deprecated Use trivium.svm.v1.QueryAccountResponse.$Properties instead.
             */
            interface IQueryAccountResponse extends trivium.svm.v1.QueryAccountResponse.$Properties {
            }

            /** Represents a QueryAccountResponse. */
            class QueryAccountResponse {

                /**
                 * Constructs a new QueryAccountResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.QueryAccountResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryAccountResponse account. */
                account?: (trivium.svm.v1.Account.$Properties|null);

                /** QueryAccountResponse found. */
                found: boolean;

                /**
                 * Encodes the specified QueryAccountResponse message. Does not implicitly {@link trivium.svm.v1.QueryAccountResponse.verify|verify} messages.
                 * @param message QueryAccountResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.QueryAccountResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAccountResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryAccountResponse & trivium.svm.v1.QueryAccountResponse.$Shape} QueryAccountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.QueryAccountResponse & trivium.svm.v1.QueryAccountResponse.$Shape;

                /**
                 * Creates a QueryAccountResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryAccountResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.QueryAccountResponse;

                /**
                 * Creates a plain object from a QueryAccountResponse message. Also converts values to other types if specified.
                 * @param message QueryAccountResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.QueryAccountResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** QueryAccountResponse account */
                    account?: (trivium.svm.v1.Account.$Properties|null);

                    /** QueryAccountResponse found */
                    found?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryAccountResponse. */
                type $Shape = trivium.svm.v1.QueryAccountResponse.$Properties;
            }

            /**
             * Properties of a ProgramInfo.
             * @deprecated Use trivium.svm.v1.ProgramInfo.$Properties instead.
             */
            interface IProgramInfo extends trivium.svm.v1.ProgramInfo.$Properties {
            }

            /** Represents a ProgramInfo. */
            class ProgramInfo {

                /**
                 * Constructs a new ProgramInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.ProgramInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProgramInfo programId. */
                programId: string;

                /** ProgramInfo deployer. */
                deployer: string;

                /** ProgramInfo elfSha256. */
                elfSha256: string;

                /** ProgramInfo elfSize. */
                elfSize: Long;

                /** ProgramInfo deployedHeight. */
                deployedHeight: Long;

                /** ProgramInfo loader. */
                loader: string;

                /** ProgramInfo builtin. */
                builtin: boolean;

                /**
                 * Encodes the specified ProgramInfo message. Does not implicitly {@link trivium.svm.v1.ProgramInfo.verify|verify} messages.
                 * @param message ProgramInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.ProgramInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProgramInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.ProgramInfo & trivium.svm.v1.ProgramInfo.$Shape} ProgramInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.ProgramInfo & trivium.svm.v1.ProgramInfo.$Shape;

                /**
                 * Creates a ProgramInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProgramInfo
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.ProgramInfo;

                /**
                 * Creates a plain object from a ProgramInfo message. Also converts values to other types if specified.
                 * @param message ProgramInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.ProgramInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProgramInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProgramInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProgramInfo {

                /** Properties of a ProgramInfo. */
                interface $Properties {

                    /** ProgramInfo programId */
                    programId?: (string|null);

                    /** ProgramInfo deployer */
                    deployer?: (string|null);

                    /** ProgramInfo elfSha256 */
                    elfSha256?: (string|null);

                    /** ProgramInfo elfSize */
                    elfSize?: (Long|null);

                    /** ProgramInfo deployedHeight */
                    deployedHeight?: (Long|null);

                    /** ProgramInfo loader */
                    loader?: (string|null);

                    /** ProgramInfo builtin */
                    builtin?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProgramInfo. */
                type $Shape = trivium.svm.v1.ProgramInfo.$Properties;
            }

            /**
             * Properties of a QueryProgramRequest.
             * @deprecated Use trivium.svm.v1.QueryProgramRequest.$Properties instead.
             */
            interface IQueryProgramRequest extends trivium.svm.v1.QueryProgramRequest.$Properties {
            }

            /** Represents a QueryProgramRequest. */
            class QueryProgramRequest {

                /**
                 * Constructs a new QueryProgramRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.QueryProgramRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryProgramRequest programId. */
                programId: string;

                /**
                 * Encodes the specified QueryProgramRequest message. Does not implicitly {@link trivium.svm.v1.QueryProgramRequest.verify|verify} messages.
                 * @param message QueryProgramRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.QueryProgramRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProgramRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryProgramRequest & trivium.svm.v1.QueryProgramRequest.$Shape} QueryProgramRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.QueryProgramRequest & trivium.svm.v1.QueryProgramRequest.$Shape;

                /**
                 * Creates a QueryProgramRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryProgramRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.QueryProgramRequest;

                /**
                 * Creates a plain object from a QueryProgramRequest message. Also converts values to other types if specified.
                 * @param message QueryProgramRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.QueryProgramRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryProgramRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryProgramRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryProgramRequest {

                /** Properties of a QueryProgramRequest. */
                interface $Properties {

                    /** QueryProgramRequest programId */
                    programId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryProgramRequest. */
                type $Shape = trivium.svm.v1.QueryProgramRequest.$Properties;
            }

            /**
             * Properties of a QueryProgramResponse.
             * @deprecated Use trivium.svm.v1.QueryProgramResponse.$Properties instead.
             */
            interface IQueryProgramResponse extends trivium.svm.v1.QueryProgramResponse.$Properties {
            }

            /** Represents a QueryProgramResponse. */
            class QueryProgramResponse {

                /**
                 * Constructs a new QueryProgramResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.QueryProgramResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryProgramResponse program. */
                program?: (trivium.svm.v1.ProgramInfo.$Properties|null);

                /** QueryProgramResponse found. */
                found: boolean;

                /**
                 * Encodes the specified QueryProgramResponse message. Does not implicitly {@link trivium.svm.v1.QueryProgramResponse.verify|verify} messages.
                 * @param message QueryProgramResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.QueryProgramResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProgramResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryProgramResponse & trivium.svm.v1.QueryProgramResponse.$Shape} QueryProgramResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.QueryProgramResponse & trivium.svm.v1.QueryProgramResponse.$Shape;

                /**
                 * Creates a QueryProgramResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryProgramResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.QueryProgramResponse;

                /**
                 * Creates a plain object from a QueryProgramResponse message. Also converts values to other types if specified.
                 * @param message QueryProgramResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.QueryProgramResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryProgramResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryProgramResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryProgramResponse {

                /** Properties of a QueryProgramResponse. */
                interface $Properties {

                    /** QueryProgramResponse program */
                    program?: (trivium.svm.v1.ProgramInfo.$Properties|null);

                    /** QueryProgramResponse found */
                    found?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryProgramResponse. */
                type $Shape = trivium.svm.v1.QueryProgramResponse.$Properties;
            }

            /**
             * Properties of a QueryAddressFacesRequest.
             * @deprecated Use trivium.svm.v1.QueryAddressFacesRequest.$Properties instead.
             */
            interface IQueryAddressFacesRequest extends trivium.svm.v1.QueryAddressFacesRequest.$Properties {
            }

            /** Represents a QueryAddressFacesRequest. */
            class QueryAddressFacesRequest {

                /**
                 * Constructs a new QueryAddressFacesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.QueryAddressFacesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryAddressFacesRequest address. */
                address: string;

                /**
                 * Encodes the specified QueryAddressFacesRequest message. Does not implicitly {@link trivium.svm.v1.QueryAddressFacesRequest.verify|verify} messages.
                 * @param message QueryAddressFacesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.QueryAddressFacesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAddressFacesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryAddressFacesRequest & trivium.svm.v1.QueryAddressFacesRequest.$Shape} QueryAddressFacesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.QueryAddressFacesRequest & trivium.svm.v1.QueryAddressFacesRequest.$Shape;

                /**
                 * Creates a QueryAddressFacesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryAddressFacesRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.QueryAddressFacesRequest;

                /**
                 * Creates a plain object from a QueryAddressFacesRequest message. Also converts values to other types if specified.
                 * @param message QueryAddressFacesRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.QueryAddressFacesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryAddressFacesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryAddressFacesRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAddressFacesRequest {

                /** Properties of a QueryAddressFacesRequest. */
                interface $Properties {

                    /** QueryAddressFacesRequest address */
                    address?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryAddressFacesRequest. */
                type $Shape = trivium.svm.v1.QueryAddressFacesRequest.$Properties;
            }

            /**
             * Properties of a QueryAddressFacesResponse.
             * @deprecated Use trivium.svm.v1.QueryAddressFacesResponse.$Properties instead.
             */
            interface IQueryAddressFacesResponse extends trivium.svm.v1.QueryAddressFacesResponse.$Properties {
            }

            /** Represents a QueryAddressFacesResponse. */
            class QueryAddressFacesResponse {

                /**
                 * Constructs a new QueryAddressFacesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.QueryAddressFacesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryAddressFacesResponse bech32. */
                bech32: string;

                /** QueryAddressFacesResponse evm. */
                evm: string;

                /** QueryAddressFacesResponse svm. */
                svm: string;

                /**
                 * Encodes the specified QueryAddressFacesResponse message. Does not implicitly {@link trivium.svm.v1.QueryAddressFacesResponse.verify|verify} messages.
                 * @param message QueryAddressFacesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.QueryAddressFacesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAddressFacesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryAddressFacesResponse & trivium.svm.v1.QueryAddressFacesResponse.$Shape} QueryAddressFacesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.QueryAddressFacesResponse & trivium.svm.v1.QueryAddressFacesResponse.$Shape;

                /**
                 * Creates a QueryAddressFacesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryAddressFacesResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.QueryAddressFacesResponse;

                /**
                 * Creates a plain object from a QueryAddressFacesResponse message. Also converts values to other types if specified.
                 * @param message QueryAddressFacesResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.QueryAddressFacesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryAddressFacesResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryAddressFacesResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAddressFacesResponse {

                /** Properties of a QueryAddressFacesResponse. */
                interface $Properties {

                    /** QueryAddressFacesResponse bech32 */
                    bech32?: (string|null);

                    /** QueryAddressFacesResponse evm */
                    evm?: (string|null);

                    /** QueryAddressFacesResponse svm */
                    svm?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryAddressFacesResponse. */
                type $Shape = trivium.svm.v1.QueryAddressFacesResponse.$Properties;
            }

            /**
             * Properties of a Params.
             * @deprecated Use trivium.svm.v1.Params.$Properties instead.
             */
            interface IParams extends trivium.svm.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params lamportsPerUtrv. */
                lamportsPerUtrv: Long;

                /** Params gasPerComputeUnit. */
                gasPerComputeUnit: Long;

                /** Params maxComputeUnits. */
                maxComputeUnits: Long;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link trivium.svm.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.Params & trivium.svm.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.Params & trivium.svm.v1.Params.$Shape;

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Params lamportsPerUtrv */
                    lamportsPerUtrv?: (Long|null);

                    /** Params gasPerComputeUnit */
                    gasPerComputeUnit?: (Long|null);

                    /** Params maxComputeUnits */
                    maxComputeUnits?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = trivium.svm.v1.Params.$Properties;
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use trivium.svm.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends trivium.svm.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link trivium.svm.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryParamsRequest & trivium.svm.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.QueryParamsRequest & trivium.svm.v1.QueryParamsRequest.$Shape;

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = trivium.svm.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use trivium.svm.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends trivium.svm.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (trivium.svm.v1.Params.$Properties|null);

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link trivium.svm.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.QueryParamsResponse & trivium.svm.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.QueryParamsResponse & trivium.svm.v1.QueryParamsResponse.$Shape;

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                    params?: (trivium.svm.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = trivium.svm.v1.QueryParamsResponse.$Properties;
            }

            /**
             * Properties of an AccountMeta.
             * @deprecated Use trivium.svm.v1.AccountMeta.$Properties instead.
             */
            interface IAccountMeta extends trivium.svm.v1.AccountMeta.$Properties {
            }

            /** Represents an AccountMeta. */
            class AccountMeta {

                /**
                 * Constructs a new AccountMeta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.AccountMeta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccountMeta pubkey. */
                pubkey: string;

                /** AccountMeta isSigner. */
                isSigner: boolean;

                /** AccountMeta isWritable. */
                isWritable: boolean;

                /**
                 * Encodes the specified AccountMeta message. Does not implicitly {@link trivium.svm.v1.AccountMeta.verify|verify} messages.
                 * @param message AccountMeta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.AccountMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccountMeta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.AccountMeta & trivium.svm.v1.AccountMeta.$Shape} AccountMeta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.AccountMeta & trivium.svm.v1.AccountMeta.$Shape;

                /**
                 * Creates an AccountMeta message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AccountMeta
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.AccountMeta;

                /**
                 * Creates a plain object from an AccountMeta message. Also converts values to other types if specified.
                 * @param message AccountMeta
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.AccountMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = trivium.svm.v1.AccountMeta.$Properties;
            }

            /**
             * Properties of a MsgDeployProgram.
             * @deprecated Use trivium.svm.v1.MsgDeployProgram.$Properties instead.
             */
            interface IMsgDeployProgram extends trivium.svm.v1.MsgDeployProgram.$Properties {
            }

            /** Represents a MsgDeployProgram. */
            class MsgDeployProgram {

                /**
                 * Constructs a new MsgDeployProgram.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.MsgDeployProgram.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgDeployProgram sender. */
                sender: string;

                /** MsgDeployProgram elf. */
                elf: Uint8Array;

                /**
                 * Encodes the specified MsgDeployProgram message. Does not implicitly {@link trivium.svm.v1.MsgDeployProgram.verify|verify} messages.
                 * @param message MsgDeployProgram message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.MsgDeployProgram.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDeployProgram message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgDeployProgram & trivium.svm.v1.MsgDeployProgram.$Shape} MsgDeployProgram
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.MsgDeployProgram & trivium.svm.v1.MsgDeployProgram.$Shape;

                /**
                 * Creates a MsgDeployProgram message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgDeployProgram
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.MsgDeployProgram;

                /**
                 * Creates a plain object from a MsgDeployProgram message. Also converts values to other types if specified.
                 * @param message MsgDeployProgram
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.MsgDeployProgram, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgDeployProgram to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgDeployProgram
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDeployProgram {

                /** Properties of a MsgDeployProgram. */
                interface $Properties {

                    /** MsgDeployProgram sender */
                    sender?: (string|null);

                    /** MsgDeployProgram elf */
                    elf?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgDeployProgram. */
                type $Shape = trivium.svm.v1.MsgDeployProgram.$Properties;
            }

            /**
             * Properties of a MsgDeployProgramResponse.
             * @deprecated Use trivium.svm.v1.MsgDeployProgramResponse.$Properties instead.
             */
            interface IMsgDeployProgramResponse extends trivium.svm.v1.MsgDeployProgramResponse.$Properties {
            }

            /** Represents a MsgDeployProgramResponse. */
            class MsgDeployProgramResponse {

                /**
                 * Constructs a new MsgDeployProgramResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.MsgDeployProgramResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgDeployProgramResponse programId. */
                programId: string;

                /** MsgDeployProgramResponse elfSha256. */
                elfSha256: string;

                /**
                 * Encodes the specified MsgDeployProgramResponse message. Does not implicitly {@link trivium.svm.v1.MsgDeployProgramResponse.verify|verify} messages.
                 * @param message MsgDeployProgramResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.MsgDeployProgramResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDeployProgramResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgDeployProgramResponse & trivium.svm.v1.MsgDeployProgramResponse.$Shape} MsgDeployProgramResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.MsgDeployProgramResponse & trivium.svm.v1.MsgDeployProgramResponse.$Shape;

                /**
                 * Creates a MsgDeployProgramResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgDeployProgramResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.MsgDeployProgramResponse;

                /**
                 * Creates a plain object from a MsgDeployProgramResponse message. Also converts values to other types if specified.
                 * @param message MsgDeployProgramResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.MsgDeployProgramResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgDeployProgramResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgDeployProgramResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDeployProgramResponse {

                /** Properties of a MsgDeployProgramResponse. */
                interface $Properties {

                    /** MsgDeployProgramResponse programId */
                    programId?: (string|null);

                    /** MsgDeployProgramResponse elfSha256 */
                    elfSha256?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgDeployProgramResponse. */
                type $Shape = trivium.svm.v1.MsgDeployProgramResponse.$Properties;
            }

            /**
             * Properties of a MsgExecute.
             * @deprecated Use trivium.svm.v1.MsgExecute.$Properties instead.
             */
            interface IMsgExecute extends trivium.svm.v1.MsgExecute.$Properties {
            }

            /** Represents a MsgExecute. */
            class MsgExecute {

                /**
                 * Constructs a new MsgExecute.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.MsgExecute.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgExecute sender. */
                sender: string;

                /** MsgExecute programId. */
                programId: string;

                /** MsgExecute data. */
                data: string;

                /** MsgExecute accounts. */
                accounts: trivium.svm.v1.AccountMeta.$Properties[];

                /**
                 * Encodes the specified MsgExecute message. Does not implicitly {@link trivium.svm.v1.MsgExecute.verify|verify} messages.
                 * @param message MsgExecute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.MsgExecute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgExecute message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgExecute & trivium.svm.v1.MsgExecute.$Shape} MsgExecute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.MsgExecute & trivium.svm.v1.MsgExecute.$Shape;

                /**
                 * Creates a MsgExecute message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgExecute
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.MsgExecute;

                /**
                 * Creates a plain object from a MsgExecute message. Also converts values to other types if specified.
                 * @param message MsgExecute
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.MsgExecute, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgExecute to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgExecute
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgExecute {

                /** Properties of a MsgExecute. */
                interface $Properties {

                    /** MsgExecute sender */
                    sender?: (string|null);

                    /** MsgExecute programId */
                    programId?: (string|null);

                    /** MsgExecute data */
                    data?: (string|null);

                    /** MsgExecute accounts */
                    accounts?: (trivium.svm.v1.AccountMeta.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgExecute. */
                type $Shape = trivium.svm.v1.MsgExecute.$Properties;
            }

            /**
             * Properties of a MsgExecuteResponse.
             * @deprecated Use trivium.svm.v1.MsgExecuteResponse.$Properties instead.
             */
            interface IMsgExecuteResponse extends trivium.svm.v1.MsgExecuteResponse.$Properties {
            }

            /** Represents a MsgExecuteResponse. */
            class MsgExecuteResponse {

                /**
                 * Constructs a new MsgExecuteResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.MsgExecuteResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgExecuteResponse computeUnits. */
                computeUnits: Long;

                /** MsgExecuteResponse logs. */
                logs: string[];

                /** MsgExecuteResponse returnData. */
                returnData: Uint8Array;

                /** MsgExecuteResponse returnProgramId. */
                returnProgramId: string;

                /**
                 * Encodes the specified MsgExecuteResponse message. Does not implicitly {@link trivium.svm.v1.MsgExecuteResponse.verify|verify} messages.
                 * @param message MsgExecuteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.MsgExecuteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgExecuteResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgExecuteResponse & trivium.svm.v1.MsgExecuteResponse.$Shape} MsgExecuteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.MsgExecuteResponse & trivium.svm.v1.MsgExecuteResponse.$Shape;

                /**
                 * Creates a MsgExecuteResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgExecuteResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.MsgExecuteResponse;

                /**
                 * Creates a plain object from a MsgExecuteResponse message. Also converts values to other types if specified.
                 * @param message MsgExecuteResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.MsgExecuteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgExecuteResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgExecuteResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgExecuteResponse {

                /** Properties of a MsgExecuteResponse. */
                interface $Properties {

                    /** MsgExecuteResponse computeUnits */
                    computeUnits?: (Long|null);

                    /** MsgExecuteResponse logs */
                    logs?: (string[]|null);

                    /** MsgExecuteResponse returnData */
                    returnData?: (Uint8Array|null);

                    /** MsgExecuteResponse returnProgramId */
                    returnProgramId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgExecuteResponse. */
                type $Shape = trivium.svm.v1.MsgExecuteResponse.$Properties;
            }

            /**
             * Properties of a MsgSolanaTx.
             * @deprecated Use trivium.svm.v1.MsgSolanaTx.$Properties instead.
             */
            interface IMsgSolanaTx extends trivium.svm.v1.MsgSolanaTx.$Properties {
            }

            /** Represents a MsgSolanaTx. */
            class MsgSolanaTx {

                /**
                 * Constructs a new MsgSolanaTx.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.MsgSolanaTx.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgSolanaTx sender. */
                sender: string;

                /** MsgSolanaTx tx. */
                tx: Uint8Array;

                /**
                 * Encodes the specified MsgSolanaTx message. Does not implicitly {@link trivium.svm.v1.MsgSolanaTx.verify|verify} messages.
                 * @param message MsgSolanaTx message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.MsgSolanaTx.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSolanaTx message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgSolanaTx & trivium.svm.v1.MsgSolanaTx.$Shape} MsgSolanaTx
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.MsgSolanaTx & trivium.svm.v1.MsgSolanaTx.$Shape;

                /**
                 * Creates a MsgSolanaTx message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgSolanaTx
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.MsgSolanaTx;

                /**
                 * Creates a plain object from a MsgSolanaTx message. Also converts values to other types if specified.
                 * @param message MsgSolanaTx
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.MsgSolanaTx, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSolanaTx to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgSolanaTx
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSolanaTx {

                /** Properties of a MsgSolanaTx. */
                interface $Properties {

                    /** MsgSolanaTx sender */
                    sender?: (string|null);

                    /** MsgSolanaTx tx */
                    tx?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgSolanaTx. */
                type $Shape = trivium.svm.v1.MsgSolanaTx.$Properties;
            }

            /**
             * Properties of a MsgSolanaTxResponse.
             * @deprecated Use trivium.svm.v1.MsgSolanaTxResponse.$Properties instead.
             */
            interface IMsgSolanaTxResponse extends trivium.svm.v1.MsgSolanaTxResponse.$Properties {
            }

            /** Represents a MsgSolanaTxResponse. */
            class MsgSolanaTxResponse {

                /**
                 * Constructs a new MsgSolanaTxResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.MsgSolanaTxResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgSolanaTxResponse signature. */
                signature: string;

                /** MsgSolanaTxResponse computeUnits. */
                computeUnits: Long;

                /** MsgSolanaTxResponse logs. */
                logs: string[];

                /**
                 * Encodes the specified MsgSolanaTxResponse message. Does not implicitly {@link trivium.svm.v1.MsgSolanaTxResponse.verify|verify} messages.
                 * @param message MsgSolanaTxResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.MsgSolanaTxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSolanaTxResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgSolanaTxResponse & trivium.svm.v1.MsgSolanaTxResponse.$Shape} MsgSolanaTxResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.MsgSolanaTxResponse & trivium.svm.v1.MsgSolanaTxResponse.$Shape;

                /**
                 * Creates a MsgSolanaTxResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgSolanaTxResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.MsgSolanaTxResponse;

                /**
                 * Creates a plain object from a MsgSolanaTxResponse message. Also converts values to other types if specified.
                 * @param message MsgSolanaTxResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.MsgSolanaTxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSolanaTxResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgSolanaTxResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSolanaTxResponse {

                /** Properties of a MsgSolanaTxResponse. */
                interface $Properties {

                    /** MsgSolanaTxResponse signature */
                    signature?: (string|null);

                    /** MsgSolanaTxResponse computeUnits */
                    computeUnits?: (Long|null);

                    /** MsgSolanaTxResponse logs */
                    logs?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgSolanaTxResponse. */
                type $Shape = trivium.svm.v1.MsgSolanaTxResponse.$Properties;
            }

            /**
             * Properties of a MsgDevSetAccount.
             * @deprecated Use trivium.svm.v1.MsgDevSetAccount.$Properties instead.
             */
            interface IMsgDevSetAccount extends trivium.svm.v1.MsgDevSetAccount.$Properties {
            }

            /** Represents a MsgDevSetAccount. */
            class MsgDevSetAccount {

                /**
                 * Constructs a new MsgDevSetAccount.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.MsgDevSetAccount.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgDevSetAccount authority. */
                authority: string;

                /** MsgDevSetAccount pubkey. */
                pubkey: string;

                /** MsgDevSetAccount lamports. */
                lamports: Long;

                /** MsgDevSetAccount data. */
                data: Uint8Array;

                /** MsgDevSetAccount owner. */
                owner: string;

                /** MsgDevSetAccount executable. */
                executable: boolean;

                /** MsgDevSetAccount rentEpoch. */
                rentEpoch: Long;

                /**
                 * Encodes the specified MsgDevSetAccount message. Does not implicitly {@link trivium.svm.v1.MsgDevSetAccount.verify|verify} messages.
                 * @param message MsgDevSetAccount message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.MsgDevSetAccount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDevSetAccount message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgDevSetAccount & trivium.svm.v1.MsgDevSetAccount.$Shape} MsgDevSetAccount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.MsgDevSetAccount & trivium.svm.v1.MsgDevSetAccount.$Shape;

                /**
                 * Creates a MsgDevSetAccount message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgDevSetAccount
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.MsgDevSetAccount;

                /**
                 * Creates a plain object from a MsgDevSetAccount message. Also converts values to other types if specified.
                 * @param message MsgDevSetAccount
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.MsgDevSetAccount, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgDevSetAccount to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgDevSetAccount
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDevSetAccount {

                /** Properties of a MsgDevSetAccount. */
                interface $Properties {

                    /** MsgDevSetAccount authority */
                    authority?: (string|null);

                    /** MsgDevSetAccount pubkey */
                    pubkey?: (string|null);

                    /** MsgDevSetAccount lamports */
                    lamports?: (Long|null);

                    /** MsgDevSetAccount data */
                    data?: (Uint8Array|null);

                    /** MsgDevSetAccount owner */
                    owner?: (string|null);

                    /** MsgDevSetAccount executable */
                    executable?: (boolean|null);

                    /** MsgDevSetAccount rentEpoch */
                    rentEpoch?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgDevSetAccount. */
                type $Shape = trivium.svm.v1.MsgDevSetAccount.$Properties;
            }

            /**
             * Properties of a MsgDevSetAccountResponse.
             * @deprecated Use trivium.svm.v1.MsgDevSetAccountResponse.$Properties instead.
             */
            interface IMsgDevSetAccountResponse extends trivium.svm.v1.MsgDevSetAccountResponse.$Properties {
            }

            /** Represents a MsgDevSetAccountResponse. */
            class MsgDevSetAccountResponse {

                /**
                 * Constructs a new MsgDevSetAccountResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trivium.svm.v1.MsgDevSetAccountResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified MsgDevSetAccountResponse message. Does not implicitly {@link trivium.svm.v1.MsgDevSetAccountResponse.verify|verify} messages.
                 * @param message MsgDevSetAccountResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trivium.svm.v1.MsgDevSetAccountResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDevSetAccountResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trivium.svm.v1.MsgDevSetAccountResponse & trivium.svm.v1.MsgDevSetAccountResponse.$Shape} MsgDevSetAccountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trivium.svm.v1.MsgDevSetAccountResponse & trivium.svm.v1.MsgDevSetAccountResponse.$Shape;

                /**
                 * Creates a MsgDevSetAccountResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgDevSetAccountResponse
                 */
                static fromObject(object: { [k: string]: any }): trivium.svm.v1.MsgDevSetAccountResponse;

                /**
                 * Creates a plain object from a MsgDevSetAccountResponse message. Also converts values to other types if specified.
                 * @param message MsgDevSetAccountResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: trivium.svm.v1.MsgDevSetAccountResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgDevSetAccountResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgDevSetAccountResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDevSetAccountResponse {

                /** Properties of a MsgDevSetAccountResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgDevSetAccountResponse. */
                type $Shape = trivium.svm.v1.MsgDevSetAccountResponse.$Properties;
            }
        }
    }
}
