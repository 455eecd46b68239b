import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/inertText.ts
function inertText(text) {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- these characters are what is being escaped
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (char) => char === "\n" ? "\\n" : char === "\r" ? "\\r" : char === "	" ? "\\t" : `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`
  );
}

export {
  inertText
};
