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
  // A for-in over the literal (its own keys, in Object.entries' order) rather than entries().map(): this runs for
  // every transfer and drained message, and the pairs and closure were most of its cost.
  const attributes: EventAttribute[] = [];
  for (const key in attrs) attributes.push({ key, value: String(attrs[key]), index: true });
  return { type, attributes };
}
