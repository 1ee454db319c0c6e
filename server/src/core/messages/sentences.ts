/**
 * One sentence per reason code, each taking that code's values. The core
 * answers with reason codes (why a name resolved as it did, why a file was
 * skipped), never with sentences, so what it keeps (the index, the
 * analysis cache) holds no language; a catalogue turns a reason into words
 * when it reaches the reader.
 */
export type Sentences<R extends { readonly kind: string }> = { readonly [K in R['kind']]: (reason: Extract<R, { readonly kind: K }>) => string };

/** The reason as a sentence of `sentences`. */
export function explain<R extends { readonly kind: string }>(sentences: Sentences<R>, reason: R): string {
  // The mapped type pairs each code with its own sentence; TypeScript cannot narrow the pair through an index.
  return (sentences[reason.kind as R['kind']] as (reason: R) => string)(reason);
}
