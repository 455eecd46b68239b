import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  GitError,
  HistoryError,
  MissingPathError,
  OutputPathError,
  RollupInputError,
  ShardError,
  UsageError,
  didYouMean,
  package_default
} from "./cli-chunk-P2KF5AXE.js";
import {
  checkedFileProblem
} from "./cli-chunk-RF5QVYUI.js";
import {
  VFile,
  compareMessages,
  deserializeChecked,
  dialectOf,
  isCheckbox,
  normalizeAgent,
  normalizeCategory,
  normalizeLevel,
  parseDuration,
  planProgress,
  refusedFile,
  reportMessage,
  resolveConfig,
  ruleCatalog,
  serializeChecked,
  stringifyPosition,
  walkTasks
} from "./cli-chunk-V6D6G3U7.js";
import {
  inertText
} from "./cli-chunk-L3CQRTDT.js";
import {
  schemaValidator
} from "./cli-chunk-O2VXWUBB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./cli-chunk-3IOMCOTN.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = opts.windows;
      const regex2 = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex2, options, { glob: glob2, posix: posix4 });
        const result = { glob: glob2, state, regex: regex2, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex2, options, { glob: glob2, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex2, options, posix4);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix4 = options && options.windows) => {
      const regex2 = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex2.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch3.parse(p, options));
      return parse2(pattern2, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants2;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// node_modules/lilconfig/src/index.js
var require_src = __commonJS({
  "node_modules/lilconfig/src/index.js"(exports, module) {
    var path = __require("path");
    var fs = __require("fs");
    var os2 = __require("os");
    var url = __require("url");
    var fsReadFileAsync = fs.promises.readFile;
    function getDefaultSearchPlaces(name, sync2) {
      return [
        "package.json",
        `.${name}rc.json`,
        `.${name}rc.js`,
        `.${name}rc.cjs`,
        ...sync2 ? [] : [`.${name}rc.mjs`],
        `.config/${name}rc`,
        `.config/${name}rc.json`,
        `.config/${name}rc.js`,
        `.config/${name}rc.cjs`,
        ...sync2 ? [] : [`.config/${name}rc.mjs`],
        `${name}.config.js`,
        `${name}.config.cjs`,
        ...sync2 ? [] : [`${name}.config.mjs`]
      ];
    }
    function parentDir(p) {
      return path.dirname(p) || path.sep;
    }
    var jsonLoader = (_, content) => JSON.parse(content.replace(/^\uFEFF/, ""));
    var requireFunc = typeof __webpack_require__ === "function" ? __non_webpack_require__ : __require;
    var defaultLoadersSync = Object.freeze({
      ".js": requireFunc,
      ".json": requireFunc,
      ".cjs": requireFunc,
      noExt: jsonLoader
    });
    module.exports.defaultLoadersSync = defaultLoadersSync;
    var dynamicImport = async (id) => {
      try {
        const fileUrl = url.pathToFileURL(id).href;
        const mod = await import(
          /* webpackIgnore: true */
          fileUrl
        );
        return mod.default;
      } catch (e) {
        try {
          return requireFunc(id);
        } catch (requireE) {
          if (requireE.code === "ERR_REQUIRE_ESM" || requireE instanceof SyntaxError && requireE.toString().includes("Cannot use import statement outside a module")) {
            throw e;
          }
          throw requireE;
        }
      }
    };
    var defaultLoaders = Object.freeze({
      ".js": dynamicImport,
      ".mjs": dynamicImport,
      ".cjs": dynamicImport,
      ".json": jsonLoader,
      noExt: jsonLoader
    });
    module.exports.defaultLoaders = defaultLoaders;
    function getOptions2(name, options, sync2) {
      const conf = {
        stopDir: os2.homedir(),
        searchPlaces: getDefaultSearchPlaces(name, sync2),
        ignoreEmptySearchPlaces: true,
        cache: true,
        transform: (x) => x,
        packageProp: [name],
        ...options,
        loaders: {
          ...sync2 ? defaultLoadersSync : defaultLoaders,
          ...options.loaders
        }
      };
      conf.stopDir = path.resolve(conf.stopDir);
      conf.searchPlaces.forEach((place) => {
        const key = path.extname(place) || "noExt";
        const loader = conf.loaders[key];
        if (!loader) {
          throw new Error(`Missing loader for extension "${place}"`);
        }
        if (typeof loader !== "function") {
          throw new Error(
            `Loader for extension "${place}" is not a function: Received ${typeof loader}.`
          );
        }
      });
      return conf;
    }
    function getPackageProp(props, obj) {
      if (typeof props === "string" && props in obj) return obj[props];
      return (Array.isArray(props) ? props : props.split(".")).reduce(
        (acc, prop) => acc === void 0 ? acc : acc[prop],
        obj
      ) || null;
    }
    function validateFilePath(filepath) {
      if (!filepath) throw new Error("load must pass a non-empty string");
    }
    function validateLoader(loader, ext) {
      if (!loader) throw new Error(`No loader specified for extension "${ext}"`);
      if (typeof loader !== "function") throw new Error("loader is not a function");
    }
    var makeEmplace = (enableCache) => (c, filepath, res) => {
      if (enableCache) c.set(filepath, res);
      return res;
    };
    module.exports.lilconfig = function lilconfig2(name, options) {
      const {
        ignoreEmptySearchPlaces,
        loaders,
        packageProp,
        searchPlaces,
        stopDir,
        transform,
        cache
      } = getOptions2(name, options ?? {}, false);
      const searchCache = /* @__PURE__ */ new Map();
      const loadCache = /* @__PURE__ */ new Map();
      const emplace = makeEmplace(cache);
      return {
        async search(searchFrom = process.cwd()) {
          const result = {
            config: null,
            filepath: ""
          };
          const visited = /* @__PURE__ */ new Set();
          let dir = path.resolve(searchFrom);
          dirLoop: while (true) {
            if (cache) {
              const r = searchCache.get(dir);
              if (r !== void 0) {
                for (const p of visited) searchCache.set(p, r);
                return r;
              }
              visited.add(dir);
            }
            for (const searchPlace of searchPlaces) {
              const filepath = path.join(dir, searchPlace);
              try {
                await fs.promises.access(filepath);
              } catch {
                continue;
              }
              const content = String(await fsReadFileAsync(filepath));
              const loaderKey = path.extname(searchPlace) || "noExt";
              const loader = loaders[loaderKey];
              if (searchPlace === "package.json") {
                const pkg = await loader(filepath, content);
                const maybeConfig = getPackageProp(packageProp, pkg);
                if (maybeConfig != null) {
                  result.config = maybeConfig;
                  result.filepath = filepath;
                  break dirLoop;
                }
                continue;
              }
              const isEmpty = content.trim() === "";
              if (isEmpty && ignoreEmptySearchPlaces) continue;
              if (isEmpty) {
                result.isEmpty = true;
                result.config = void 0;
              } else {
                validateLoader(loader, loaderKey);
                result.config = await loader(filepath, content);
              }
              result.filepath = filepath;
              break dirLoop;
            }
            if (dir === stopDir || dir === parentDir(dir)) break dirLoop;
            dir = parentDir(dir);
          }
          const transformed = (
            // not found
            result.filepath === "" && result.config === null ? transform(null) : transform(result)
          );
          if (cache) {
            for (const p of visited) searchCache.set(p, transformed);
          }
          return transformed;
        },
        async load(filepath) {
          validateFilePath(filepath);
          const absPath = path.resolve(process.cwd(), filepath);
          if (cache && loadCache.has(absPath)) {
            return loadCache.get(absPath);
          }
          const { base, ext } = path.parse(absPath);
          const loaderKey = ext || "noExt";
          const loader = loaders[loaderKey];
          validateLoader(loader, loaderKey);
          const content = String(await fsReadFileAsync(absPath));
          if (base === "package.json") {
            const pkg = await loader(absPath, content);
            return emplace(
              loadCache,
              absPath,
              transform({
                config: getPackageProp(packageProp, pkg),
                filepath: absPath
              })
            );
          }
          const result = {
            config: null,
            filepath: absPath
          };
          const isEmpty = content.trim() === "";
          if (isEmpty && ignoreEmptySearchPlaces)
            return emplace(
              loadCache,
              absPath,
              transform({
                config: void 0,
                filepath: absPath,
                isEmpty: true
              })
            );
          result.config = isEmpty ? void 0 : await loader(absPath, content);
          return emplace(
            loadCache,
            absPath,
            transform(isEmpty ? { ...result, isEmpty, config: void 0 } : result)
          );
        },
        clearLoadCache() {
          if (cache) loadCache.clear();
        },
        clearSearchCache() {
          if (cache) searchCache.clear();
        },
        clearCaches() {
          if (cache) {
            loadCache.clear();
            searchCache.clear();
          }
        }
      };
    };
    module.exports.lilconfigSync = function lilconfigSync(name, options) {
      const {
        ignoreEmptySearchPlaces,
        loaders,
        packageProp,
        searchPlaces,
        stopDir,
        transform,
        cache
      } = getOptions2(name, options ?? {}, true);
      const searchCache = /* @__PURE__ */ new Map();
      const loadCache = /* @__PURE__ */ new Map();
      const emplace = makeEmplace(cache);
      return {
        search(searchFrom = process.cwd()) {
          const result = {
            config: null,
            filepath: ""
          };
          const visited = /* @__PURE__ */ new Set();
          let dir = path.resolve(searchFrom);
          dirLoop: while (true) {
            if (cache) {
              const r = searchCache.get(dir);
              if (r !== void 0) {
                for (const p of visited) searchCache.set(p, r);
                return r;
              }
              visited.add(dir);
            }
            for (const searchPlace of searchPlaces) {
              const filepath = path.join(dir, searchPlace);
              try {
                fs.accessSync(filepath);
              } catch {
                continue;
              }
              const loaderKey = path.extname(searchPlace) || "noExt";
              const loader = loaders[loaderKey];
              const content = String(fs.readFileSync(filepath));
              if (searchPlace === "package.json") {
                const pkg = loader(filepath, content);
                const maybeConfig = getPackageProp(packageProp, pkg);
                if (maybeConfig != null) {
                  result.config = maybeConfig;
                  result.filepath = filepath;
                  break dirLoop;
                }
                continue;
              }
              const isEmpty = content.trim() === "";
              if (isEmpty && ignoreEmptySearchPlaces) continue;
              if (isEmpty) {
                result.isEmpty = true;
                result.config = void 0;
              } else {
                validateLoader(loader, loaderKey);
                result.config = loader(filepath, content);
              }
              result.filepath = filepath;
              break dirLoop;
            }
            if (dir === stopDir || dir === parentDir(dir)) break dirLoop;
            dir = parentDir(dir);
          }
          const transformed = (
            // not found
            result.filepath === "" && result.config === null ? transform(null) : transform(result)
          );
          if (cache) {
            for (const p of visited) searchCache.set(p, transformed);
          }
          return transformed;
        },
        load(filepath) {
          validateFilePath(filepath);
          const absPath = path.resolve(process.cwd(), filepath);
          if (cache && loadCache.has(absPath)) {
            return loadCache.get(absPath);
          }
          const { base, ext } = path.parse(absPath);
          const loaderKey = ext || "noExt";
          const loader = loaders[loaderKey];
          validateLoader(loader, loaderKey);
          const content = String(fs.readFileSync(absPath));
          if (base === "package.json") {
            const pkg = loader(absPath, content);
            return transform({
              config: getPackageProp(packageProp, pkg),
              filepath: absPath
            });
          }
          const result = {
            config: null,
            filepath: absPath
          };
          const isEmpty = content.trim() === "";
          if (isEmpty && ignoreEmptySearchPlaces)
            return emplace(
              loadCache,
              absPath,
              transform({
                filepath: absPath,
                config: void 0,
                isEmpty: true
              })
            );
          result.config = isEmpty ? void 0 : loader(absPath, content);
          return emplace(
            loadCache,
            absPath,
            transform(isEmpty ? { ...result, isEmpty, config: void 0 } : result)
          );
        },
        clearLoadCache() {
          if (cache) loadCache.clear();
        },
        clearSearchCache() {
          if (cache) searchCache.clear();
        },
        clearCaches() {
          if (cache) {
            loadCache.clear();
            searchCache.clear();
          }
        }
      };
    };
  }
});

// node_modules/eastasianwidth/eastasianwidth.js
var require_eastasianwidth = __commonJS({
  "node_modules/eastasianwidth/eastasianwidth.js"(exports, module) {
    var eaw = {};
    if ("undefined" == typeof module) {
      window.eastasianwidth = eaw;
    } else {
      module.exports = eaw;
    }
    eaw.eastAsianWidth = function(character) {
      var x = character.charCodeAt(0);
      var y = character.length == 2 ? character.charCodeAt(1) : 0;
      var codePoint = x;
      if (55296 <= x && x <= 56319 && (56320 <= y && y <= 57343)) {
        x &= 1023;
        y &= 1023;
        codePoint = x << 10 | y;
        codePoint += 65536;
      }
      if (12288 == codePoint || 65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510) {
        return "F";
      }
      if (8361 == codePoint || 65377 <= codePoint && codePoint <= 65470 || 65474 <= codePoint && codePoint <= 65479 || 65482 <= codePoint && codePoint <= 65487 || 65490 <= codePoint && codePoint <= 65495 || 65498 <= codePoint && codePoint <= 65500 || 65512 <= codePoint && codePoint <= 65518) {
        return "H";
      }
      if (4352 <= codePoint && codePoint <= 4447 || 4515 <= codePoint && codePoint <= 4519 || 4602 <= codePoint && codePoint <= 4607 || 9001 <= codePoint && codePoint <= 9002 || 11904 <= codePoint && codePoint <= 11929 || 11931 <= codePoint && codePoint <= 12019 || 12032 <= codePoint && codePoint <= 12245 || 12272 <= codePoint && codePoint <= 12283 || 12289 <= codePoint && codePoint <= 12350 || 12353 <= codePoint && codePoint <= 12438 || 12441 <= codePoint && codePoint <= 12543 || 12549 <= codePoint && codePoint <= 12589 || 12593 <= codePoint && codePoint <= 12686 || 12688 <= codePoint && codePoint <= 12730 || 12736 <= codePoint && codePoint <= 12771 || 12784 <= codePoint && codePoint <= 12830 || 12832 <= codePoint && codePoint <= 12871 || 12880 <= codePoint && codePoint <= 13054 || 13056 <= codePoint && codePoint <= 19903 || 19968 <= codePoint && codePoint <= 42124 || 42128 <= codePoint && codePoint <= 42182 || 43360 <= codePoint && codePoint <= 43388 || 44032 <= codePoint && codePoint <= 55203 || 55216 <= codePoint && codePoint <= 55238 || 55243 <= codePoint && codePoint <= 55291 || 63744 <= codePoint && codePoint <= 64255 || 65040 <= codePoint && codePoint <= 65049 || 65072 <= codePoint && codePoint <= 65106 || 65108 <= codePoint && codePoint <= 65126 || 65128 <= codePoint && codePoint <= 65131 || 110592 <= codePoint && codePoint <= 110593 || 127488 <= codePoint && codePoint <= 127490 || 127504 <= codePoint && codePoint <= 127546 || 127552 <= codePoint && codePoint <= 127560 || 127568 <= codePoint && codePoint <= 127569 || 131072 <= codePoint && codePoint <= 194367 || 177984 <= codePoint && codePoint <= 196605 || 196608 <= codePoint && codePoint <= 262141) {
        return "W";
      }
      if (32 <= codePoint && codePoint <= 126 || 162 <= codePoint && codePoint <= 163 || 165 <= codePoint && codePoint <= 166 || 172 == codePoint || 175 == codePoint || 10214 <= codePoint && codePoint <= 10221 || 10629 <= codePoint && codePoint <= 10630) {
        return "Na";
      }
      if (161 == codePoint || 164 == codePoint || 167 <= codePoint && codePoint <= 168 || 170 == codePoint || 173 <= codePoint && codePoint <= 174 || 176 <= codePoint && codePoint <= 180 || 182 <= codePoint && codePoint <= 186 || 188 <= codePoint && codePoint <= 191 || 198 == codePoint || 208 == codePoint || 215 <= codePoint && codePoint <= 216 || 222 <= codePoint && codePoint <= 225 || 230 == codePoint || 232 <= codePoint && codePoint <= 234 || 236 <= codePoint && codePoint <= 237 || 240 == codePoint || 242 <= codePoint && codePoint <= 243 || 247 <= codePoint && codePoint <= 250 || 252 == codePoint || 254 == codePoint || 257 == codePoint || 273 == codePoint || 275 == codePoint || 283 == codePoint || 294 <= codePoint && codePoint <= 295 || 299 == codePoint || 305 <= codePoint && codePoint <= 307 || 312 == codePoint || 319 <= codePoint && codePoint <= 322 || 324 == codePoint || 328 <= codePoint && codePoint <= 331 || 333 == codePoint || 338 <= codePoint && codePoint <= 339 || 358 <= codePoint && codePoint <= 359 || 363 == codePoint || 462 == codePoint || 464 == codePoint || 466 == codePoint || 468 == codePoint || 470 == codePoint || 472 == codePoint || 474 == codePoint || 476 == codePoint || 593 == codePoint || 609 == codePoint || 708 == codePoint || 711 == codePoint || 713 <= codePoint && codePoint <= 715 || 717 == codePoint || 720 == codePoint || 728 <= codePoint && codePoint <= 731 || 733 == codePoint || 735 == codePoint || 768 <= codePoint && codePoint <= 879 || 913 <= codePoint && codePoint <= 929 || 931 <= codePoint && codePoint <= 937 || 945 <= codePoint && codePoint <= 961 || 963 <= codePoint && codePoint <= 969 || 1025 == codePoint || 1040 <= codePoint && codePoint <= 1103 || 1105 == codePoint || 8208 == codePoint || 8211 <= codePoint && codePoint <= 8214 || 8216 <= codePoint && codePoint <= 8217 || 8220 <= codePoint && codePoint <= 8221 || 8224 <= codePoint && codePoint <= 8226 || 8228 <= codePoint && codePoint <= 8231 || 8240 == codePoint || 8242 <= codePoint && codePoint <= 8243 || 8245 == codePoint || 8251 == codePoint || 8254 == codePoint || 8308 == codePoint || 8319 == codePoint || 8321 <= codePoint && codePoint <= 8324 || 8364 == codePoint || 8451 == codePoint || 8453 == codePoint || 8457 == codePoint || 8467 == codePoint || 8470 == codePoint || 8481 <= codePoint && codePoint <= 8482 || 8486 == codePoint || 8491 == codePoint || 8531 <= codePoint && codePoint <= 8532 || 8539 <= codePoint && codePoint <= 8542 || 8544 <= codePoint && codePoint <= 8555 || 8560 <= codePoint && codePoint <= 8569 || 8585 == codePoint || 8592 <= codePoint && codePoint <= 8601 || 8632 <= codePoint && codePoint <= 8633 || 8658 == codePoint || 8660 == codePoint || 8679 == codePoint || 8704 == codePoint || 8706 <= codePoint && codePoint <= 8707 || 8711 <= codePoint && codePoint <= 8712 || 8715 == codePoint || 8719 == codePoint || 8721 == codePoint || 8725 == codePoint || 8730 == codePoint || 8733 <= codePoint && codePoint <= 8736 || 8739 == codePoint || 8741 == codePoint || 8743 <= codePoint && codePoint <= 8748 || 8750 == codePoint || 8756 <= codePoint && codePoint <= 8759 || 8764 <= codePoint && codePoint <= 8765 || 8776 == codePoint || 8780 == codePoint || 8786 == codePoint || 8800 <= codePoint && codePoint <= 8801 || 8804 <= codePoint && codePoint <= 8807 || 8810 <= codePoint && codePoint <= 8811 || 8814 <= codePoint && codePoint <= 8815 || 8834 <= codePoint && codePoint <= 8835 || 8838 <= codePoint && codePoint <= 8839 || 8853 == codePoint || 8857 == codePoint || 8869 == codePoint || 8895 == codePoint || 8978 == codePoint || 9312 <= codePoint && codePoint <= 9449 || 9451 <= codePoint && codePoint <= 9547 || 9552 <= codePoint && codePoint <= 9587 || 9600 <= codePoint && codePoint <= 9615 || 9618 <= codePoint && codePoint <= 9621 || 9632 <= codePoint && codePoint <= 9633 || 9635 <= codePoint && codePoint <= 9641 || 9650 <= codePoint && codePoint <= 9651 || 9654 <= codePoint && codePoint <= 9655 || 9660 <= codePoint && codePoint <= 9661 || 9664 <= codePoint && codePoint <= 9665 || 9670 <= codePoint && codePoint <= 9672 || 9675 == codePoint || 9678 <= codePoint && codePoint <= 9681 || 9698 <= codePoint && codePoint <= 9701 || 9711 == codePoint || 9733 <= codePoint && codePoint <= 9734 || 9737 == codePoint || 9742 <= codePoint && codePoint <= 9743 || 9748 <= codePoint && codePoint <= 9749 || 9756 == codePoint || 9758 == codePoint || 9792 == codePoint || 9794 == codePoint || 9824 <= codePoint && codePoint <= 9825 || 9827 <= codePoint && codePoint <= 9829 || 9831 <= codePoint && codePoint <= 9834 || 9836 <= codePoint && codePoint <= 9837 || 9839 == codePoint || 9886 <= codePoint && codePoint <= 9887 || 9918 <= codePoint && codePoint <= 9919 || 9924 <= codePoint && codePoint <= 9933 || 9935 <= codePoint && codePoint <= 9953 || 9955 == codePoint || 9960 <= codePoint && codePoint <= 9983 || 10045 == codePoint || 10071 == codePoint || 10102 <= codePoint && codePoint <= 10111 || 11093 <= codePoint && codePoint <= 11097 || 12872 <= codePoint && codePoint <= 12879 || 57344 <= codePoint && codePoint <= 63743 || 65024 <= codePoint && codePoint <= 65039 || 65533 == codePoint || 127232 <= codePoint && codePoint <= 127242 || 127248 <= codePoint && codePoint <= 127277 || 127280 <= codePoint && codePoint <= 127337 || 127344 <= codePoint && codePoint <= 127386 || 917760 <= codePoint && codePoint <= 917999 || 983040 <= codePoint && codePoint <= 1048573 || 1048576 <= codePoint && codePoint <= 1114109) {
        return "A";
      }
      return "N";
    };
    eaw.characterLength = function(character) {
      var code = this.eastAsianWidth(character);
      if (code == "F" || code == "W" || code == "A") {
        return 2;
      } else {
        return 1;
      }
    };
    function stringToArray(string) {
      return string.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF]/g) || [];
    }
    eaw.length = function(string) {
      var characters = stringToArray(string);
      var len = 0;
      for (var i = 0; i < characters.length; i++) {
        len = len + this.characterLength(characters[i]);
      }
      return len;
    };
    eaw.slice = function(text, start, end) {
      textLen = eaw.length(text);
      start = start ? start : 0;
      end = end ? end : 1;
      if (start < 0) {
        start = textLen + start;
      }
      if (end < 0) {
        end = textLen + end;
      }
      var result = "";
      var eawLen = 0;
      var chars = stringToArray(text);
      for (var i = 0; i < chars.length; i++) {
        var char = chars[i];
        var charLen = eaw.length(char);
        if (eawLen >= start - (charLen == 2 ? 1 : 0)) {
          if (eawLen + charLen <= end) {
            result += char;
          } else {
            break;
          }
        }
        eawLen += charLen;
      }
      return result;
    };
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    module.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// src/cli/analyzeCommand.ts
import { isAbsolute as isAbsolute3, relative as relative8, resolve as resolve15 } from "node:path";

// src/adapters/writeFileAtomic.ts
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function writeFileAtomic(path, content) {
  const current = await readFile(path, "utf8").catch(() => void 0);
  if (current === content) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return true;
}
var batchLength = 1 << 20;
function writeLinesAtomic(path, lines) {
  return mkdir(dirname(path), { recursive: true }).then(
    () => new Promise((resolve19, reject) => {
      const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
      const stream = createWriteStream(temporary);
      const fail = (error) => rm(temporary, { force: true }).then(() => reject(error), reject);
      stream.on("error", fail);
      const iterator = lines[Symbol.iterator]();
      const pump = () => {
        let batch = "";
        for (let next = iterator.next(); !next.done; next = iterator.next()) {
          batch += `${next.value}
`;
          if (batch.length < batchLength) continue;
          const more = stream.write(batch);
          batch = "";
          if (!more) return void stream.once("drain", pump);
        }
        stream.end(batch, () => rename(temporary, path).then(resolve19, fail));
      };
      pump();
    })
  );
}

// src/pipeline/analyze.ts
import { relative as relative5, resolve as resolve10 } from "node:path";

// src/adapters/checkOutputPath.ts
import { lstat, realpath as realpath2 } from "node:fs/promises";
import { join, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/adapters/isInsideFolder.ts
import { isAbsolute, relative, sep } from "node:path";
function isInsideFolder(folder, path) {
  const inside = relative(folder, path);
  return inside === "" || !(inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside));
}

// src/adapters/repositoryRoot.ts
import { realpath } from "node:fs/promises";

// src/adapters/gitCommand.ts
import { execFile } from "node:child_process";

// src/adapters/gitEnvironment.ts
var inheritedGitVariables = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_NAMESPACE",
  "GIT_PREFIX",
  "GIT_LITERAL_PATHSPECS",
  "GIT_GLOB_PATHSPECS",
  "GIT_NOGLOB_PATHSPECS",
  "GIT_ICASE_PATHSPECS"
];
function gitEnvironment(extra = {}, base = process.env) {
  const env2 = { ...base };
  for (const name of inheritedGitVariables) delete env2[name];
  return { ...env2, ...extra };
}

// src/adapters/gitCommand.ts
function gitCommand(cwd, args, options = {}) {
  return new Promise((resolve19) => {
    const child = execFile(
      "git",
      args,
      {
        cwd,
        maxBuffer: 256 * 1024 * 1024,
        encoding: "utf8",
        env: gitEnvironment(options.env)
      },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : 1 : 0;
        resolve19({ code, stdout, stderr });
      }
    );
    child.stdin?.on("error", () => void 0);
    if (options.input === void 0) child.stdin?.end();
    else child.stdin?.end(options.input);
  });
}

// src/adapters/runGit.ts
async function runGit(cwd, args) {
  const result = await gitCommand(cwd, args);
  return result.code === 0 ? result.stdout : void 0;
}

// src/adapters/repositoryRoot.ts
async function repositoryRoot(cwd) {
  const top = (await runGit(cwd, ["rev-parse", "--show-toplevel"]))?.trim();
  return realpath(top || cwd);
}

// src/adapters/checkOutputPath.ts
async function checkOutputPath(cwd, path, what) {
  const root2 = await repositoryRoot(cwd);
  const target = resolve(await realpath2(cwd), path);
  const onPurpose = "a folder named on the command line (--out, --cache) may be anywhere";
  if (!isInsideFolder(root2, target))
    throw new OutputPathError(
      `${what} ${path} is outside the repository (${root2}): planmark writes only inside it, and ${onPurpose}.`
    );
  let current = root2;
  for (const part of relative2(root2, target).split(sep2).filter(Boolean)) {
    current = join(current, part);
    const info = await lstat(current).catch((error) => {
      if (error.code === "ENOENT") return void 0;
      throw error;
    });
    if (!info) break;
    const shown = relative2(root2, current);
    if (info.isSymbolicLink())
      throw new OutputPathError(
        `${what} ${path} passes through the symbolic link ${shown}: planmark does not write through links, which could point outside the repository. Replace the link with a folder; ${onPurpose}.`
      );
    if (current !== target && !info.isDirectory())
      throw new OutputPathError(
        `${what} ${path} passes through ${shown}, which is not a folder: move that file or choose another folder.`
      );
  }
  return target;
}

// src/adapters/documentCache.ts
import { createHash } from "node:crypto";
import { readdir, readFile as readFile2, rm as rm2, stat } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/core/stableJson.ts
function stableJson(value) {
  return `${JSON.stringify(value, (_key, entry) => entry !== null && typeof entry === "object" && !Array.isArray(entry) ? sortKeys(entry) : entry, 2)}
`;
}
function sortKeys(object) {
  return Object.fromEntries(
    Object.keys(object).sort().map((key) => [key, object[key]])
  );
}

// src/adapters/documentCache.ts
var cacheFormat = 1;
var fileName = "documents.json";
var linesRead = /* @__PURE__ */ new WeakMap();
function cacheKey(path, blobId) {
  return `${path}\0${blobId}`;
}
var build = true ? "35b162968312407d041c9b7d69e3c93429764224" : "sources";
function cacheStamp(config2) {
  return createHash("sha1").update(`${cacheFormat}\0${package_default.version}\0${build}\0${stableJson(config2)}`).digest("hex");
}
async function loadDocumentCache(dir, stamp, notice) {
  const path = join2(dir, fileName);
  await removeOrphans(dir);
  const text = await readFile2(path, "utf8").catch((error) => {
    if (error.code !== "ENOENT")
      notice(`planmark: ignoring the cache in ${path}: it cannot be read (${error.message}).`);
    return void 0;
  });
  if (text === void 0) return /* @__PURE__ */ new Map();
  let lines;
  let entries;
  try {
    const found = entryLines(text, stamp);
    if (found === "foreign") {
      notice(
        `planmark: ignoring the cache in ${path}: it was written by another planmark build or configuration.`
      );
      return /* @__PURE__ */ new Map();
    }
    lines = found;
    entries = lines.map((line) => JSON.parse(line));
  } catch (error) {
    notice(
      `planmark: ignoring the cache in ${path}: it is corrupt (${error.message}); it will be rebuilt.`
    );
    return /* @__PURE__ */ new Map();
  }
  const { checkedFileProblem: checkedFileProblem2 } = await import("./cli-checkedFileProblem-7RQWBA32.js");
  const cache = /* @__PURE__ */ new Map();
  const dropped = [];
  for (const [index, entry] of entries.entries()) {
    const key = Array.isArray(entry) ? entry[0] : void 0;
    const problem = !Array.isArray(entry) || entry.length !== 2 || typeof key !== "string" ? "it is not a [key, checked file] pair" : checkedFileProblem2(entry[1], key.slice(0, key.indexOf("\0")));
    if (problem) dropped.push(`entry ${index + 1}: ${problem}`);
    else {
      const checked = entry[1];
      cache.set(key, checked);
      linesRead.set(checked, { key, line: lines[index] });
    }
  }
  if (dropped.length > 0)
    notice(
      `planmark: dropped ${dropped.length} malformed ${dropped.length === 1 ? "entry" : "entries"} of the cache in ${path} (${dropped[0]}${dropped.length > 1 ? "; …" : ""}); ${dropped.length === 1 ? "its file is" : "their files are"} parsed again.`
    );
  return cache;
}
function entryLines(text, stamp) {
  const lines = text.split("\n");
  const header2 = JSON.parse(lines[0] ?? "");
  if (header2.stamp !== stamp) return "foreign";
  const entries = lines.slice(1).filter(Boolean);
  if (entries.length !== header2.entries) throw new Error("entries missing");
  return entries;
}
var orphanAgeMs = 6e4;
async function saveDocumentCache(dir, stamp, entries, notice) {
  const keys = [...entries.keys()].sort();
  function* lines() {
    yield JSON.stringify({ stamp, entries: keys.length });
    for (const key of keys) {
      const entry = entries.get(key);
      const read = linesRead.get(entry);
      yield read?.key === key ? read.line : JSON.stringify([key, entry]);
    }
  }
  const path = join2(dir, fileName);
  try {
    await writeLinesAtomic(path, lines());
  } catch (error) {
    notice(
      `planmark: the cache in ${path} could not be written (${error.message}); the run goes on without it.`
    );
  }
}
async function removeOrphans(dir) {
  const names = await readdir(dir).catch(() => []);
  const now = Date.now();
  await Promise.all(
    names.filter((name) => /^documents\.json\.[0-9a-f]+\.tmp$/.test(name)).map(async (name) => {
      const path = join2(dir, name);
      const info = await stat(path).catch(() => void 0);
      if (info?.isFile() && now - info.mtimeMs >= orphanAgeMs) await rm2(path, { force: true });
    })
  );
}

// src/core/rollup/repositoryName.ts
var maxLength = 2048;
var ownerName = /^\/?([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/;
function repositoryName(url) {
  const text = url.trim();
  if (text.length === 0 || text.length > maxLength) return null;
  let path;
  const scheme = /^(?:https?|ssh|git):\/\/([^/]*)(\/.*)$/.exec(text);
  if (scheme) path = scheme[2];
  else {
    const scp = /^(?:[^@/:]+@)?[^@/:]+:(.*)$/.exec(text);
    if (scp) path = scp[1];
  }
  if (path === void 0) return null;
  const match = ownerName.exec(path);
  return match ? `${match[1]}/${match[2]}` : null;
}

// src/adapters/gitRemoteRepository.ts
async function gitRemoteRepository(cwd) {
  const url = await runGit(cwd, ["remote", "get-url", "origin"]);
  return url === void 0 ? null : repositoryName(url);
}

// src/adapters/renamePairs.ts
function renamePairs(output) {
  const fields = output.split("\0").map((field) => field.replace(/^\n/, ""));
  const pairs = [];
  for (let index = 0; index + 2 < fields.length; index++) {
    const [status, from, to] = fields.slice(index, index + 3);
    if (!status?.startsWith("R") || !from || !to) continue;
    pairs.push({ from, to });
    index += 2;
  }
  return pairs;
}

// src/adapters/gitMoves.ts
async function gitMoves(cwd) {
  const log2 = await runGit(cwd, [
    "log",
    "--relative",
    "--diff-filter=R",
    "-M",
    "--name-status",
    "-z",
    "--format=",
    "--",
    "."
  ]);
  const movedTo = /* @__PURE__ */ new Map();
  for (const { from, to } of renamePairs(log2 ?? ""))
    if (!movedTo.has(from)) movedTo.set(from, movedTo.get(to) ?? to);
  return movedTo;
}

// src/adapters/gitFirstRecord.ts
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
var recordSeparator = "";
function gitFirstRecord(cwd, args, matches) {
  return new Promise((resolve19) => {
    const git = spawn("git", args, {
      cwd,
      env: gitEnvironment(),
      stdio: ["ignore", "pipe", "ignore"]
    });
    const decoder2 = new StringDecoder("utf8");
    let pending = "";
    let found;
    const take = (records) => {
      for (const record of records)
        if (record && matches(record)) {
          found = record;
          git.kill();
          return;
        }
    };
    git.stdout.on("data", (chunk) => {
      if (found !== void 0) return;
      const records = (pending + decoder2.write(chunk)).split(recordSeparator);
      pending = records.pop() ?? "";
      take(records);
    });
    git.on("error", () => resolve19(void 0));
    git.on("close", (code) => {
      if (found === void 0 && code === 0) take([pending + decoder2.end()]);
      resolve19(found);
    });
  });
}

// src/adapters/gitSource.ts
async function gitSource(cwd, isInput) {
  const record = await gitFirstRecord(
    cwd,
    ["log", "--relative", "--no-renames", "--name-only", "-z", "--format=%x1e%H %ct", "--", "."],
    (candidate) => (candidate.split("\0\n")[1] ?? "").split("\0").some((path) => path !== "" && isInput(path))
  );
  const [commit, seconds] = (record?.split("\0\n")[0] ?? "").replace(/\0$/, "").split(" ");
  const found = commit && seconds ? { commit, seconds } : void 0;
  if (!found) return { commit: null, date: null };
  const source = {
    commit: found.commit,
    date: new Date(Number(found.seconds) * 1e3).toISOString().replace(/\.000Z$/, "Z")
  };
  if ((await changedInputs(cwd)).some(isInput)) source.uncommittedChanges = true;
  return source;
}
async function changedInputs(cwd) {
  const [changed, untracked] = await Promise.all([
    runGit(cwd, ["diff", "--relative", "--name-only", "--no-renames", "-z", "HEAD", "--", "."]),
    runGit(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."])
  ]);
  return `${changed ?? ""}\0${untracked ?? ""}`.split("\0").filter(Boolean);
}

// src/adapters/loadConfig.ts
import { readFile as readFile3 } from "node:fs/promises";
import { basename, resolve as resolve2 } from "node:path";

// src/core/documentGlobs.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var kinds = [
  ["analyses", "analysis"],
  ["reviews", "review"],
  ["prompts", "prompt"],
  ["plans", "plan"],
  ["checklists", "checklist"]
];
function isReadable(path) {
  const lower = path.toLowerCase();
  return lower.endsWith(".md") || lower.endsWith("/tasks.json") || lower === "tasks.json";
}
function documentGlobs(config2) {
  const matchers = kinds.map(
    ([key, kind]) => [(0, import_picomatch.default)(config2.documents[key], { dot: true }), kind]
  );
  const ignored = (0, import_picomatch.default)(config2.ignore, { dot: true });
  const kindHint = (path) => matchers.find(([matches]) => matches(path))?.[1];
  return {
    kindHint,
    isDocument: (path) => isReadable(path) && !ignored(path) && kindHint(path) !== void 0
  };
}

// src/core/config/outputFolderProblem.ts
function outputFolderProblem(config2) {
  const globs = documentGlobs(config2);
  const probes = [
    ["reportsDir", config2.reportsDir, "report.md"],
    ["reportsDir", `${config2.reportsDir}/weekly`, "2026-W01.md"],
    ["metricsDir", config2.metricsDir, "report.md"]
  ];
  for (const [setting, dir, file] of probes) {
    const parts = dir.split(/[\\/]+/).filter((part) => part !== "" && part !== ".");
    if (/^([\\/]|[A-Za-z]:)/.test(dir) || parts.includes("..")) continue;
    const probe = [...parts, file].join("/");
    if (!globs.isDocument(probe)) continue;
    return `${setting} "${dir}" is where documents are read (${probe} would be read as a ${globs.kindHint(probe) ?? "document"} on the next run): choose a folder outside the document globs, or add it to ignore.`;
  }
  return void 0;
}

// src/adapters/findProjectConfig.ts
var import_lilconfig = __toESM(require_src(), 1);
import { realpath as realpath3 } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";
var configFileName = "planmark.config.json";
async function findProjectConfig(cwd) {
  const stopDir = await repositoryRoot(cwd).catch(() => cwd);
  const searcher = (0, import_lilconfig.lilconfig)("planmark", {
    searchPlaces: [configFileName, "package.json"],
    stopDir,
    cache: false,
    // An empty planmark.config.json is a mistake to name, not a file to pass over.
    ignoreEmptySearchPlaces: false,
    // Only package.json is parsed here, to see whether it has the key; a broken
    // one is left for loadConfig to name, and planmark.config.json is not parsed twice.
    loaders: {
      ".json": (filepath, content) => filepath.endsWith("package.json") ? parsedOrKey(content) : {}
    }
  });
  const found = await searcher.search(await realpath3(cwd).catch(() => cwd));
  return found?.filepath ? { root: dirname2(found.filepath), configPath: found.filepath } : { root: stopDir };
}
function parsedOrKey(content) {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch {
    return /"planmark"\s*:/.test(content) ? { planmark: {} } : {};
  }
}

// src/adapters/loadConfig.ts
async function loadConfig(cwd, path) {
  const file = path ? resolve2(cwd, path) : resolve2(cwd, configFileName);
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (error) {
    if (!path && error.code === "ENOENT") return { config: {} };
    throw new ConfigError(
      `${file}: cannot read the configuration (${error.message}); check the --config path.`
    );
  }
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigError(
      `${file}: not valid JSON (${error.message}); fix the syntax or delete the file to use the defaults.`
    );
  }
  if (basename(file) === "package.json") {
    const key = data?.planmark;
    if (key === void 0)
      throw new ConfigError(
        `${file}: no \`planmark\` key; add one with the configuration, or use planmark.config.json.`
      );
    data = key;
  }
  const [{ schemaValidator: schemaValidator2 }, { describeSchemaError }] = await Promise.all([
    import("./cli-schemaValidator-RTTI73XJ.js"),
    import("./cli-validateDocument-SDC3WWKC.js")
  ]);
  const validate = schemaValidator2("config");
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((error) => {
      const { expected, actual } = describeSchemaError(error, data);
      return `  expected ${expected}, found ${actual}`;
    });
    throw new ConfigError(
      `${file}: invalid configuration (schema: schemas/config.schema.json):
${problems.join("\n")}`
    );
  }
  const problem = outputFolderProblem(resolveConfig(data));
  if (problem) throw new ConfigError(`${file}: ${problem}`);
  return { config: data, path: file };
}

// src/core/stats/round.ts
function round(value, digits = 4) {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

// src/core/stats/mean.ts
function mean(values) {
  if (values.length === 0) return { n: 0, mean: null };
  return {
    n: values.length,
    mean: round(values.reduce((sum, value) => sum + value, 0) / values.length)
  };
}
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] ?? 0 : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return round(value);
}

// src/core/stats/quantile.ts
function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(h);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (h - below) * (high - low);
}

// src/core/stats/distribution.ts
function distribution(values) {
  const rounded = (value) => value === null ? null : round(value);
  return {
    n: values.length,
    total: values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0)),
    median: rounded(quantile(values, 0.5)),
    p90: rounded(quantile(values, 0.9))
  };
}

// src/core/stats/wilsonInterval.ts
var z95 = 1.959963984540054;
function wilsonInterval(successes, n) {
  const p = successes / n;
  const z2 = z95 * z95;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
  return { lower: Math.max(0, center - half), upper: Math.min(1, center + half) };
}

// src/core/stats/rate.ts
function rate(successes, n) {
  if (n === 0) return { successes, n, rate: null, interval: null };
  const { lower, upper } = wilsonInterval(successes, n);
  return {
    successes,
    n,
    rate: round(successes / n),
    interval: { lower: round(lower), upper: round(upper) }
  };
}

// src/core/findingOf.ts
function severityOf(message) {
  return message.fatal === true ? "error" : message.fatal === false ? "warning" : "info";
}

// src/core/aggregate/actualMinutes.ts
function actualMinutes(plan) {
  const timings = plan.progressTracking?.phases ?? [];
  const spans = /* @__PURE__ */ new Map();
  for (const timing of timings) {
    if (!timing.start || !timing.end) continue;
    const minutes = (Date.parse(timing.end) - Date.parse(timing.start)) / 6e4;
    if (minutes >= 0) spans.set(timing.phase, (spans.get(timing.phase) ?? 0) + minutes);
  }
  const phases = (plan.phases ?? []).map((phase) => phase.number);
  const everyPhaseTimed = spans.size > 0 && (phases.length > 0 ? phases.every((phase) => spans.has(phase)) : timings.every((timing) => spans.has(timing.phase)));
  if (everyPhaseTimed)
    return round(
      [...spans.values()].reduce((sum, minutes) => sum + minutes, 0),
      2
    );
  const total = plan.progressTracking?.totalDuration;
  return total ? midpoint(total) : void 0;
}
function midpoint(duration) {
  return round((duration.minMinutes + duration.maxMinutes) / 2, 2);
}

// src/core/evidence/evidenceLevel.ts
function evidenceLevel(status, history) {
  const refuted = history?.revertedBy !== void 0 || history?.pull?.checks === "failure";
  if (status.claimed === "completed" && (status.verified === "failure" || refuted))
    return "contradicted";
  if (status.verified !== "success") return "claimed";
  return history?.reachedDefaultBranch === true ? "evidenced" : "consistent";
}

// src/core/aggregate/planRecord.ts
var openStatuses = /* @__PURE__ */ new Set(["in_progress", "blocked", "unknown"]);
var verdictOrder = ["failure", "partial", "success"];
function planRecord(plan, messages, reviews, evidence) {
  const reviewerScores = reviews.flatMap(
    (review) => review.score === void 0 ? [] : [review.score]
  );
  const reviewer = verdictOrder.find(
    (verdict) => reviews.some((review) => review.verdict === verdict)
  );
  const criteria = walkTasks(plan.successCriteria, "").map(({ task }) => task);
  const steps = (plan.phases ?? []).flatMap(
    (phase) => walkTasks(phase.steps, "").map(({ task }) => task)
  );
  const own = walkTasks(plan.tasks, "").map(({ task }) => task);
  const claimed = plan.finalStatus?.completionStatus ?? "unknown";
  const verified = verifiedOutcome(claimed, [...criteria, ...steps, ...own], reviewer);
  const record = {
    path: plan.identity.path,
    dialect: plan.dialect ?? "planmark",
    title: plan.title ?? plan.identity.path,
    prompts: (plan.prompts ?? []).map(({ id, version }) => version ? `${id}@${version}` : id),
    status: {
      claimed,
      verified,
      evidence: evidenceLevel({ claimed, verified }, void 0),
      ...reviewer ? { reviewer } : {}
    },
    progress: planProgress(plan),
    quality: {},
    findings: messages.flatMap(
      (message) => message.ruleId ? [
        {
          ruleId: message.ruleId,
          severity: severityOf(message),
          line: message.line ?? 1,
          column: message.column ?? 1,
          message: message.reason
        }
      ] : []
    )
  };
  if (plan.identity.blobId) record.blobId = plan.identity.blobId;
  if (plan.identity.planId) record.planId = plan.identity.planId;
  if (plan.agent) {
    record.agent = plan.agent;
    record.agentSource = "document";
  }
  if (plan.taskCategory) record.category = plan.taskCategory;
  if (plan.complexity) record.complexity = plan.complexity;
  if (plan.startTime) record.startTime = plan.startTime;
  const ends = (plan.progressTracking?.phases ?? []).flatMap((phase) => phase.end ? [phase.end] : []).sort();
  if (ends.length > 0) record.endTime = ends[ends.length - 1];
  if (plan.estimatedDuration) record.estimatedMinutes = midpoint(plan.estimatedDuration);
  const actual = actualMinutes(plan);
  if (actual !== void 0) record.actualMinutes = actual;
  if (plan.tokens) record.tokens = plan.tokens;
  if (plan.cost) record.cost = plan.cost;
  if (plan.finalStatus?.qualityScore !== void 0)
    record.quality.self = plan.finalStatus.qualityScore;
  if (reviewerScores.length > 0)
    record.quality.reviewer = round(
      reviewerScores.reduce((a, b) => a + b, 0) / reviewerScores.length
    );
  return evidence ? withEvidence(record, evidence) : record;
}
function withEvidence(record, evidence) {
  const history = planHistory(evidence);
  const result = {
    ...record,
    status: { ...record.status, evidence: evidenceLevel(record.status, history) },
    history
  };
  if (!record.agent && evidence.attribution) {
    result.agent = evidence.attribution.agent;
    result.agentSource = evidence.attribution.source;
    result.agentCommit = evidence.attribution.commit;
  }
  const measured = evidence.timeline?.measuredMinutes;
  if (measured !== void 0) result.measuredMinutes = measured;
  return result;
}
function planHistory(evidence) {
  const history = { commits: evidence.commits };
  const timeline = evidence.timeline;
  if (timeline?.created) history.created = timeline.created;
  if (timeline && timeline.ticks.length > 0) history.ticks = timeline.ticks;
  if (timeline?.completed) history.completed = timeline.completed;
  if (evidence.reachedDefaultBranch !== void 0)
    history.reachedDefaultBranch = evidence.reachedDefaultBranch;
  if (evidence.revertedBy) history.revertedBy = evidence.revertedBy;
  if (evidence.pull) history.pull = evidence.pull;
  return history;
}
function verifiedOutcome(claimed, tasks, reviewer) {
  if (openStatuses.has(claimed)) return "open";
  if (reviewer === "failure" || reviewer === "partial") return "failure";
  if (tasks.length === 0) return "unverifiable";
  return claimed === "completed" && tasks.every((task) => task.state === "checked") ? "success" : "failure";
}

// src/core/aggregate/tickedBoxes.ts
function tickedBoxes(plan, progress) {
  const ticked = (section, tasks) => walkTasks(tasks, "").flatMap(
    ({ task }) => isCheckbox(task) && task.state === "checked" ? [`${section}\0${task.text}`] : []
  );
  return [
    ...ticked("criteria", plan.successCriteria),
    ...(plan.phases ?? []).flatMap(
      (phase) => ticked(`phase ${phase.number}`, [...phase.steps, ...phase.completionCriteria])
    ),
    ...Array.from({ length: progress.other.done }, () => "other")
  ];
}
function boxChanges(before, after) {
  const balance = /* @__PURE__ */ new Map();
  for (const box of after) balance.set(box, (balance.get(box) ?? 0) + 1);
  for (const box of before) balance.set(box, (balance.get(box) ?? 0) - 1);
  let ticked = 0;
  let unticked = 0;
  for (const count of balance.values()) {
    if (count > 0) ticked += count;
    else unticked -= count;
  }
  return { ticked, unticked };
}

// src/core/aggregate/analysedPlans.ts
function analysedPlans(documents, moves = /* @__PURE__ */ new Map(), evidence = /* @__PURE__ */ new Map(), built = []) {
  const reviews = /* @__PURE__ */ new Map();
  const reviewedThroughMoves = /* @__PURE__ */ new Set();
  const planPaths = new Set(
    documents.flatMap(({ document }) => document.kind === "plan" ? [document.identity.path] : [])
  );
  for (const { document } of documents) {
    if (document.kind !== "analysis" || !document.planRef) continue;
    const path = document.planRef.path;
    const moved = path && !planPaths.has(path) ? moves.get(path) : void 0;
    if (moved) reviewedThroughMoves.add(moved);
    const key = path ? moved ?? path : `id:${document.planRef.planId}`;
    reviews.set(key, [
      ...reviews.get(key) ?? [],
      {
        ...document.quality?.overall ? { score: document.quality.overall.score } : {},
        ...document.overallSuccess ? { verdict: document.overallSuccess } : {}
      }
    ]);
  }
  const reusable = new Map(built.map((plan) => [plan.record.path, plan]));
  return documents.flatMap(({ document, file }) => {
    if (document.kind !== "plan") return [];
    const found = evidence.get(document.identity.path);
    const reused = reviewedThroughMoves.has(document.identity.path) ? void 0 : reusable.get(document.identity.path);
    if (reused)
      return [found ? { ...reused, record: withEvidence(reused.record, found) } : reused];
    const own = [
      ...reviews.get(document.identity.path) ?? [],
      ...document.identity.planId ? reviews.get(`id:${document.identity.planId}`) ?? [] : []
    ];
    const record = planRecord(document, file.messages, own, found);
    return [
      {
        record,
        risks: (document.risks ?? []).map((risk) => risk.risk),
        tickedBoxes: tickedBoxes(document, record.progress)
      }
    ];
  }).sort((a, b) => compareText(a.record.path, b.record.path));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/aggregate/estimateCalibration.ts
function estimateCalibration(finished) {
  const excluded = { notCompleted: 0, noEstimate: 0, incompleteMeasurement: 0 };
  const basis = { measured: 0, claimed: 0 };
  const ratios = [];
  for (const record of finished) {
    const actual = record.measuredMinutes ?? record.actualMinutes;
    if (record.status.claimed !== "completed") excluded.notCompleted++;
    else if (!record.estimatedMinutes) excluded.noEstimate++;
    else if (actual === void 0) excluded.incompleteMeasurement++;
    else {
      ratios.push(actual / record.estimatedMinutes);
      basis[record.measuredMinutes === void 0 ? "claimed" : "measured"]++;
    }
  }
  return { n: ratios.length, median: median(ratios), mean: mean(ratios).mean, excluded, basis };
}

// src/core/aggregate/evidencedRate.ts
function evidencedRate(records) {
  const decided = records.filter(
    (record) => record.status.evidence === "evidenced" || record.status.evidence === "contradicted" || record.status.verified === "failure"
  );
  return rate(
    decided.filter((record) => record.status.evidence === "evidenced").length,
    decided.length
  );
}

// src/core/aggregate/isFinished.ts
var finishedStatuses = /* @__PURE__ */ new Set(["completed", "partial", "failed", "abandoned"]);
function isFinished(record) {
  return finishedStatuses.has(record.status.claimed);
}

// src/core/aggregate/finishedMinutes.ts
function finishedMinutes(records) {
  return records.filter(isFinished).flatMap((record) => record.actualMinutes === void 0 ? [] : [record.actualMinutes]);
}

// src/core/aggregate/usage.ts
function usage(records) {
  const finished = records.filter(isFinished);
  const currencies = [
    ...new Set(finished.flatMap((record) => record.cost ? [record.cost.currency] : []))
  ].sort(compareText);
  return {
    inputTokens: distribution(
      finished.flatMap(
        (record) => record.tokens?.input === void 0 ? [] : [record.tokens.input]
      )
    ),
    outputTokens: distribution(
      finished.flatMap(
        (record) => record.tokens?.output === void 0 ? [] : [record.tokens.output]
      )
    ),
    cost: currencies.map((currency) => {
      const paid = finished.filter((record) => record.cost?.currency === currency);
      const cost = distribution(paid.map((record) => record.cost?.amount ?? 0));
      const verifiedSuccesses = paid.filter((record) => record.status.verified === "success").length;
      return {
        currency,
        cost,
        verifiedSuccesses,
        perVerifiedSuccess: verifiedSuccesses === 0 || cost.total === null ? null : round(cost.total / verifiedSuccesses)
      };
    })
  };
}

// src/core/aggregate/verifiedRate.ts
function verifiedRate(records) {
  const decided = records.filter(
    (record) => record.status.verified === "success" || record.status.verified === "failure"
  );
  return rate(
    decided.filter((record) => record.status.verified === "success").length,
    decided.length
  );
}

// src/core/aggregate/agentPerformance.ts
function agentPerformance(records) {
  const agents = [
    ...new Set(records.flatMap((record) => record.agent ? [record.agent] : []))
  ].sort(compareText);
  return agents.map((agent) => {
    const own = records.filter((record) => record.agent === agent);
    const byStatus = {};
    for (const record of own)
      byStatus[record.status.claimed] = (byStatus[record.status.claimed] ?? 0) + 1;
    const closed = own.filter(isFinished);
    const calibration = estimateCalibration(closed);
    const byRule = {};
    for (const finding of own.flatMap((record) => record.findings))
      byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    const categories = [
      ...new Set(own.flatMap((record) => record.category ? [record.category] : []))
    ].sort(compareText);
    return {
      agent,
      plans: own.length,
      byStatus,
      claimed: rate(
        closed.filter((record) => record.status.claimed === "completed").length,
        closed.length
      ),
      verified: verifiedRate(own),
      evidenced: evidencedRate(own),
      unverifiable: own.filter((record) => record.status.verified === "unverifiable").length,
      quality: {
        self: mean(
          own.flatMap((record) => record.quality.self === void 0 ? [] : [record.quality.self])
        ),
        reviewer: mean(
          own.flatMap(
            (record) => record.quality.reviewer === void 0 ? [] : [record.quality.reviewer]
          )
        ),
        calibrationGap: mean(
          own.flatMap(
            (record) => record.quality.self === void 0 || record.quality.reviewer === void 0 ? [] : [record.quality.self - record.quality.reviewer]
          )
        )
      },
      estimateAccuracy: calibration,
      durationMinutes: distribution(finishedMinutes(own)),
      usage: usage(own),
      findings: { total: own.reduce((sum, record) => sum + record.findings.length, 0), byRule },
      categories: categories.map((category) => {
        const inCategory = own.filter((record) => record.category === category);
        return { category, plans: inCategory.length, verified: verifiedRate(inCategory) };
      })
    };
  });
}

// src/core/stats/newcombeInterval.ts
function newcombeInterval(a, b) {
  const pa = a.successes / a.n;
  const pb = b.successes / b.n;
  const wa = wilsonInterval(a.successes, a.n);
  const wb = wilsonInterval(b.successes, b.n);
  const difference2 = pa - pb;
  return {
    lower: difference2 - Math.sqrt((pa - wa.lower) ** 2 + (wb.upper - pb) ** 2),
    upper: difference2 + Math.sqrt((wa.upper - pa) ** 2 + (pb - wb.lower) ** 2)
  };
}

// src/core/stats/logFactorial.ts
var table = [0];
function logFactorial(n) {
  for (let k = table.length; k <= n; k++) table.push((table[k - 1] ?? 0) + Math.log(k));
  return table[n] ?? Number.NaN;
}
function logBeta(a, b) {
  return logFactorial(a - 1) + logFactorial(b - 1) - logFactorial(a + b - 1);
}

// src/core/stats/probabilityGreater.ts
function probabilityGreater(a, b) {
  const [alphaA, betaA] = [1 + a.successes, 1 + a.n - a.successes];
  const [alphaB, betaB] = [1 + b.successes, 1 + b.n - b.successes];
  let total = 0;
  for (let i = 0; i < alphaA; i++)
    total += Math.exp(
      logBeta(alphaB + i, betaB + betaA) - Math.log(betaA + i) - logBeta(1 + i, betaA) - logBeta(alphaB, betaB)
    );
  return Math.min(1, Math.max(0, total));
}

// src/core/aggregate/compareVersions.ts
function compareVersions(a, b) {
  const left = a.split(/[.-]/);
  const right = b.split(/[.-]/);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index] ?? "";
    const y = right[index] ?? "";
    const difference2 = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (difference2 !== 0) return difference2;
  }
  return 0;
}

// src/core/stats/mantelHaenszel.ts
function mantelHaenszel(strata) {
  let sumR = 0;
  let sumS = 0;
  let sumPR = 0;
  let sumPSQR = 0;
  let sumQS = 0;
  for (const { a, b } of strata) {
    if (a.n === 0 || b.n === 0) continue;
    let [as, af, bs, bf] = [a.successes, a.n - a.successes, b.successes, b.n - b.successes];
    if (as === 0 || af === 0 || bs === 0 || bf === 0)
      [as, af, bs, bf] = [as + 0.5, af + 0.5, bs + 0.5, bf + 0.5];
    const n = as + af + bs + bf;
    const [p, q, r, s] = [(as + bf) / n, (af + bs) / n, as * bf / n, af * bs / n];
    sumR += r;
    sumS += s;
    sumPR += p * r;
    sumPSQR += p * s + q * r;
    sumQS += q * s;
  }
  if (sumR === 0 || sumS === 0) return void 0;
  const oddsRatio = sumR / sumS;
  const variance = sumPR / (2 * sumR ** 2) + sumPSQR / (2 * sumR * sumS) + sumQS / (2 * sumS ** 2);
  const margin = z95 * Math.sqrt(variance);
  return {
    oddsRatio,
    lower: Math.exp(Math.log(oddsRatio) - margin),
    upper: Math.exp(Math.log(oddsRatio) + margin)
  };
}

// src/core/stats/probabilityAbove.ts
function probabilityAbove(outcomes, level) {
  const trials = outcomes.n + 1;
  let total = 0;
  for (let k = 0; k <= outcomes.successes; k++)
    total += Math.exp(
      logFactorial(trials) - logFactorial(k) - logFactorial(trials - k) + k * Math.log(level) + (trials - k) * Math.log(1 - level)
    );
  return Math.min(1, Math.max(0, total));
}

// src/core/aggregate/recommend.ts
var verdictThreshold = 0.95;
var complexities = ["low", "medium", "high"];
function recommend(records, options) {
  const minSamples = options.minSamples ?? 3;
  const scope = `${options.category}${options.complexity ? ` (${options.complexity})` : ""}`;
  const relevant = records.filter(
    (record) => record.agent && record.category === options.category && (!options.complexity || record.complexity === options.complexity)
  );
  const plansOf = (agent) => relevant.filter((record) => record.agent === agent);
  const ranking = [...new Set(relevant.map((record) => record.agent))].map((agent) => {
    const verified = verifiedRate(plansOf(agent));
    return { agent, verified, score: verified.interval?.lower ?? 0 };
  }).filter((entry) => entry.verified.n > 0).sort((a, b) => {
    const eligible = Number(b.verified.n >= minSamples) - Number(a.verified.n >= minSamples);
    return eligible || b.score - a.score || (b.verified.rate ?? 0) - (a.verified.rate ?? 0) || b.verified.n - a.verified.n || compareText(a.agent, b.agent);
  });
  const base = {
    method: "beta-posterior",
    threshold: verdictThreshold,
    minSamples,
    ranking
  };
  const [first] = ranking;
  if (!first) {
    return {
      ...base,
      verdict: "not_enough_data",
      probability: null,
      reason: `No finished, verifiable plans in ${scope} yet.`
    };
  }
  const [leader, ...rivals] = ranking.filter((entry) => entry.verified.n >= minSamples);
  const tooFew = ranking.filter((entry) => entry.verified.n < minSamples);
  const others = tooFew.length ? ` ${tooFew.map(describe).join(", ")} ${tooFew.length === 1 ? "has" : "have"} fewer than ${minSamples} verifiable plans, too few to compare.` : "";
  if (!leader) {
    return {
      ...base,
      verdict: "not_enough_data",
      probability: null,
      reason: `No agent has ${minSamples} verifiable plans in ${scope}; the most is ${describe(first)}.`
    };
  }
  if (rivals.length === 0) {
    const above = probabilityAbove(leader.verified, 0.5);
    const alone = `${describe(leader)} is the only agent with ${minSamples} or more verifiable plans in ${scope}`;
    const verdict = above >= verdictThreshold ? "clear_choice" : 1 - above >= verdictThreshold ? "no_good_choice" : "not_enough_data";
    const words = {
      clear_choice: `it succeeds more often than not with probability ${formatProbability(above)}`,
      no_good_choice: `it fails more often than it succeeds with probability ${formatProbability(1 - above)}`,
      not_enough_data: `whether it succeeds more often than not is still open (probability ${formatProbability(above)}, below ${verdictThreshold})`
    }[verdict];
    return {
      ...base,
      verdict,
      probability: round(above),
      ...verdict === "clear_choice" ? { recommended: leader.agent } : {},
      reason: `${alone}: ${words}.${others}`
    };
  }
  const [closest, probability] = rivals.map((rival) => [rival, probabilityGreater(leader.verified, rival.verified)]).reduce((a, b) => b[1] < a[1] ? b : a);
  const versus = `${leader.agent} beats ${closest.agent} with probability ${formatProbability(probability)} (${counts(leader)} vs ${counts(closest)})`;
  if (probability < verdictThreshold)
    return {
      ...base,
      verdict: "tie",
      probability: round(probability),
      reason: `${versus}, below ${verdictThreshold}: more plans are needed to tell them apart.${others}`
    };
  const within = withinComplexity(plansOf(leader.agent), plansOf(closest.agent));
  if (within) {
    const odds = within.result ? `Mantel–Haenszel odds ratio ${within.result.oddsRatio.toFixed(2)}, 95% interval ${within.result.lower.toFixed(2)}–${within.result.upper.toFixed(2)}` : "they share no complexity to compare within";
    const stratified = {
      by: "complexity",
      ...within.result ? {
        oddsRatio: round(within.result.oddsRatio),
        interval: { lower: round(within.result.lower), upper: round(within.result.upper) }
      } : {}
    };
    if (!within.result || within.result.lower <= 1)
      return {
        ...base,
        verdict: "tie",
        probability: round(probability),
        stratified,
        reason: `${versus}, but within complexity the lead does not hold (${odds}).${others}`
      };
    return {
      ...base,
      verdict: "clear_choice",
      recommended: leader.agent,
      probability: round(probability),
      stratified,
      reason: `${versus}, and the lead holds within complexity (${odds}).${others}`
    };
  }
  return {
    ...base,
    verdict: "clear_choice",
    recommended: leader.agent,
    probability: round(probability),
    reason: `${versus}.${others}`
  };
}
function withinComplexity(leader, rival) {
  const decided = (plans) => plans.filter(
    (record) => record.status.verified === "success" || record.status.verified === "failure"
  );
  const [ours, theirs] = [decided(leader), decided(rival)];
  if (new Set([...ours, ...theirs].map((record) => record.complexity)).size <= 1) return void 0;
  return {
    result: mantelHaenszel(
      complexities.map((level) => ({
        a: verifiedRate(ours.filter((record) => record.complexity === level)),
        b: verifiedRate(theirs.filter((record) => record.complexity === level))
      }))
    )
  };
}
function describe(entry) {
  return `${entry.agent} (${entry.verified.successes} of ${entry.verified.n} verified, 95% interval ${formatInterval(entry)})`;
}
function counts(entry) {
  return `${entry.verified.successes}/${entry.verified.n}`;
}
function formatProbability(probability) {
  if (probability > 0.99) return "above 0.99";
  if (probability < 0.01) return "below 0.01";
  return probability.toFixed(2);
}
function formatInterval(entry) {
  const interval = entry.verified.interval;
  return interval ? `${Math.round(interval.lower * 100)}–${Math.round(interval.upper * 100)}%` : "none";
}

// src/core/aggregate/promptEffectiveness.ts
function promptEffectiveness(records, known) {
  const uses = records.flatMap(
    (record) => record.prompts.map((reference) => ({ record, ...parseReference(reference) }))
  );
  const ids = [
    .../* @__PURE__ */ new Set([...known.map((prompt) => prompt.id), ...uses.map((use) => use.id)])
  ].sort(compareText);
  return ids.map((id) => {
    const versions = [
      .../* @__PURE__ */ new Set([
        ...known.filter((prompt) => prompt.id === id).map((prompt) => prompt.version),
        ...uses.filter((use) => use.id === id).map((use) => use.version)
      ])
    ].sort(compareVersions);
    let previous;
    const metrics = versions.map((version) => {
      const plans = uses.filter((use) => use.id === id && use.version === version).map((use) => use.record);
      const file = known.find((prompt) => prompt.id === id && prompt.version === version);
      const selfScores = plans.flatMap(
        (record) => record.quality.self === void 0 ? [] : [record.quality.self]
      );
      const self = mean(selfScores);
      const verified = verifiedRate(plans);
      const current = {
        version,
        verified,
        successRate: verified.n > 0 ? verified.successes / verified.n : null,
        selfMean: selfScores.length > 0 ? selfScores.reduce((sum, score) => sum + score, 0) / selfScores.length : null
      };
      const entry = {
        version,
        known: file !== void 0,
        blobIds: [
          ...new Set(
            known.filter((prompt) => prompt.id === id && prompt.version === version).flatMap((prompt) => prompt.blobIds)
          )
        ].sort(),
        plans: plans.length,
        verified,
        quality: {
          self,
          reviewer: mean(
            plans.flatMap(
              (record) => record.quality.reviewer === void 0 ? [] : [record.quality.reviewer]
            )
          )
        },
        usage: usage(plans),
        agents: [...new Set(plans.flatMap((record) => record.agent ? [record.agent] : []))].sort(compareText).map((agent) => {
          const own = plans.filter((record) => record.agent === agent);
          return { agent, plans: own.length, verified: verifiedRate(own) };
        }),
        deltaToPrevious: previous ? {
          previousVersion: previous.version,
          ...versionChange(verified, previous.verified),
          verifiedRate: difference(current.successRate, previous.successRate),
          selfQuality: difference(current.selfMean, previous.selfMean)
        } : null
      };
      if (file) entry.path = file.path;
      previous = current;
      return entry;
    });
    return { id, versions: metrics };
  });
}
function parseReference(reference) {
  const at = reference.lastIndexOf("@");
  return at > 0 ? { id: reference.slice(0, at), version: reference.slice(at + 1) } : { id: reference, version: "unversioned" };
}
function difference(current, previous) {
  return current === null || previous === null ? null : round(current - previous);
}
function versionChange(current, previous) {
  if (current.n === 0 || previous.n === 0)
    return { verifiedRateInterval: null, probabilityBetter: null, verdict: "cant_tell" };
  const probability = probabilityGreater(current, previous);
  const { lower, upper } = newcombeInterval(current, previous);
  return {
    verifiedRateInterval: { lower: round(lower), upper: round(upper) },
    probabilityBetter: round(probability),
    verdict: probability >= verdictThreshold ? "better" : 1 - probability >= verdictThreshold ? "worse" : "cant_tell"
  };
}

// src/core/aggregate/taskAnalytics.ts
var complexities2 = ["all", "high", "low", "medium"];
function taskAnalytics(plans, categories, minSamples) {
  const names = [
    ...new Set(plans.flatMap(({ record }) => record.category ? [record.category] : []))
  ].sort(compareText);
  return names.flatMap(
    (category) => complexities2.flatMap((complexity) => {
      const scope = plans.filter(
        ({ record }) => record.category === category && (complexity === "all" || record.complexity === complexity)
      );
      if (scope.length === 0) return [];
      const records = scope.map(({ record }) => record);
      const band = complexity === "all" || !Object.hasOwn(categories, category) ? void 0 : categories[category]?.[complexity];
      return [
        {
          category,
          complexity,
          plans: records.length,
          verified: verifiedRate(records),
          durationMinutes: distribution(finishedMinutes(records)),
          estimateAccuracy: estimateCalibration(records.filter(isFinished)),
          usage: usage(records),
          expectedMinutes: band ?? null,
          band: bandCounts(records, band),
          recommendation: recommend(records, {
            category,
            ...complexity === "all" ? {} : { complexity },
            minSamples
          }),
          frequentRisks: frequentRisks(scope)
        }
      ];
    })
  );
}
function bandCounts(records, band) {
  const counts2 = { below: 0, within: 0, above: 0 };
  if (!band) return counts2;
  for (const minutes of finishedMinutes(records)) {
    if (minutes < band.min) counts2.below++;
    else if (band.max !== void 0 && minutes > band.max) counts2.above++;
    else counts2.within++;
  }
  return counts2;
}
function frequentRisks(plans) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const risk of plans.flatMap((plan) => plan.risks)) {
    const key = risk.toLowerCase().replace(/\s+/g, " ").trim();
    if (!key) continue;
    const entry = counts2.get(key) ?? { risk, count: 0 };
    entry.count++;
    counts2.set(key, entry);
  }
  return [...counts2.values()].sort((a, b) => b.count - a.count || compareText(a.risk, b.risk)).slice(0, 3);
}

// src/core/aggregate/aggregate.ts
function aggregate(documents, options = {}) {
  const config2 = resolveConfig(options.config);
  const source = options.source ?? { commit: null, date: null };
  const plans = analysedPlans(documents, options.moves, options.evidence, options.plans);
  const records = plans.map(({ record }) => record);
  const known = knownPrompts(documents, options.promptRevisions ?? /* @__PURE__ */ new Map());
  const analytics = {
    plans: { schemaVersion: 1, source, repository: options.repository ?? null, plans: records },
    agentPerformance: { schemaVersion: 1, source, agents: agentPerformance(records) },
    taskAnalytics: {
      schemaVersion: 1,
      source,
      categories: taskAnalytics(plans, config2.categories, config2.minSamples)
    },
    promptEffectiveness: { schemaVersion: 1, source, prompts: promptEffectiveness(records, known) }
  };
  assertValid("plans", analytics.plans);
  assertValid("agent-performance", analytics.agentPerformance);
  assertValid("task-analytics", analytics.taskAnalytics);
  assertValid("prompt-effectiveness", analytics.promptEffectiveness);
  return analytics;
}
function assertValid(name, data) {
  const validate = schemaValidator(name);
  if (!validate(data))
    throw new Error(
      `planmark produced an invalid ${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`
    );
}
function knownPrompts(documents, revisions) {
  const known = /* @__PURE__ */ new Map();
  for (const { document } of documents) {
    if (document.kind !== "prompt" || !document.id) continue;
    const id = document.id;
    const states = [...revisions.get(document.identity.path) ?? []];
    if (document.version)
      states.push({
        commit: null,
        blobId: document.identity.blobId ?? "",
        version: document.version
      });
    for (const state of states) {
      if (!state.version) continue;
      const key = `${id}@${state.version}`;
      const entry = known.get(key) ?? {
        id,
        version: state.version,
        path: document.identity.path,
        blobIds: []
      };
      if (state.blobId && !entry.blobIds.includes(state.blobId)) entry.blobIds.push(state.blobId);
      known.set(key, entry);
    }
  }
  return [...known.values()].sort(
    (a, b) => compareText(a.path, b.path) || compareText(a.version, b.version)
  );
}

// src/core/text/defuseAutolinks.ts
function defuseAutolinks(text) {
  return text.replace(/@(?=\w)/g, "@​").replace(/#(?=\d)/g, "#​").replace(/(?<![a-z\d])gh-(?=\d)/gi, "$&​").replace(/:\/\//g, ":​//").replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}​.`);
}

// src/core/text/escapeHtml.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/core/text/removeInvisible.ts
var invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function removeInvisible(text) {
  return text.replace(invisible, "");
}

// src/core/render/escapeMarkdown.ts
function escapeMarkdown(text) {
  return defuseAutolinks(
    escapeHtml(removeInvisible(text)).replace(/[\\`*_{}[\]()#+!|~]/g, "\\$&")
  ).replace(/\r\n|\r|\n|\u2028|\u2029/g, " ");
}

// src/core/render/formatRate.ts
function formatRate(value) {
  if (value.n === 0 || value.rate === null || !value.interval) return "–";
  const percent2 = (x) => Math.round(x * 100);
  return `${value.successes}/${value.n} (${percent2(value.rate)}%, ${percent2(value.interval.lower)}–${percent2(value.interval.upper)}%)`;
}
function formatNumber(value, digits = 1) {
  return value === null || value === void 0 ? "–" : value.toFixed(digits);
}

// src/core/render/formatUsage.ts
function formatSpread(value, digits = 0) {
  if (value.n === 0) return "–";
  return `${formatNumber(value.median, digits)} / ${formatNumber(value.p90, digits)} (n=${value.n})`;
}
function formatTokens(value) {
  const side = (distribution2, word) => distribution2.n === 0 ? [] : [`${formatNumber(distribution2.total, 0)} ${word}`];
  const parts = [...side(value.inputTokens, "in"), ...side(value.outputTokens, "out")];
  return parts.length === 0 ? "–" : parts.join(", ");
}
function formatCost(value) {
  if (value.cost.length === 0) return "–";
  return value.cost.map(
    ({ currency, cost, perVerifiedSuccess }) => `${formatNumber(cost.total, 2)} ${currency} (median ${formatNumber(cost.median, 2)}, p90 ${formatNumber(cost.p90, 2)}, n=${cost.n}; ${perVerifiedSuccess === null ? "no verified success" : `${formatNumber(perVerifiedSuccess, 2)} per verified success`})`
  ).join("; ");
}

// src/core/render/mermaidLabel.ts
function mermaidLabel(text) {
  return text.replace(/[^\p{L}\p{N} ._+-]/gu, "_").slice(0, 40) || "_";
}

// src/core/render/relativePath.ts
function relativePath(fromDir, to) {
  const from = fromDir.split("/").filter((part) => part && part !== ".");
  const target = to.split("/").filter((part) => part && part !== ".");
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

// src/core/render/documentLink.ts
function documentLink(fromDir, path) {
  return encodeURI(relativePath(fromDir, path)).replace(
    /[()#?]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`
  );
}

// src/core/render/evidenceSection.ts
var sources = [
  ["document", "named by the document"],
  ["trailer", "a co-author trailer"],
  ["author", "a commit author or committer"],
  ["branch", "a merged branch name"],
  ["configuration", "a configured signature"]
];
function evidenceSection(analytics, reportDir) {
  const records = analytics.plans.plans;
  const lines = [
    "## Evidence",
    "",
    "What git history (and, in the Action, GitHub) shows beyond what the plans say. Each signal and what it cannot see is described in docs/metrics.md.",
    ""
  ];
  const counts2 = sources.map(
    ([source, words]) => `${records.filter((record) => record.agentSource === source).length} ${words}`
  );
  const none = records.filter((record) => record.agentSource === void 0).length;
  lines.push(`- **Agent attribution**: ${counts2.join(", ")}; ${none} with no agent.`);
  const measured = records.filter((record) => record.measuredMinutes !== void 0);
  lines.push(
    `- **Time**: ${measured.length} of ${records.length} plans measured by git (creation to completion commit).`,
    `- **Outcome levels**: ${["evidenced", "consistent", "claimed", "contradicted"].map(
      (level) => `${records.filter((record) => record.status.evidence === level).length} ${level}`
    ).join(", ")}.`,
    ""
  );
  const timed = measured.filter((record) => record.actualMinutes !== void 0);
  if (timed.length > 0) {
    lines.push(
      "| Plan | Claimed minutes | Measured by git | Contradicted |",
      "| --- | ---: | ---: | --- |"
    );
    for (const record of timed)
      lines.push(
        `| [${escapeMarkdown(record.title)}](${documentLink(reportDir, record.path)}) | ${formatNumber(record.actualMinutes, 0)} | ${formatNumber(record.measuredMinutes, 0)} | ${record.findings.some((finding) => finding.ruleId === "timeline-contradicts-git") ? "yes" : ""} |`
      );
    lines.push("");
  }
  const agents = analytics.agentPerformance.agents;
  if (agents.length > 0) {
    lines.push(
      "| Agent | Consistent success (verified) | Evidenced success | Contradicted |",
      "| --- | --- | --- | ---: |"
    );
    for (const agent of agents) {
      const contradicted = records.filter(
        (record) => record.agent === agent.agent && record.status.evidence === "contradicted"
      ).length;
      lines.push(
        `| ${escapeMarkdown(agent.agent)} | ${formatRate(agent.verified)} | ${formatRate(agent.evidenced)} | ${contradicted} |`
      );
    }
    lines.push("");
  }
  return lines;
}

// src/core/render/renderReport.ts
var verdictWords = {
  clear_choice: "Clear choice",
  tie: "Tie",
  not_enough_data: "Not enough data",
  no_good_choice: "No good choice"
};
var versionVerdicts = {
  better: "better",
  worse: "worse",
  cant_tell: "can’t tell yet"
};
function renderReport(analytics, options) {
  const { plans, agentPerformance: agentPerformance2, taskAnalytics: taskAnalytics2, promptEffectiveness: promptEffectiveness2 } = analytics;
  const agents = agentPerformance2.agents;
  const records = plans.plans;
  const source = plans.source.commit ? `commit \`${plans.source.commit.slice(0, 12)}\` (${plans.source.date})${plans.source.uncommittedChanges ? " and uncommitted changes to its documents" : ""}` : "a working tree outside git";
  const lines = options.intro ? [...options.intro] : [
    "# Agent performance report",
    "",
    `Computed by planmark from ${source}. The metrics are defined in planmark's docs/metrics.md.`,
    ""
  ];
  const decided = records.filter(
    (record) => record.status.verified === "success" || record.status.verified === "failure"
  );
  const claimedDone = records.filter((record) => record.status.claimed === "completed").length;
  const verifiedDone = records.filter((record) => record.status.verified === "success").length;
  const findings = records.flatMap(
    (record) => record.findings.map((finding) => ({ ...finding, path: record.path }))
  );
  lines.push(
    "## Summary",
    "",
    `- **Plans**: ${records.length} from ${agents.length} agents; ${decided.length} finished with a verifiable outcome, ${records.filter((record) => record.status.verified === "open").length} open.`,
    `- **Claimed completed**: ${claimedDone}; **verified** (every success criterion and step checked): ${verifiedDone}.`,
    `- **Findings in plans**: ${findings.filter((finding) => finding.severity === "error").length} errors, ${findings.filter((finding) => finding.severity === "warning").length} warnings.`,
    ""
  );
  lines.push(
    "## Leaderboard",
    "",
    "Ranked by the lower bound of the 95% interval of verified success, so a small sample does not look better than it is.",
    ""
  );
  lines.push(
    "| Agent | Plans | Claimed success | Verified success | Unverifiable | Findings |",
    "| --- | ---: | --- | --- | ---: | ---: |"
  );
  const ranked = [...agents].sort(
    (a, b) => (b.verified.interval?.lower ?? -1) - (a.verified.interval?.lower ?? -1) || (a.agent < b.agent ? -1 : 1)
  );
  for (const agent of ranked) {
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${agent.plans} | ${formatRate(agent.claimed)} | ${formatRate(agent.verified)} | ${agent.unverifiable} | ${agent.findings.total} |`
    );
  }
  lines.push("");
  if (ranked.some((agent) => agent.verified.rate !== null)) {
    lines.push(
      "```mermaid",
      "xychart-beta",
      '  title "Verified success by agent (%)"',
      `  x-axis [${ranked.map((agent) => `"${mermaidLabel(agent.agent)}"`).join(", ")}]`,
      '  y-axis "Verified success (%)" 0 --> 100',
      `  bar [${ranked.map((agent) => Math.round((agent.verified.rate ?? 0) * 100)).join(", ")}]`,
      `  line [${ranked.map((agent) => Math.round((agent.verified.interval?.lower ?? 0) * 100)).join(", ")}]`,
      `  line [${ranked.map((agent) => Math.round((agent.verified.interval?.upper ?? 0) * 100)).join(", ")}]`,
      "```",
      "",
      "Bars: verified success; lines: the lower and upper ends of its 95% interval, so a short bar on few plans is read with its uncertainty. An agent at 0% has no bar; its upper line still shows how high its rate could be.",
      ""
    );
  }
  const categories = [...new Set(taskAnalytics2.categories.map((entry) => entry.category))];
  if (categories.length > 0 && agents.length > 0) {
    lines.push(
      "## Agent × category",
      "",
      "Verified successes / verifiable plans (rate, 95% interval).",
      ""
    );
    lines.push(
      `| Agent | ${categories.map(escapeMarkdown).join(" | ")} |`,
      `| --- |${categories.map(() => " --- |").join("")}`
    );
    for (const agent of agents) {
      const cells = categories.map((category) => {
        const entry = agent.categories.find((candidate) => candidate.category === category);
        return entry ? formatRate(entry.verified) : "";
      });
      lines.push(`| ${escapeMarkdown(agent.agent)} | ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
  const overall = taskAnalytics2.categories.filter((entry) => entry.complexity === "all");
  if (overall.length > 0) {
    lines.push(
      "## Recommendations",
      "",
      "Which agent to give the next task of each category, and how sure that is.",
      ""
    );
    lines.push(
      "| Category | Plans | Verified success | Median minutes | Verdict | Why |",
      "| --- | ---: | --- | --- | --- | --- |"
    );
    for (const entry of overall) {
      const verdict = verdictWords[entry.recommendation.verdict];
      const pick = entry.recommendation.recommended ? `: **${escapeMarkdown(entry.recommendation.recommended)}**` : "";
      lines.push(
        `| ${escapeMarkdown(entry.category)} | ${entry.plans} | ${formatRate(entry.verified)} | ${formatNumber(entry.durationMinutes.median, 0)} | ${verdict}${pick} | ${escapeMarkdown(entry.recommendation.reason)} |`
      );
    }
    lines.push("");
  }
  if (promptEffectiveness2.prompts.length > 0) {
    lines.push(
      "## Prompt versions",
      "",
      "| Prompt | Version | Plans | Verified success | Self quality | Change vs previous |",
      "| --- | --- | ---: | --- | ---: | --- |"
    );
    for (const prompt of promptEffectiveness2.prompts) {
      for (const version of prompt.versions) {
        const delta = version.deltaToPrevious;
        const change = delta ? `vs ${escapeMarkdown(delta.previousVersion)}: ${versionVerdicts[delta.verdict]}; success ${signed(delta.verifiedRate, 100, "%")}${delta.verifiedRateInterval ? ` (95% interval ${signed(delta.verifiedRateInterval.lower, 100, "")} to ${signed(delta.verifiedRateInterval.upper, 100, "%")})` : ""}, quality ${signed(delta.selfQuality, 1, "")}` : "–";
        const name = version.known ? escapeMarkdown(version.version) : `${escapeMarkdown(version.version)} (no prompt file)`;
        lines.push(
          `| ${escapeMarkdown(prompt.id)} | ${name} | ${version.plans} | ${formatRate(version.verified)} | ${formatNumber(version.quality.self.mean)} | ${change} |`
        );
      }
    }
    lines.push("");
  }
  lines.push(
    "## Calibration",
    "",
    "Self-reported quality against reviewers’ (analyses), and actual against estimated time (1.0 is on time), on finished plans that claim completed and have an estimate and a complete time measurement (git’s measured minutes where the history has them, else every phase timed, or a Total Duration).",
    ""
  );
  lines.push(
    "| Agent | Self quality | Reviewer quality | Gap (self − reviewer) | Estimate accuracy (median, n) | Finished plans left out |",
    "| --- | ---: | ---: | ---: | --- | --- |"
  );
  for (const agent of agents) {
    const { self, reviewer, calibrationGap } = agent.quality;
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${formatNumber(self.mean)} | ${formatNumber(reviewer.mean)} | ${calibrationGap.mean === null ? "–" : `${signed(calibrationGap.mean, 1, "")} (n=${calibrationGap.n})`} | ${agent.estimateAccuracy.median === null ? "–" : `${formatNumber(agent.estimateAccuracy.median, 2)} (n=${agent.estimateAccuracy.n}${agent.estimateAccuracy.basis.measured > 0 ? `, ${agent.estimateAccuracy.basis.measured} measured by git` : ""})`} | ${leftOut(agent.estimateAccuracy.excluded)} |`
    );
  }
  lines.push("");
  lines.push(
    "## Time and cost",
    "",
    "Actual minutes of finished plans as median / 90th percentile (linear interpolation, as numpy.percentile), tokens and stated cost of finished plans; cost per verified success counts what failures cost too.",
    "",
    "| Agent | Minutes p50 / p90 | Tokens | Cost |",
    "| --- | --- | --- | --- |"
  );
  for (const agent of agents)
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${formatSpread(agent.durationMinutes)} | ${formatTokens(agent.usage)} | ${formatCost(agent.usage)} |`
    );
  lines.push("");
  if (overall.length > 0) {
    lines.push(
      "| Category | Minutes p50 / p90 | Estimate accuracy (median, n) | Finished plans left out | Tokens | Cost |",
      "| --- | --- | --- | --- | --- | --- |"
    );
    for (const entry of overall)
      lines.push(
        `| ${escapeMarkdown(entry.category)} | ${formatSpread(entry.durationMinutes)} | ${entry.estimateAccuracy.median === null ? "–" : `${formatNumber(entry.estimateAccuracy.median, 2)} (n=${entry.estimateAccuracy.n})`} | ${leftOut(entry.estimateAccuracy.excluded)} | ${formatTokens(entry.usage)} | ${formatCost(entry.usage)} |`
      );
    lines.push("");
  }
  const versionsWithCost = promptEffectiveness2.prompts.flatMap(
    (prompt) => prompt.versions.filter((version) => version.usage.cost.length > 0 || version.usage.inputTokens.n > 0).map((version) => ({ id: prompt.id, version }))
  );
  if (versionsWithCost.length > 0) {
    lines.push("| Prompt | Version | Tokens | Cost |", "| --- | --- | --- | --- |");
    for (const { id, version } of versionsWithCost)
      lines.push(
        `| ${escapeMarkdown(id)} | ${escapeMarkdown(version.version)} | ${formatTokens(version.usage)} | ${formatCost(version.usage)} |`
      );
    lines.push("");
  }
  lines.push(...evidenceSection(analytics, options.reportDir));
  lines.push("## Data quality", "");
  if (findings.length === 0) lines.push("No findings in plans.", "");
  else {
    const byRule = /* @__PURE__ */ new Map();
    for (const finding of findings)
      byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    lines.push("| Rule | Findings |", "| --- | ---: |");
    for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`| \`${rule}\` | ${count} |`);
    }
    lines.push("");
    const max = options.maxFindings ?? 200;
    for (const finding of findings.slice(0, max)) {
      const link = `${documentLink(options.reportDir, finding.path)}#L${finding.line}`;
      lines.push(
        `- ${finding.severity} \`${finding.ruleId}\` in [${escapeMarkdown(`${finding.path}:${finding.line}`)}](${link})`
      );
    }
    if (findings.length > max)
      lines.push(`- … and ${findings.length - max} more; run \`planmark check\` for all of them.`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function signed(value, scale, unit) {
  if (value === null) return "–";
  const scaled = Math.round(value * scale * 10) / 10;
  return `${scaled > 0 ? "+" : ""}${scaled}${unit}`;
}
function leftOut(excluded) {
  const reasons = [
    [excluded.notCompleted, "not completed"],
    [excluded.noEstimate, "no estimate"],
    [excluded.incompleteMeasurement, "time not fully measured"]
  ];
  return reasons.filter(([count]) => count > 0).map(([count, reason]) => `${count} ${reason}`).join(", ") || "–";
}

// src/core/evidence/evidenceLedger.ts
var maxLineLength = 16 * 1024;
function parseLedger(text) {
  const validate = schemaValidator("evidence-ledger");
  const byKey = /* @__PURE__ */ new Map();
  const problems = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    if (line.length > maxLineLength) {
      problems.push({
        line: index + 1,
        reason: `Expected a line of at most ${maxLineLength} characters, found ${line.length}`
      });
      return;
    }
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({
        line: index + 1,
        reason: `Expected JSON, found a syntax error: ${error.message}`
      });
      return;
    }
    if (!validate(value)) {
      const first = validate.errors?.[0];
      problems.push({
        line: index + 1,
        reason: `Expected a ledger entry, found ${first ? `${first.instancePath || "the entry"} ${first.message ?? "invalid"}` : "an invalid entry"}`
      });
      return;
    }
    const entry = value;
    byKey.set(ledgerKey(entry), entry);
  });
  return { entries: sortLedger([...byKey.values()]), problems };
}
function serializeLedger(entries) {
  return sortLedger(entries).map((entry) => JSON.stringify(JSON.parse(stableJson(entry)))).map((line) => `${line}
`).join("");
}
function mergeLedger(old, learned) {
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of [...old, ...learned]) byKey.set(ledgerKey(entry), entry);
  return sortLedger([...byKey.values()]);
}
function ledgerKey(entry) {
  return `${entry.plan}\0${entry.commit}`;
}
function sortLedger(entries) {
  return [...entries].sort((a, b) => {
    const x = ledgerKey(a);
    const y = ledgerKey(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

// src/adapters/readLedgerFile.ts
import { readFile as readFile4, stat as stat2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
var maxLedgerBytes = 32 * 1024 * 1024;
async function readLedgerFile(cwd, path) {
  const full = resolve3(cwd, path);
  const size = await stat2(full).then(
    (info) => info.isFile() ? info.size : void 0,
    () => void 0
  );
  if (size === void 0) return void 0;
  if (size > maxLedgerBytes)
    throw new Error(
      `${path}: expected an evidence ledger of at most ${maxLedgerBytes} bytes, found ${size}; it was not read.`
    );
  await checkOutputPath(cwd, path, "The evidence ledger");
  return readFile4(full, "utf8");
}

// src/pipeline/checkFiles.ts
import { existsSync } from "node:fs";
import { realpath as realpath5 } from "node:fs/promises";
import { resolve as resolve8 } from "node:path";

// src/adapters/findDocuments.ts
import { stat as stat4 } from "node:fs/promises";
import { join as join3, relative as relative4, resolve as resolve6, sep as sep4 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath as realpath4, realpathSync, stat as stat3, statSync } from "fs";
import { isAbsolute as isAbsolute2, posix, resolve as resolve5 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname as dirname3, normalize, relative as relative3, resolve as resolve4, sep as sep3 } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep3) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve4(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root2, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root2);
    if (sameRoot) return directoryPath.slice(root2.length) + filename;
    else return convertSlashes(relative3(root2, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root2, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root2 ? joinPathWithRelativePath(root2, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root2) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root2.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root2) {
  return function(directoryPath, paths, filters) {
    const relativePath2 = directoryPath.substring(root2.length) || ".";
    if (filters.every((filter) => filter(relativePath2, true))) paths.push(relativePath2);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root2, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root2) : pushDirectoryWithRelativePath(root2);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts2, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts2.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts2, _filters) => {
  counts2.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat5) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat5.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat5, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat5 = fs.statSync(resolvedPath);
    if (stat5.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat5, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname3(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname3(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build2(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root2, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root2, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build2(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat5, resolvedPath) => {
          if (stat5.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname3(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root2, options) {
  return new Promise((resolve$1, reject) => {
    callback(root2, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root2, options, callback$1) {
  let walker = new Walker(root2, options, callback$1);
  walker.start();
}
function sync(root2, options) {
  const walker = new Walker(root2, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root2, options) {
    this.root = root2;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep3,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root2) {
    return new APIBuilder(root2 || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root2, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root2 || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch2 = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch2.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root2, absolute) {
  if (cwd === root2 || root2.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root2.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root2}/${p}`) || ".";
}
function buildRelative(cwd, root2) {
  if (root2.startsWith(`${cwd}/`)) {
    const prefix = root2.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root2}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch2.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern2, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch2.default.scan(pattern2);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern2, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern2;
  if (pattern2[pattern2.length - 1] === "/") result = pattern2.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute2(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern2 of options.ignore) {
    if (!pattern2) continue;
    if (pattern2[0] !== "!" || pattern2[1] === "(") ignorePatterns.push(normalizePattern(pattern2, options, props, true));
  }
  for (const pattern2 of patterns) {
    if (!pattern2) continue;
    if (pattern2[0] !== "!" || pattern2[1] === "(") matchPatterns.push(normalizePattern(pattern2, options, props, false));
    else if (pattern2[1] !== "!" || pattern2[2] === "(") ignorePatterns.push(normalizePattern(pattern2.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root2 = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch2.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch2.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root2, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root2, true);
  const excludePredicate = (_, p) => {
    const relativePath2 = excludeFormatter(p, true);
    return relativePath2 !== "." && !partialMatcher(relativePath2) || ignore(relativePath2);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root2);
  if (options.debug) log("internal properties:", {
    ...props,
    root: root2
  });
  return [crawler, cwd !== root2 && !absolute && buildRelative(cwd, root2)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve5(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath4,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat3,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative10] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative10) : [];
}

// src/adapters/gitIgnoredPaths.ts
async function gitIgnoredPaths(cwd, paths, under = ".") {
  if (paths.length === 0) return /* @__PURE__ */ new Set();
  const listing = await gitCommand(cwd, ["--literal-pathspecs", "ls-files", "-z", "--", under]);
  if (listing.code !== 0) return /* @__PURE__ */ new Set();
  const tracked = new Set(listing.stdout.split("\0"));
  const untracked = paths.filter((path) => !tracked.has(path));
  if (untracked.length === 0) return /* @__PURE__ */ new Set();
  const result = await gitCommand(cwd, ["check-ignore", "--no-index", "-z", "--stdin"], {
    input: `${untracked.join("\0")}\0`
  });
  if (result.code !== 0) return /* @__PURE__ */ new Set();
  return new Set(result.stdout.split("\0").filter(Boolean));
}

// src/adapters/findDocuments.ts
async function findDocuments(cwd, paths, config2) {
  const globs = documentGlobs(config2);
  const found = /* @__PURE__ */ new Map();
  for (const path of paths.length > 0 ? paths : ["."]) {
    const absolute = resolve6(cwd, path);
    const info = await stat4(absolute).catch(() => void 0);
    if (!info)
      throw new MissingPathError(
        `${path}: no such file or folder (relative to ${cwd}); check the path.`
      );
    if (!info.isDirectory()) {
      const file = toPosix(relative4(cwd, absolute));
      found.set(file, { path: file, kindHint: globs.kindHint(file) });
      continue;
    }
    const candidates = await glob(["**/*.md", "**/tasks.json"], {
      cwd: absolute,
      dot: true,
      ignore: ["**/node_modules/**", "**/.git/**"],
      onlyFiles: true,
      followSymbolicLinks: false,
      expandDirectories: false
    });
    const documents = candidates.map((match) => toPosix(relative4(cwd, join3(absolute, match)))).filter((file) => globs.isDocument(file));
    const ignored = await gitIgnoredPaths(cwd, documents, toPosix(relative4(cwd, absolute)) || ".");
    for (const file of documents)
      if (!ignored.has(file)) found.set(file, { path: file, kindHint: globs.kindHint(file) });
  }
  return [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function toPosix(path) {
  return path.split(sep4).join("/");
}

// src/adapters/gitBlobId.ts
import { createHash as createHash2 } from "node:crypto";
function gitBlobId(bytes) {
  return createHash2("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

// src/adapters/gitFileHistories.ts
import { posix as posix2 } from "node:path";

// src/adapters/gitText.ts
async function gitText(cwd, args, what) {
  const result = await gitCommand(cwd, args);
  if (result.code !== 0)
    throw new GitError(
      `git ${args.slice(0, 2).join(" ")} failed in ${cwd} (exit ${result.code}): ${result.stderr.trim() || "no message"}; ${what} could not be read.`
    );
  return result.stdout;
}

// src/adapters/gitFileHistories.ts
var chunkCharacters = 64 * 1024;
async function gitFileHistories(cwd, paths) {
  const histories = new Map(paths.map((path) => [path, []]));
  if (paths.length === 0 || (await gitCommand(cwd, ["rev-parse", "--verify", "-q", "HEAD"])).code !== 0)
    return histories;
  const prefix = await gitText(cwd, ["rev-parse", "--show-prefix"], "the prompts' history");
  const byRootPath = /* @__PURE__ */ new Map();
  for (const path of paths) byRootPath.set(posix2.normalize(`${prefix.trim()}${path}`), path);
  for (const chunk of pathChunks(paths)) {
    const log2 = await gitText(
      cwd,
      [
        "--literal-pathspecs",
        "log",
        "-z",
        "--format=commit %H",
        "--raw",
        "--no-abbrev",
        "--no-renames",
        "--",
        ...chunk
      ],
      "the prompts' history"
    );
    const fields = log2.split("\0");
    let commit;
    for (let index = 0; index < fields.length; index++) {
      const field = (fields[index] ?? "").replace(/^\n/, "");
      const header2 = /^commit ([0-9a-f]{40,64})$/.exec(field);
      if (header2) {
        commit = header2[1];
        continue;
      }
      const change = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]{40,64}) ([AMT])$/.exec(field);
      if (!change) continue;
      const path = byRootPath.get(fields[++index] ?? "");
      if (change[1] && commit && path !== void 0)
        histories.get(path)?.push({ commit, blobId: change[1] });
    }
  }
  return histories;
}
function* pathChunks(paths) {
  let chunk = [];
  let size = 0;
  for (const path of paths) {
    if (chunk.length > 0 && size + path.length > chunkCharacters) {
      yield chunk;
      chunk = [];
      size = 0;
    }
    chunk.push(path);
    size += path.length + 1;
  }
  if (chunk.length > 0) yield chunk;
}

// src/adapters/gitHistory.ts
import { spawn as spawn2 } from "node:child_process";
async function commitBefore(cwd, instant) {
  const commit = (await runGit(cwd, ["rev-list", "-1", `--before=${instant}`, "HEAD"]))?.trim();
  return commit || void 0;
}
async function filesAtCommit(cwd, commit, paths = ["."]) {
  const listing = await runGit(cwd, [
    "--literal-pathspecs",
    "ls-tree",
    "-r",
    "-z",
    commit,
    "--",
    ...paths
  ]);
  return (listing ?? "").split("\0").filter(Boolean).flatMap((entry) => {
    const match = /^\d+ blob ([0-9a-f]{40})\t(.*)$/s.exec(entry);
    return match?.[1] && match[2] !== void 0 ? [{ blobId: match[1], path: match[2] }] : [];
  });
}
function readBlobs(cwd, blobIds) {
  return new Promise((resolve19, reject) => {
    const git = spawn2("git", ["cat-file", "--batch"], { cwd, env: gitEnvironment() });
    const chunks = [];
    git.stdout.on("data", (chunk) => chunks.push(chunk));
    git.on(
      "error",
      (error) => reject(new GitError(`git cat-file could not start: ${error.message}`))
    );
    git.on("close", (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file --batch exited with ${code}`));
      const output = Buffer.concat(chunks);
      const blobs = /* @__PURE__ */ new Map();
      let offset = 0;
      while (offset < output.length) {
        const headerEnd = output.indexOf(10, offset);
        const [id, type, size] = output.subarray(offset, headerEnd).toString("utf8").split(" ");
        if (type !== "blob" || !id || size === void 0) {
          offset = headerEnd + 1;
          continue;
        }
        const start = headerEnd + 1;
        blobs.set(id, output.subarray(start, start + Number(size)).toString("utf8"));
        offset = start + Number(size) + 1;
      }
      resolve19(blobs);
    });
    git.stdin.end(blobIds.map((id) => `${id}
`).join(""));
  });
}

// src/adapters/isGitWorkTree.ts
async function isGitWorkTree(cwd) {
  return (await runGit(cwd, ["rev-parse", "--is-inside-work-tree"]))?.trim() === "true";
}

// src/adapters/isShallowClone.ts
async function isShallowClone(cwd) {
  return (await runGit(cwd, ["rev-parse", "--is-shallow-repository"]))?.trim() === "true";
}

// src/adapters/readDocumentFile.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync as realpathSync2 } from "node:fs";

// src/adapters/bytePath.ts
import { readdir as readdir3 } from "node:fs/promises";
import { parse, sep as sep5 } from "node:path";
async function bytePath(path) {
  if (!path.includes("�")) return path;
  const { root: root2 } = parse(path);
  let current = Buffer.from(root2);
  for (const part of path.slice(root2.length).split(sep5).filter(Boolean)) {
    let name = Buffer.from(part);
    if (part.includes("�")) {
      const entries = await readdir3(current.length > 0 ? current : ".", {
        encoding: "buffer"
      }).catch(() => []);
      const matches = entries.filter((entry) => entry.toString("utf8") === part);
      if (matches.length !== 1 || !matches[0]) return path;
      name = matches[0];
    }
    const separator = current.length === 0 || current.toString().endsWith(sep5) ? "" : sep5;
    current = Buffer.concat([current, Buffer.from(separator), name]);
  }
  return current;
}

// src/adapters/readDocumentFile.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
async function readDocumentFile(path, maxBytes, realRoot) {
  const target = await bytePath(path);
  if (realRoot !== void 0) {
    const real = realpathSync2.native(target);
    if (real === realRoot || !isInsideFolder(realRoot, real))
      return refuse(
        `Expected a file inside ${realRoot}, found one that resolves outside it (${real}); it was not read`,
        "a file inside the folder checked",
        "a path outside it"
      );
  }
  const descriptor = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile())
      return refuse(
        `Expected a regular file, found ${info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : info.isDirectory() ? "a folder" : "a device"}; it was not read`,
        "a regular file",
        info.isFIFO() ? "a named pipe" : "not a regular file"
      );
    const { size } = info;
    if (size > maxBytes) {
      return refuse(
        `Expected a file of at most ${maxBytes} bytes (maxFileBytes), found ${size} bytes; it was not read`,
        `at most ${maxBytes} bytes`,
        `${size} bytes`
      );
    }
    const bytes = new Uint8Array(size);
    const bytesRead = readSync(descriptor, bytes, 0, size, 0);
    const content = bytes.subarray(0, bytesRead);
    if (content.length === 0)
      return {
        ok: false,
        empty: true,
        reason: "Expected Markdown, found an empty file",
        expected: "Markdown",
        actual: "an empty file"
      };
    if (content.includes(0))
      return refuse(
        "Expected a UTF-8 text file, found binary data (a NUL byte)",
        "UTF-8 text",
        "binary data"
      );
    try {
      return { ok: true, source: decoder.decode(content), bytes: content };
    } catch {
      return refuse(
        "Expected UTF-8 text, found bytes that are not valid UTF-8; re-save the file as UTF-8",
        "UTF-8 text",
        "invalid UTF-8"
      );
    }
  } finally {
    closeSync(descriptor);
  }
}
function refuse(reason, expected, actual) {
  return { ok: false, empty: false, reason, expected, actual };
}

// src/core/rules/checkReviewClaims.ts
var qualityTolerance = 0.5;
function checkReviewClaims(documents, plans, config2) {
  const records = plans.map(({ record }) => record);
  for (const parsed of documents) {
    const review = parsed.document;
    if (review.kind !== "review" || !review.agent) continue;
    const period = review.sessionPeriod;
    const inPeriod = (record) => !period || record.startTime !== void 0 && record.startTime.slice(0, 10) >= period.from.slice(0, 10) && record.startTime.slice(0, 10) <= period.to.slice(0, 10);
    (review.categories ?? []).forEach((claim, index) => {
      const plans2 = records.filter(
        (record) => record.agent === review.agent && record.category === claim.category && inPeriod(record)
      );
      const scope = `${review.agent} in ${claim.category}${period ? ` from ${period.from} to ${period.to}` : ""}`;
      const claimPlace = (field) => parsed.positions[`/categories/${index}/${field}`] ?? parsed.positions[`/categories/${index}`] ?? parsed.positions[""];
      const report2 = (field, reason, expected, actual) => reportMessage(
        parsed.file,
        config2.rules,
        "review-claim-mismatch",
        claimPlace(field),
        reason,
        { expected, actual }
      );
      if (claim.tasksCompleted !== void 0) {
        const completed = plans2.filter((record) => record.status.claimed === "completed").length;
        if (completed !== claim.tasksCompleted)
          report2(
            "tasksCompleted",
            `Expected ${completed} tasks completed (plans by ${scope} that claim COMPLETED), found ${claim.tasksCompleted}`,
            String(completed),
            String(claim.tasksCompleted)
          );
      }
      if (claim.averageQuality !== void 0) {
        const scores = plans2.flatMap(
          (record) => record.quality.self === void 0 ? [] : [record.quality.self]
        );
        const average = scores.length ? Math.round(10 * scores.reduce((sum, score) => sum + score, 0) / scores.length) / 10 : void 0;
        if (average === void 0)
          report2(
            "averageQuality",
            `Expected plans with a Quality Score behind an average quality, found none by ${scope}, against a claimed ${claim.averageQuality}`,
            "plans with a Quality Score",
            String(claim.averageQuality)
          );
        else if (Math.abs(average - claim.averageQuality) > qualityTolerance)
          report2(
            "averageQuality",
            `Expected an average quality near ${average} (the mean Quality Score of ${scores.length} plans by ${scope}), found ${claim.averageQuality}`,
            String(average),
            String(claim.averageQuality)
          );
      }
      if (claim.successRate === void 0) return;
      const verified = verifiedRate(plans2);
      if (verified.rate === null) {
        report2(
          "successRate",
          `Expected verifiable plans behind a success rate, found none by ${scope}, against a claimed ${claim.successRate}%`,
          "verifiable plans",
          `${claim.successRate}%`
        );
        return;
      }
      const measured = Math.round(verified.rate * 1e3) / 10;
      if (Math.abs(measured - claim.successRate) <= config2.successRateTolerance) return;
      report2(
        "successRate",
        `Expected a success rate near ${measured}% (${verified.successes} of ${verified.n} verifiable plans by ${scope}), found ${claim.successRate}%`,
        `${measured}%`,
        `${claim.successRate}%`
      );
    });
  }
}

// src/core/rules/checkDocumentSet.ts
function checkDocumentSet(documents, rules, options = {}) {
  const complete = options.complete ?? true;
  const paths = new Set(documents.map((parsed) => parsed.document.identity.path));
  const exists = (path) => paths.has(path) || (options.exists?.(path) ?? false);
  const plans = documents.filter((parsed) => parsed.document.kind === "plan").sort((a, b) => compare(a.document.identity.path, b.document.identity.path));
  const ids = /* @__PURE__ */ new Map();
  for (const parsed of plans) {
    const { planId, path } = parsed.document.identity;
    if (!planId) continue;
    const first = ids.get(planId);
    if (first === void 0) ids.set(planId, path);
    else {
      reportMessage(
        parsed.file,
        rules,
        "duplicate-plan-id",
        parsed.positions["/identity/planId"] ?? parsed.positions[""],
        `Expected a unique plan id, found \`${planId}\`, already stated by ${first}`,
        {
          expected: "a unique plan id",
          actual: planId
        }
      );
    }
  }
  if (complete) checkPromptReferences(documents, rules, options.promptVersions);
  for (const parsed of plans) parsed.file.messages.sort(compareMessages);
  const tolerance = complete ? options.successRateTolerance : void 0;
  const { recordsOf } = options;
  const analysed = analysedPlans(
    recordsOf && tolerance === void 0 ? documents.filter(
      ({ document }) => document.kind !== "plan" || recordsOf(document.identity.path)
    ) : documents
  );
  if (tolerance !== void 0)
    checkReviewClaims(documents, analysed, { rules, successRateTolerance: tolerance });
  for (const parsed of documents) {
    const { document } = parsed;
    const wanted = document.kind === "analysis" && document.planRef ? [{ ...document.planRef, pointer: "/planRef" }] : document.kind === "review" ? (document.linkedPlans ?? []).map((path, index) => ({
      path,
      planId: void 0,
      pointer: `/linkedPlans/${index}`
    })) : [];
    for (const { path, planId, pointer } of wanted) {
      const found = path ? exists(path) : planId && complete ? ids.has(planId) : true;
      if (found) continue;
      const target = path ?? planId ?? "";
      reportMessage(
        parsed.file,
        rules,
        "review-plan-missing",
        parsed.positions[pointer] ?? parsed.positions[""],
        `Expected an existing plan, found a link to \`${target}\`, which does not exist`,
        {
          expected: "an existing plan",
          actual: target
        }
      );
    }
  }
  return recordsOf ? analysed.filter(({ record }) => recordsOf(record.path)) : analysed;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function checkPromptReferences(documents, rules, history = /* @__PURE__ */ new Map()) {
  const known = /* @__PURE__ */ new Map();
  for (const { document } of documents) {
    if (document.kind !== "prompt" || !document.id) continue;
    const versions = known.get(document.id) ?? new Set(history.get(document.id) ?? []);
    if (document.version) versions.add(document.version);
    known.set(document.id, versions);
  }
  if (known.size === 0) return;
  for (const parsed of documents) {
    if (parsed.document.kind !== "plan") continue;
    for (const { id, version } of parsed.document.prompts ?? []) {
      const versions = known.get(id);
      if (versions && (version === void 0 || versions.has(version))) continue;
      const reference = version ? `${id}@${version}` : id;
      const expected = versions ? `a version of ${id}: ${[...versions].sort().join(", ")}` : `a prompt id: ${[...known.keys()].sort().join(", ")}`;
      reportMessage(
        parsed.file,
        rules,
        "unknown-prompt",
        parsed.positions["/prompts"] ?? parsed.positions[""],
        `Expected ${expected}, found \`${reference}\``,
        {
          expected,
          actual: reference
        }
      );
    }
  }
}

// src/core/evidence/agentSignatures.ts
var agentSignatures = [
  // Claude Code appends `Co-Authored-By: Claude <noreply@anthropic.com>` (the name may carry the model).
  {
    agent: "claude",
    source: "trailer",
    email: "noreply@anthropic.com",
    checkedAgainst: "https://github.com/anthropics/claude-code/issues/9224"
  },
  // Cursor's agent adds `Co-authored-by: Cursor <cursoragent@cursor.com>` and commits as `Cursor Agent`.
  {
    agent: "cursor",
    source: "trailer",
    email: "cursoragent@cursor.com",
    checkedAgainst: "https://github.com/block/aittributor/pull/15"
  },
  {
    agent: "cursor",
    source: "author",
    email: "cursoragent@cursor.com",
    checkedAgainst: "https://github.com/Jiangki/ledge/pull/11"
  },
  // aider: `Co-authored-by: aider (<model>) <noreply@aider.chat>`, and `(aider)` after the author's name.
  {
    agent: "aider",
    source: "trailer",
    email: "noreply@aider.chat",
    checkedAgainst: "https://deepwiki.com/Aider-AI/aider/4.3-git-integration"
  },
  {
    agent: "aider",
    source: "author",
    nameSuffix: "(aider)",
    checkedAgainst: "https://deepwiki.com/Aider-AI/aider/4.3-git-integration"
  },
  // GitHub's Copilot coding agent (a bot distinct from copilot[bot], the suggestions account).
  {
    agent: "copilot",
    source: "author",
    name: "copilot-swe-agent[bot]",
    checkedAgainst: "https://github.com/posit-dev/ark/pull/1000"
  },
  // Devin's and Jules's GitHub apps; PRarena counts their pull requests by these authors.
  {
    agent: "devin",
    source: "author",
    name: "devin-ai-integration[bot]",
    checkedAgainst: "https://github.com/aavetis/PRarena/blob/main/collect_data.py"
  },
  {
    agent: "jules",
    source: "author",
    name: "google-labs-jules[bot]",
    checkedAgainst: "https://github.com/aavetis/PRarena/blob/main/collect_data.py"
  },
  // Branch prefixes the agents' pull requests use (PRarena counts them by `head:<prefix>`).
  {
    agent: "codex",
    source: "branch",
    branch: "codex/",
    checkedAgainst: "https://github.com/aavetis/PRarena/blob/main/collect_data.py"
  },
  {
    agent: "cursor",
    source: "branch",
    branch: "cursor/",
    checkedAgainst: "https://github.com/aavetis/PRarena/blob/main/collect_data.py"
  },
  {
    agent: "copilot",
    source: "branch",
    branch: "copilot/",
    checkedAgainst: "https://www.skills.sh/github/gh-aw/github-copilot-agent-tips-and-tricks"
  }
];

// src/core/evidence/attributeAgent.ts
var kinds2 = ["trailer", "author", "branch"];
function attributeAgent(commits, configured, aliases) {
  for (const commit of commits)
    for (const signature of configured)
      if (matchesConfigured(commit, signature))
        return {
          agent: normalizeAgent(signature.agent, aliases),
          source: "configuration",
          commit: commit.commit
        };
  for (const kind of kinds2)
    for (const commit of commits)
      for (const signature of agentSignatures)
        if (signature.source === kind && matchesBuiltIn(commit, signature))
          return {
            agent: normalizeAgent(signature.agent, aliases),
            source: kind,
            commit: commit.commit
          };
  return void 0;
}
function sameAgent(documentAgent, gitAgent) {
  return documentAgent === gitAgent || documentAgent.split("-").includes(gitAgent);
}
function people(commit) {
  return [
    { name: commit.authorName, email: commit.authorEmail },
    { name: commit.committerName, email: commit.committerEmail }
  ];
}
function matchesBuiltIn(commit, signature) {
  if (signature.source === "branch")
    return signature.branch !== void 0 && (commit.mergedBranch ?? "").startsWith(signature.branch);
  const candidates = signature.source === "trailer" ? commit.coAuthors : people(commit);
  return candidates.some(
    (person2) => signature.email !== void 0 && person2.email.toLowerCase() === signature.email || signature.name !== void 0 && person2.name.toLowerCase() === signature.name || signature.nameSuffix !== void 0 && person2.name.toLowerCase().trimEnd().endsWith(signature.nameSuffix)
  );
}
function matchesConfigured(commit, signature) {
  if (signature.branch !== void 0)
    return (commit.mergedBranch ?? "").startsWith(signature.branch);
  return [...commit.coAuthors, ...people(commit)].some(
    (person2) => signature.email !== void 0 && person2.email.toLowerCase() === signature.email.toLowerCase() || signature.name !== void 0 && person2.name.toLowerCase() === signature.name.toLowerCase()
  );
}

// src/core/rules/checkGitEvidence.ts
var skewMinutes = 5;
var slackMinutes = 30;
function checkGitEvidence(parsed, evidence, rules) {
  const plan = parsed.document;
  if (plan.kind !== "plan") return;
  const { file, positions } = parsed;
  const attribution = evidence.attribution;
  if (plan.agent && attribution && !sameAgent(plan.agent, attribution.agent))
    reportMessage(
      file,
      rules,
      "agent-mismatch",
      positions["/agent"] ?? positions[""],
      `Expected the agent git names, found \`${plan.agent}\` where commit ${attribution.commit.slice(0, 12)} names \`${attribution.agent}\` (${attribution.source})`,
      { expected: attribution.agent, actual: plan.agent }
    );
  const timeline = evidence.timeline;
  if (!timeline) return;
  const claimed = actualMinutes(plan);
  const measured = timeline.measuredMinutes;
  if (claimed !== void 0 && measured !== void 0 && claimed > 2 * measured + slackMinutes && plan.finalStatus?.completionStatus === "completed")
    reportMessage(
      file,
      rules,
      "timeline-contradicts-git",
      positions["/progressTracking/totalDuration"] ?? positions["/progressTracking"] ?? positions[""],
      `Expected at most the ${measured} minutes git measures from the commit that created the plan (${timeline.created?.commit.slice(0, 12) ?? ""}) to the one that completed it (${timeline.completed?.commit.slice(0, 12) ?? ""}), found ${claimed} minutes claimed`,
      { expected: `at most ${measured} minutes`, actual: `${claimed} minutes` }
    );
  const impossible = (plan.progressTracking?.phases ?? []).flatMap(
    (timing, index) => ["start", "end"].flatMap((edge) => {
      const stated = timing[edge];
      const recorded = timeline.firstStated[`${timing.phase}/${edge}`];
      if (!stated || !recorded || stated.length <= 10) return [];
      const committed = Date.parse(recorded.date);
      const wallClock = committed + recorded.offsetMinutes * 6e4;
      const latest = Math.max(committed, wallClock) + skewMinutes * 6e4;
      return Date.parse(stated) > latest ? [{ timing, index, edge, stated, recorded }] : [];
    })
  );
  const first = impossible[0];
  if (!first) return;
  const more = impossible.length > 1 ? ` (and ${impossible.length - 1} more stated time${impossible.length > 2 ? "s" : ""})` : "";
  reportMessage(
    file,
    rules,
    "timeline-contradicts-git",
    positions[`/progressTracking/phases/${first.index}/${first.edge}`] ?? positions[""],
    `Expected phase ${first.timing.phase}'s ${first.edge} no later than the commit that recorded it (${first.recorded.commit.slice(0, 12)} at ${first.recorded.date}), found ${first.stated}${more}`,
    { expected: `at most ${first.recorded.date}`, actual: first.stated }
  );
}

// src/core/rules/checkPromptHistory.ts
function checkPromptHistory(prompt, revisions, rules) {
  const unbumped = revisions.filter((revision, index) => {
    const older = revisions[index + 1];
    return older !== void 0 && older.blobId !== revision.blobId && older.version !== void 0 && older.version === revision.version;
  });
  const latest = unbumped[0];
  if (!latest?.version) return;
  const where = latest.commit ? `commit ${latest.commit.slice(0, 12)}` : "the working tree";
  const more = unbumped.length > 1 ? ` (and ${unbumped.length - 1} earlier edit${unbumped.length > 2 ? "s" : ""})` : "";
  reportMessage(
    prompt.file,
    rules,
    "prompt-version-unbumped",
    prompt.positions["/version"] ?? prompt.positions[""],
    `Expected a new version when the prompt text changes, found version ${latest.version} kept by ${where}${more}`,
    { expected: "a new version", actual: latest.version }
  );
}

// src/pipeline/parseWhenNeeded.ts
async function parseWhenNeeded(jobs, config2, options) {
  if (jobs.length === 0) return [];
  const { parseDocuments } = await import("./cli-parseDocuments-RSI2EER5.js");
  return parseDocuments(jobs, config2, options);
}

// src/pipeline/readPlanEvidence.ts
import { resolve as resolve7 } from "node:path";

// src/adapters/gitAncestry.ts
async function gitAncestry(cwd, configured) {
  const empty2 = {
    mergedBranch: /* @__PURE__ */ new Map(),
    onDefault: void 0,
    defaultRef: void 0,
    reverts: []
  };
  const head = (await runGit(cwd, ["rev-parse", "--verify", "-q", "HEAD"]))?.trim();
  if (!head) return empty2;
  const defaultRef = await defaultBranch(cwd, configured);
  const tip = defaultRef ? (await runGit(cwd, ["rev-parse", "--verify", "-q", `${defaultRef}^{commit}`]))?.trim() : head;
  const log2 = await runGit(cwd, [
    "log",
    "-z",
    "--topo-order",
    "--reverse",
    "--format=%H %P%x00%s",
    "HEAD",
    ...tip && tip !== head ? [tip] : []
  ]);
  const parents = /* @__PURE__ */ new Map();
  const subjects = /* @__PURE__ */ new Map();
  const order = [];
  const fields = (log2 ?? "").split("\0");
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [commit, ...rest] = (fields[index] ?? "").replace(/^\n/, "").split(" ");
    if (!commit) continue;
    parents.set(commit, rest.filter(Boolean));
    subjects.set(commit, fields[index + 1] ?? "");
    order.push(commit);
  }
  const mainline = /* @__PURE__ */ new Set();
  for (let commit = head; commit; commit = parents.get(commit)?.[0])
    mainline.add(commit);
  const mergedBranch = /* @__PURE__ */ new Map();
  for (const merge of order) {
    const [, ...merged] = parents.get(merge) ?? [];
    const branch = branchOf(subjects.get(merge) ?? "");
    if (merged.length === 0 || !branch) continue;
    const stack = [...merged];
    while (stack.length > 0) {
      const commit = stack.pop();
      if (mainline.has(commit) || mergedBranch.has(commit) || !parents.has(commit)) continue;
      mergedBranch.set(commit, branch);
      stack.push(...parents.get(commit) ?? []);
    }
  }
  let onDefault;
  if (tip) {
    onDefault = /* @__PURE__ */ new Set();
    const stack = [tip];
    while (stack.length > 0) {
      const commit = stack.pop();
      if (onDefault.has(commit)) continue;
      onDefault.add(commit);
      stack.push(...parents.get(commit) ?? []);
    }
  }
  return { mergedBranch, onDefault, defaultRef: defaultRef ?? "HEAD", reverts: await reverts(cwd) };
}
function branchOf(subject) {
  const pull = /^Merge pull request #\d+ from [^/\s]+\/(\S+)/.exec(subject);
  if (pull?.[1]) return pull[1];
  const branch = /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject);
  return branch?.[1]?.replace(/^origin\//, "");
}
async function defaultBranch(cwd, configured) {
  if (configured) {
    for (const ref of [`refs/remotes/origin/${configured}`, `refs/heads/${configured}`])
      if (await runGit(cwd, ["rev-parse", "--verify", "-q", ref])) return ref;
    return void 0;
  }
  return (await runGit(cwd, ["symbolic-ref", "-q", "refs/remotes/origin/HEAD"]))?.trim() || void 0;
}
async function reverts(cwd) {
  const log2 = await runGit(cwd, [
    "log",
    "-z",
    "-E",
    "--grep=This reverts commit [0-9a-f]{7,}",
    "--format=%H%x00%aI%x00%B",
    "HEAD"
  ]);
  const fields = (log2 ?? "").split("\0");
  const found = [];
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const commit = (fields[index] ?? "").replace(/^\n/, "");
    const body = fields[index + 2] ?? "";
    const reverted = [...body.matchAll(/This reverts commit ([0-9a-f]{7,64})/g)].flatMap(
      (match) => match[1] ? [match[1]] : []
    );
    if (commit && reverted.length > 0)
      found.push({
        commit,
        date: new Date(fields[index + 1] ?? "").toISOString().replace(/\.\d{3}Z$/, "Z"),
        reverts: reverted
      });
  }
  return found;
}

// src/adapters/gitPlanLog.ts
import { posix as posix3 } from "node:path";
var header = [
  "%H",
  "%an",
  "%ae",
  "%cn",
  "%ce",
  "%aI",
  "%(trailers:key=Co-authored-by,valueonly,separator=%x1f)"
].join("%x00");
async function gitPlanLog(cwd, paths) {
  const commits = /* @__PURE__ */ new Map();
  const revisions = new Map(paths.map((path) => [path, []]));
  if (paths.length === 0 || (await gitCommand(cwd, ["rev-parse", "--verify", "-q", "HEAD"])).code !== 0)
    return { commits, revisions };
  const prefix = (await gitText(cwd, ["rev-parse", "--show-prefix"], "the plans' history")).trim();
  const byRootPath = /* @__PURE__ */ new Map();
  for (const path of paths) byRootPath.set(posix3.normalize(`${prefix}${path}`), path);
  const changed = /* @__PURE__ */ new Map();
  const logs = await Promise.all(
    [...pathChunks(paths)].map(
      (chunk) => gitText(
        cwd,
        [
          "--literal-pathspecs",
          "log",
          "-z",
          `--format=%x1e${header}%x00`,
          "--raw",
          "--no-abbrev",
          "--no-renames",
          "--",
          ...chunk
        ],
        "the plans' history"
      )
    )
  );
  for (const log2 of logs) {
    for (const record of log2.split("")) {
      const fields = record.split("\0");
      const [commit, authorName, authorEmail, committerName, committerEmail, authored, trailers] = fields;
      if (!commit || !/^[0-9a-f]{40,64}$/.test(commit) || authored === void 0) continue;
      const when = new Date(authored);
      const offset = /([+-])(\d{2}):(\d{2})$/.exec(authored);
      commits.set(commit, {
        commit,
        authorName: authorName ?? "",
        authorEmail: authorEmail ?? "",
        committerName: committerName ?? "",
        committerEmail: committerEmail ?? "",
        date: when.toISOString().replace(/\.\d{3}Z$/, "Z"),
        offsetMinutes: offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0,
        coAuthors: (trailers ?? "").split("").flatMap(person)
      });
      const changes = changed.get(commit) ?? [];
      for (let index = 7; index < fields.length; index++) {
        const field = (fields[index] ?? "").replace(/^\n/, "");
        const change = /^:\d+ \d+ ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([AMT])$/.exec(field);
        if (!change) continue;
        const path = byRootPath.get(fields[++index] ?? "");
        if (path === void 0 || !change[2]) continue;
        changes.push({
          path,
          blobId: change[2],
          ...change[3] === "A" || !change[1] || /^0+$/.test(change[1]) ? {} : { before: change[1] }
        });
      }
      changed.set(commit, changes);
    }
  }
  for (const [commit, changes] of changed) {
    const plansInCommit = new Set(changes.map((change) => change.path)).size;
    for (const change of changes)
      revisions.get(change.path)?.push({ commit, ...withoutPath(change), plansInCommit });
  }
  const order = new Map([...commits.keys()].map((commit, index) => [commit, index]));
  const date = (commit) => commits.get(commit)?.date ?? "";
  for (const list of revisions.values())
    list.sort(
      (a, b) => (date(a.commit) < date(b.commit) ? 1 : date(a.commit) > date(b.commit) ? -1 : 0) || (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0)
    );
  return { commits, revisions };
}
function withoutPath(change) {
  return change.before === void 0 ? { blobId: change.blobId } : { blobId: change.blobId, before: change.before };
}
function person(value) {
  const match = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(value);
  return match?.[2] ? [{ name: match[1] ?? "", email: match[2] }] : [];
}

// src/core/evidence/findRevert.ts
function findRevert(revisions, reverts2, dateOf, days) {
  const window2 = days * 24 * 60 * 60 * 1e3;
  const found = [];
  const within = (reverted, by, date) => {
    const made = dateOf(reverted);
    return made !== void 0 && Date.parse(date) - Date.parse(made) <= window2 && reverted !== by;
  };
  const restores = (revision, later) => later !== revision && later.blobId === revision.before && later.before === revision.blobId && (dateOf(later.commit) ?? "") >= (dateOf(revision.commit) ?? "");
  const undoing = new Set(reverts2.map((revert) => revert.commit));
  for (const revision of revisions)
    for (const later of revisions)
      if (revision.before && restores(revision, later)) undoing.add(later.commit);
  for (const revision of revisions) {
    if (undoing.has(revision.commit)) continue;
    for (const revert of reverts2)
      if (revert.reverts.some((named) => revision.commit.startsWith(named)) && within(revision.commit, revert.commit, revert.date))
        found.push({ commit: revert.commit, date: revert.date });
    if (!revision.before) continue;
    const restoring = revisions.find((later) => restores(revision, later));
    const date = restoring && dateOf(restoring.commit);
    if (restoring && date && within(revision.commit, restoring.commit, date))
      found.push({ commit: restoring.commit, date });
  }
  return found.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0)[0];
}

// src/core/evidence/planTimeline.ts
function planTimeline(revisions, current) {
  const at = (revision) => ({
    commit: revision.commit,
    date: revision.date
  });
  const first = revisions[0];
  const ticks = [];
  let done = 0;
  for (const revision of revisions) {
    if (!revision.state) continue;
    if (revision.state.done > done) ticks.push(at(revision));
    done = revision.state.done;
  }
  const completed = revisions.find((revision) => revision.state?.claimed === "completed");
  const firstStated = {};
  for (const [key, value] of Object.entries(current.times)) {
    const revision = revisions.find((candidate) => candidate.state?.times[key] === value);
    if (revision) firstStated[key] = revision;
  }
  const timeline = { ticks, firstStated };
  if (first) timeline.created = at(first);
  if (completed) timeline.completed = at(completed);
  if (first && completed && completed.commit !== first.commit)
    timeline.measuredMinutes = Math.round((Date.parse(completed.date) - Date.parse(first.date)) / 600) / 100;
  return timeline;
}

// src/core/evidence/revisionState.ts
function revisionState(document) {
  if (document.kind !== "plan") return void 0;
  const times = {};
  for (const timing of document.progressTracking?.phases ?? []) {
    if (timing.start) times[`${timing.phase}/start`] = timing.start;
    if (timing.end) times[`${timing.phase}/end`] = timing.end;
  }
  const state = { done: document.checkboxes.checked, times };
  const claimed = document.finalStatus?.completionStatus;
  if (claimed) state.claimed = claimed;
  return state;
}

// src/core/document/readsAsWorkingTree.ts
function readsAsWorkingTree(text) {
  return text.length > 0 && !text.startsWith("\uFEFF") && !text.includes("\0") && !text.includes("�");
}

// src/pipeline/readPlanEvidence.ts
async function readPlanEvidence(cwd, parsed, config2, onNotice = () => void 0, history = { known: /* @__PURE__ */ new Map(), keep: () => void 0 }) {
  const evidence = /* @__PURE__ */ new Map();
  const { attribution, timeline, outcomes } = config2.evidence;
  const plans = parsed.filter(
    (entry) => entry.document.kind === "plan" && isInsideFolder(resolve7(cwd), resolve7(cwd, entry.document.identity.path))
  );
  if (plans.length === 0 || !(attribution || timeline || outcomes)) return evidence;
  if (await isShallowClone(cwd)) {
    onNotice(
      "planmark: this is a shallow clone, so git cannot show who did the plans, how long they took or whether they held; plans.json records no git evidence. Fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)."
    );
    return evidence;
  }
  const log2 = await gitPlanLog(
    cwd,
    plans.map((plan) => plan.document.identity.path)
  );
  const ancestry = attribution || outcomes ? await gitAncestry(cwd, config2.evidence.defaultBranch) : { mergedBranch: /* @__PURE__ */ new Map(), onDefault: void 0, defaultRef: void 0, reverts: [] };
  const states = timeline ? await pastStates(cwd, plans, log2.revisions, config2, history) : /* @__PURE__ */ new Map();
  for (const plan of plans) {
    const path = plan.document.identity.path;
    const revisions = [...log2.revisions.get(path) ?? []].reverse();
    if (revisions.length === 0) continue;
    const commitOf = (revision) => {
      const commit = log2.commits.get(revision.commit);
      const branch = ancestry.mergedBranch.get(revision.commit);
      return commit && branch ? { ...commit, mergedBranch: branch } : commit;
    };
    const entry = {
      commits: revisions.length,
      lastCommit: revisions[revisions.length - 1].commit
    };
    if (attribution) {
      const own = revisions.filter((revision) => revision.plansInCommit <= config2.evidence.maxPlansPerCommit).flatMap((revision) => commitOf(revision) ?? []);
      const found = attributeAgent(own, config2.agentSignatures, config2.agents);
      if (found) entry.attribution = found;
    }
    const current = revisionState(plan.document);
    if (timeline && current)
      entry.timeline = planTimeline(
        revisions.flatMap((revision) => {
          const commit = log2.commits.get(revision.commit);
          if (!commit) return [];
          const state = revision.blobId === plan.document.identity.blobId ? current : states.get(cacheKey(path, revision.blobId));
          return [
            {
              commit: revision.commit,
              date: commit.date,
              offsetMinutes: commit.offsetMinutes,
              ...state ? { state } : {}
            }
          ];
        }),
        current
      );
    if (outcomes) {
      if (ancestry.onDefault) {
        const onDefault = ancestry.onDefault;
        entry.reachedDefaultBranch = revisions.every((revision) => onDefault.has(revision.commit));
      }
      const revert = findRevert(
        revisions,
        ancestry.reverts,
        (commit) => log2.commits.get(commit)?.date ?? ancestry.reverts.find((r) => r.commit === commit)?.date,
        config2.evidence.revertDays
      );
      if (revert) entry.revertedBy = revert;
    }
    evidence.set(path, entry);
  }
  return evidence;
}
async function pastStates(cwd, plans, revisions, config2, { known, keep }) {
  const states = /* @__PURE__ */ new Map();
  const wanted = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    const path = plan.document.identity.path;
    for (const revision of revisions.get(path) ?? []) {
      if (revision.blobId === plan.document.identity.blobId) continue;
      const key = cacheKey(path, revision.blobId);
      const recalled = known.get(key);
      const document = recalled?.parsed?.document;
      const state = document?.kind === "plan" ? revisionState(document) : void 0;
      if (recalled && state) {
        states.set(key, state);
        keep(key, recalled);
      } else wanted.set(key, { path, blobId: revision.blobId });
    }
  }
  const blobs = await readBlobs(cwd, [...new Set([...wanted.values()].map((w) => w.blobId))]);
  const globs = documentGlobs(config2);
  const keys = [];
  const jobs = [];
  for (const [key, { path, blobId }] of wanted) {
    const source = blobs.get(blobId);
    if (source === void 0) continue;
    keys.push(key);
    jobs.push({ path, source, blobId, kindHint: globs.kindHint(path) ?? "plan" });
  }
  const parsed = await parseWhenNeeded(jobs, config2);
  parsed.forEach((result, index) => {
    const key = keys[index];
    const document = result.parsed ? deserializeChecked(result).parsed?.document : void 0;
    const state = document ? revisionState(document) : void 0;
    if (state) states.set(key, state);
    const job = jobs[index];
    if (result.parsed && readsAsWorkingTree(job.source) && globs.kindHint(job.path) !== void 0)
      keep(key, result);
  });
  return states;
}

// src/pipeline/checkFiles.ts
async function checkFiles(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const config2 = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config);
  const inGit = await isGitWorkTree(cwd);
  const notice = options.onNotice ?? (() => void 0);
  const confineCache = async () => {
    if (options.cacheDir && options.confineCache)
      await checkOutputPath(cwd, options.cacheDir, "The cache folder");
  };
  await confineCache();
  const stamp = cacheStamp(config2);
  const cache = options.cacheDir ? await loadDocumentCache(options.cacheDir, stamp, notice) : /* @__PURE__ */ new Map();
  const { files, entries, recalled, parsedCount } = await checkEachFile(
    cwd,
    paths,
    config2,
    options,
    inGit,
    cache
  );
  const checkedByBlob = new Map([...cache, ...entries]);
  const kept = new Map(entries);
  let learned = 0;
  const result = options.shard ? {
    files,
    config: config2,
    promptRevisions: /* @__PURE__ */ new Map(),
    planEvidence: /* @__PURE__ */ new Map(),
    plans: [],
    checkedByBlob
  } : await finishCheck(files, cwd, paths, config2, inGit, notice, {
    known: checkedByBlob,
    keep: (key, checked) => {
      if (!cache.has(key)) learned++;
      kept.set(key, checked);
    }
  });
  if (options.cacheDir) {
    result.cacheUse = { recalled, parsed: parsedCount };
    const unchanged = parsedCount + learned === 0 && kept.size === cache.size;
    if (!unchanged) {
      await confineCache();
      await saveDocumentCache(options.cacheDir, stamp, kept, notice);
    }
  }
  return result;
}
async function finishCheck(files, cwd, paths, config2, inGit, onNotice, history) {
  const parsed = files.flatMap((entry) => entry.parsed ? [entry.parsed] : []);
  const git = inGit ?? await isGitWorkTree(cwd);
  const promptRevisions = git ? await readPromptRevisions(cwd, parsed, config2, onNotice) : /* @__PURE__ */ new Map();
  const planEvidence = git ? await readPlanEvidence(cwd, parsed, config2, onNotice, history) : /* @__PURE__ */ new Map();
  for (const entry of parsed) {
    const found = planEvidence.get(entry.document.identity.path);
    if (found) checkGitEvidence(entry, found, config2.rules);
  }
  const promptVersions = /* @__PURE__ */ new Map();
  for (const prompt of parsed) {
    if (prompt.document.kind !== "prompt" || !prompt.document.id) continue;
    const versions = promptVersions.get(prompt.document.id) ?? /* @__PURE__ */ new Set();
    for (const revision of promptRevisions.get(prompt.document.identity.path) ?? [])
      if (revision.version) versions.add(revision.version);
    promptVersions.set(prompt.document.id, versions);
  }
  const complete = paths.length === 0 || paths.some((path) => resolve8(cwd, path) === resolve8(cwd));
  const plans = checkDocumentSet(parsed, config2.rules, {
    complete,
    exists: (path) => existsSync(resolve8(cwd, path)),
    promptVersions,
    successRateTolerance: config2.successRateTolerance
  });
  for (const entry of files) entry.file.messages.sort(compareMessages);
  return {
    files,
    config: config2,
    promptRevisions,
    planEvidence,
    plans,
    ...history ? { checkedByBlob: history.known } : {}
  };
}
async function checkEachFile(cwd, paths, config2, options, inGit, cache) {
  let found = await findDocuments(cwd, paths, config2);
  const shard = options.shard;
  if (shard) found = found.filter((_, index) => index % shard.count === shard.index);
  const realCwd = await realpath5(cwd);
  const named = new Set(paths.map((path) => resolve8(cwd, path)));
  const results = new Array(found.length);
  const keys = new Array(found.length);
  const jobs = [];
  let done = 0;
  let recalled = 0;
  const progress = () => options.onProgress?.(++done, found.length);
  for (const [index, document] of found.entries()) {
    const absolute = resolve8(cwd, document.path);
    const read = await readDocumentFile(
      absolute,
      config2.maxFileBytes,
      named.has(absolute) ? void 0 : realCwd
    ).catch((error) => ({
      ok: false,
      empty: false,
      reason: `Expected a readable file, found an error: ${error.message}`,
      expected: "a readable file",
      actual: error.message
    }));
    if (!read.ok) {
      results[index] = refusedFile(
        document.path,
        config2,
        read.empty ? "file-empty" : "file-unreadable",
        read.reason,
        read
      );
      progress();
      continue;
    }
    const blobId = gitBlobId(read.bytes);
    keys[index] = cacheKey(document.path, blobId);
    const cached = cache.get(keys[index]);
    if (cached) {
      results[index] = cached;
      recalled++;
      progress();
      continue;
    }
    jobs.push({
      index,
      path: document.path,
      source: read.source,
      ...inGit ? { blobId } : {},
      ...document.kindHint ? { kindHint: document.kindHint } : {}
    });
  }
  const parsed = await parseWhenNeeded(jobs, config2, {
    workers: options.workers ?? "auto",
    onDone: progress
  });
  jobs.forEach((job, position) => results[job.index] = parsed[position]);
  const entries = /* @__PURE__ */ new Map();
  results.forEach((result, index) => {
    const key = keys[index];
    if (key && result?.parsed) entries.set(key, result);
  });
  return {
    files: results.map((result) => deserializeChecked(result)),
    entries,
    recalled,
    parsedCount: jobs.length
  };
}
function documentsOf(result) {
  return result.files.flatMap(({ parsed }) => parsed ? [parsed.document] : []);
}
async function readPromptRevisions(cwd, parsed, config2, onNotice = () => void 0) {
  const prompts = parsed.filter(
    (entry) => entry.document.kind === "prompt" && isInsideFolder(resolve8(cwd), resolve8(cwd, entry.document.identity.path))
  );
  if (prompts.length === 0) return /* @__PURE__ */ new Map();
  const { promptVersionOf } = await import("./cli-promptVersionOf-WSCEC6QM.js");
  if (await isShallowClone(cwd))
    onNotice(
      "planmark: this is a shallow clone, so the prompts' history is missing: prompt-version-unbumped could not be checked against past commits, only against uncommitted edits. Fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)."
    );
  const histories = await gitFileHistories(
    cwd,
    prompts.map((prompt) => prompt.document.identity.path)
  );
  const blobs = await readBlobs(cwd, [
    ...new Set([...histories.values()].flat().map((revision) => revision.blobId))
  ]);
  const revisions = /* @__PURE__ */ new Map();
  prompts.forEach((prompt) => {
    const history = histories.get(prompt.document.identity.path) ?? [];
    const committed = history.map(({ commit, blobId: blobId2 }) => {
      const version = promptVersionOf(blobs.get(blobId2) ?? "");
      return version === void 0 ? { commit, blobId: blobId2 } : { commit, blobId: blobId2, version };
    });
    const { blobId } = prompt.document.identity;
    const current = prompt.document.kind === "prompt" ? prompt.document.version : void 0;
    const working = blobId && blobId !== committed[0]?.blobId ? [{ commit: null, blobId, ...current ? { version: current } : {} }] : [];
    checkPromptHistory(prompt, [...working, ...committed], config2.rules);
    revisions.set(prompt.document.identity.path, committed);
  });
  return revisions;
}

// src/pipeline/inputsFingerprint.ts
import { createHash as createHash3 } from "node:crypto";
import { realpath as realpath6 } from "node:fs/promises";
import { resolve as resolve9 } from "node:path";
async function inputsFingerprint(cwd, paths, config2) {
  const found = await findDocuments(cwd, paths, config2);
  const realCwd = await realpath6(cwd);
  const lines = [];
  for (let start = 0; start < found.length; start += 64) {
    const batch = found.slice(start, start + 64);
    const reads = await Promise.all(
      batch.map(
        (document) => readDocumentFile(resolve9(cwd, document.path), config2.maxFileBytes, realCwd).catch(
          (error) => ({ ok: false, reason: error.message })
        )
      )
    );
    batch.forEach((document, index) => {
      const read = reads[index];
      lines.push(`${document.path}\0${read?.ok ? gitBlobId(read.bytes) : `!${read?.reason}`}`);
    });
  }
  return createHash3("sha256").update(lines.join("\n")).digest("hex");
}

// src/pipeline/analyze.ts
async function analyze(paths, options = {}) {
  return analyzeChecked(await checkFiles(paths, options), options);
}
async function analyzeShard(paths, options) {
  const check = await checkFiles(paths, options);
  const cwd = options.cwd ?? process.cwd();
  const head = await runGit(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  const shard = {
    format: "planmark-shard",
    version: package_default.version,
    stamp: cacheStamp(check.config),
    index: options.shard.index,
    count: options.shard.count,
    paths: [...paths],
    commit: head?.trim() || null,
    inputs: await inputsFingerprint(cwd, paths, check.config),
    files: check.files.map(({ file, parsed }) => serializeChecked(file, parsed))
  };
  return `${JSON.stringify(shard)}
`;
}
async function mergeShards(texts, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const config2 = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config);
  const shards = texts.map((text, position) => {
    let shard;
    try {
      shard = JSON.parse(text);
    } catch (error) {
      throw new ShardError(`shard ${position + 1}: ${error.message}`);
    }
    const problem = shardProblem(shard);
    if (problem) throw new ShardError(`shard ${position + 1}: ${problem}`);
    return shard;
  });
  const count = shards[0]?.count ?? 0;
  const indices = shards.map((shard) => shard.index).sort((a, b) => a - b);
  if (shards.length === 0 || indices.some((index, position) => index !== position) || indices.length !== count) {
    throw new ShardError(
      `expected the shards 1 to ${count || "n"} of one run, each once; found ${indices.map((index) => index + 1).join(", ") || "none"}`
    );
  }
  if (shards.some((shard) => shard.stamp !== cacheStamp(config2) || shard.count !== count)) {
    throw new ShardError(
      "the shards were made by another planmark build or configuration than this merge uses"
    );
  }
  const first = shards[0];
  const describe2 = (shard) => `shard ${shard.index + 1}: commit ${shard.commit?.slice(0, 12) ?? "none"}, inputs ${shard.inputs.slice(0, 12)}`;
  if (shards.some(
    (shard) => shard.commit !== first.commit || shard.inputs !== first.inputs || JSON.stringify(shard.paths) !== JSON.stringify(first.paths)
  )) {
    throw new ShardError(
      `the shards were made from different commits, working trees or paths (${shards.map(describe2).join("; ")}); run every shard on one checkout`
    );
  }
  const seen = /* @__PURE__ */ new Set();
  for (const file of shards.flatMap((shard) => shard.files)) {
    if (seen.has(file.path)) throw new ShardError(`${file.path} is in more than one shard`);
    seen.add(file.path);
  }
  const files = shards.flatMap((shard) => shard.files).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map(deserializeChecked);
  return analyzeChecked(await finishCheck(files, cwd, shards[0]?.paths ?? [], config2), options);
}
function shardProblem(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "not a JSON object";
  const shard = value;
  if (shard.format !== "planmark-shard") return "not a planmark shard";
  if (typeof shard.version !== "string" || typeof shard.stamp !== "string")
    return "no version or stamp";
  const { index, count } = shard;
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(index) || index < 0 || index >= count)
    return "no shard number i of n";
  if (!Array.isArray(shard.paths) || !shard.paths.every((path) => typeof path === "string"))
    return "/paths is not a list of paths";
  if (shard.commit !== null && typeof shard.commit !== "string") return "no commit";
  if (typeof shard.inputs !== "string") return "no fingerprint of its inputs";
  if (!Array.isArray(shard.files)) return "/files is not a list";
  for (const [position, file] of shard.files.entries()) {
    const problem = checkedFileProblem(file);
    if (problem) return `/files/${position}: ${problem}`;
  }
  return void 0;
}
async function analyzeChecked(check, options) {
  const cwd = options.cwd ?? process.cwd();
  const { config: config2 } = check;
  const metricsDir = options.outDir ?? config2.metricsDir;
  if (options.outDir === void 0) await checkOutputPath(cwd, metricsDir, "metricsDir");
  await checkOutputPath(cwd, config2.reportsDir, "reportsDir");
  const globs = documentGlobs(config2);
  const read = new Set(check.files.map(({ file }) => file.path));
  const configFile = relative5(cwd, resolve10(cwd, options.configPath ?? "planmark.config.json"));
  const [source, moves, remote] = await Promise.all([
    gitSource(cwd, (path) => path === configFile || read.has(path) || globs.isDocument(path)),
    gitMoves(cwd),
    config2.repository ? Promise.resolve(null) : gitRemoteRepository(cwd)
  ]);
  const documents = check.files.flatMap(({ parsed }) => parsed ? [parsed] : []);
  const ledgerPath = `${metricsDir}/evidence.jsonl`;
  const ledger = config2.evidence.outcomes ? await outcomeLedger(cwd, ledgerPath, documents, check.planEvidence, options) : void 0;
  const analytics = aggregate(documents, {
    config: config2,
    source,
    promptRevisions: check.promptRevisions,
    moves,
    evidence: check.planEvidence,
    repository: config2.repository ?? remote,
    plans: check.plans
  });
  const outputs = [
    { path: `${metricsDir}/plans.json`, content: stableJson(analytics.plans) },
    {
      path: `${metricsDir}/agent_performance.json`,
      content: stableJson(analytics.agentPerformance)
    },
    { path: `${metricsDir}/task_analytics.json`, content: stableJson(analytics.taskAnalytics) },
    {
      path: `${metricsDir}/prompt_effectiveness.json`,
      content: stableJson(analytics.promptEffectiveness)
    },
    {
      path: `${config2.reportsDir}/report.md`,
      content: renderReport(analytics, { reportDir: config2.reportsDir })
    },
    ...ledger ? [{ path: ledgerPath, content: ledger }] : []
  ];
  return { check, analytics, outputs };
}
async function outcomeLedger(cwd, path, documents, evidence, options) {
  const text = await readLedgerFile(cwd, path);
  const { entries, problems } = parseLedger(text ?? "");
  for (const problem of problems)
    options.onNotice?.(
      `${path}:${problem.line}:1: evidence ledger: ${problem.reason}; the line was skipped.`
    );
  const known = new Set(entries.map(ledgerKey));
  const queries = documents.flatMap(({ document }) => {
    const commit = evidence.get(document.identity.path)?.lastCommit;
    const plan = document.identity.planId ?? document.identity.path;
    return document.kind === "plan" && commit && !known.has(ledgerKey({ plan, commit })) ? [{ plan, commit }] : [];
  });
  const learned = options.learnPulls && queries.length > 0 ? await options.learnPulls(queries) : [];
  const ledger = mergeLedger(entries, learned);
  const byKey = new Map(ledger.map((entry) => [ledgerKey(entry), entry]));
  for (const { document } of documents) {
    const found = evidence.get(document.identity.path);
    const plan = document.identity.planId ?? document.identity.path;
    const entry = found?.lastCommit && byKey.get(ledgerKey({ plan, commit: found.lastCommit }));
    if (found && entry && entry.pull) found.pull = entry.pull;
  }
  return text === void 0 && ledger.length === 0 ? void 0 : serializeLedger(ledger);
}

// src/pipeline/summarize.ts
function summarize(result) {
  const kinds3 = {};
  const dialects = {};
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const { file, parsed } of result.files) {
    const kind = parsed?.document.kind ?? "unreadable";
    kinds3[kind] = (kinds3[kind] ?? 0) + 1;
    if (parsed) {
      const dialect = dialectOf(parsed.document);
      dialects[dialect] = (dialects[dialect] ?? 0) + 1;
    }
    for (const message of file.messages) {
      const severity = severityOf(message);
      if (severity === "error") errors++;
      else if (severity === "warning") warnings++;
      else infos++;
    }
  }
  const byKind = Object.entries(kinds3).sort(([a], [b]) => a < b ? -1 : 1).map(([kind, count]) => `${count} ${kind}`).join(", ");
  const byDialect = Object.entries(dialects).filter(([dialect]) => dialect !== "planmark" && dialect !== "generic").sort(([a], [b]) => a < b ? -1 : 1).map(([dialect, count]) => `${count} ${dialect}`).join(", ");
  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const found = byDialect ? `${byKind}; dialects: ${byDialect}` : byKind || "none";
  const line = `planmark: ${plural(result.files.length, "document")} checked (${found}): ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}`;
  return { documents: result.files.length, kinds: kinds3, dialects, errors, warnings, infos, line };
}
function failingCount(summary, failOn) {
  return failOn === "error" ? summary.errors : failOn === "warning" ? summary.errors + summary.warnings : 0;
}

// src/cli/parseCommandArgs.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, help, config2) {
  try {
    return parseArgs(config2);
  } catch (error) {
    const code = error.code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) throw error;
    const message = error.message;
    const usage2 = `${help.split("\n")[0]}
Run planmark ${command} --help for the options.`;
    const option = /^Unknown option '([^']*)'/.exec(message)?.[1];
    if (option !== void 0) {
      const names = Object.entries(config2.options).map(
        ([name]) => `--${name}`
      );
      const suggestion = didYouMean(option.replace(/=.*$/, ""), names);
      throw new UsageError(
        `unknown option ${inertText(option)}${suggestion ? `; did you mean ${suggestion}?` : ""}
${usage2}`
      );
    }
    const missing = /^Option '([^']*?)(?: <value>)?' argument missing/.exec(message)?.[1];
    if (missing !== void 0)
      throw new UsageError(`${missing.split(", ").at(-1)} needs a value
${usage2}`);
    const positional = /^Unexpected argument '([^']*)'/.exec(message)?.[1];
    if (positional !== void 0)
      throw new UsageError(`unexpected argument ${inertText(positional)}
${usage2}`);
    throw new UsageError(`${message.replace(/\. To specify .*$/s, "")}
${usage2}`);
  }
}

// src/cli/pipelineFlags.ts
import { resolve as resolve11 } from "node:path";
var pipelineFlagOptions = {
  cache: { type: "string" },
  "no-cache": { type: "boolean", default: false },
  workers: { type: "string" }
};
var pipelineFlagHelp = `  --cache <dir>      Incremental cache folder (default: .planmark-cache)
  --no-cache         Read and parse every file
  --workers <n>      Parse in n worker threads (default: by CPU count, from 64 files; 0: none)`;
function pipelineOptions(values, folders, io) {
  const workers = values.workers === void 0 ? "auto" : Number(values.workers);
  if (workers !== "auto" && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
    throw new UsageError(`--workers must be a whole number from 0 to 64, found ${values.workers}`);
  }
  return {
    ...values["no-cache"] ? {} : {
      // The default beside the configuration; a named folder from where the user is.
      cacheDir: values.cache === void 0 ? resolve11(folders.root, ".planmark-cache") : resolve11(folders.working, values.cache),
      // The default folder may be a committed link; a folder named with --cache is the user's choice.
      confineCache: values.cache === void 0
    },
    workers,
    onNotice: (message) => io.stderr.write(`${message}
`)
  };
}

// src/cli/noDocumentsFound.ts
import { relative as relative6 } from "node:path";
function noDocumentsFound(config2, project) {
  const where = project.paths.length > 0 ? project.paths.join(", ") : ".";
  const globs = Object.values(config2.documents).flat().join(", ");
  const from = relative6(project.working, project.root) || ".";
  const configured = project.configPath ? `the "documents" globs of ${relative6(project.working, project.configPath) || project.configPath}` : 'the "documents" globs of a planmark.config.json';
  return new UsageError(
    `no documents found in ${where} (from ${from}); globs tried: ${globs} (ignored: ${config2.ignore.join(", ")}). Name the files, or set ${configured}.`
  );
}

// src/cli/terminalAbilities.ts
function terminalAbilities(io, stream) {
  const { isTTY, columns } = io[stream];
  const dumb = io.env.TERM === "dumb";
  const force = io.env.FORCE_COLOR;
  const forced = force !== void 0 && force !== "0" && force !== "false";
  const forbidden = force === "0" || force === "false" || Boolean(io.env.NO_COLOR) || dumb;
  return {
    color: forced || !forbidden && isTTY === true,
    progress: isTTY === true && !dumb,
    ...isTTY === true && columns && columns > 0 ? { columns } : {}
  };
}

// src/cli/projectFolders.ts
import { realpathSync as realpathSync3 } from "node:fs";
import { relative as relative7, resolve as resolve13 } from "node:path";

// src/cli/workingDirectory.ts
import { statSync as statSync2 } from "node:fs";
import { resolve as resolve12 } from "node:path";
function workingDirectory(io, cwdFlag) {
  if (!cwdFlag) return io.cwd;
  const folder = resolve12(io.cwd, cwdFlag);
  const info = statSync2(folder, { throwIfNoEntry: false });
  if (!info) throw new UsageError(`--cwd ${cwdFlag}: the folder ${folder} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`--cwd ${cwdFlag}: ${folder} is not a folder`);
  return folder;
}

// src/cli/projectFolders.ts
async function projectFolders(io, values, positionals, options) {
  const working = workingDirectory(io, values.cwd);
  if (values.config !== void 0)
    return { working, root: working, configPath: values.config, paths: [...positionals] };
  const { root: root2, configPath } = await findProjectConfig(working);
  const real = realpathSync3(working);
  if (root2 === real) return { working, root: working, configPath, paths: [...positionals] };
  const named = positionals.map((path) => relative7(root2, resolve13(real, path)) || ".");
  return {
    working,
    root: root2,
    configPath,
    paths: named.length === 0 && options.defaultToWorkingFolder ? [relative7(root2, real)] : named
  };
}

// src/cli/writeOutput.ts
import { dirname as dirname4, resolve as resolve14 } from "node:path";
async function writeOutput(cwd, output, namedDir) {
  const named = namedDir !== void 0 && resolve14(cwd, dirname4(output.path)) === resolve14(cwd, namedDir);
  const setting = output.path.endsWith(".md") ? "reportsDir" : "metricsDir";
  const path = named ? resolve14(cwd, output.path) : await checkOutputPath(cwd, output.path, `The ${setting} file`);
  return writeFileAtomic(path, output.content);
}

// src/cli/analyzeCommand.ts
var analyzeHelp = `Usage: planmark analyze [paths...] [options]

Check the documents, then compute and write the analytics: plans.json,
agent_performance.json, task_analytics.json, prompt_effectiveness.json (in
metricsDir) and report.md (in reportsDir). Files whose bytes would not change
are not rewritten. Findings do not fail analyze; use planmark check for that.

Options:
  --out <dir>       Folder for the JSON files, anywhere (default: config
                    metricsDir, agents/performance/metrics/current, which
                    must be inside the repository, through no link)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  --json            Print what was written as JSON
  --shard <i/n>     Check only shard i of n (1 ≤ i ≤ n) and write it to
                    --shard-out, for planmark merge (a sharded CI matrix)
  --shard-out <f>   The shard file to write
${pipelineFlagHelp}
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, missing path, invalid configuration, an
output folder outside the repository or through a link, or a git failure.`;
async function analyzeCommand(args, io) {
  const { values, positionals } = parseCommandArgs("analyze", analyzeHelp, {
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      config: { type: "string" },
      cwd: { type: "string" },
      json: { type: "boolean", default: false },
      shard: { type: "string" },
      "shard-out": { type: "string" },
      ...pipelineFlagOptions,
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout.write(`${analyzeHelp}
`);
    return 0;
  }
  const project = await projectFolders(io, values, positionals, { defaultToWorkingFolder: false });
  const cwd = project.root;
  const out = values.out === void 0 || project.root === project.working ? values.out : resolve15(project.working, values.out);
  const interactive = !values.json && terminalAbilities(io, "stderr").progress;
  if (values.shard !== void 0) return writeShard(values, project, io);
  const result = await analyze(project.paths, {
    cwd,
    configPath: project.configPath,
    outDir: out,
    ...pipelineOptions(values, project, io),
    onProgress: interactive ? (done, total) => io.stderr.write(`\rplanmark: read ${done}/${total}`) : void 0
  });
  if (interactive) io.stderr.write("\r\x1B[K");
  if (result.check.files.length === 0) throw noDocumentsFound(result.check.config, project);
  const written = [];
  for (const output of result.outputs) {
    written.push({
      path: output.path,
      changed: await writeOutput(cwd, output, out)
    });
  }
  const summary = summarize(result.check);
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ outputs: written, source: result.analytics.plans.source, errors: summary.errors, warnings: summary.warnings }, null, 2)}
`
    );
    return 0;
  }
  io.stderr.write(`${summary.line}
`);
  const shown = (path) => cwd === project.working || isAbsolute3(path) ? path : relative8(project.working, resolve15(cwd, path));
  for (const { path, changed } of written)
    io.stdout.write(`${changed ? "wrote    " : "unchanged"} ${inertText(shown(path))}
`);
  const report2 = written.find((output) => output.path.endsWith("report.md"));
  if (report2) io.stdout.write(`
Report: ${inertText(shown(report2.path))}
`);
  return 0;
}
async function writeShard(values, project, io) {
  const match = /^(\d+)\/(\d+)$/.exec(values.shard ?? "");
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || index > count)
    throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n, found ${values.shard}`);
  if (!values["shard-out"]) throw new UsageError("--shard needs --shard-out <file>");
  const text = await analyzeShard(project.paths, {
    cwd: project.root,
    configPath: project.configPath,
    ...pipelineOptions(values, project, io),
    shard: { index: index - 1, count }
  });
  await writeFileAtomic(resolve15(io.cwd, values["shard-out"]), text);
  io.stdout.write(`wrote shard ${index}/${count} to ${values["shard-out"]}
`);
  return 0;
}

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/string-width/index.js
var import_eastasianwidth = __toESM(require_eastasianwidth(), 1);
var import_emoji_regex = __toESM(require_emoji_regex(), 1);
function stringWidth(string, options) {
  if (typeof string !== "string" || string.length === 0) {
    return 0;
  }
  options = {
    ambiguousIsNarrow: true,
    countAnsiEscapeCodes: false,
    ...options
  };
  if (!options.countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  const ambiguousCharacterWidth = options.ambiguousIsNarrow ? 1 : 2;
  let width = 0;
  for (const { segment: character } of new Intl.Segmenter().segment(string)) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (codePoint >= 768 && codePoint <= 879) {
      continue;
    }
    if ((0, import_emoji_regex.default)().test(character)) {
      width += 2;
      continue;
    }
    const code = import_eastasianwidth.default.eastAsianWidth(character);
    switch (code) {
      case "F":
      case "W": {
        width += 2;
        break;
      }
      case "A": {
        width += ambiguousCharacterWidth;
        break;
      }
      default: {
        width += 1;
      }
    }
  }
  return width;
}

// node_modules/vfile-sort/lib/index.js
function compareFile(a, b) {
  return compareString(a, b, "path");
}
function compareMessage(a, b) {
  return compareNumber(a, b, "line") || compareNumber(a, b, "column") || compareBoolean(a, b, "fatal") || compareString(a, b, "source") || compareString(a, b, "ruleId") || compareString(a, b, "reason");
}
function compareBoolean(a, b, field) {
  return scoreNullableBoolean(a[field]) - scoreNullableBoolean(b[field]);
}
function compareNumber(a, b, field) {
  return (a[field] || 0) - (b[field] || 0);
}
function compareString(a, b, field) {
  return String(a[field] || "").localeCompare(String(b[field] || ""));
}
function scoreNullableBoolean(value) {
  return value ? 0 : value === false ? 1 : 2;
}

// node_modules/vfile-statistics/lib/index.js
function statistics(value) {
  const result = { fatal: 0, warn: 0, info: 0 };
  if (!value) {
    throw new TypeError(
      "Expected file or message for `value`, not `" + value + "`"
    );
  }
  if (Array.isArray(value)) {
    list(value);
  } else {
    one(value);
  }
  return {
    fatal: result.fatal,
    nonfatal: result.warn + result.info,
    warn: result.warn,
    info: result.info,
    total: result.fatal + result.warn + result.info
  };
  function list(value2) {
    let index = -1;
    while (++index < value2.length) {
      one(value2[index]);
    }
  }
  function one(value2) {
    if ("messages" in value2) return list(value2.messages);
    result[value2.fatal ? "fatal" : value2.fatal === false ? "warn" : "info"]++;
  }
}

// node_modules/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if ("GITHUB_ACTIONS" in env || "GITEA_ACTIONS" in env) {
      return 3;
    }
    if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/vfile-reporter/lib/color.node.js
var color = supports_color_default.stderr.hasBasic;

// node_modules/vfile-reporter/lib/index.js
var eol = /\r?\n|\r/;
function reporter(files, options) {
  if (
    // Nothing.
    !files || // Error.
    "name" in files && "message" in files
  ) {
    throw new TypeError(
      "Unexpected value for `files`, expected one or more `VFile`s"
    );
  }
  const settings = options || {};
  const colorEnabled = typeof settings.color === "boolean" ? settings.color : color;
  let oneFileMode = false;
  if (Array.isArray(files)) {
  } else {
    oneFileMode = true;
    files = [files];
  }
  return serializeRows(
    createRows(
      {
        defaultName: settings.defaultName || void 0,
        oneFileMode,
        quiet: settings.quiet || false,
        silent: settings.silent || false,
        traceLimit: typeof settings.traceLimit === "number" ? settings.traceLimit : 10,
        verbose: settings.verbose || false,
        bold: colorEnabled ? "\x1B[1m" : "",
        underline: colorEnabled ? "\x1B[4m" : "",
        normalIntensity: colorEnabled ? "\x1B[22m" : "",
        noUnderline: colorEnabled ? "\x1B[24m" : "",
        red: colorEnabled ? "\x1B[31m" : "",
        cyan: colorEnabled ? "\x1B[36m" : "",
        green: colorEnabled ? "\x1B[32m" : "",
        yellow: colorEnabled ? "\x1B[33m" : "",
        defaultColor: colorEnabled ? "\x1B[39m" : ""
      },
      files
    )
  );
}
function createAncestorsLines(state, ancestors) {
  const min = ancestors.length > state.traceLimit ? ancestors.length - state.traceLimit : 0;
  let index = ancestors.length;
  const lines = [];
  if (index > min) {
    lines.unshift("  " + state.bold + "[trace]" + state.normalIntensity + ":");
  }
  while (index-- > min) {
    const node = ancestors[index];
    const value = node;
    const name = (
      // `hast`
      typeof value.tagName === "string" ? value.tagName : (
        // `xast` (and MDX JSX elements)
        typeof value.name === "string" ? value.name : void 0
      )
    );
    const position = stringifyPosition(node.position);
    lines.push(
      "    at " + state.yellow + node.type + (name ? "<" + name + ">" : "") + state.defaultColor + (position ? " (" + position + ")" : "")
    );
  }
  return lines;
}
function createByline(state, stats) {
  let result = "";
  if (stats.fatal) {
    result = state.red + "✖" + state.defaultColor + " " + stats.fatal + " " + (fatalToLabel(true) + (stats.fatal === 1 ? "" : "s"));
  }
  if (stats.warn) {
    result = (result ? result + ", " : "") + (state.yellow + "⚠" + state.defaultColor) + " " + stats.warn + " " + (fatalToLabel(false) + (stats.warn === 1 ? "" : "s"));
  }
  if (stats.total !== stats.fatal && stats.total !== stats.warn) {
    result = stats.total + " messages (" + result + ")";
  }
  return result;
}
function createCauseLines(state, cause) {
  const lines = ["  " + state.bold + "[cause]" + state.normalIntensity + ":"];
  let foundReasonableCause = false;
  if (cause !== null && typeof cause === "object") {
    const stackValue = ("stack" in cause ? String(cause.stack) : void 0) || ("message" in cause ? String(cause.message) : void 0);
    if (typeof stackValue === "string") {
      foundReasonableCause = true;
      let causeLines;
      if ("file" in cause && "fatal" in cause) {
        causeLines = createMessageLine(
          state,
          /** @type {VFileMessage} */
          cause
        );
      } else {
        causeLines = stackValue.split(eol);
        if ("cause" in cause && cause.cause) {
          causeLines.push(...createCauseLines(state, cause.cause));
        }
      }
      const head = causeLines[0];
      if (typeof head === "string") {
        causeLines[0] = "    " + head;
      } else {
        head[0] = "    " + head[0];
      }
      lines.push(...causeLines);
    }
  }
  if (!foundReasonableCause) {
    lines.push("    " + cause);
  }
  return lines;
}
function createFileLine(state, file) {
  const stats = statistics(file.messages);
  const fromPath = file.history[0];
  const toPath = file.path;
  let left = "";
  let right = "";
  if (!state.oneFileMode || state.defaultName || fromPath) {
    const name = fromPath || state.defaultName || "<stdin>";
    left = state.underline + (stats.fatal ? state.red : stats.total ? state.yellow : state.green) + name + state.defaultColor + state.noUnderline + (file.stored && name !== toPath ? " > " + toPath : "");
  }
  if (file.stored) {
    right = state.yellow + "written" + state.defaultColor;
  } else if (!stats.total) {
    right = "no issues found";
  }
  return left && right ? left + ": " + right : left + right;
}
function createNoteLines(state, note) {
  const noteLines = note.split(eol);
  let index = -1;
  while (++index < noteLines.length) {
    noteLines[index] = "    " + noteLines[index];
  }
  return [
    "  " + state.bold + "[note]" + state.normalIntensity + ":",
    ...noteLines
  ];
}
function createMessageLine(state, message) {
  const label = fatalToLabel(message.fatal);
  let reason = message.stack || message.message;
  const match = eol.exec(reason);
  let rest = [];
  if (match) {
    rest = reason.slice(match.index + 1).split(eol);
    reason = reason.slice(0, match.index);
  }
  const place = message.place || message.position;
  const row = [
    stringifyPosition(place),
    (label === "error" ? state.red : state.yellow) + label + state.defaultColor,
    formatReason(state, reason),
    message.ruleId || "",
    message.source || ""
  ];
  if (message.cause) {
    rest.push(...createCauseLines(state, message.cause));
  }
  if (state.verbose && message.url) {
    rest.push(...createUrlLines(state, message.url));
  }
  if (state.verbose && message.note) {
    rest.push(...createNoteLines(state, message.note));
  }
  if (state.verbose && message.ancestors) {
    rest.push(...createAncestorsLines(state, message.ancestors));
  }
  return [row, ...rest];
}
function createRows(state, files) {
  const sortedFiles = [...files].sort(compareFile);
  const all = [];
  let index = -1;
  const rows = [];
  let lastWasMessage = false;
  while (++index < sortedFiles.length) {
    const file = sortedFiles[index];
    const messages = [...file.messages].sort(compareMessage);
    const messageRows = [];
    let offset = -1;
    while (++offset < messages.length) {
      const message = messages[offset];
      if (!state.silent || message.fatal) {
        all.push(message);
        messageRows.push(...createMessageLine(state, message));
      }
    }
    if (!state.quiet && !state.silent || messageRows.length > 0) {
      const line = createFileLine(state, file);
      if (lastWasMessage && line) rows.push("");
      if (line) rows.push(line);
      if (messageRows.length > 0) rows.push(...messageRows);
      lastWasMessage = messageRows.length > 0;
    }
  }
  const stats = statistics(all);
  if (stats.fatal || stats.warn) {
    rows.push("", createByline(state, stats));
  }
  return rows;
}
function createUrlLines(state, url) {
  return [
    "  " + state.bold + "[url]" + state.normalIntensity + ":",
    "    " + url
  ];
}
function formatReason(state, reason) {
  const result = [];
  const splits = [];
  let index = reason.indexOf("`");
  while (index !== -1) {
    const split = { index, size: 1 };
    splits.push(split);
    while (reason.codePointAt(index + 1) === 96) {
      split.size++;
      index++;
    }
    index = reason.indexOf("`", index + 1);
  }
  index = -1;
  let textStart = 0;
  while (++index < splits.length) {
    let closeIndex = index;
    let close;
    while (++closeIndex < splits.length) {
      if (splits[index].size === splits[closeIndex].size) {
        close = splits[closeIndex];
        break;
      }
    }
    if (close) {
      const codeStart = splits[index].index;
      const codeEnd = close.index + close.size;
      result.push(
        reason.slice(textStart, codeStart) + state.cyan + reason.slice(codeStart, codeEnd) + state.defaultColor
      );
      textStart = codeEnd;
      index = closeIndex;
    }
  }
  result.push(reason.slice(textStart));
  return state.bold + result.join("") + state.normalIntensity;
}
function fatalToLabel(value) {
  return value ? "error" : value === false ? "warning" : "info";
}
function serializeRows(rows) {
  const sizes = [];
  let index = -1;
  while (++index < rows.length) {
    const row = rows[index];
    if (typeof row === "string") {
    } else {
      let cellIndex = -1;
      while (++cellIndex < row.length) {
        const current = sizes[cellIndex] || 0;
        const size = stringWidth(row[cellIndex]);
        if (size > current) {
          sizes[cellIndex] = size;
        }
      }
    }
  }
  const lines = [];
  index = -1;
  while (++index < rows.length) {
    const row = rows[index];
    let line = "";
    if (typeof row === "string") {
      line = row;
    } else {
      let cellIndex = -1;
      while (++cellIndex < row.length) {
        const cell = row[cellIndex] || "";
        const max = (sizes[cellIndex] || 0) + 1;
        line += cell + " ".repeat(max - stringWidth(cell));
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.join("\n");
}

// src/core/render/encodePath.ts
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/core/render/sarifLog.ts
var levels = { error: "error", warning: "warning", info: "note" };
var rulesHelp = "https://github.com/planmark/planmark/blob/main/docs/rules.md";
function sarifLog(files, version) {
  const ruleIds = [
    ...new Set(files.flatMap((file) => file.messages.map((message) => ruleIdOf(message))))
  ].sort();
  const rules = ruleIds.map((id) => {
    const info = Object.hasOwn(ruleCatalog, id) ? ruleCatalog[id] : void 0;
    return {
      id,
      ...info ? {
        shortDescription: { text: info.summary },
        defaultConfiguration: { level: levels[info.severity] }
      } : {},
      helpUri: `${rulesHelp}#${id}`
    };
  });
  const results = files.flatMap(
    (file) => file.messages.map((message) => {
      const ruleId = ruleIdOf(message);
      const start = message.place && "start" in message.place ? message.place.start : message.place;
      const end = message.place && "end" in message.place ? message.place.end : void 0;
      const region = start?.line != null ? {
        startLine: start.line,
        ...start.column != null ? { startColumn: start.column } : {},
        ...end?.line != null ? { endLine: end.line } : {},
        ...end?.column != null ? { endColumn: end.column } : {}
      } : void 0;
      return {
        ruleId,
        ruleIndex: ruleIds.indexOf(ruleId),
        level: levels[severityOf(message)],
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodePath(file.path), uriBaseId: "%SRCROOT%" },
              ...region ? { region } : {}
            }
          }
        ]
      };
    })
  );
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "planmark",
            version,
            informationUri: "https://github.com/planmark/planmark",
            rules
          }
        },
        results
      }
    ]
  };
}
function ruleIdOf(message) {
  return message.ruleId ?? "planmark";
}

// src/core/render/progressRows.ts
function progressRows(documents) {
  return documents.flatMap((document) => {
    const { checked, unchecked } = document.checkboxes;
    const total = checked + unchecked;
    if (total === 0 && document.kind !== "plan") return [];
    const row = {
      path: document.identity.path,
      kind: document.kind,
      done: checked,
      total
    };
    if ("agent" in document && document.agent) row.agent = document.agent;
    if (document.kind === "plan" && document.finalStatus?.completionStatus)
      row.claimed = document.finalStatus.completionStatus;
    return [row];
  });
}
function percent(row) {
  return row.total === 0 ? "-" : `${(100 * row.done / row.total).toFixed(0)}%`;
}

// src/cli/textTable.ts
var gap = "  ";
var ellipsis = "…";
function textTable(rows, options = {}) {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from(
    { length: columns },
    (_, column) => Math.max(0, ...rows.map((row) => [...row[column] ?? ""].length))
  );
  const { shrink, width } = options;
  if (shrink !== void 0 && width !== void 0 && shrink < columns) {
    const total = widths.reduce((sum, value) => sum + value, 0) + gap.length * (columns - 1);
    const over = total - (width - 1);
    if (over > 0) widths[shrink] = Math.max(12, (widths[shrink] ?? 0) - over);
  }
  return rows.map(
    (row) => row.map((cell, column) => {
      const fitted = column === shrink ? shortenMiddle(cell, widths[column] ?? 0) : cell;
      const pad = (widths[column] ?? 0) - [...fitted].length;
      return options.numeric?.has(column) ? " ".repeat(Math.max(0, pad)) + fitted : fitted + " ".repeat(Math.max(0, pad));
    }).join(gap).trimEnd()
  ).join("\n");
}
function shortenMiddle(text, width) {
  const characters = [...text];
  if (characters.length <= width) return text;
  const kept = Math.max(0, width - 1);
  const head = Math.floor(kept / 3);
  const tail = kept - head;
  return characters.slice(0, head).join("") + ellipsis + characters.slice(-tail || Infinity).join("");
}

// src/cli/progressTable.ts
function progressTable(documents, width) {
  const header2 = ["document", "kind", "agent", "claimed", "done", "%"];
  const rows = progressRows(documents).map(
    (row) => [
      row.path,
      row.kind,
      row.agent ?? "-",
      row.claimed ?? "-",
      `${row.done}/${row.total}`,
      percent(row)
    ].map(inertText)
  );
  return textTable([header2, ...rows], { numeric: /* @__PURE__ */ new Set([4, 5]), shrink: 0, width });
}

// src/cli/checkCommand.ts
var checkHelp = `Usage: planmark check [paths...] [options]

Check plans, analyses, reviews, prompts and checklists: parse them as GitHub
does, validate them against their schemas and run the consistency rules.
Paths are files or folders (default: the current folder).

Options:
  --format <text|json|sarif>     Output format (default: text); --json is short for --format json;
                                 sarif is SARIF 2.1.0, for GitHub code scanning
  --fail-on <error|warning|never> Lowest severity that exits 1 (default: config failOn, else error)
  --config <file>                Configuration file (default: planmark.config.json)
  --cwd <dir>                    Run as if started in <dir>
  -q, --quiet                    Text format: only files with messages, no progress table
${pipelineFlagHelp}
  -h, --help                     Show this help

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
2 usage error, missing path or invalid configuration.`;
async function checkCommand(args, io) {
  const { values, positionals } = parseCommandArgs("check", checkHelp, {
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      json: { type: "boolean", default: false },
      "fail-on": { type: "string" },
      config: { type: "string" },
      cwd: { type: "string" },
      quiet: { type: "boolean", short: "q", default: false },
      ...pipelineFlagOptions,
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout.write(`${checkHelp}
`);
    return 0;
  }
  if (values.json) values.format = "json";
  if (values.format !== "text" && values.format !== "json" && values.format !== "sarif")
    throw new UsageError(`--format must be text, json or sarif, found ${values.format}`);
  const failOnFlag = values["fail-on"];
  if (failOnFlag !== void 0 && !["error", "warning", "never"].includes(failOnFlag)) {
    throw new UsageError(`--fail-on must be error, warning or never, found ${failOnFlag}`);
  }
  const project = await projectFolders(io, values, positionals, { defaultToWorkingFolder: true });
  const interactive = values.format === "text" && terminalAbilities(io, "stderr").progress;
  const result = await checkFiles(project.paths, {
    cwd: project.root,
    configPath: project.configPath,
    ...pipelineOptions(values, project, io),
    onProgress: interactive ? (done, total) => io.stderr.write(`\rplanmark: checked ${done}/${total}`) : void 0
  });
  if (interactive) io.stderr.write("\r\x1B[K");
  if (result.files.length === 0) throw noDocumentsFound(result.config, project);
  const summary = summarize(result);
  if (values.format === "json")
    io.stdout.write(`${JSON.stringify(jsonReport(result, summary), null, 2)}
`);
  else if (values.format === "sarif") {
    const files = result.files.map(({ file }) => ({ path: file.path, messages: file.messages }));
    io.stdout.write(`${JSON.stringify(sarifLog(files, package_default.version), null, 2)}
`);
  } else writeText(result, summary, io, values.quiet);
  const failOn = failOnFlag ?? result.config.failOn;
  return failingCount(summary, failOn) > 0 ? 1 : 0;
}
function writeText(result, summary, io, quiet) {
  const { color: color2 } = terminalAbilities(io, "stderr");
  const files = result.files.filter(({ file }) => file.messages.length > 0).map(
    ({ file }) => Object.assign(new VFile({ path: inertText(file.path) }), { messages: file.messages })
  );
  if (files.length > 0) io.stderr.write(`${reporter(files, { color: color2, quiet: true })}
`);
  if (!quiet)
    io.stdout.write(
      `${progressTable(documentsOf(result), terminalAbilities(io, "stdout").columns)}
`
    );
  io.stderr.write(`${summary.line}
`);
}
function jsonReport(result, summary) {
  return {
    documents: result.files.map(({ file, parsed }) => ({
      path: file.path,
      kind: parsed?.document.kind ?? null,
      dialect: parsed ? dialectOf(parsed.document) : null,
      valid: parsed?.valid ?? false,
      checkboxes: parsed?.document.checkboxes ?? null,
      messages: file.messages.map((message) => ({
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: message.place && "end" in message.place ? message.place.end.line : null,
        endColumn: message.place && "end" in message.place ? message.place.end.column : null,
        severity: severityOf(message),
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        reason: message.reason,
        expected: message.expected ?? null,
        actual: message.actual ?? null
      }))
    })),
    summary: {
      documents: summary.documents,
      kinds: summary.kinds,
      dialects: summary.dialects,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos
    }
  };
}

// src/adapters/gitRenames.ts
async function gitRenames(cwd, from, to) {
  const output = await runGit(cwd, [
    "--literal-pathspecs",
    "diff",
    "--relative",
    "--name-status",
    "-M",
    "--diff-filter=R",
    "-z",
    from,
    ...to ? [to] : [],
    "--",
    "."
  ]);
  const renames = /* @__PURE__ */ new Map();
  for (const { from: from2, to: to2 } of renamePairs(output ?? "")) renames.set(from2, to2);
  return renames;
}

// src/adapters/missingRefProblem.ts
async function missingRefProblem(cwd, ref) {
  if (await runGit(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) !== void 0)
    return void 0;
  const remotes = (await runGit(cwd, ["remote"]) ?? "").split("\n").filter(Boolean);
  const slash = ref.indexOf("/");
  const remote = slash > 0 ? ref.slice(0, slash) : void 0;
  if (remote !== void 0 && !remotes.includes(remote) && !ref.startsWith("refs/"))
    return `${ref} names no commit: this repository has no remote named ${remote} (${remotes.length > 0 ? `its remotes: ${remotes.join(", ")}` : "it has no remote"}). Add it (git remote add ${remote} URL, then git fetch ${remote}), or name a local branch such as --base main.`;
  if (remote !== void 0 && remotes.includes(remote))
    return `${ref} names no commit here: fetch it (git fetch ${remote} ${ref.slice(slash + 1)}).`;
  return `${ref} names no commit in this repository: name a branch, tag or commit that exists (git branch -a lists the branches).`;
}

// src/core/aggregate/followRenames.ts
function followRenames(plans, renames) {
  return plans.map((plan) => {
    const path = renames.get(plan.record.path);
    return path ? { ...plan, record: { ...plan.record, path } } : plan;
  });
}

// src/core/render/outcomeLabel.ts
var openLabels = {
  in_progress: "in progress",
  blocked: "blocked",
  unknown: "no status stated"
};
function outcomeLabel(record) {
  const { claimed, verified } = record.status;
  const stated = claimed.replace(/_/g, " ");
  if (verified === "open") return openLabels[claimed] ?? stated;
  if (verified === "success") return "completed, every box ticked";
  if (verified === "unverifiable") return `${stated}, nothing to check it against`;
  if (claimed !== "completed") return stated;
  const { reviewer } = record.status;
  if (reviewer === "failure" || reviewer === "partial")
    return `claims completed, but its reviewer found it ${reviewer === "failure" ? "failed" : "partial"}`;
  return "claims completed, boxes left unticked";
}

// src/core/render/renderPullRequestComment.ts
var commentMarker = "<!-- planmark:pull-request-comment -->";
function renderPullRequestComment(input) {
  const maxLength2 = input.maxLength ?? 6e4;
  const base = new Map(input.base.map((plan) => [plan.record.path, plan]));
  const headPaths = new Set(input.head.map((plan) => plan.record.path));
  const plans = input.head.filter((plan) => input.touched.has(plan.record.path)).sort((a, b) => compareText(a.record.path, b.record.path));
  const removed = input.base.filter(
    (plan) => input.touched.has(plan.record.path) && !headPaths.has(plan.record.path)
  );
  const href = (path, line) => `${input.fileUrl}/${encodePath(path)}${line ? `#L${line}` : ""}`;
  const name = (record) => input.fileUrl ? `[${escapeMarkdown(record.title)}](${href(record.path)})` : `${escapeMarkdown(record.title)} (${escapeMarkdown(record.path)})`;
  const newFindings = plans.flatMap(({ record }) => {
    const before = /* @__PURE__ */ new Map();
    for (const finding of base.get(record.path)?.record.findings ?? [])
      before.set(finding.ruleId, (before.get(finding.ruleId) ?? 0) + 1);
    return record.findings.flatMap((finding) => {
      const left = before.get(finding.ruleId) ?? 0;
      if (left > 0) {
        before.set(finding.ruleId, left - 1);
        return [];
      }
      return [{ record, finding }];
    });
  });
  const change = ({ record, tickedBoxes: tickedBoxes2 }) => {
    const before = base.get(record.path);
    if (!before) return "new plan";
    const { ticked, unticked } = boxChanges(before.tickedBoxes, tickedBoxes2);
    const added = record.progress.total - before.record.progress.total;
    const parts = [
      ...ticked ? [`${ticked} ticked`] : [],
      ...unticked ? [`${unticked} unticked`] : [],
      ...added ? [`${added > 0 ? "+" : ""}${added} box${Math.abs(added) === 1 ? "" : "es"}`] : []
    ];
    return parts.length ? parts.join(", ") : "unchanged";
  };
  const done = (record) => `${record.progress.done}/${record.progress.total}`;
  const header2 = [
    "## planmark",
    "",
    `${plans.length} plan${plans.length === 1 ? "" : "s"} touched by this pull request; ${newFindings.length} new finding${newFindings.length === 1 ? "" : "s"}.`,
    ""
  ];
  const table2 = plans.length ? [
    "| Plan | Agent | Status | Boxes ticked | Change in this pull request |",
    "| --- | --- | --- | ---: | --- |",
    ...plans.map(
      (plan) => `| ${name(plan.record)} | ${escapeMarkdown(plan.record.agent ?? "–")} | ${outcomeLabel(plan.record)} | ${done(plan.record)} | ${change(plan)} |`
    ),
    ...removed.map(
      ({ record }) => `| ${escapeMarkdown(record.title)} (${escapeMarkdown(record.path)}) | ${escapeMarkdown(record.agent ?? "–")} | – | – | removed |`
    ),
    ""
  ] : [];
  const sections = plans.flatMap(({ record }) => sectionDetails(record));
  const findings = newFindings.length ? [
    "### New findings",
    "",
    ...newFindings.map(({ record, finding }) => {
      const where = `${escapeMarkdown(record.title)}, line ${finding.line}`;
      const place = input.fileUrl ? `[${where}](${href(record.path, finding.line)})` : `${where} (${escapeMarkdown(record.path)})`;
      return `- **${finding.severity}** ${place}: ${escapeMarkdown(finding.message)} (\`${finding.ruleId}\`)`;
    }),
    ""
  ] : [];
  const footer = [
    ...input.reportUrl ? [`[Full report](${encodeURI(input.reportUrl)})`, ""] : [],
    commentMarker
  ];
  const optional = [
    { name: "progress by section", lines: sections },
    { name: "new findings", lines: findings },
    { name: "plan table", lines: table2 }
  ];
  const compose = (dropped2) => {
    const note = dropped2.length ? [
      `_Left out to stay within GitHub's comment size: ${dropped2.join(", ")}; see the full report._`,
      ""
    ] : [];
    const kept = (section) => dropped2.includes(section) ? [] : optional.find((candidate) => candidate.name === section)?.lines ?? [];
    return [
      ...header2,
      ...kept("plan table"),
      ...kept("progress by section"),
      ...kept("new findings"),
      ...note,
      ...footer
    ].join("\n") + "\n";
  };
  const dropped = [];
  let body = compose(dropped);
  for (const section of optional.filter((candidate) => candidate.lines.length > 0)) {
    if (body.length <= maxLength2) break;
    dropped.push(section.name);
    body = compose(dropped);
  }
  return { body, truncated: dropped.length > 0 };
}
function sectionDetails(record) {
  const { progress } = record;
  if (progress.phases.length === 0) return [];
  const row = (section, counts2, status = "") => `| ${section} | ${counts2.done}/${counts2.total} | ${status} |`;
  const textStates = progress.boxes.inProgress + progress.boxes.dropped;
  const title = defuseAutolinks(escapeHtml(removeInvisible(record.title))).replace(/\s+/g, " ");
  return [
    `<details><summary>${title}: boxes by section</summary>`,
    "",
    "| Section | Boxes ticked | Status |",
    "| --- | ---: | --- |",
    ...progress.criteria.total > 0 ? [row("Success criteria", progress.criteria)] : [],
    ...progress.phases.map(
      (phase) => row(
        `Phase ${phase.number}: ${escapeMarkdown(phase.name)}`,
        phase,
        (phase.status ?? "").replace(/_/g, " ")
      )
    ),
    ...progress.other.total > 0 ? [row("Other boxes", progress.other)] : [],
    row("**All boxes**", progress),
    "",
    ...textStates > 0 ? [
      `${textStates} item${textStates === 1 ? " is" : "s are"} marked \`[/]\`, \`[~]\` or \`[-]\`: GitHub shows ${textStates === 1 ? "it" : "them"} as text, not as a checkbox, so ${textStates === 1 ? "it is" : "they are"} not counted.`,
      ""
    ] : [],
    "</details>",
    ""
  ];
}

// src/pipeline/plansAtCommits.ts
async function plansAtCommits(cwd, commits, config2, known = /* @__PURE__ */ new Map(), recordsOf) {
  const globs = documentGlobs(config2);
  const listings = await Promise.all(
    commits.map((commit) => commit ? filesAtCommit(cwd, commit) : Promise.resolve([]))
  );
  const documents = listings.map((files) => files.filter((file) => globs.isDocument(file.path)));
  const parsed = /* @__PURE__ */ new Map();
  const unknown = documents.flat().filter((file) => {
    const key = cacheKey(file.path, file.blobId);
    if (parsed.has(key)) return false;
    const checked = known.get(key);
    if (checked) parsed.set(key, deserializeChecked(checked).parsed);
    return !checked;
  });
  const blobs = await readBlobs(cwd, [...new Set(unknown.map((file) => file.blobId))]);
  const jobs = /* @__PURE__ */ new Map();
  for (const file of unknown) {
    const source = blobs.get(file.blobId);
    const kindHint = globs.kindHint(file.path);
    if (source !== void 0)
      jobs.set(cacheKey(file.path, file.blobId), {
        path: file.path,
        source,
        blobId: file.blobId,
        ...kindHint ? { kindHint } : {}
      });
  }
  const results = await parseWhenNeeded([...jobs.values()], config2);
  [...jobs.keys()].forEach(
    (key, index) => parsed.set(key, deserializeChecked(results[index]).parsed)
  );
  const promptVersions = /* @__PURE__ */ new Map();
  return documents.map((files) => {
    const snapshot = files.flatMap((file) => {
      const document = parsed.get(cacheKey(file.path, file.blobId));
      return document ? [{ ...document, file: withOwnMessages(document.file) }] : [];
    });
    for (const { document } of snapshot)
      if (document.kind === "prompt" && document.id && document.version)
        promptVersions.set(
          document.id,
          /* @__PURE__ */ new Set([...promptVersions.get(document.id) ?? [], document.version])
        );
    return checkDocumentSet(snapshot, config2.rules, {
      promptVersions,
      successRateTolerance: config2.successRateTolerance,
      ...recordsOf ? { recordsOf } : {}
    });
  });
}
function withOwnMessages(file) {
  const copy = new VFile({ path: file.path });
  copy.messages.push(...file.messages);
  return copy;
}

// src/pipeline/pullRequestComment.ts
async function pullRequestComment(options) {
  const cwd = options.cwd ?? process.cwd();
  const mergeBase = (await runGit(cwd, ["merge-base", "HEAD", options.base]))?.trim();
  if (!mergeBase) {
    const shallow = await isShallowClone(cwd);
    const problem = shallow ? void 0 : await missingRefProblem(cwd, options.base);
    throw new HistoryError(
      problem ?? `No merge base of HEAD and ${options.base}${shallow ? " in this shallow clone" : ""}: the change is measured at the merge base, so fetch the history (actions/checkout with fetch-depth: 0).`
    );
  }
  const check = options.check ?? await checkFiles([], options);
  const [diff, renames] = await Promise.all([
    runGit(cwd, ["diff", "--relative", "--name-only", "-z", mergeBase, "--", "."]),
    gitRenames(cwd, mergeBase)
  ]);
  const touched = new Set(diff?.split("\0").filter(Boolean) ?? []);
  const [base = []] = await plansAtCommits(
    cwd,
    [mergeBase],
    check.config,
    check.checkedByBlob,
    (path) => touched.has(renames.get(path) ?? path)
  );
  return renderPullRequestComment({
    head: check.plans,
    base: followRenames(base, renames),
    touched,
    ...options.fileUrl ? { fileUrl: options.fileUrl } : {},
    ...options.reportUrl ? { reportUrl: options.reportUrl } : {}
  });
}

// src/cli/commentCommand.ts
var commentHelp = `Usage: planmark comment --base <ref> [options]

Print the pull-request comment for the working tree against a base branch:
the plans the change touches with their progress per phase, the change
measured at the merge base, and the findings the change adds. The body stays
under 60,000 characters by leaving out whole sections, and ends with the
hidden marker that finds the comment again.

Options:
  --base <ref>          The branch the pull request goes into, e.g. origin/main (required)
  --report-url <url>    A link to the full report
  --file-url <url>      Where the head commit's files are, to link plans and
                        findings (e.g. https://github.com/o/r/blob/<sha>)
  --json                Print { body, truncated }
  --config <file>       Configuration file (default: planmark.config.json)
  --cwd <dir>           Run as if started in <dir>
  -h, --help            Show this help

Exit codes: 0 printed; 2 usage error, invalid configuration or no merge base.`;
async function commentCommand(args, io) {
  const { values } = parseCommandArgs("comment", commentHelp, {
    args,
    options: {
      base: { type: "string" },
      "report-url": { type: "string" },
      "file-url": { type: "string" },
      json: { type: "boolean", default: false },
      config: { type: "string" },
      cwd: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      ...pipelineFlagOptions
    }
  });
  if (values.help) {
    io.stdout.write(`${commentHelp}
`);
    return 0;
  }
  if (!values.base) throw new UsageError("--base is required, e.g. --base origin/main");
  const project = await projectFolders(io, values, [], { defaultToWorkingFolder: false });
  const comment = await pullRequestComment({
    cwd: project.root,
    configPath: project.configPath,
    base: values.base,
    ...pipelineOptions(values, project, io),
    ...values["report-url"] ? { reportUrl: values["report-url"] } : {},
    ...values["file-url"] ? { fileUrl: values["file-url"].replace(/\/+$/, "") } : {}
  });
  io.stdout.write(values.json ? `${JSON.stringify(comment, null, 2)}
` : comment.body);
  return 0;
}

// src/cli/initCommand.ts
import { existsSync as existsSync4 } from "node:fs";
import { readFile as readFile6 } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/adapters/packageFiles.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname as dirname5, join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  for (let dir = dirname5(fileURLToPath2(import.meta.url)); dir !== dirname5(dir); dir = dirname5(dir)) {
    const manifest = join4(dir, "package.json");
    if (existsSync2(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "planmark")
      return root = dir;
  }
  throw new Error("planmark cannot find its own package.json (templates are read from beside it)");
}
function readPackageTemplate(path) {
  return readFileSync(join4(packageRoot(), "templates", path), "utf8");
}

// src/core/newDocumentPath.ts
var newDocumentTemplates = {
  plan: "execution-plan.md",
  analysis: "plan-analysis.md",
  review: "agent-review.md",
  prompt: "prompt.md"
};
function newDocumentPath(kind, facts) {
  const slug = (text, fallback) => (text ?? "").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || fallback;
  const base = "agents/performance";
  if (kind === "plan")
    return `${base}/execution_plans/${facts.date}_${slug(facts.agent, "agent")}_${slug(facts.title, "plan")}.md`;
  if (kind === "analysis")
    return `${base}/plan_analysis/${facts.date}_analysis_${slug(facts.title, "plan")}.md`;
  if (kind === "review")
    return `${base}/reviews/${facts.date}_review_${slug(facts.agent, "agent")}.md`;
  return `${base}/prompts/${slug(facts.id, "prompt")}-v${slug(facts.version, "1")}.md`;
}

// src/cli/writeAgentInstructions.ts
import { existsSync as existsSync3 } from "node:fs";
import { readFile as readFile5 } from "node:fs/promises";
import { join as join5 } from "node:path";

// src/core/scaffold/agentInstructions.ts
var agentBlockMarkers = {
  begin: "<!-- planmark:begin (written by planmark init --agents; rerun it to update) -->",
  end: "<!-- planmark:end -->"
};
var agentInstructions = `## Execution plans (planmark)

This repository keeps an execution plan per task, checked by planmark.

- Before starting a task, create its plan with
  \`npx planmark new plan --agent <agent> --category <category> --complexity <low|medium|high> --estimate "<duration>" --title "<task>"\`
  and fill in its mission, success criteria and phases.
- Tick each step and criterion (\`- [x]\`) as soon as it is done, and commit as
  you go, so that git has the times.
- State the agent and the model in the plan's **Agent** field (for example
  \`claude-sonnet-4\` or \`gpt-5-codex\`), not a generic name.
- Run \`npx planmark check\` and fix every error before declaring the task
  complete.`;

// src/core/scaffold/upsertMarkedBlock.ts
function upsertMarkedBlock(text, markers, body) {
  const newline = /\r\n/.test(text) ? "\r\n" : "\n";
  const block = [markers.begin, body, markers.end].join("\n").split("\n").join(newline);
  const begin = text.indexOf(markers.begin);
  const end = text.indexOf(markers.end);
  if (begin === -1 && end === -1) {
    const separator = text === "" ? "" : text.endsWith(newline) ? newline : newline + newline;
    const appended = `${text}${separator}${block}${newline}`;
    return { ok: true, text: appended, changed: true };
  }
  if (begin === -1 || end === -1 || end < begin)
    return { ok: false, reason: "has a planmark marker without its pair" };
  if (text.indexOf(markers.begin, begin + 1) !== -1 || text.indexOf(markers.end, end + 1) !== -1)
    return { ok: false, reason: "has more than one planmark block" };
  const replaced = text.slice(0, begin) + block + text.slice(end + markers.end.length);
  return { ok: true, text: replaced, changed: replaced !== text };
}

// src/cli/writeAgentInstructions.ts
var agentFiles = {
  claude: { path: "CLAUDE.md", header: "" },
  copilot: { path: ".github/copilot-instructions.md", header: "" },
  // Cursor reads rules from .cursor/rules/*.mdc; this one applies to every request.
  cursor: {
    path: ".cursor/rules/planmark.mdc",
    header: "---\ndescription: Execution plans, checked by planmark\nalwaysApply: true\n---\n\n"
  }
};
function agentTargets(cwd, asked) {
  for (const name of asked)
    if (!Object.hasOwn(agentFiles, name))
      throw new UsageError(
        `--agents-for takes ${Object.keys(agentFiles).join(", ")}; found ${name}`
      );
  const targets = [{ path: "AGENTS.md", header: "" }];
  for (const [name, file] of Object.entries(agentFiles)) {
    const present = existsSync3(join5(cwd, name === "cursor" ? ".cursor" : file.path));
    if (present || asked.includes(name)) targets.push(file);
  }
  return targets;
}
async function writeAgentInstructions(cwd, targets, io) {
  for (const target of targets) {
    const path = join5(cwd, target.path);
    const before = await readFile5(path, "utf8").catch(() => void 0);
    const result = upsertMarkedBlock(before ?? target.header, agentBlockMarkers, agentInstructions);
    if (!result.ok)
      throw new UsageError(`${target.path} ${result.reason}; fix it by hand, then rerun.`);
    if (before !== void 0 && !result.changed) {
      io.stdout.write(`unchanged ${target.path}
`);
      continue;
    }
    await writeFileAtomic(path, result.text);
    io.stdout.write(`${before === void 0 ? "created" : "updated"} ${target.path}
`);
  }
}

// src/cli/initCommand.ts
var workflowTemplates = [
  "planmark-pull-request.yml",
  "planmark-comment.yml",
  "planmark-push.yml",
  "planmark-weekly.yml"
];
var initHelp = `Usage: planmark init [options]

Scaffold planmark in a repository: the agents/performance/ folders, the
document templates, planmark.config.json, the four workflows of the
GitHub Action (.github/workflows/planmark-pull-request.yml and
planmark-comment.yml for pull requests, forks included, planmark-push.yml
for the analytics, planmark-weekly.yml for the weekly report), and a
.gitignore entry for .planmark-cache/. Existing files are never overwritten without
--force; then nothing is written at all.

With --agents, also keep a marked block of instructions for coding agents
(create the plan with planmark new, tick and commit as you go, state the
agent and model, run planmark check before declaring a task complete) in
AGENTS.md, and in CLAUDE.md, .github/copilot-instructions.md and
.cursor/rules/planmark.mdc when they exist or are named with --agents-for.
Rerunning updates the block in place and leaves the rest of each file as it
is; an existing scaffold is then left alone.

Options:
  --force                Overwrite existing files
  --agents               Write the agents' instructions (see above)
  --agents-for <list>    Also for: claude, copilot, cursor (comma-separated)
  --cwd <dir>            Run as if started in <dir>
  -h, --help             Show this help

Exit codes: 0 scaffolded; 1 files exist (nothing written); 2 usage error.`;
var config = `{
  "$schema": "https://planmark.dev/schemas/config.schema.json",
  "agents": {},
  "failOn": "error"
}
`;
async function initCommand(args, io) {
  const { values } = parseCommandArgs("init", initHelp, {
    args,
    options: {
      force: { type: "boolean", default: false },
      agents: { type: "boolean", default: false },
      "agents-for": { type: "string" },
      cwd: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout.write(`${initHelp}
`);
    return 0;
  }
  const cwd = workingDirectory(io, values.cwd);
  const files = [
    { path: "planmark.config.json", content: config },
    ...Object.values(newDocumentTemplates).map((name) => ({
      path: `agents/performance/templates/${name}`,
      content: readPackageTemplate(name)
    })),
    ...["execution_plans", "plan_analysis", "reviews", "prompts"].map((folder) => ({
      path: `agents/performance/${folder}/.gitkeep`,
      content: ""
    })),
    ...workflowTemplates.map((name) => ({
      path: `.github/workflows/${name}`,
      content: readPackageTemplate(`workflows/${name}`)
    }))
  ];
  const asked = values["agents-for"]?.split(",").map((name) => name.trim()) ?? [];
  if (asked.length > 0 && !values.agents) throw new UsageError("--agents-for needs --agents");
  const agentFiles2 = values.agents ? agentTargets(cwd, asked) : [];
  const existing = files.filter((file) => existsSync4(join6(cwd, file.path)));
  if (values.agents && existing.length > 0 && !values.force) {
    io.stdout.write("planmark is set up here already; its files were left as they are\n");
    await writeAgentInstructions(cwd, agentFiles2, io);
    return 0;
  }
  if (existing.length > 0 && !values.force) {
    io.stderr.write(
      `planmark init: these files exist; nothing was written (use --force to overwrite):
${existing.map((file) => `  ${file.path}`).join("\n")}
`
    );
    return 1;
  }
  for (const file of files) {
    await writeFileAtomic(join6(cwd, file.path), file.content);
    io.stdout.write(`created ${file.path}
`);
  }
  const gitignore = join6(cwd, ".gitignore");
  const ignored = await readFile6(gitignore, "utf8").catch(() => "");
  if (!ignored.split(/\r?\n/).includes(".planmark-cache/")) {
    await writeFileAtomic(
      gitignore,
      `${ignored}${ignored === "" || ignored.endsWith("\n") ? "" : "\n"}.planmark-cache/
`
    );
    io.stdout.write("updated .gitignore\n");
  }
  await writeAgentInstructions(cwd, agentFiles2, io);
  io.stdout.write(
    '\nNext: planmark new plan --agent <agent> --category <category> --title "<task>"\n'
  );
  return 0;
}

// src/cli/mergeCommand.ts
import { readFile as readFile7 } from "node:fs/promises";
import { resolve as resolve16 } from "node:path";
var mergeHelp = `Usage: planmark merge <shard files...> [options]

Merge the shards written by planmark analyze --shard i/n (every shard of one
run, once) and write the analytics and the report exactly as an unsharded
planmark analyze would: rules across documents and prompt history run here.

Options:
  --out <dir>       Folder for the JSON files (default: config metricsDir)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, shards that do not fit together, or an
invalid configuration.`;
async function mergeCommand(args, io) {
  const { values, positionals } = parseCommandArgs("merge", mergeHelp, {
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      config: { type: "string" },
      cwd: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout.write(`${mergeHelp}
`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("name the shard files to merge");
  const texts = await Promise.all(
    positionals.map(
      (path) => readFile7(resolve16(io.cwd, path), "utf8").catch(() => {
        throw new UsageError(`${path}: cannot read the shard file`);
      })
    )
  );
  const project = await projectFolders(io, values, [], { defaultToWorkingFolder: false });
  const cwd = project.root;
  const out = values.out === void 0 || project.root === project.working ? values.out : resolve16(project.working, values.out);
  const result = await mergeShards(texts, { cwd, configPath: project.configPath, outDir: out });
  for (const output of result.outputs) {
    const changed = await writeOutput(cwd, output, out);
    io.stdout.write(`${changed ? "wrote    " : "unchanged"} ${inertText(output.path)}
`);
  }
  return 0;
}

// src/cli/newCommand.ts
import { existsSync as existsSync5 } from "node:fs";
import { readFile as readFile8 } from "node:fs/promises";
import { dirname as dirname6, join as join7, relative as relative9, resolve as resolve17, sep as sep6 } from "node:path";

// src/core/scaffold/fillTemplate.ts
function fillTemplate(template, values) {
  return template.replace(
    /\{\{([a-z_]+)\}\}/g,
    // Own keys only: a template's `{{constructor}}` is not Object.prototype's.
    (placeholder, name) => (Object.hasOwn(values, name) ? values[name] : void 0) ?? placeholder
  );
}

// src/cli/newCommand.ts
var newHelp = `Usage: planmark new <plan|analysis|review|prompt> [options]

Create a document from its template (agents/performance/templates/ when the
repository has one, else planmark's), with today's date and the given values
filled in, named by the original scheme:
  plan      agents/performance/execution_plans/YYYY-MM-DD_<agent>_<title>.md
  analysis  agents/performance/plan_analysis/YYYY-MM-DD_analysis_<title>.md
  review    agents/performance/reviews/YYYY-MM-DD_review_<agent>.md
  prompt    agents/performance/prompts/<id>-v<version>.md
Placeholders left unfilled are reported by planmark check until you fill them.

Options:
  --agent <name>          Agent (plan, analysis, review)
  --category <category>   Task category (plan, prompt)
  --complexity <level>    low, medium or high (plan)
  --estimate <duration>   Estimated duration, e.g. "90 minutes" or "2-3 hours" (plan)
  --title <text>          Task or plan title (plan, analysis)
  --plan <file>           The plan analysed or reviewed: linked, its title
                          used when there is no --title (analysis, review)
  --reviewer <name>       Reviewer (analysis, review)
  --id <id>               Prompt id (prompt)
  --version <version>     Prompt version (prompt, default 1)
  --force                 Overwrite an existing file
  --cwd <dir>             Run as if started in <dir>
  -h, --help              Show this help

Exit codes: 0 created; 1 the file exists; 2 usage error.`;
async function newCommand(args, io) {
  const { values, positionals } = parseCommandArgs("new", newHelp, {
    args,
    allowPositionals: true,
    options: {
      agent: { type: "string" },
      category: { type: "string" },
      complexity: { type: "string" },
      estimate: { type: "string" },
      title: { type: "string" },
      plan: { type: "string" },
      reviewer: { type: "string" },
      id: { type: "string" },
      version: { type: "string" },
      force: { type: "boolean", default: false },
      cwd: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout.write(`${newHelp}
`);
    return 0;
  }
  const [kind] = positionals;
  if (!kind || !Object.hasOwn(newDocumentTemplates, kind))
    throw new UsageError(`expected plan, analysis, review or prompt, found ${kind ?? "nothing"}`);
  const complexity = values.complexity === void 0 ? void 0 : normalizeLevel(values.complexity);
  if (values.complexity !== void 0 && !complexity)
    throw new UsageError(`--complexity must be low, medium or high, found ${values.complexity}`);
  if (kind === "prompt" && !values.id) throw new UsageError("--id is required for a prompt");
  if (values.estimate !== void 0 && !parseDuration(values.estimate))
    throw new UsageError(
      `--estimate must be a duration such as "90 minutes", "1.5 hours" or "2-3 hours", found ${inertText(values.estimate)}`
    );
  const now = io.now();
  const date = now.toISOString().slice(0, 10);
  const project = await projectFolders(io, { cwd: values.cwd }, [], {
    defaultToWorkingFolder: false
  });
  const cwd = project.root;
  const templateName = newDocumentTemplates[kind];
  const local = join7(cwd, "agents/performance/templates", templateName);
  const template = existsSync5(local) ? await readFile8(local, "utf8") : readPackageTemplate(templateName);
  const category = values.category === void 0 ? void 0 : normalizeCategory(values.category);
  const path = newDocumentPath(kind, {
    date,
    agent: values.agent,
    title: values.title,
    id: values.id,
    version: values.version ?? "1"
  });
  const plan = values.plan === void 0 ? void 0 : await planLink(project.working, values.plan, join7(cwd, path));
  const content = fillTemplate(template, {
    task: values.title,
    plan_title: values.title ?? plan?.title,
    plan_path: plan?.link,
    estimated_duration: values.estimate,
    title: values.title,
    agent: values.agent,
    category,
    categories: category,
    complexity,
    reviewer: values.reviewer,
    id: values.id,
    start_time: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    review_date: date,
    from: date,
    to: date
  });
  if (existsSync5(join7(cwd, path)) && !values.force) {
    io.stderr.write(
      `planmark new: ${path} exists; nothing was written (use --force to overwrite)
`
    );
    return 1;
  }
  await writeFileAtomic(
    join7(cwd, path),
    kind === "prompt" ? content.replace(/^version: 1$/m, `version: ${values.version ?? "1"}`) : content
  );
  io.stdout.write(`created ${path}
`);
  return 0;
}
async function planLink(working, planPath, documentPath) {
  const absolute = resolve17(working, planPath);
  const text = await readFile8(absolute, "utf8").catch(() => {
    throw new UsageError(`--plan ${inertText(planPath)}: no such file (from ${working})`);
  });
  const heading = /^#\s+(?:EXECUTION PLAN:\s*)?(.+?)\s*#*\s*$/im.exec(text)?.[1];
  return {
    link: relative9(dirname6(documentPath), absolute).split(sep6).join("/"),
    title: heading ?? absolute.slice(absolute.lastIndexOf(sep6) + 1).replace(/\.md$/i, "")
  };
}

// src/cli/recommendCommand.ts
var recommendHelp = `Usage: planmark recommend [--category <category>] [options]

Rank agents for a task category by verified success, honest about small
samples: the ranking uses the lower bound of the Wilson 95% interval; the
verdict ("clear choice", "tie", "not enough data" or "no good choice") comes
from the probability that one agent beats another under Beta posteriors, at
0.95, with the reason in words. Without --category, every category that has
plans.

Options:
  --category <name>      Task category, e.g. debugging (default: every category)
  --complexity <level>   low, medium or high
  --min-samples <n>      Verifiable plans an agent needs, at least 2 (default: config minSamples, 3)
  --config <file>        Configuration file (default: planmark.config.json)
  --cwd <dir>            Run as if started in <dir>
  --json                 Print the recommendation as JSON
  -h, --help             Show this help

Exit codes: 0 a recommendation was computed (whatever the verdict);
2 usage error (an unknown category lists the known ones), missing path or
invalid configuration.`;
var verdicts = {
  clear_choice: "clear choice",
  tie: "tie",
  not_enough_data: "not enough data",
  no_good_choice: "no good choice"
};
async function recommendCommand(args, io) {
  const { values, positionals } = parseCommandArgs("recommend", recommendHelp, {
    args,
    allowPositionals: true,
    options: {
      category: { type: "string" },
      complexity: { type: "string" },
      "min-samples": { type: "string" },
      config: { type: "string" },
      cwd: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout.write(`${recommendHelp}
`);
    return 0;
  }
  const complexity = values.complexity === void 0 ? void 0 : normalizeLevel(values.complexity);
  if (values.complexity !== void 0 && !complexity)
    throw new UsageError(`--complexity must be low, medium or high, found ${values.complexity}`);
  const minSamplesFlag = values["min-samples"] === void 0 ? void 0 : Number(values["min-samples"]);
  if (minSamplesFlag !== void 0 && !(Number.isInteger(minSamplesFlag) && minSamplesFlag >= 2)) {
    throw new UsageError(
      `--min-samples must be a whole number of at least 2 (one plan says nothing about a rate), found ${inertText(values["min-samples"] ?? "")}`
    );
  }
  const project = await projectFolders(io, values, positionals, { defaultToWorkingFolder: false });
  const check = await checkFiles(project.paths, {
    cwd: project.root,
    configPath: project.configPath
  });
  const documents = check.files.flatMap(({ parsed }) => parsed ? [parsed] : []);
  const records = analysedPlans(
    documents,
    await gitMoves(project.root),
    check.planEvidence,
    check.plans
  ).map(({ record }) => record);
  const present = new Set(records.flatMap((record) => record.category ? [record.category] : []));
  const known = [.../* @__PURE__ */ new Set([...Object.keys(check.config.categories), ...present])].sort(
    compareText
  );
  const requested = values.category === void 0 ? void 0 : normalizeCategory(values.category);
  if (requested !== void 0 && !known.includes(requested))
    throw new UsageError(
      `unknown category ${inertText(requested)}; the known categories are ${known.map(inertText).join(", ")}`
    );
  const categories = requested ? [requested] : [...present].sort(compareText);
  const results = categories.map((category) => ({
    category,
    complexity: complexity ?? null,
    ...recommend(records, {
      category,
      ...complexity ? { complexity } : {},
      minSamples: minSamplesFlag ?? check.config.minSamples
    })
  }));
  if (values.json) {
    const json = requested ? results[0] : results;
    io.stdout.write(`${JSON.stringify(json, null, 2)}
`);
    return 0;
  }
  const lines = [];
  if (!requested)
    lines.push(
      categories.length > 0 ? `Every category with plans: ${categories.map(inertText).join(", ")}.` : `No plans name a category yet; the known categories are ${known.map(inertText).join(", ")}.`,
      ""
    );
  const { columns } = terminalAbilities(io, "stdout");
  for (const result of results) lines.push(...recommendationLines(result, columns), "");
  lines.push(
    `Method: ranked by the lower bound of the Wilson 95% interval of verified success; the verdict needs probability ${verdictThreshold} from the Beta posteriors (within complexity when the plans span several), and at least ${minSamplesFlag ?? check.config.minSamples} verifiable plans per agent.`
  );
  io.stdout.write(`${lines.join("\n")}
`);
  return 0;
}
function recommendationLines(result, width) {
  const scope = `${result.category}${result.complexity ? ` (${result.complexity})` : ""}`;
  const pick = result.recommended ? `: ${inertText(result.recommended)}` : "";
  const lines = [
    `Recommendation for ${inertText(scope)}: ${verdicts[result.verdict]}${pick}`,
    `  ${inertText(result.reason)}`
  ];
  if (result.ranking.length === 0) return lines;
  const rows = [["rank", "agent", "verified", "rate", "95% interval", "lower bound"]];
  result.ranking.forEach((entry, index) => {
    const { successes, n, rate: rate2, interval } = entry.verified;
    rows.push([
      String(index + 1),
      inertText(entry.agent),
      `${successes}/${n}`,
      rate2 === null ? "-" : `${Math.round(rate2 * 100)}%`,
      interval ? `${Math.round(interval.lower * 100)}–${Math.round(interval.upper * 100)}%` : "-",
      entry.score.toFixed(2)
    ]);
  });
  lines.push("", textTable(rows, { shrink: 1, width }));
  return lines;
}

// src/core/isoWeek.ts
var day = 24 * 60 * 60 * 1e3;
var weekPattern = /^(\d{4})-W(\d{2})$/;
function isoWeekOf(instant) {
  const date = new Date(instant);
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  const thursday = new Date(midnight + (3 - weekday) * day);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / day / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
function isIsoWeek(text) {
  const match = weekPattern.exec(text);
  if (!match) return false;
  return Number(match[2]) >= 1 && isoWeekOf(mondayOf(text)) === text;
}
function weekBounds(week) {
  const monday = mondayOf(week);
  return {
    start: monday.toISOString().replace(".000Z", "Z"),
    end: new Date(monday.getTime() + 7 * day).toISOString().replace(".000Z", "Z")
  };
}
function weeksEndingWith(week, count) {
  const monday = mondayOf(week).getTime();
  return Array.from(
    { length: count },
    (_, index) => isoWeekOf(new Date(monday - (count - 1 - index) * 7 * day))
  );
}
function lastFullWeek(now) {
  return isoWeekOf(new Date(now.getTime() - 7 * day));
}
function mondayOf(week) {
  const match = weekPattern.exec(week);
  if (!match) throw new RangeError(`Expected an ISO week such as 2026-W48, found ${week}`);
  const year = Number(match[1]);
  const january4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(january4).getUTCDay() + 6) % 7;
  return new Date(january4 - weekday * day + (Number(match[2]) - 1) * 7 * day);
}

// src/core/aggregate/weeklyTrend.ts
var recentWeeks = 4;
function weeklyTrend(states) {
  const finishedByWeek = states.slice(1).map((state, index) => {
    const before = new Map(
      (states[index]?.records ?? []).map((record) => [record.path, record])
    );
    const previous = (record) => before.get(record.path);
    return {
      week: state.week,
      records: state.records.filter((record) => {
        const earlier = previous(record);
        return isFinished(record) && (earlier === void 0 || !isFinished(earlier));
      })
    };
  });
  const series = (key) => {
    const names = [
      ...new Set(
        finishedByWeek.flatMap(
          ({ records }) => records.flatMap((record) => {
            const name = key(record);
            return name === void 0 ? [] : [name];
          })
        )
      )
    ].sort(compareText);
    return names.map(
      (name) => trendSeries(
        name,
        finishedByWeek.map(({ week, records }) => ({
          week,
          records: records.filter((record) => key(record) === name)
        }))
      )
    );
  };
  return {
    overall: finishedByWeek.map(({ week, records }) => point(week, records)),
    agents: series((record) => record.agent),
    categories: series((record) => record.category)
  };
}
function point(week, records) {
  return {
    week,
    finished: records.length,
    verified: verifiedRate(records),
    medianMinutes: distribution(finishedMinutes(records)).median
  };
}
function trendSeries(name, weeks) {
  const split = Math.max(0, weeks.length - recentWeeks);
  const recent = verifiedRate(weeks.slice(split).flatMap(({ records }) => records));
  const earlier = verifiedRate(weeks.slice(0, split).flatMap(({ records }) => records));
  const probability = recent.n > 0 && earlier.n > 0 ? probabilityGreater(earlier, recent) : null;
  return {
    name,
    weeks: weeks.map(({ week, records }) => point(week, records)),
    recent,
    earlier,
    probabilityWorse: probability === null ? null : round(probability),
    regression: probability !== null && probability >= verdictThreshold
  };
}

// src/core/render/renderWeeklyReport.ts
function renderWeeklyReport({ snapshots, reportDir }) {
  const current = snapshots[snapshots.length - 1];
  const previous = snapshots[snapshots.length - 2];
  if (!current || !previous)
    throw new RangeError("renderWeeklyReport needs the reported week and the week before");
  const { start, end } = weekBounds(current.week);
  const before = new Map(previous.records.map((record) => [record.path, record]));
  const link = (record) => `[${escapeMarkdown(record.title)}](${documentLink(reportDir, record.path)})`;
  const agent = (record) => escapeMarkdown(record.agent ?? "–");
  const started = current.records.filter(
    (record) => record.startTime !== void 0 && inWeek(record.startTime, start, end)
  );
  const finished = current.records.filter(
    (record) => isFinished(record) && !isFinishedRecord(before.get(record.path))
  );
  const stalled = current.records.filter(
    (record) => record.status.verified === "open" && before.get(record.path)?.blobId !== void 0 && before.get(record.path)?.blobId === record.blobId
  );
  const { opened, closed } = findingChanges(previous.records, current.records);
  const lines = [
    `# Weekly agent report: ${current.week}`,
    "",
    `Monday ${start.slice(0, 10)} to Sunday ${new Date(Date.parse(end) - 1).toISOString().slice(0, 10)} (UTC). Plans as of ${current.commit ? `commit \`${current.commit.slice(0, 12)}\`, the last before the week ended` : "no commit (the repository had none yet)"}.`,
    "",
    "## This week",
    "",
    `- **Started**: ${started.length}`,
    `- **Finished**: ${finished.length} (verified success: ${finished.filter((record) => record.status.verified === "success").length})`,
    `- **Stalled** (open and unchanged all week): ${stalled.length}`,
    `- **Findings** in plans (the same as plans.json lists): ${opened.length} opened, ${closed.length} closed`,
    ""
  ];
  if (started.length > 0) {
    lines.push(
      "### Started",
      "",
      "| Plan | Agent | Category | Started |",
      "| --- | --- | --- | --- |"
    );
    for (const record of started)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${escapeMarkdown(record.category ?? "–")} | ${record.startTime} |`
      );
    lines.push("");
  }
  if (finished.length > 0) {
    lines.push(
      "### Finished",
      "",
      "| Plan | Agent | Status | Boxes ticked |",
      "| --- | --- | --- | ---: |"
    );
    for (const record of finished)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${outcomeLabel(record)} | ${record.progress.done}/${record.progress.total} |`
      );
    lines.push("");
  }
  if (stalled.length > 0) {
    lines.push(
      "### Stalled",
      "",
      "| Plan | Agent | Status | Boxes ticked |",
      "| --- | --- | --- | ---: |"
    );
    for (const record of stalled)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${outcomeLabel(record)} | ${record.progress.done}/${record.progress.total} |`
      );
    lines.push("");
  }
  const agents = [
    ...new Set(current.records.flatMap((record) => record.agent ? [record.agent] : []))
  ].sort(compareText);
  if (agents.length > 0) {
    lines.push(
      "## Per agent",
      "",
      "| Agent | Started | Finished | Verified | Open | Findings opened | Findings closed |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for (const name of agents) {
      const mine = (records) => records.filter((record) => record.agent === name);
      const byAgent = (changes) => changes.filter((change) => change.agent === name).length;
      lines.push(
        `| ${escapeMarkdown(name)} | ${mine(started).length} | ${mine(finished).length} | ${mine(finished).filter((record) => record.status.verified === "success").length} | ${mine(current.records).filter((record) => record.status.verified === "open").length} | ${byAgent(opened)} | ${byAgent(closed)} |`
      );
    }
    lines.push("");
  }
  lines.push(...renderTrend(weeklyTrend(snapshots)));
  if (opened.length + closed.length > 0) {
    lines.push("## Findings", "");
    for (const [title, changes] of [
      ["Opened", opened],
      ["Closed", closed]
    ]) {
      if (changes.length === 0) continue;
      lines.push(`### ${title}`, "");
      for (const change of changes)
        lines.push(
          `- \`${change.ruleId}\` in ${escapeMarkdown(change.path)}${change.count > 1 ? ` (×${change.count})` : ""}`
        );
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function inWeek(timestamp, start, end) {
  const instant = Date.parse(timestamp.length === 10 ? `${timestamp}T00:00:00Z` : timestamp);
  return instant >= Date.parse(start) && instant < Date.parse(end);
}
function isFinishedRecord(record) {
  return record !== void 0 && isFinished(record);
}
function findingChanges(before, after) {
  const count = (records) => {
    const counts2 = /* @__PURE__ */ new Map();
    for (const record of records) {
      for (const finding of record.findings) {
        const key = `${record.path}\0${finding.ruleId}`;
        const entry = counts2.get(key) ?? {
          path: record.path,
          ruleId: finding.ruleId,
          ...record.agent ? { agent: record.agent } : {},
          count: 0
        };
        entry.count++;
        counts2.set(key, entry);
      }
    }
    return counts2;
  };
  const then = count(before);
  const now = count(after);
  const difference2 = (a, b) => [...a.entries()].flatMap(([key, entry]) => {
    const extra = entry.count - (b.get(key)?.count ?? 0);
    return extra > 0 ? [{ ...entry, count: extra }] : [];
  }).sort((x, y) => compareText(x.path, y.path) || compareText(x.ruleId, y.ruleId));
  return { opened: difference2(now, then), closed: difference2(then, now) };
}
function renderTrend(trend) {
  const first = trend.overall.findIndex((week) => week.finished > 0);
  const lines = [`## Trend (last ${trend.overall.length} weeks)`, ""];
  if (first === -1) return [...lines, "No plan finished in these weeks.", ""];
  const shown = trend.overall.slice(first);
  lines.push(
    "Plans finished each week (a plan counts in the week it became finished), from the first week with data; verified success with its 95% interval; median actual minutes.",
    "",
    ...weekTable(shown),
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Plans finished per week"',
    `  x-axis [${shown.map((week) => `"${mermaidLabel(week.week)}"`).join(", ")}]`,
    '  y-axis "Plans"',
    `  bar [${shown.map((week) => week.finished).join(", ")}]`,
    "```",
    ""
  );
  const withRate = shown.filter((week) => week.verified.interval !== null);
  if (withRate.length > 1) {
    const percent2 = (value) => Math.round((value ?? 0) * 100);
    lines.push(
      "```mermaid",
      "xychart-beta",
      '  title "Verified success per week (%), with its 95% interval"',
      `  x-axis [${withRate.map((week) => `"${mermaidLabel(week.week)}"`).join(", ")}]`,
      '  y-axis "Verified success (%)" 0 --> 100',
      `  line [${withRate.map((week) => percent2(week.verified.rate ?? 0)).join(", ")}]`,
      `  line [${withRate.map((week) => percent2(week.verified.interval?.lower)).join(", ")}]`,
      `  line [${withRate.map((week) => percent2(week.verified.interval?.upper)).join(", ")}]`,
      "```",
      "",
      "Lines: verified success, and the lower and upper ends of its 95% interval; weeks without a verifiable plan are left out.",
      ""
    );
  }
  lines.push(
    `Regression: the last ${recentWeeks} weeks' verified success sits below the earlier weeks' with probability ≥ 0.95.`,
    ""
  );
  for (const [title, series] of [
    ["Per agent", trend.agents],
    ["Per category", trend.categories]
  ]) {
    if (series.length === 0) continue;
    lines.push(
      `### ${title}`,
      "",
      `| ${title === "Per agent" ? "Agent" : "Category"} | Finished per week | Earlier weeks | Last ${recentWeeks} weeks | P(last ${recentWeeks} below) | Regression |`,
      "| --- | --- | --- | --- | ---: | --- |"
    );
    for (const entry of series) lines.push(seriesRow(entry, first));
    lines.push("");
    for (const entry of series)
      lines.push(
        "<details>",
        // Inside raw HTML GitHub applies no Markdown: escape for HTML, not with backslashes.
        `<summary>${defuseAutolinks(escapeHtml(removeInvisible(entry.name))).replace(/\s+/g, " ")}: each week</summary>`,
        "",
        ...weekTable(entry.weeks.slice(first)),
        "",
        "</details>",
        ""
      );
  }
  return lines;
}
function weekTable(weeks) {
  return [
    "| Week | Finished | Verified success | Median minutes |",
    "| --- | ---: | --- | ---: |",
    ...weeks.map(
      (week) => `| ${week.week} | ${week.finished} | ${formatRate(week.verified)} | ${formatNumber(week.medianMinutes, 0)} |`
    )
  ];
}
function seriesRow(entry, first) {
  const counts2 = entry.weeks.slice(first).map((week) => week.finished).join(" · ");
  return `| ${escapeMarkdown(entry.name)} | ${counts2} | ${formatRate(entry.earlier)} | ${formatRate(entry.recent)} | ${formatNumber(entry.probabilityWorse, 2)} | ${entry.regression ? "**regression**" : "–"} |`;
}

// src/pipeline/weeklyReport.ts
async function weeklyReport(options) {
  const cwd = options.cwd ?? process.cwd();
  const config2 = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config);
  if (!await isGitWorkTree(cwd))
    throw new HistoryError(
      `${cwd} is not in a git repository: the weekly report reads plans as they were at the end of each week from git history.`
    );
  if (await isShallowClone(cwd))
    throw new HistoryError(
      "This is a shallow clone, so the plans as they were at the end of each week are missing: the weekly report needs the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)."
    );
  await checkOutputPath(cwd, `${config2.reportsDir}/weekly`, "reportsDir");
  const weeks = weeksEndingWith(options.week, Math.max(2, options.weeks ?? 12) + 1);
  const commits = await Promise.all(weeks.map((week) => commitBefore(cwd, weekBounds(week).end)));
  if (!commits[commits.length - 1]) {
    throw new HistoryError(
      `No commit before the end of ${options.week} (${weekBounds(options.week).end}); in a shallow clone, fetch more history (actions/checkout with fetch-depth: 0).`
    );
  }
  const last = commits[commits.length - 1];
  const [plans, renames] = await Promise.all([
    plansAtCommits(cwd, commits, config2),
    Promise.all(
      commits.map((commit) => commit ? gitRenames(cwd, commit, last) : /* @__PURE__ */ new Map())
    )
  ]);
  const snapshots = weeks.map((week, index) => ({
    week,
    commit: commits[index] ?? null,
    records: followRenames(plans[index] ?? [], renames[index] ?? /* @__PURE__ */ new Map()).map(
      ({ record }) => record
    )
  }));
  const path = `${config2.reportsDir}/weekly/${options.week}.md`;
  return {
    path,
    content: renderWeeklyReport({ snapshots, reportDir: `${config2.reportsDir}/weekly` })
  };
}

// src/cli/reportCommand.ts
var reportHelp = `Usage: planmark report [paths...] [options]

Write the repository report (reportsDir/report.md), or with --week the weekly
report of an ISO week (reportsDir/weekly/<week>.md) from git history: plans
started, finished and stalled, the week per agent, findings opened and
closed, and the trend of the last weeks. Rerunning a week rewrites the same
file with the same bytes.

Options:
  --week <week>     An ISO week such as 2026-W48, or "last" for the last full
                    week in UTC
  --weeks <n>       Weeks in the weekly trend (default 12)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  --json            Print the written file as JSON ({ path, changed })
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, invalid configuration or missing git history.`;
async function reportCommand(args, io) {
  const { values, positionals } = parseCommandArgs("report", reportHelp, {
    args,
    allowPositionals: true,
    options: {
      week: { type: "string" },
      weeks: { type: "string" },
      config: { type: "string" },
      cwd: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout.write(`${reportHelp}
`);
    return 0;
  }
  const project = await projectFolders(io, values, positionals, { defaultToWorkingFolder: false });
  const cwd = project.root;
  const week = values.week === "last" ? lastFullWeek(io.now()) : values.week;
  if (week !== void 0 && !isIsoWeek(week))
    throw new UsageError(`--week must be an ISO week such as 2026-W48, or last; found ${week}`);
  const weeks = values.weeks === void 0 ? void 0 : Number(values.weeks);
  if (weeks !== void 0 && !(Number.isInteger(weeks) && weeks >= 2 && weeks <= 104))
    throw new UsageError(`--weeks must be a whole number from 2 to 104, found ${values.weeks}`);
  let output;
  if (week)
    output = await weeklyReport({
      cwd,
      configPath: project.configPath,
      week,
      ...weeks ? { weeks } : {}
    });
  else {
    const result = await analyze(project.paths, { cwd, configPath: project.configPath });
    output = result.outputs.find((file) => file.path.endsWith("/report.md"));
  }
  const changed = await writeOutput(cwd, output);
  if (values.json) io.stdout.write(`${JSON.stringify({ path: output.path, changed }, null, 2)}
`);
  else io.stdout.write(`${changed ? "wrote    " : "unchanged"} ${inertText(output.path)}
`);
  return 0;
}

// src/pipeline/rollup.ts
import { open } from "node:fs/promises";
import { resolve as resolve18 } from "node:path";

// src/core/rollup/renderRollup.ts
function renderRollup(rollup2, analytics, reportDir) {
  const intro = [
    "# Organisation agent report",
    "",
    `Computed by planmark rollup from ${rollup2.repositories.length} repositories' plans.json. The metrics are defined in planmark's docs/metrics.md; the recommendations use the same verdicts as one repository's report.`,
    "",
    "## Repositories",
    "",
    "| Repository | Source | Plans | Finished | Open | Verified success | Agents |",
    "| --- | --- | ---: | ---: | ---: | --- | --- |",
    ...rollup2.repositories.map(
      (entry) => `| ${escapeMarkdown(entry.repository)} | ${entry.source.commit ? `\`${entry.source.commit.slice(0, 12)}\` (${entry.source.date})` : "outside git"} | ${entry.plans} | ${entry.finished} | ${entry.open} | ${formatRate(entry.verified)} | ${entry.agents.map(escapeMarkdown).join(", ") || "–"} |`
    ),
    ""
  ];
  return renderReport(analytics, { reportDir, intro, maxFindings: 0 });
}

// src/core/rollup/rollup.ts
function rollup(repositories, config2) {
  const sorted = [...repositories].sort((a, b) => compareText(a.repository, b.repository));
  const records = sorted.flatMap(
    ({ repository, index }) => index.plans.map((record) => ({ ...record, path: `${repository}/${record.path}` }))
  ).sort((a, b) => compareText(a.path, b.path));
  const agents = agentPerformance(records);
  const categories = taskAnalytics(
    records.map((record) => ({ record, risks: [], tickedBoxes: [] })),
    config2.categories,
    config2.minSamples
  );
  const source = { commit: null, date: null };
  return {
    rollup: {
      schemaVersion: 1,
      repositories: sorted.map(({ repository, index }) => ({
        repository,
        source: index.source,
        plans: index.plans.length,
        finished: index.plans.filter(isFinished).length,
        open: index.plans.filter((record) => record.status.verified === "open").length,
        verified: verifiedRate(index.plans),
        agents: [
          ...new Set(index.plans.flatMap((record) => record.agent ? [record.agent] : []))
        ].sort(compareText)
      })),
      agents,
      categories
    },
    analytics: {
      plans: { schemaVersion: 1, source, repository: null, plans: records },
      agentPerformance: { schemaVersion: 1, source, agents },
      taskAnalytics: { schemaVersion: 1, source, categories },
      promptEffectiveness: { schemaVersion: 1, source, prompts: [] }
    }
  };
}

// src/pipeline/rollup.ts
var maxPlansBytes = 64 * 1024 * 1024;
async function rollupPlans(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const config2 = resolveConfig((await loadConfig(cwd, options.configPath)).config);
  const inputs = [];
  const seen = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const index = await readPlansIndex(resolve18(options.inputDir ?? cwd, path), path);
    const { repository } = index;
    if (!repository)
      throw new RollupInputError(
        `${path}: plans.json names no repository (set \`repository\` in planmark.config.json, or give the repository an origin remote, and run planmark analyze again)`
      );
    const earlier = seen.get(repository);
    if (earlier !== void 0)
      throw new RollupInputError(`${path}: repository ${repository} is already given by ${earlier}`);
    seen.set(repository, path);
    inputs.push({ repository, index });
  }
  const result = rollup(inputs, config2);
  const validate = schemaValidator("rollup");
  if (!validate(result.rollup))
    throw new Error(
      `planmark produced an invalid rollup: ${JSON.stringify(validate.errors?.slice(0, 3))}`
    );
  const outDir = options.outDir ?? `${config2.reportsDir}/rollup`;
  return [
    { path: `${outDir}/rollup.json`, content: stableJson(result.rollup) },
    { path: `${outDir}/rollup.md`, content: renderRollup(result.rollup, result.analytics, outDir) }
  ];
}
async function readPlansIndex(absolute, path) {
  let text;
  try {
    const handle = await open(absolute, "r");
    try {
      const { size } = await handle.stat();
      if (size > maxPlansBytes)
        throw new RollupInputError(
          `${path}: ${size} bytes, more than the ${maxPlansBytes} a plans.json may have`
        );
      const buffer = Buffer.alloc(Math.min(size, maxPlansBytes) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > maxPlansBytes)
        throw new RollupInputError(
          `${path}: more than the ${maxPlansBytes} bytes a plans.json may have`
        );
      text = new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof RollupInputError) throw error;
    throw new RollupInputError(
      `${path}: cannot read it as UTF-8 (${error instanceof Error ? error.message : String(error)})`
    );
  }
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new RollupInputError(
      `${path}: not JSON (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const validate = schemaValidator("plans");
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new RollupInputError(
      `${path}: not a planmark plans.json: ${first?.instancePath || "/"} ${first?.message ?? "does not match plans.schema.json"}`
    );
  }
  return data;
}

// src/cli/rollupCommand.ts
var rollupHelp = `Usage: planmark rollup <plans.json...> [options]

Merge several repositories' plans.json (each written by planmark analyze,
naming its repository) into one organisation report: rollup.json and
rollup.md with the repositories' counts, agent performance and the same
recommendations as one repository's report.

Options:
  --out <dir>       Folder for rollup.json and rollup.md (default: reportsDir/rollup)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, or a plans.json that is unreadable, not
JSON, not a planmark plans.json, names no repository or repeats one.`;
async function rollupCommand(args, io) {
  const { values, positionals } = parseCommandArgs("rollup", rollupHelp, {
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      config: { type: "string" },
      cwd: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout.write(`${rollupHelp}
`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("name the plans.json files to roll up");
  const cwd = workingDirectory(io, values.cwd);
  const outputs = await rollupPlans(positionals, {
    cwd,
    configPath: values.config,
    outDir: values.out,
    inputDir: io.cwd
  });
  for (const output of outputs) {
    const changed = await writeOutput(cwd, output, values.out);
    io.stdout.write(`${changed ? "wrote    " : "unchanged"} ${inertText(output.path)}
`);
  }
  return 0;
}

// src/cli/commands.ts
var commands = {
  check: checkCommand,
  analyze: analyzeCommand,
  report: reportCommand,
  recommend: recommendCommand,
  init: initCommand,
  new: newCommand,
  merge: mergeCommand,
  rollup: rollupCommand,
  comment: commentCommand
};
export {
  commands
};
