/**
 * Document text made safe for one line of a log or a terminal: line breaks,
 * other control characters (escape sequences included) and bidirectional
 * controls become visible `\n` or `\u{…}` escapes, so a value cannot start a
 * line of its own (a `::workflow-command::`), hide text or reorder it.
 */
export function inertText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- these characters are what is being escaped
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (char) =>
      char === '\n'
        ? '\\n'
        : char === '\r'
          ? '\\r'
          : char === '\t'
            ? '\\t'
            : `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`
  )
}
