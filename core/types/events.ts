/** ABCI events as CometBFT v0.38 carries them: string keys and values, `index` for the tx indexer. */
export interface EventAttribute {
  key: string;
  value: string;
  index: boolean;
}
export interface AbciEvent {
  type: string;
  attributes: EventAttribute[];
}

export function event(type: string, attrs: Record<string, string | number | bigint | boolean>): AbciEvent {
  return {
    type,
    attributes: Object.entries(attrs).map(([key, value]) => ({ key, value: String(value), index: true })),
  };
}
