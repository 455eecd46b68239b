import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/resolveConfig.ts
var defaultCategories = {
  code_implementation: {
    low: { min: 15, max: 30 },
    medium: { min: 30, max: 90 },
    high: { min: 90 }
  },
  architecture_design: {
    low: { min: 30, max: 60 },
    medium: { min: 60, max: 120 },
    high: { min: 120 }
  },
  documentation: { low: { min: 15, max: 45 }, medium: { min: 45, max: 90 }, high: { min: 90 } },
  debugging: { low: { min: 15, max: 30 }, medium: { min: 30, max: 90 }, high: { min: 90 } },
  code_review: { low: { min: 15, max: 30 }, medium: { min: 30, max: 60 }, high: { min: 60 } }
};
var defaultDocuments = {
  plans: ["**/execution_plans/**/*.md", "**/plans/**/*.md", "**/exec-plans/**/*.md"],
  analyses: ["**/plan_analysis/**/*.md", "**/plan_analyses/**/*.md", "**/analyses/**/*.md"],
  reviews: ["**/reviews/**/*.md"],
  prompts: ["**/prompts/**/*.md"],
  checklists: [
    "**/tasks.md",
    "**/TODO.md",
    "**/todo.md",
    "**/specs/*/plan.md",
    "**/memory-bank/progress.md",
    "**/memory-bank/activeContext.md",
    "**/backlog/tasks/**/*.md",
    "**/backlog/completed/**/*.md",
    "**/PLANS.md",
    "**/.planning/STATE.md",
    "**/.planning/**/*-PLAN.md",
    "**/.taskmaster/tasks/tasks.json"
  ]
};
var defaultIgnore = ["**/node_modules/**", "**/.git/**", "**/templates/**", "**/README.md"];
function resolveConfig(config = {}) {
  return {
    documents: { ...defaultDocuments, ...config.documents },
    ignore: config.ignore ?? defaultIgnore,
    agents: aliasesOf(config.agents),
    agentSignatures: config.agents?.detect ?? [],
    evidence: {
      attribution: config.evidence?.attribution ?? true,
      timeline: config.evidence?.timeline ?? true,
      outcomes: config.evidence?.outcomes ?? true,
      github: config.evidence?.github ?? true,
      revertDays: config.evidence?.revertDays ?? 14,
      ...config.evidence?.defaultBranch ? { defaultBranch: config.evidence.defaultBranch } : {},
      maxPlansPerCommit: config.evidence?.maxPlansPerCommit ?? 3
    },
    categories: { ...defaultCategories, ...config.categories },
    rules: config.rules ?? {},
    failOn: config.failOn ?? "error",
    maxFileBytes: config.maxFileBytes ?? 5 * 1024 * 1024,
    maxParseSeconds: config.maxParseSeconds ?? 10,
    maxParseMegabytes: config.maxParseMegabytes ?? 1024,
    successRateTolerance: config.successRateTolerance ?? 5,
    minSamples: config.minSamples ?? 3,
    metricsDir: config.metricsDir ?? "agents/performance/metrics/current",
    reportsDir: config.reportsDir ?? "agents/performance/reports",
    ...config.repository ? { repository: config.repository } : {}
  };
}
function aliasesOf(agents) {
  const aliases = {};
  for (const [name, names] of Object.entries(agents ?? {}))
    if (name !== "detect") aliases[name] = names;
  return aliases;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point2) {
  return index(point2 && point2.line) + ":" + index(point2 && point2.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value) {
    let options;
    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = { path: value };
    } else if (typeof value === "string" || isUint8Array(value)) {
      options = { value };
    } else {
      options = value;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename) {
    assertNonEmpty(basename, "basename");
    assertPart(basename, "basename");
    this.path = default2.join(this.dirname || "", basename);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path) {
    if (isUrl(path)) {
      path = fileURLToPath(path);
    }
    assertNonEmpty(path, "path");
    if (this.path !== path) {
      this.history.push(path);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path, name) {
  if (!path) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// src/core/document/serializeChecked.ts
var setRulePointer = /^(|\/identity\/planId|\/planRef|\/prompts|\/version|\/linkedPlans\/\d+|\/categories\/\d+(\/(successRate|tasksCompleted|averageQuality))?|\/agent|\/progressTracking(\/totalDuration|\/phases\/\d+\/(start|end))?)$/;
function serializeChecked(file, parsed) {
  const serialized = {
    path: String(file.path),
    messages: file.messages.map((message) => {
      const entry = { reason: message.reason };
      if (message.ruleId) entry.ruleId = message.ruleId;
      if (message.source) entry.source = message.source;
      if (message.fatal !== void 0 && message.fatal !== null) entry.fatal = message.fatal;
      if (message.place) entry.place = message.place;
      if (message.expected) entry.expected = message.expected;
      if (message.actual) entry.actual = message.actual;
      return entry;
    })
  };
  if (parsed) {
    serialized.parsed = {
      document: parsed.document,
      valid: parsed.valid,
      positions: Object.fromEntries(
        Object.entries(parsed.positions).filter(([pointer]) => setRulePointer.test(pointer))
      )
    };
  }
  return serialized;
}
function deserializeChecked(serialized) {
  const file = new VFile({ path: serialized.path });
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const message of serialized.messages) {
      const rebuilt = new VFileMessage(message.reason, {
        place: message.place,
        ruleId: message.ruleId,
        source: message.source
      });
      rebuilt.file = serialized.path;
      if (message.fatal !== void 0) rebuilt.fatal = message.fatal;
      if (message.expected) rebuilt.expected = message.expected;
      if (message.actual) rebuilt.actual = message.actual;
      file.messages.push(rebuilt);
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (!serialized.parsed) return { file };
  const { document, valid, positions } = serialized.parsed;
  return { file, parsed: { document, valid, positions, file } };
}

// src/core/document/compareMessages.ts
function compareMessages(a, b) {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareCodePoints(String(a.ruleId), String(b.ruleId)) || compareCodePoints(a.reason, b.reason);
}
function compareCodePoints(a, b) {
  if (a === b) return 0;
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (; ; ) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done ? y.done ? 0 : -1 : 1;
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}

// src/core/inertText.ts
function inertText(text) {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- these characters are what is being escaped
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (char) => char === "\n" ? "\\n" : char === "\r" ? "\\r" : char === "	" ? "\\t" : `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`
  );
}

// src/core/rules/ruleCatalog.ts
var ruleCatalog = {
  "status-completed-unchecked": {
    severity: "error",
    summary: "A plan claims COMPLETED while success criteria or steps are unchecked."
  },
  "success-rate-mismatch": {
    severity: "warning",
    summary: "The self-reported success rate differs from the fraction of checked items."
  },
  "phase-complete-unchecked": {
    severity: "warning",
    summary: "A phase is marked complete while some of its steps are unchecked."
  },
  "parent-child-mismatch": {
    severity: "warning",
    summary: "A checked item has unchecked children, or an unchecked item has only checked children."
  },
  "phase-end-before-start": { severity: "error", summary: "A phase ends before it starts." },
  "duration-mismatch": {
    severity: "warning",
    summary: "The stated total duration disagrees with the phase timestamps."
  },
  "unknown-category": {
    severity: "warning",
    summary: "The task category is not a known category."
  },
  "unknown-agent": {
    severity: "warning",
    summary: "The agent is not in the configured alias map."
  },
  "invalid-value": {
    severity: "warning",
    summary: "A status, level, number, duration or date could not be understood."
  },
  "review-plan-missing": {
    severity: "error",
    summary: "A review or analysis links a plan that does not exist."
  },
  "duplicate-plan-id": { severity: "error", summary: "Two plans state the same plan id." },
  "review-claim-mismatch": {
    severity: "warning",
    summary: "A review's success rate for a category differs from the agent's verified success there."
  },
  "unknown-prompt": {
    severity: "warning",
    summary: "A plan names a prompt id or version that no prompt file states."
  },
  "prompt-version-unbumped": {
    severity: "warning",
    summary: "A prompt file changed without a new version."
  },
  "non-github-checkbox": {
    severity: "warning",
    summary: "A `[/]`, `[~]` or `[-]` item: GitHub shows it as text, so it is counted apart."
  },
  "lost-task": {
    severity: "warning",
    summary: "A task line GitHub renders as paragraph text (ordered list not starting at 1 after a paragraph)."
  },
  "claim-contradiction": {
    severity: "warning",
    summary: "Text claims a count or a done state that the checkboxes contradict."
  },
  "template-placeholder": {
    severity: "warning",
    summary: "A template placeholder was left in the document."
  },
  "agent-mismatch": {
    severity: "warning",
    summary: "The plan names an agent that its commits' trailers, authors or branch contradict."
  },
  "timeline-contradicts-git": {
    severity: "warning",
    summary: "A plan's stated time or timestamps are impossible given the commits that recorded them."
  },
  "front-matter-invalid": { severity: "error", summary: "The YAML front matter cannot be read." },
  "schema-violation": {
    severity: "error",
    summary: "The extracted document does not satisfy its JSON Schema (usually a missing or malformed field)."
  },
  "file-unreadable": {
    severity: "error",
    summary: "The file cannot be read as a document: binary, not UTF-8, too large or unreadable."
  },
  "file-empty": { severity: "warning", summary: "The file is empty." },
  "merge-conflict": {
    severity: "error",
    summary: "The file holds an unresolved merge conflict (`<<<<<<<`, `=======`, `>>>>>>>`); neither side is counted."
  },
  "file-too-complex": {
    severity: "error",
    summary: "The file nests deeper than the parser can follow in bounded time and memory, or the parser could not finish it; it was not analysed."
  }
};

// src/core/reportMessage.ts
function reportMessage(file, rules, ruleId, place, reason, expectation = {}) {
  const severity = rules[ruleId] ?? ruleCatalog[ruleId].severity;
  if (severity === "off") return;
  const message = file.message(inertText(reason), { place, ruleId, source: "planmark" });
  message.fatal = severity === "error" ? true : severity === "warning" ? false : void 0;
  if (expectation.expected !== void 0) message.expected = [expectation.expected];
  if (expectation.actual !== void 0) message.actual = inertText(expectation.actual);
}

// src/core/rules/walkTasks.ts
function walkTasks(tasks, base) {
  return (tasks ?? []).flatMap((task, index2) => {
    const pointer = `${base}/${index2}`;
    return [{ task, pointer }, ...walkTasks(task.children, `${pointer}/children`)];
  });
}

// src/core/tree/isCheckbox.ts
function isCheckbox(task) {
  return task.emoji !== true && (task.state === "checked" || task.state === "unchecked");
}

// src/core/aggregate/planProgress.ts
function planProgress(plan) {
  const done = plan.checkboxes.checked;
  const total = plan.checkboxes.checked + plan.checkboxes.unchecked;
  const criteria = boxesIn(plan.successCriteria);
  const phases = (plan.phases ?? []).map((phase) => ({
    number: phase.number,
    name: phase.name,
    ...boxesIn([...phase.steps, ...phase.completionCriteria]),
    ...phase.status ? { status: phase.status } : {}
  }));
  const inSections = [criteria, ...phases];
  return {
    done,
    total,
    boxes: plan.checkboxes,
    criteria,
    phases,
    other: {
      done: done - inSections.reduce((sum, section) => sum + section.done, 0),
      total: total - inSections.reduce((sum, section) => sum + section.total, 0)
    }
  };
}
function boxesIn(tasks) {
  const boxes = walkTasks(tasks, "").map(({ task }) => task).filter(isCheckbox);
  return { done: boxes.filter((task) => task.state === "checked").length, total: boxes.length };
}

export {
  resolveConfig,
  stringifyPosition,
  VFile,
  compareMessages,
  reportMessage,
  serializeChecked,
  deserializeChecked,
  walkTasks,
  isCheckbox,
  planProgress
};
