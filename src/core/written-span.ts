/** What a hand-written span's source says about a value, as the engine (existing spans) and the lint rules read it. */

/** The fixed text a name starts with, and whether that is the whole name. */
export interface LeadingText {
  text: string;
  complete: boolean;
}

export interface WrittenValue<At> {
  /** The value when it is a string literal. */
  literal?: string;
  at: At;
}
