/** Declares a part of the message catalogue; nynorsk must have exactly the bokmål keys. */
export function defineMessages<const K extends string>(messages: { nb: Record<K, string>; nn: Record<K, string> }) {
  return messages;
}
