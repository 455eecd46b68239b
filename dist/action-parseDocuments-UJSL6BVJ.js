import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseMarkdown,
  toString,
  walk
} from "./action-chunk-SCUPJL2T.js";
import {
  dialectOf
} from "./action-chunk-OFK3I6YW.js";
import {
  normalizeAgent,
  refusedFile
} from "./action-chunk-TS34OH7L.js";
import {
  VFile,
  compareMessages,
  planProgress,
  reportMessage,
  resolveConfig,
  serializeChecked,
  walkTasks
} from "./action-chunk-WBEEON2P.js";
import {
  validateDocument
} from "./action-chunk-M5A2MLRX.js";
import "./action-chunk-K4PHLBO5.js";
import {
  normalizeKey,
  require_dist,
  scalarText
} from "./action-chunk-WLZSPHXB.js";
import {
  __toESM
} from "./action-chunk-VM4L7V5K.js";

// src/core/document/inlineDelimiterLoad.ts
function inlineDelimiterLoad(source) {
  let most = 0;
  let current = 0;
  let lineBlank = true;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 || code === 13) {
      if (code === 13 && source.charCodeAt(index + 1) === 10) index++;
      if (lineBlank) current = 0;
      lineBlank = true;
      continue;
    }
    if (code !== 32 && code !== 9) lineBlank = false;
    if (code === 42 || code === 95 || code === 126 || code === 91 || code === 93) {
      current++;
      if (current > most) most = current;
    }
  }
  return most;
}

// src/pipeline/parseGuarded.ts
import { existsSync as existsSync2 } from "node:fs";
import { Worker as Worker2 } from "node:worker_threads";

// src/pipeline/parseInWorkers.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var workerScript = fileURLToPath(new URL("./parse-worker.js", import.meta.url));
var minJobsForWorkers = 64;
function workerCount(jobs, requested) {
  if (!existsSync(workerScript)) return 0;
  if (requested !== "auto") return Math.max(0, Math.min(requested, jobs));
  if (jobs < minJobsForWorkers) return 0;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs / minJobsForWorkers)));
}
async function parseInWorkers(jobs, config, count, onDone) {
  const results = new Array(jobs.length);
  const batchSize = 16;
  let next = 0;
  let done = 0;
  const workers = Array.from(
    { length: count },
    () => new Worker(workerScript, {
      workerData: config,
      resourceLimits: { maxYoungGenerationSizeMb: 128 }
    })
  );
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          const send = () => {
            if (next >= jobs.length) return resolve();
            const start = next;
            next = Math.min(jobs.length, next + batchSize);
            worker.once("message", (batch) => {
              batch.forEach((result, offset) => results[start + offset] = result);
              done += batch.length;
              onDone(done);
              send();
            });
            worker.postMessage(jobs.slice(start, next));
            for (let index = start; index < next; index++) jobs[index].source = "";
          };
          worker.once("error", reject);
          send();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

// src/core/nestingDepth.ts
var containerMarker = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
function nestingDepth(source) {
  let deepest = { depth: 0, line: 1 };
  let lineNumber = 0;
  for (const line of source.split(/\r\n|\r|\n/)) {
    lineNumber++;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
    const columns = [...indent].reduce((sum, char) => sum + (char === "	" ? 4 : 1), 0);
    let rest = line.slice(indent.length);
    let markers = 0;
    for (let match = containerMarker.exec(rest); match && match[0] !== ""; match = containerMarker.exec(rest)) {
      markers++;
      rest = rest.slice(match[0].length);
    }
    const depth = Math.floor(columns / 2) + markers;
    if (depth > deepest.depth) deepest = { depth, line: lineNumber };
  }
  return deepest;
}

// src/core/document/conflictRegions.ts
var fence = /^ {0,3}(`{3,}|~{3,})/;
function conflictRegions(source) {
  const regions = [];
  let open;
  let code;
  const lines = source.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const marker = fence.exec(line)?.[1];
    if (code) {
      if (marker?.[0] === code.char && marker.length >= code.length && line.trim() === marker)
        code = void 0;
      continue;
    }
    if (marker && !open) {
      code = { char: marker[0], length: marker.length };
      continue;
    }
    if (/^<{7}(?:[ \t]|$)/.test(line)) open = { line: lineNumber, separated: false };
    else if (open && /^={7}[ \t]*$/.test(line)) open.separated = true;
    else if (open?.separated && /^>{7}(?:[ \t]|$)/.test(line)) {
      regions.push({ startLine: open.line, endLine: lineNumber });
      open = void 0;
    }
  }
  return regions;
}
function blankConflicts(source, regions) {
  if (regions.length === 0) return source;
  const parts = source.split(/(\r\n|\r|\n)/);
  for (const { startLine, endLine } of regions)
    for (let line = startLine; line <= endLine; line++) {
      const part = parts[(line - 1) * 2];
      if (part !== void 0) parts[(line - 1) * 2] = " ".repeat(part.length);
    }
  return parts.join("");
}

// src/core/document/classifyDocument.ts
var titleKinds = [
  [/^\W*(execution\s+)?plan\s+analysis\b/i, "analysis"],
  [/^\W*execution\s+plan\b/i, "plan"],
  [/^\W*agent\s+(performance\s+)?review\b/i, "review"]
];
var frontMatterKinds = new Map(
  Object.entries({
    plan: "plan",
    execution_plan: "plan",
    analysis: "analysis",
    plan_analysis: "analysis",
    review: "review",
    agent_review: "review",
    prompt: "prompt",
    system: "prompt",
    task: "prompt",
    specialized: "prompt",
    checklist: "checklist"
  })
);
function declaredKind(tree) {
  const first = tree.children[0];
  const type = first?.type === "yaml" ? /^type\s*:\s*["']?([\w-]+)/m.exec(first.value)?.[1] : void 0;
  const fromFrontMatter = type ? frontMatterKinds.get(type.toLowerCase()) : void 0;
  if (fromFrontMatter) return fromFrontMatter;
  const h1 = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  const title = h1 ? toString(h1) : "";
  return titleKinds.find(([pattern2]) => pattern2.test(title))?.[1];
}

// src/core/Extraction.ts
var Extraction = class {
  constructor(source, file, config) {
    this.source = source;
    this.file = file;
    this.config = config;
  }
  source;
  file;
  config;
  positions = {};
  /** Pointers whose text was reported as not understood, so schema validation does not report them again. */
  invalid = /* @__PURE__ */ new Set();
  /** Records that the value at `pointer` came from `place`. */
  at(pointer, place) {
    if (place) this.positions[pointer] = place;
  }
  /** The recorded position of `pointer` or of its nearest ancestor. */
  placeOf(pointer) {
    for (let current = pointer; ; current = current.slice(0, current.lastIndexOf("/"))) {
      const place = this.positions[current];
      if (place) return place;
      if (current === "") return void 0;
    }
  }
  /** Reports a finding of `ruleId` at `place`. */
  report(ruleId, place, reason, expectation) {
    reportMessage(this.file, this.config.rules, ruleId, place, reason, expectation);
  }
};

// src/core/normalize/resolveLink.ts
function resolveLink(fromPath2, href) {
  const target = decoded(href.split(/[?#]/)[0] ?? "");
  if (target === "" || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//"))
    return void 0;
  const parts = target.startsWith("/") ? [] : fromPath2.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}
function decoded(path) {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

// src/core/tree/sourceLines.ts
function sourceLines(source, node) {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === void 0 || end?.offset === void 0) return [];
  return source.slice(start.offset, end.offset).split(/\r\n|\r|\n/).map((raw, index) => {
    const prefix = index === 0 ? "" : /^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(raw)?.[0] ?? "";
    const text = raw.slice(prefix.length).replace(/(?:(?<! ) {2,}|\\)$/, "").trimEnd();
    return {
      text,
      line: start.line + index,
      column: index === 0 ? start.column : prefix.length + 1
    };
  });
}

// src/core/tree/findLostTasks.ts
var taskLine = /^(\d{1,9}[.)]|[-*+])[ \t]+\[([ xX])\](?:[ \t]|$)/;
function findLostTasks(nodes, source) {
  const lost = [];
  for (const node of nodes) {
    walk(node, (paragraph) => {
      if (paragraph.type !== "paragraph") return;
      for (const line of sourceLines(source, paragraph).slice(1)) {
        const match = taskLine.exec(line.text);
        if (!match?.[1]) continue;
        const marker = match[1];
        const ordered = /^\d/.test(marker);
        lost.push({
          ...line,
          marker,
          checked: match[2] !== " ",
          why: ordered && !/^0*1[.)]$/.test(marker) ? `an ordered list that starts at ${Number.parseInt(marker, 10)} cannot interrupt a paragraph; add a blank line before it or number the list from 1` : "the line continues the paragraph above (indented four or more columns past its parent, or inside a paragraph); indent it by exactly its parent's content width"
        });
      }
    });
  }
  return lost;
}

// src/core/tree/taskState.ts
var plainTextMarkerPattern = /^\[([/~-])\](?=\s|$)/;
var emojiMarker = /^(✅|✔️?|☑️?|⬜|☐|⏳|🔄|🚧|❌|⚠️?)\s*/u;
function taskState(item) {
  if (item.checked === true) return "checked";
  if (item.checked === false) return "unchecked";
  const marker = plainTextMarkerPattern.exec(firstText(item))?.[1];
  if (marker === "-") return "dropped";
  if (marker) return "in_progress";
  return void 0;
}
function emojiTaskState(item) {
  if (typeof item.checked === "boolean") return void 0;
  const emoji3 = emojiMarker.exec(firstText(item))?.[1];
  if (!emoji3) return void 0;
  if (/^(✅|✔|☑)/u.test(emoji3)) return "checked";
  if (/^(⏳|🔄|🚧)/u.test(emoji3)) return "in_progress";
  return "unchecked";
}
function taskMarkerLength(item) {
  if (typeof item.checked === "boolean") return 0;
  const text = firstText(item);
  return (plainTextMarkerPattern.exec(text) ?? emojiMarker.exec(text))?.[0].length ?? 0;
}
function plainTextMarker(item) {
  if (typeof item.checked === "boolean") return void 0;
  const marker = plainTextMarkerPattern.exec(firstText(item))?.[1];
  return marker ? `[${marker}]` : void 0;
}
function firstText(item) {
  const paragraph = item.children[0];
  const text = paragraph?.type === "paragraph" ? paragraph.children[0] : void 0;
  return text?.type === "text" ? text.value : "";
}

// src/core/tree/countCheckboxes.ts
function countCheckboxes(nodes, source) {
  const counts = { checked: 0, unchecked: 0, inProgress: 0, dropped: 0, lost: 0 };
  for (const node of nodes) {
    walk(node, (item) => {
      if (item.type !== "listItem") return;
      const state = taskState(item);
      if (state === "checked") counts.checked++;
      else if (state === "unchecked") counts.unchecked++;
      else if (state === "in_progress") counts.inProgress++;
      else if (state === "dropped") counts.dropped++;
    });
  }
  counts.lost = findLostTasks(nodes, source).length;
  return counts;
}

// src/core/tree/fieldList.ts
function fieldList(field) {
  if (field.list) return field.list;
  const nested = (field.item?.children ?? []).filter((child) => child.type === "list").flatMap(
    (list) => list.children.map(
      (item) => toString(item.children[0] ?? item).replace(/\s+/g, " ").trim()
    )
  ).filter(Boolean);
  if (nested.length > 0) return field.text ? [field.text, ...nested] : nested;
  return field.text.split(/[,;]/).map((part) => part.trim()).filter(Boolean);
}

// src/core/tree/fieldLookup.ts
function fieldLookup(fields) {
  const field = (...keys) => fields.find((candidate) => keys.includes(candidate.key));
  const listOf2 = (...keys) => {
    const found = field(...keys);
    return found ? fieldList(found) : void 0;
  };
  return { field, listOf: listOf2 };
}

// src/core/tree/parseFieldLine.ts
var patterns = [
  /^(\*\*|__)([^*_]+?)\1\s*:\s*/,
  // **Key**: value, **Key** : value
  /^(\*\*|__)([^*_]+?):\1\s*/,
  // **Key:** value
  /^()([\p{L}][\p{L}\p{N} _/()%-]{0,40}?)\s*:\s+(?=\S)/u
  // Key: value (value required)
];
function parseFieldLine(line) {
  for (const pattern2 of patterns) {
    const match = pattern2.exec(line);
    if (match?.[2] && match[2].trim().split(/\s+/).length <= 6) {
      return {
        name: match[2].trim(),
        value: line.slice(match[0].length).trim(),
        valueOffset: match[0].length
      };
    }
  }
  return void 0;
}

// src/core/tree/inlineText.ts
var escapedPunctuation = /\\[!-/:-@[-`{-~]/g;
function inlineText(paragraph, line, column) {
  const pieces = [];
  const visit = (node) => {
    if ("children" in node) {
      for (const child of node.children) visit(child);
      return;
    }
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.line > line.line || end.line < line.line) return;
    if (end.line === line.line && end.column <= column) return;
    if (node.type === "break") pieces.push(" ");
    else if (node.type === "text") pieces.push(textOnLine(node.value, start, line, column));
    else if (node.type === "inlineCode" || node.type === "image" || node.type === "imageReference")
      pieces.push(start.line === line.line ? "value" in node ? node.value : node.alt ?? "" : "");
  };
  for (const child of paragraph.children) visit(child);
  return pieces.join("").replace(/\s+/g, " ").trim();
}
function textOnLine(value, start, line, column) {
  const piece = value.split("\n")[line.line - start.line] ?? "";
  const pieceColumn = start.line === line.line ? start.column : line.column;
  if (column <= pieceColumn) return piece;
  const skipped = line.text.slice(pieceColumn - line.column, column - line.column);
  return piece.slice(skipped.length - (skipped.match(escapedPunctuation)?.length ?? 0));
}

// src/core/tree/readFields.ts
function readFields(nodes, source) {
  const fields = [];
  for (const node of nodes) {
    if (node.type === "paragraph") fields.push(...paragraphFields(node, source));
    if (node.type === "list") {
      for (const item of node.children) {
        const first = item.children[0];
        if (first?.type !== "paragraph") continue;
        const [field] = paragraphFields(first, source, 1);
        if (field) fields.push({ ...field, item });
      }
    }
  }
  return fields;
}
function paragraphFields(paragraph, source, maxLines = Infinity) {
  const fields = [];
  for (const sourceLine of sourceLines(source, paragraph).slice(0, maxLines)) {
    const { text, line, column } = sourceLine;
    const parsed = parseFieldLine(text);
    if (!parsed) continue;
    const valueColumn = column + parsed.valueOffset;
    fields.push({
      key: normalizeKey(parsed.name),
      text: inlineText(paragraph, sourceLine, valueColumn),
      markdown: parsed.value,
      place: {
        start: { line, column: valueColumn },
        end: { line, column: column + text.length }
      }
    });
  }
  return fields;
}

// src/core/tree/readFieldsDeep.ts
function readFieldsDeep(nodes, source) {
  const fields = [];
  for (const node of nodes) {
    walk(node, (child, parent) => {
      if (child.type === "list" || child.type === "paragraph" && parent?.type !== "listItem") {
        fields.push(...readFields([child], source));
      }
    });
  }
  return fields;
}

// src/core/tree/readTables.ts
function readTables(nodes, columns) {
  const rows = [];
  for (const node of nodes) {
    walk(node, (table) => {
      if (table.type !== "table") return;
      const [header, ...body] = table.children;
      const keys = (header?.children ?? []).map((cell) => normalizeKey(toString(cell)));
      if (!columns.every((column) => keys.includes(column))) return;
      for (const row of body) {
        const cells = /* @__PURE__ */ Object.create(null);
        row.children.forEach((cell, index) => {
          const key = keys[index];
          if (key) cells[key] = toString(cell).trim();
        });
        rows.push({ cells, place: row.position });
      }
    });
  }
  return rows;
}

// src/core/extract/dropEmpty.ts
function dropEmpty(value) {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, entry]) => entry !== void 0 && !(typeof entry === "object" && entry !== null && !Array.isArray(entry) && Object.keys(entry).length === 0)
    )
  );
}

// src/core/text/shortened.ts
function shortened(text) {
  return text.length <= 120 ? text : `${text.slice(0, 100).replace(/[\ud800-\udbff]$/, "")}… (${text.length} characters)`;
}

// src/core/normalize/normalizeLevel.ts
function normalizeLevel(text) {
  const word = text.toLowerCase().replace(/[^a-z]+/g, " ").trim().split(" ")[0];
  if (word === "low") return "low";
  if (word === "med" || word === "medium" || word === "moderate") return "medium";
  if (word === "high") return "high";
  return void 0;
}

// src/core/normalize/normalizeStatus.ts
var words = [
  ["in_progress", /\b(in[ _-]?progress|ongoing|wip|started|running)\b/i],
  ["partial", /\b(partial(ly)?( completed?| done| success)?)\b/i],
  ["abandoned", /\b(abandoned|cancell?ed|dropped|won'?t do)\b/i],
  ["blocked", /\b(blocked|on hold)\b/i],
  ["failed", /\b(failed|failure|fail)\b/i],
  ["completed", /\b(completed?|done|success(ful)?|finished)\b/i]
];
var emoji = [
  ["completed", "✅"],
  ["completed", "✔"],
  ["completed", "☑"],
  ["failed", "❌"],
  ["in_progress", "🔄"],
  ["in_progress", "⏳"],
  ["in_progress", "🚧"],
  ["blocked", "⛔"],
  ["blocked", "🚫"]
];
function normalizeStatus(text) {
  for (const [status, pattern2] of words) if (pattern2.test(text)) return status;
  for (const [status, mark] of emoji) if (text.includes(mark)) return status;
  return void 0;
}

// src/core/normalize/parseCost.ts
var maxLength = 64;
var symbols = /* @__PURE__ */ new Map([
  ["$", "USD"],
  ["US$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"]
]);
var amountPattern = /^(?:([A-Za-z]{3}|US\$|[$€£])\s?)?(\d{1,15}(?:,\d{3})*(?:\.\d{1,6})?)(?:\s?([A-Za-z]{3}))?$/;
function parseCost(text) {
  if (text.length > maxLength) return void 0;
  const match = amountPattern.exec(text.trim());
  if (!match) return void 0;
  const [, before, digits = "", after] = match;
  if (before && after) return void 0;
  const unit2 = before ?? after;
  if (!unit2) return void 0;
  const currency = symbols.get(unit2) ?? (/^[A-Za-z]{3}$/.test(unit2) ? unit2.toUpperCase() : void 0);
  if (!currency) return void 0;
  const amount = Number(digits.replaceAll(",", ""));
  return Number.isFinite(amount) ? { amount, currency } : void 0;
}

// src/core/normalize/parseDuration.ts
var unitMinutes = [
  [/^(m|mins?|minutes?)$/, 1],
  [/^(h|hrs?|hours?)$/, 60],
  [/^(d|days?)$/, 24 * 60],
  [/^(w|wks?|weeks?)$/, 7 * 24 * 60]
];
function minutesPerUnit(unit2) {
  return unitMinutes.find(([pattern2]) => pattern2.test(unit2))?.[1];
}
var number = String.raw`(\d+(?:\.\d+)?)`;
var unit = String.raw`([a-z]+)`;
var rangePattern = new RegExp(
  String.raw`^${number}\s*${unit}?\s*(?:-|–|—|to)\s*${number}\s*${unit}$`
);
var compoundPart = new RegExp(String.raw`${number}\s*${unit}`, "g");
var longestDurationText = 200;
var mostMinutes = 1e9;
function parseDuration(text) {
  const duration = readDuration(text);
  return duration && Math.max(duration.minMinutes, duration.maxMinutes) <= mostMinutes ? duration : void 0;
}
function readDuration(text) {
  if (text.length > longestDurationText) return void 0;
  let unwrapped = text.toLowerCase();
  for (let previous = ""; previous !== unwrapped; )
    [previous, unwrapped] = [unwrapped, unwrapped.replace(/\([^()]*\)/g, " ")];
  const clean = unwrapped.replace(/^(about|approx\.?|approximately|around|estimated:?|est\.?)\s+/, "").replace(/[~≈]/g, "").replace(/\s+/g, " ").trim();
  const bounded = /^(<|≤|<=|under|less than|up to|max\.?)\s*(.*)$/.exec(clean);
  if (bounded) {
    const upper = readDuration(bounded[2] ?? "");
    return upper && { text, minMinutes: 0, maxMinutes: upper.maxMinutes };
  }
  const range = rangePattern.exec(clean);
  if (range) {
    const [, low, lowUnit, high, highUnit] = range;
    const highFactor = minutesPerUnit(highUnit ?? "");
    const lowFactor = lowUnit ? minutesPerUnit(lowUnit) : highFactor;
    if (highFactor === void 0 || lowFactor === void 0) return void 0;
    return {
      text,
      minMinutes: round(Number(low) * lowFactor),
      maxMinutes: round(Number(high) * highFactor)
    };
  }
  const body = clean.replace(/(\d)\+/g, "$1").replace(/\band\b|,/g, " ");
  let total = 0;
  let consumed = "";
  for (const [whole, amount, partUnit] of body.matchAll(compoundPart)) {
    const factor = minutesPerUnit(partUnit ?? "");
    if (factor === void 0) return void 0;
    total += Number(amount) * factor;
    consumed += whole;
  }
  if (consumed.length === 0 || consumed.replace(/\s/g, "") !== body.replace(/\s/g, "")) {
    return void 0;
  }
  return { text, minMinutes: round(total), maxMinutes: round(total) };
}
function round(minutes) {
  return Math.round(minutes * 100) / 100;
}

// src/core/normalize/parseTokenCount.ts
var maxLength2 = 64;
var multipliers = /* @__PURE__ */ new Map([
  ["", 1],
  ["k", 1e3],
  ["m", 1e6]
]);
var countPattern = /^(\d{1,15}(?:[, ]\d{3})*(?:\.\d{1,3})?)\s?([kKmM]?)(?:\s?tokens?)?$/;
function parseTokenCount(text) {
  if (text.length > maxLength2) return void 0;
  const match = countPattern.exec(text.trim());
  if (!match) return void 0;
  const value = Number((match[1] ?? "").replace(/[, ]/g, "")) * (multipliers.get((match[2] ?? "").toLowerCase()) ?? 1);
  return Number.isFinite(value) ? Math.round(value) : void 0;
}
function parseTokenPair(text) {
  if (text.length > maxLength2 * 2) return void 0;
  const parts = text.split(/\s*[/;|]\s*|,\s+(?=[a-z])/i).filter((part) => part.trim() !== "");
  const pair = {};
  for (const part of parts) {
    const words2 = part.trim().toLowerCase().replace(/\s?tokens?$/, "");
    const side = /^(?:input|in|prompt)\b|\b(?:input|in|prompt)$/.test(words2) ? "input" : /^(?:output|out|completion)\b|\b(?:output|out|completion)$/.test(words2) ? "output" : void 0;
    if (!side || pair[side] !== void 0) return void 0;
    const count = parseTokenCount(
      words2.replace(
        /^(?:input|in|prompt|output|out|completion)\s*:?\s*|\s*(?:input|in|prompt|output|out|completion)$/g,
        ""
      )
    );
    if (count === void 0) return void 0;
    pair[side] = count;
  }
  return Object.keys(pair).length > 0 ? pair : void 0;
}

// src/core/normalize/parseTimestamp.ts
var pattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?)?$/i;
function parseTimestamp(text) {
  const match = pattern.exec(text.trim());
  if (!match) return void 0;
  const [, year, month, day, hour, minute, second, zone] = match;
  const date = `${year}-${month}-${day}`;
  const asDate = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(asDate.getTime()) || asDate.toISOString().slice(0, 10) !== date) return void 0;
  if (hour === void 0) return date;
  const offset = !zone || /^(z|utc)$/i.test(zone) ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const instant = /* @__PURE__ */ new Date(`${date}T${hour}:${minute}:${second ?? "00"}${offset}`);
  if (Number.isNaN(instant.getTime())) return void 0;
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/core/tree/isPlaceholder.ts
var placeholderPattern = /\{\{[^{}\n]+\}\}/g;
function isPlaceholder(text) {
  return new RegExp(placeholderPattern.source).test(text);
}

// src/core/extract/fieldReaders.ts
function readWith(field, extraction, pointer, parse, expected) {
  if (!field || field.text === "") return void 0;
  const value = parse(field.text);
  if (value === void 0) {
    const actual = shortened(field.text);
    extraction.invalid.add(pointer);
    if (isPlaceholder(field.text)) return void 0;
    extraction.report("invalid-value", field.place, `Expected ${expected}, found \`${actual}\``, {
      expected,
      actual
    });
    return void 0;
  }
  extraction.at(pointer, field.place);
  return value;
}
function readTimestamp(field, extraction, pointer) {
  return readWith(
    field,
    extraction,
    pointer,
    parseTimestamp,
    "a date such as `2026-11-24` or `2026-11-24T09:30:00Z`"
  );
}
function readDuration2(field, extraction, pointer) {
  return readWith(
    field,
    extraction,
    pointer,
    parseDuration,
    "a duration such as `90 minutes`, `1.5 hours` or `2-3 hours`"
  );
}
function readLevel(field, extraction, pointer) {
  return readWith(field, extraction, pointer, normalizeLevel, "a level: low, medium or high");
}
function readStatus(field, extraction, pointer) {
  return readWith(
    field,
    extraction,
    pointer,
    normalizeStatus,
    "a status: completed, partial, in_progress, blocked, failed or abandoned"
  );
}
function readPercent(field, extraction, pointer) {
  return readWith(field, extraction, pointer, parsePercent, "a percentage between 0 and 100");
}
function readScore(field, extraction, pointer) {
  return readWith(
    field,
    extraction,
    pointer,
    (text) => parseScore(text)?.score,
    "a score from 1 to 10"
  );
}
function parsePercent(text) {
  const fraction = /^[^\d-]*?(\d+)\s*\/\s*(\d+)(?!\s*%)/.exec(text);
  const percent = /^[^\d-]*?(\d+(?:\.\d+)?)(?![\d.eE])\s*%?/.exec(text);
  const value = fraction && Number(fraction[2]) > 0 ? 100 * Number(fraction[1]) / Number(fraction[2]) : Number(percent?.[1]);
  if (!Number.isFinite(value) || value < 0 || value > 100) return void 0;
  return Math.round(value * 100) / 100;
}
function parseScore(text) {
  const match = /^\D*?(\d+(?:\.\d+)?)(?:\s*\/\s*10)?\s*(?:[-–—:(]\s*(.*?)\)?)?$/.exec(text.trim());
  const score = Number(match?.[1]);
  if (!match || !Number.isFinite(score) || score < 1 || score > 10) return void 0;
  return match[2] ? { score, rationale: match[2].trim() } : { score };
}
function readCost(field, extraction, pointer) {
  return readWith(
    field,
    extraction,
    pointer,
    parseCost,
    "an amount with its currency such as `$1.20` or `1.20 USD`"
  );
}
function readTokenCount(field, extraction, pointer) {
  return readWith(
    field,
    extraction,
    pointer,
    parseTokenCount,
    "a token count such as `12,000` or `12k`"
  );
}
function readTokenPair(field, extraction, pointer) {
  return readWith(
    field,
    extraction,
    pointer,
    parseTokenPair,
    "input and output tokens such as `12,000 in / 3,000 out`"
  );
}

// src/core/tree/readFrontMatter.ts
var import_yaml = __toESM(require_dist(), 1);
function readFrontMatter(tree, extraction) {
  const fields = /* @__PURE__ */ new Map();
  const node = tree.children[0];
  if (node?.type !== "yaml" || !node.position) return fields;
  const firstLine = node.position.start.line + 1;
  const lineStarts = lineStartOffsets(node.value);
  const placeOf = (range) => {
    const offset = range?.[0] ?? 0;
    let index = 0;
    while (index + 1 < lineStarts.length && (lineStarts[index + 1] ?? Infinity) <= offset) index++;
    const point = { line: firstLine + index, column: offset - (lineStarts[index] ?? 0) + 1 };
    return { start: point, end: point };
  };
  const document = (0, import_yaml.parseDocument)(node.value, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    extraction.report(
      "front-matter-invalid",
      placeOf(error?.pos),
      `Expected YAML front matter, found an error: ${error?.message.split("\n")[0]}`,
      {
        expected: "valid YAML",
        actual: error?.code ?? "invalid YAML"
      }
    );
    return fields;
  }
  if (!(0, import_yaml.isMap)(document.contents)) {
    if (document.contents) {
      extraction.report(
        "front-matter-invalid",
        placeOf(document.contents.range),
        "Expected front matter to be a mapping of keys to values",
        {
          expected: "a mapping",
          actual: "another YAML value"
        }
      );
    }
    return fields;
  }
  for (const pair of document.contents.items) {
    if (!(0, import_yaml.isScalar)(pair.key)) continue;
    const key = normalizeKey(String(pair.key.value));
    const value = pair.value;
    const place = placeOf(value?.range ?? pair.key.range);
    if ((0, import_yaml.isSeq)(value)) {
      const list = value.items.map((entry) => (0, import_yaml.isScalar)(entry) ? scalarText(entry, node.value) : "").filter(Boolean);
      fields.set(key, { key, text: list.join(", "), markdown: list.join(", "), list, place });
    } else if ((0, import_yaml.isScalar)(value) && value.value !== null) {
      const text = scalarText(value, node.value);
      fields.set(key, { key, text, markdown: text, place });
    }
  }
  return fields;
}
function lineStartOffsets(text) {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === "\n") starts.push(index + 1);
  return starts;
}

// src/core/extract/readHeader.ts
function readHeader(tree, extraction) {
  const firstSection = tree.children.findIndex((node) => node.type === "heading" && node.depth >= 2);
  const top = tree.children.slice(0, firstSection === -1 ? void 0 : firstSection);
  const fromMarkdown = /* @__PURE__ */ new Map();
  for (const field of readFields(top, extraction.source)) {
    if (!fromMarkdown.has(field.key)) fromMarkdown.set(field.key, field);
  }
  const header = new Map([...readFrontMatter(tree, extraction), ...fromMarkdown]);
  for (const [key, field] of header) if (isPlaceholder(field.markdown)) header.delete(key);
  return header;
}
function pick(header, ...keys) {
  for (const key of keys) {
    const field = header.get(key);
    if (field) return field;
  }
  return void 0;
}

// src/core/normalize/normalizeCategory.ts
function normalizeCategory(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/g, "");
}

// src/core/extract/readIdentityFields.ts
function readAgent(field, extraction, pointer = "/agent") {
  if (!field?.text) return void 0;
  const aliases = extraction.config.agents;
  const agent = normalizeAgent(field.text, aliases);
  extraction.at(pointer, field.place);
  if (Object.keys(aliases).length > 0 && !Object.hasOwn(aliases, agent)) {
    extraction.report(
      "unknown-agent",
      field.place,
      `Expected a configured agent, found \`${field.text}\``,
      {
        expected: Object.keys(aliases).sort().join(", "),
        actual: field.text
      }
    );
  }
  return agent;
}
function readCategory(field, extraction, pointer = "/taskCategory") {
  if (!field?.text) return void 0;
  const category = normalizeCategory(field.text);
  if (category === "") return void 0;
  extraction.at(pointer, field.place);
  const known = extraction.config.categories;
  if (!Object.hasOwn(known, category)) {
    extraction.report(
      "unknown-category",
      field.place,
      `Expected a known task category, found \`${field.text}\``,
      {
        expected: Object.keys(known).sort().join(", "),
        actual: category
      }
    );
  }
  return category;
}

// src/core/extract/readTitle.ts
var kindPrefix = /^\s*(execution plan analysis|plan analysis|execution plan|agent performance review|agent review)\s*[:—–-]?\s*/i;
function readTitle(tree, header, extraction) {
  const heading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  if (heading) {
    extraction.at("/title", heading.position);
    const text = toString(heading).replace(/\s+/g, " ").trim();
    return text.replace(kindPrefix, "") || text;
  }
  const field = header.get("title");
  if (field) extraction.at("/title", field.place);
  return field?.text || void 0;
}

// src/core/extract/extractAnalysis.ts
var qualityKeys = new Map(
  Object.entries({
    "code quality": "code",
    code: "code",
    "documentation quality": "documentation",
    documentation: "documentation",
    "architecture quality": "architecture",
    architecture: "architecture",
    "overall quality": "overall",
    overall: "overall"
  })
);
function extractAnalysis(tree, identity, extraction) {
  const header = readHeader(tree, extraction);
  const fields = readFieldsDeep(tree.children, extraction.source);
  const { field, listOf: listOf2 } = fieldLookup(fields);
  const quality = {};
  for (const candidate of fields) {
    const target = qualityKeys.get(candidate.key);
    const score = target && !quality[target] ? parseScore(candidate.text) : void 0;
    if (target && score) {
      quality[target] = score;
      extraction.at(`/quality/${target}`, candidate.place);
    }
  }
  const verdict = field("overall success", "outcome", "verdict");
  const analysis = {
    schemaVersion: 1,
    kind: "analysis",
    identity,
    title: readTitle(tree, header, extraction),
    planRef: readPlanRef(
      pick(header, "plan id", "plan", "execution plan"),
      identity.path,
      extraction
    ),
    agent: readAgent(pick(header, "agent"), extraction),
    reviewer: pick(header, "reviewer", "analyst")?.text,
    reviewDate: readTimestamp(
      pick(header, "review date", "date", "analysis date"),
      extraction,
      "/reviewDate"
    ),
    adherence: dropEmpty({
      phaseCompletionRate: readPercent(
        field("phase completion rate", "phase completion"),
        extraction,
        "/adherence/phaseCompletionRate"
      ),
      stepCompletionRate: readPercent(
        field("step completion rate", "step completion"),
        extraction,
        "/adherence/stepCompletionRate"
      ),
      timeAccuracy: readPercent(
        field("time accuracy", "time estimate accuracy"),
        extraction,
        "/adherence/timeAccuracy"
      )
    }),
    quality,
    deviations: readTables(tree.children, ["aspect"]).map((row, index) => {
      extraction.at(`/deviations/${index}`, row.place);
      const { aspect = "", planned, actual, deviation, impact } = row.cells;
      return dropEmpty({ aspect, planned, actual, deviation, impact });
    }),
    overallSuccess: readVerdict(verdict?.text),
    strengths: listOf2("strengths", "key strengths"),
    weaknesses: listOf2("weaknesses", "areas for improvement"),
    nextSteps: listOf2("next steps"),
    checkboxes: countCheckboxes(tree.children, extraction.source)
  };
  if (verdict) {
    if (analysis.overallSuccess) extraction.at("/overallSuccess", verdict.place);
    else if (!isPlaceholder(verdict.text))
      extraction.report(
        "invalid-value",
        verdict.place,
        `Expected SUCCESS, PARTIAL or FAILURE, found \`${verdict.text}\``,
        { expected: "SUCCESS, PARTIAL or FAILURE", actual: verdict.text }
      );
  }
  return dropEmpty(analysis);
}
function readVerdict(text) {
  const word = normalizeKey(text ?? "").split(" ")[0];
  if (word === "success" || word === "successful") return "success";
  if (word === "partial" || word === "partially") return "partial";
  if (word === "failure" || word === "failed") return "failure";
  return void 0;
}
function readPlanRef(field, fromPath2, extraction) {
  if (!field) return void 0;
  extraction.at("/planRef", field.place);
  const href = /\]\(([^)\s]+)/.exec(field.markdown)?.[1] ?? (/\.md$/i.test(field.text) ? field.text : void 0);
  const path = href ? resolveLink(fromPath2, href) : void 0;
  return path ? { path } : { planId: field.text };
}

// src/core/normalize/stripEmoji.ts
var emoji2 = new RegExp("\\p{Extended_Pictographic}|[\\u{1F1E6}-\\u{1F1FF}]|\\u{FE0F}|\\u{200D}|\\u{20E3}", "gu");
function stripEmoji(text) {
  return text.replace(emoji2, "").replace(/\s+/g, " ").trim();
}

// src/core/tree/splitSections.ts
function splitSections(nodes, maxDepth) {
  const sections = [{ title: "", nodes: [] }];
  for (const node of nodes) {
    if (node.type === "heading" && node.depth <= maxDepth) {
      sections.push({ heading: node, title: headingTitle(node), nodes: [] });
    } else {
      sections.at(-1)?.nodes.push(node);
    }
  }
  return sections;
}
function headingTitle(heading) {
  return normalizeKey(stripEmoji(toString(heading)));
}

// src/core/extract/extractChecklist.ts
function extractChecklist(tree, identity, extraction) {
  const header = readHeader(tree, extraction);
  const sections = [];
  splitSections(tree.children, 6).forEach((section) => {
    const checkboxes = countCheckboxes(section.nodes, extraction.source);
    if (Object.values(checkboxes).every((count) => count === 0)) return;
    const entry = { depth: section.heading?.depth ?? 0, checkboxes };
    if (section.heading) entry.heading = toString(section.heading).replace(/\s+/g, " ").trim();
    extraction.at(`/sections/${sections.length}`, section.heading?.position);
    sections.push(entry);
  });
  const title = readTitle(tree, header, extraction);
  return {
    schemaVersion: 1,
    kind: "checklist",
    identity,
    dialect: "generic",
    ...title ? { title } : {},
    sections,
    checkboxes: countCheckboxes(tree.children, extraction.source)
  };
}

// src/core/tree/collectTasks.ts
function collectTasks(nodes, extraction, pointer) {
  const tasks = [];
  collectInto(nodes, tasks, extraction, pointer);
  return tasks;
}
function collectInto(nodes, tasks, extraction, pointer) {
  for (const node of nodes) {
    if (node.type === "blockquote") collectInto(node.children, tasks, extraction, pointer);
    if (node.type !== "list") continue;
    for (const item of node.children) {
      const boxState = taskState(item);
      const state = boxState ?? emojiTaskState(item);
      if (!state) {
        collectInto(item.children, tasks, extraction, pointer);
        continue;
      }
      const at = `${pointer}/${tasks.length}`;
      extraction.at(at, item.position);
      const task = { text: taskText(item), state, children: [] };
      if (!boxState) task.emoji = true;
      tasks.push(task);
      addFacts(task, item, extraction, at);
      task.children = collectTasks(item.children.slice(1), extraction, `${at}/children`);
    }
  }
}
function taskText(item) {
  const first = item.children[0];
  const text = first?.type === "paragraph" ? toString(first) : "";
  return text.slice(taskMarkerLength(item)).replace(/\s+/g, " ").trim();
}
function addFacts(task, item, extraction, pointer) {
  const lists = item.children.filter((child) => child.type === "list");
  for (const field of readFields(lists, extraction.source)) {
    if (field.item && (taskState(field.item) ?? emojiTaskState(field.item))) continue;
    if (field.key === "expected outcome") task.expectedOutcome = field.text;
    else if (field.key === "success metric") task.successMetric = field.text;
    else if (field.key === "risk level" || field.key === "risk") {
      const level = normalizeLevel(field.text);
      if (level) {
        task.riskLevel = level;
        extraction.at(`${pointer}/riskLevel`, field.place);
      } else if (field.key === "risk level" && !isPlaceholder(field.text)) {
        extraction.report(
          "invalid-value",
          field.place,
          `Expected a risk level, found \`${field.text}\``,
          {
            expected: "low, medium or high",
            actual: field.text
          }
        );
      }
    }
  }
}

// src/core/extract/findPhases.ts
var keyword = /^(?:phase|milestone|task|step|stage|sprint|part)\s*(\d+)(?:\.\d+)*\s*(?:[.:)—–-]\s*)?(.*)$/i;
var numbered = /^(\d+)\s*[.:)—–-]\s*(.*)$/;
var estimate = /\(([^()]*)\)\s*$/;
var estimateLabel = /^\s*(?:estimated|estimate|est\.?)(?![a-z])\s*:?/i;
var phaseSections = /* @__PURE__ */ new Set([
  "execution phases",
  "phases",
  "execution plan",
  "implementation plan",
  "plan",
  "milestones",
  "tasks"
]);
function findPhases(nodes) {
  const phases = [];
  let section = "";
  let current;
  for (const node of nodes) {
    if (node.type === "heading") {
      const phase = readPhaseHeading(node, phaseSections.has(section));
      if (phase) {
        current = phase;
        phases.push(phase);
        continue;
      }
      if (current && node.depth <= current.heading.depth) current = void 0;
      if (!current && node.depth <= 2) section = headingTitle(node);
    }
    current?.nodes.push(node);
  }
  return phases;
}
function readPhaseHeading(heading, inPhaseSection) {
  const raw = toString(heading);
  const text = stripEmoji(raw);
  const match = keyword.exec(text) ?? (inPhaseSection ? numbered.exec(text) : null);
  if (!match) return void 0;
  const rest = match[2] ?? "";
  const found = estimate.exec(rest);
  const inner = found?.[1] ?? "";
  const label = estimateLabel.exec(inner);
  const written = found ? readEstimate(label !== null, inner.slice(label?.[0].length ?? 0)) : void 0;
  const named = (written !== void 0 && found ? rest.slice(0, found.index) : rest).trimEnd();
  const name = (/[—–-]$/.test(named) ? named.slice(0, -1) : named).trim();
  const block = { heading, number: Number(match[1]), name, nodes: [] };
  if (written) block.estimate = written;
  const status = headingStatus(raw);
  if (status) block.status = status;
  return block;
}
var durationShaped = /^[~<>≈\s]*\d[^()]*?(?<![a-z])(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\.?\s*$/i;
function readEstimate(labelled, text) {
  const whole = text.trim();
  if (labelled || parseDuration(whole) || durationShaped.test(whole)) return whole;
  const first = whole.split(/[,;]/)[0]?.trim() ?? "";
  return first !== whole && parseDuration(first) ? first : void 0;
}
function headingStatus(raw) {
  const marks = raw.replace(/[\p{L}\p{N}\s:().—–-]/gu, "");
  const upperWords = raw.match(/\b[A-Z][A-Z_]{2,}(?: [A-Z_]{2,})?\b/g) ?? [];
  return normalizeStatus(marks) ?? normalizeStatus(
    upperWords.filter((word) => !/^(PHASE|MILESTONE|TASK|STEP|STAGE|SPRINT|PART)$/.test(word)).join(" ")
  );
}

// src/core/extract/readPhases.ts
function readPhases(nodes, extraction) {
  const blocks = findPhases(nodes);
  const tableStatus = /* @__PURE__ */ new Map();
  for (const row of readTables(nodes, ["phase", "status"])) {
    const number2 = /\d+/.exec(row.cells.phase ?? "")?.[0];
    if (number2) tableStatus.set(Number(number2), row.cells.status ?? "");
  }
  const numbered2 = blocks.filter((block) => {
    if (block.number < 1e15) return true;
    const digits = /\d+/.exec(toString(block.heading))?.[0] ?? "";
    extraction.report(
      "invalid-value",
      block.heading.position,
      `Expected a phase number of at most 15 digits, found ${digits.length} digits; the heading is not read as a phase`,
      { expected: "a phase number of at most 15 digits", actual: `${digits.length} digits` }
    );
    return false;
  });
  return numbered2.map(
    (block, index) => readPhase(block, `/phases/${index}`, tableStatus.get(block.number), extraction)
  );
}
function readPhase(block, pointer, tableStatus, extraction) {
  extraction.at(pointer, block.heading.position);
  const phase = { number: block.number, name: block.name, steps: [], completionCriteria: [] };
  if (block.estimate) {
    const estimate2 = parseDuration(block.estimate);
    if (estimate2) phase.estimatedDuration = estimate2;
    else {
      extraction.invalid.add(`${pointer}/estimatedDuration`);
      if (!isPlaceholder(block.estimate))
        extraction.report(
          "invalid-value",
          block.heading.position,
          `Expected a duration in the phase estimate, found \`${shortened(block.estimate)}\``,
          {
            expected: "a duration such as `30 minutes`",
            actual: shortened(block.estimate)
          }
        );
    }
  }
  let target = "steps";
  const groups = { steps: [], completionCriteria: [] };
  for (const node of block.nodes) {
    const label = node.type === "heading" ? toString(node) : node.type === "paragraph" ? toString(node) : void 0;
    if (label !== void 0 && /^\s*(phase\s+)?(completion|exit|done)\s+criteria\b/i.test(label))
      target = "completionCriteria";
    else if (label !== void 0 && /^\s*(steps|tasks)\b/i.test(label)) target = "steps";
    groups[target].push(node);
  }
  phase.steps = collectTasks(groups.steps, extraction, `${pointer}/steps`);
  phase.completionCriteria = collectTasks(
    groups.completionCriteria,
    extraction,
    `${pointer}/completionCriteria`
  );
  const fields = readFields(block.nodes, extraction.source);
  const objective = fields.find((field) => field.key === "objective" || field.key === "goal");
  if (objective?.text) phase.objective = objective.text;
  const status = readStatus(
    fields.find((field) => field.key === "status"),
    extraction,
    `${pointer}/status`
  ) ?? block.status ?? (tableStatus === void 0 ? void 0 : normalizeStatus(tableStatus));
  if (status) phase.status = status;
  return phase;
}

// src/core/extract/extractPlan.ts
function extractPlan(tree, identity, extraction) {
  const header = readHeader(tree, extraction);
  const sections = splitSections(tree.children, 2);
  const section = (...titles) => titles.map((title) => sections.find((candidate) => candidate.title === title)).find(Boolean);
  const planIdField = pick(header, "plan id", "id");
  if (planIdField) extraction.at("/identity/planId", planIdField.place);
  const planId = planIdField?.text ?? htmlCommentId(tree);
  const plan = {
    schemaVersion: 1,
    kind: "plan",
    identity: planId ? { ...identity, planId } : identity,
    dialect: "planmark",
    title: readTitle(tree, header, extraction),
    agent: readAgent(pick(header, "agent", "agent name", "model"), extraction),
    session: pick(header, "session", "session id")?.text,
    startTime: readTimestamp(
      pick(header, "start time", "started", "start", "date"),
      extraction,
      "/startTime"
    ),
    estimatedDuration: readDuration2(
      pick(header, "estimated duration", "estimate", "estimated time"),
      extraction,
      "/estimatedDuration"
    ),
    taskCategory: readCategory(pick(header, "task category", "category"), extraction),
    complexity: readLevel(pick(header, "complexity"), extraction, "/complexity"),
    prompts: readPrompts(pick(header, "prompt", "prompts"), extraction),
    reviewer: pick(header, "reviewer")?.text,
    mission: sectionText(section("mission statement", "mission", "objective", "goal")) ?? pick(header, "mission")?.text,
    successCriteria: collectTasks(
      section("success criteria", "acceptance criteria")?.nodes ?? [],
      extraction,
      "/successCriteria"
    ),
    phases: readPhases(tree.children, extraction),
    risks: readRisks(section("risk assessment", "risks")?.nodes ?? [], extraction),
    resources: readResources(
      section("resource requirements", "resources")?.nodes ?? [],
      extraction
    ),
    progressTracking: readProgressTracking(
      section("progress tracking", "progress", "timeline")?.nodes ?? [],
      extraction
    ),
    finalStatus: readFinalStatus(
      section("final status", "status", "outcome")?.nodes ?? [],
      header,
      extraction
    ),
    checkboxes: countCheckboxes(tree.children, extraction.source),
    tokens: readTokens(header, extraction),
    cost: readCost(pick(header, "cost", "total cost"), extraction, "/cost")
  };
  return dropEmpty(plan);
}
function readTokens(header, extraction) {
  const pair = readTokenPair(pick(header, "tokens", "token usage"), extraction, "/tokens") ?? {};
  const input = readTokenCount(
    pick(header, "input tokens", "tokens in", "prompt tokens"),
    extraction,
    "/tokens/input"
  );
  const output = readTokenCount(
    pick(header, "output tokens", "tokens out", "completion tokens"),
    extraction,
    "/tokens/output"
  );
  const tokens = { ...pair };
  if (input !== void 0) tokens.input = input;
  if (output !== void 0) tokens.output = output;
  return Object.keys(tokens).length > 0 ? tokens : void 0;
}
function readPrompts(field, extraction) {
  if (!field) return void 0;
  extraction.at("/prompts", field.place);
  return fieldList(field).map((reference) => {
    const [id = "", version] = reference.split("@").map((part) => part.trim());
    return version ? { id, version } : { id };
  });
}
function readRisks(nodes, extraction) {
  return readTables(nodes, ["risk"]).map((row, index) => {
    extraction.at(`/risks/${index}`, row.place);
    const risk = { risk: row.cells.risk ?? "" };
    const probability = normalizeLevel(row.cells.probability ?? row.cells.likelihood ?? "");
    const impact = normalizeLevel(row.cells.impact ?? "");
    if (probability) risk.probability = probability;
    if (impact) risk.impact = impact;
    if (row.cells.mitigation) risk.mitigation = row.cells.mitigation;
    return risk;
  });
}
var resourceKeys = /* @__PURE__ */ new Map([
  ["files to review", "filesToReview"],
  ["tools needed", "toolsNeeded"],
  ["dependencies", "dependencies"]
]);
function readResources(nodes, extraction) {
  const resources = {};
  for (const field of readFields(nodes, extraction.source)) {
    const key = resourceKeys.get(field.key);
    if (key && field.text) {
      resources[key] = field.text;
      extraction.at(`/resources/${key}`, field.place);
    }
  }
  return resources;
}
function readProgressTracking(nodes, extraction) {
  const tracking = { phases: [] };
  const boundaries = /* @__PURE__ */ new Map();
  for (const field of readFields(nodes, extraction.source)) {
    const boundary = /^phase (\d+) (start|end)(?: time)?$/.exec(field.key);
    if (boundary && !(Number(boundary[1]) < 1e15)) {
      extraction.report(
        "invalid-value",
        field.place,
        `Expected a phase number of at most 15 digits, found ${boundary[1]?.length} digits; the field is not read`,
        { expected: "a phase number of at most 15 digits", actual: `${boundary[1]?.length} digits` }
      );
    } else if (boundary) {
      const phase = Number(boundary[1]);
      const fields = boundaries.get(phase) ?? {};
      fields[boundary[2]] ??= field;
      boundaries.set(phase, fields);
    } else if (field.key === "total duration" || field.key === "actual duration") {
      const total = readDuration2(field, extraction, "/progressTracking/totalDuration");
      if (total) tracking.totalDuration = total;
    }
  }
  tracking.phases = [...boundaries.keys()].sort((a, b) => a - b).map((phase, index) => {
    const entry = { phase };
    for (const end of ["start", "end"]) {
      const value = readTimestamp(
        boundaries.get(phase)?.[end],
        extraction,
        `/progressTracking/phases/${index}/${end}`
      );
      if (value) entry[end] = value;
    }
    return entry;
  });
  return tracking.phases.length > 0 || tracking.totalDuration ? tracking : void 0;
}
function readFinalStatus(nodes, header, extraction) {
  const fields = new Map(readFields(nodes, extraction.source).map((field) => [field.key, field]));
  for (const [key, field] of header) if (!fields.has(key)) fields.set(key, field);
  const lessons = pick(fields, "lessons learned", "lessons");
  const status = {
    completionStatus: readStatus(
      pick(fields, "completion status", "status"),
      extraction,
      "/finalStatus/completionStatus"
    ),
    successRate: readPercent(pick(fields, "success rate"), extraction, "/finalStatus/successRate"),
    qualityScore: readScore(
      pick(fields, "quality score", "quality"),
      extraction,
      "/finalStatus/qualityScore"
    ),
    lessonsLearned: lessons ? fieldList(lessons) : void 0
  };
  if (lessons) extraction.at("/finalStatus/lessonsLearned", lessons.place);
  return dropEmpty(status);
}
function sectionText(section) {
  const text = section?.nodes.filter((node) => node.type === "paragraph").map((node) => toString(node)).join("\n\n").trim();
  return text || void 0;
}
function htmlCommentId(tree) {
  for (const node of tree.children) {
    const match = node.type === "html" ? /plan[-_ ]?id\s*[:=]\s*([\w.-]+)/i.exec(node.value) : null;
    if (match?.[1]) return match[1];
  }
  return void 0;
}

// src/core/extract/extractPrompt.ts
var promptTypes = /* @__PURE__ */ new Set(["system", "task", "specialized"]);
function extractPrompt(tree, identity, extraction) {
  const header = readHeader(tree, extraction);
  const typeField = pick(header, "prompt type", "type");
  const promptType = typeField?.text.toLowerCase();
  const categories = pick(header, "categories", "category", "task categories");
  for (const key of ["id", "version", "description"]) {
    const field = header.get(key);
    if (field) extraction.at(`/${key}`, field.place);
  }
  if (typeField) extraction.at("/promptType", typeField.place);
  if (categories) extraction.at("/categories", categories.place);
  return dropEmpty({
    schemaVersion: 1,
    kind: "prompt",
    identity,
    title: readTitle(tree, header, extraction),
    id: header.get("id")?.text,
    version: header.get("version")?.text,
    promptType: promptType && promptTypes.has(promptType) ? promptType : typeField?.text,
    categories: categories ? fieldList(categories).map(normalizeCategory) : [],
    description: header.get("description")?.text,
    checkboxes: countCheckboxes(tree.children, extraction.source)
  });
}

// src/core/extract/extractReview.ts
var recommendations = /* @__PURE__ */ new Map([
  ["use regularly", "use_regularly"],
  ["use selectively", "use_selectively"],
  ["avoid", "avoid"]
]);
function extractReview(tree, identity, extraction) {
  const header = readHeader(tree, extraction);
  const fields = readFieldsDeep(tree.children, extraction.source);
  const { field, listOf: listOf2 } = fieldLookup(fields);
  const period = pick(header, "session period", "period");
  const [from, to] = (period?.text ?? "").split(/(?<!\s)\s+(?:to|until|through|–|—|-)\s+/);
  const recommendation = field("recommendation");
  const review = {
    schemaVersion: 1,
    kind: "review",
    identity,
    title: readTitle(tree, header, extraction),
    agent: readAgent(pick(header, "agent"), extraction),
    reviewer: pick(header, "reviewer")?.text,
    reviewDate: readTimestamp(pick(header, "review date", "date"), extraction, "/reviewDate"),
    sessionPeriod: void 0,
    categories: readCategoryClaims(tree, extraction),
    linkedPlans: readLinkedPlans(tree, identity.path, extraction),
    bestFor: listOf2("best for"),
    avoidFor: listOf2("avoid for"),
    optimalTeamSize: field("optimal team size")?.text || void 0,
    overallRating: readScore(field("overall rating", "rating"), extraction, "/overallRating"),
    recommendation: recommendations.get(normalizeKey(recommendation?.text ?? "")),
    keyInsights: listOf2("key insights", "insights"),
    nextReview: readTimestamp(field("next review"), extraction, "/nextReview"),
    checkboxes: countCheckboxes(tree.children, extraction.source)
  };
  if (period && from && to) {
    const start = readTimestamp({ ...period, text: from }, extraction, "/sessionPeriod/from");
    const end = readTimestamp({ ...period, text: to }, extraction, "/sessionPeriod/to");
    if (start && end) review.sessionPeriod = { from: start, to: end };
  }
  if (recommendation?.text && !review.recommendation && !isPlaceholder(recommendation.text)) {
    extraction.report(
      "invalid-value",
      recommendation.place,
      `Expected USE_REGULARLY, USE_SELECTIVELY or AVOID, found \`${recommendation.text}\``,
      {
        expected: "USE_REGULARLY, USE_SELECTIVELY or AVOID",
        actual: recommendation.text
      }
    );
  }
  return dropEmpty(review);
}
function readCategoryClaims(tree, extraction) {
  const section = splitSections(tree.children, 2).find(
    (s) => s.title === "task category performance"
  );
  if (!section) return [];
  return splitSections(section.nodes, 3).filter((sub) => sub.heading).map((sub, index) => {
    const pointer = `/categories/${index}`;
    extraction.at(pointer, sub.heading?.position);
    const fields = readFieldsDeep(sub.nodes, extraction.source);
    const { field } = fieldLookup(fields);
    const completed = field("tasks completed", "plans completed", "tasks");
    const count = Number(/\d+/.exec(completed?.text ?? "")?.[0]);
    if (completed && Number.isInteger(count))
      extraction.at(`${pointer}/tasksCompleted`, completed.place);
    return dropEmpty({
      category: normalizeCategory(sub.title),
      tasksCompleted: Number.isInteger(count) ? count : void 0,
      successRate: readPercent(field("success rate"), extraction, `${pointer}/successRate`),
      averageQuality: readScore(
        field("average quality", "quality", "average quality score"),
        extraction,
        `${pointer}/averageQuality`
      )
    });
  });
}
function readLinkedPlans(tree, fromPath2, extraction) {
  const section = splitSections(tree.children, 2).find((s) => s.title === "execution plan analysis");
  const links = /* @__PURE__ */ new Map();
  for (const node of section?.nodes ?? []) {
    walk(node, (link) => {
      if (link.type !== "link") return;
      const path = resolveLink(fromPath2, link.url);
      if (path?.toLowerCase().endsWith(".md") && !links.has(path)) links.set(path, link);
    });
  }
  const paths = [...links.keys()].sort();
  paths.forEach((path, index) => extraction.at(`/linkedPlans/${index}`, links.get(path)?.position));
  return paths;
}

// src/core/extract/dialects/detectDialect.ts
var livingSections = ["surprises discoveries", "decision log", "outcomes retrospective"];
function detectDialect(tree, path, source) {
  const lower = path.toLowerCase();
  const name = lower.slice(lower.lastIndexOf("/") + 1);
  const first = tree.children[0];
  const yaml = first?.type === "yaml" ? first.value : "";
  const hasKey = (key) => new RegExp(`^${key}\\s*:`, "m").test(yaml);
  if (hasKey("todos")) return "cursor-plan";
  if (hasKey("id") && hasKey("title") && hasKey("status")) return "backlog-md";
  if (/(^|\/)\.kiro\/specs\/[^/]+\/tasks\.md$/.test(lower)) return "kiro";
  if (/(^|\/)\.planning\//.test(lower) && (name === "state.md" || name.endsWith("-plan.md")))
    return "gsd";
  if (/(^|\/)memory-bank\//.test(lower)) return "cline-memory-bank";
  if (/(^|\/)specs\/[^/]+\/(tasks|plan)\.md$/.test(lower)) return "spec-kit";
  const titles = new Set(
    tree.children.flatMap((node) => node.type === "heading" ? [headingTitle(node)] : [])
  );
  if (titles.has("progress") && livingSections.some((title2) => titles.has(title2))) return "execplan";
  const h1 = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  const title = h1 ? toString(h1) : "";
  const items = tree.children.flatMap(
    (node) => node.type === "list" ? node.children.map((item) => toString(item.children[0] ?? item)) : []
  );
  if (/^\s*tasks\s*:/i.test(title) || items.filter((item) => /^T\d{3,}\b/.test(item)).length >= 2)
    return "spec-kit";
  if (items.some((item) => /^\d+(\.\d+)*\.?\s/.test(item)) && /_Requirements:/i.test(source))
    return "kiro";
  const taskHeadings = tree.children.some(
    (node) => node.type === "heading" && /^\s*task\s+\d+\s*:/i.test(toString(node))
  );
  if (/implementation plan\s*$/i.test(title) && /^\*\*goal:?\*\*/im.test(source) || taskHeadings && /^\*\*files:?\*\*/im.test(source))
    return "claude-plan";
  if (titles.has("current position")) return "gsd";
  if (titles.has("what works") && (titles.has("what s left to build") || titles.has("current status")))
    return "cline-memory-bank";
  return void 0;
}

// src/core/extract/dialects/dataTaskState.ts
function dataTaskState(status) {
  const word = status.toLowerCase().replace(/[\s_-]+/g, "");
  if (["done", "completed", "complete", "finished"].includes(word)) return "checked";
  if (["inprogress", "review", "active", "started", "doing"].includes(word)) return "in_progress";
  if (["cancelled", "canceled", "dropped", "wontdo"].includes(word)) return "dropped";
  return "unchecked";
}

// src/core/extract/dialects/importTaskMaster.ts
function importTaskMaster(source, identity, extraction) {
  const document = {
    schemaVersion: 1,
    kind: "checklist",
    identity,
    dialect: "task-master",
    sections: [],
    checkboxes: { checked: 0, unchecked: 0, inProgress: 0, dropped: 0, lost: 0 }
  };
  let data;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const offset = Math.min(
      Number(/position (\d+)/.exec(reason)?.[1] ?? source.length),
      source.length
    );
    const before = source.slice(0, offset);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    const column = offset - before.lastIndexOf("\n");
    const found = offset >= source.length ? "the end of the file" : `\`${source.charAt(offset)}\``;
    extraction.report(
      "file-unreadable",
      { line, column },
      `Expected Task Master JSON (tasks.json), found ${found} where JSON cannot have it`,
      { expected: "Task Master tasks.json", actual: "invalid JSON" }
    );
    return document;
  }
  const lists = taskLists(data);
  const idLines = [...source.matchAll(/"id"\s*:/g)].map(
    (match) => (source.slice(0, match.index).match(/\n/g)?.length ?? 0) + 1
  );
  let next = 0;
  const convert = (raw, pointer, parent) => {
    const line = idLines[next++];
    if (line) extraction.at(pointer, { start: { line, column: 1 }, end: { line, column: 1 } });
    const task = {
      text: typeof raw.title === "string" ? raw.title : "",
      state: dataTaskState(typeof raw.status === "string" ? raw.status : ""),
      data: true,
      children: []
    };
    if (typeof raw.id === "string" || typeof raw.id === "number")
      task.id = parent ? `${parent}.${raw.id}` : String(raw.id);
    const subtasks = Array.isArray(raw.subtasks) ? raw.subtasks : [];
    task.children = subtasks.filter(isObject).map((subtask, index) => convert(subtask, `${pointer}/children/${index}`, task.id));
    return task;
  };
  const tasks = lists.flat().map((raw, index) => convert(raw, `/tasks/${index}`));
  if (tasks.length > 0) document.tasks = tasks;
  return document;
}
function taskLists(data) {
  if (!isObject(data)) return [];
  const own = data.tasks;
  if (Array.isArray(own)) return [own.filter(isObject)];
  return Object.values(data).flatMap((tag) => {
    const tasks = isObject(tag) ? tag.tasks : void 0;
    return Array.isArray(tasks) ? [tasks.filter(isObject)] : [];
  });
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/core/extract/dialects/dialectDocument.ts
function dialectDocument(reading, tree, identity, extraction) {
  const checklist = extractChecklist(tree, identity, extraction);
  if (!reading.isPlan) {
    return dropEmpty({
      schemaVersion: 1,
      kind: "checklist",
      identity,
      dialect: reading.dialect,
      ...reading.title ? { title: reading.title } : checklist.title ? { title: checklist.title } : {},
      sections: checklist.sections,
      phases: reading.phases,
      tasks: reading.tasks,
      checkboxes: checklist.checkboxes
    });
  }
  const plan = {
    schemaVersion: 1,
    kind: "plan",
    identity: reading.planId ? { ...identity, planId: reading.planId } : identity,
    dialect: reading.dialect,
    title: reading.title ?? checklist.title ?? identity.path,
    agent: reading.agent,
    assignee: reading.assignee,
    labels: reading.labels,
    startTime: reading.startTime,
    mission: reading.mission,
    successCriteria: reading.successCriteria ?? [],
    phases: reading.phases ?? [],
    tasks: reading.tasks,
    finalStatus: reading.status ? { completionStatus: reading.status } : void 0,
    notes: reading.notes ? dropEmpty(reading.notes) : void 0,
    checkboxes: checklist.checkboxes
  };
  return dropEmpty(plan);
}

// src/core/extract/dialects/sectionNodes.ts
function sectionNodes(tree, ...titles) {
  const start = tree.children.findIndex(
    (node) => node.type === "heading" && titles.includes(headingTitle(node))
  );
  const heading = tree.children[start];
  if (heading?.type !== "heading") return void 0;
  const nodes = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === "heading" && node.depth <= heading.depth) break;
    nodes.push(node);
  }
  return nodes;
}

// src/core/extract/dialects/sectionTexts.ts
function sectionTexts(nodes) {
  if (!nodes) return void 0;
  const texts = nodes.flatMap(
    (node) => node.type === "paragraph" ? [toString(node)] : node.type === "list" ? node.children.map((item) => toString(item)) : []
  );
  const clean = texts.map((text) => text.replace(/\s+/g, " ").trim()).filter(Boolean);
  return clean.length > 0 ? clean : void 0;
}

// src/core/extract/dialects/statedStatus.ts
function statedStatus(written) {
  const text = written?.trim();
  if (!text || /^(to ?do|pending|planned|planning|not started|backlog|draft|ready)\b/i.test(text))
    return void 0;
  return normalizeStatus(text);
}

// src/core/extract/dialects/readBacklogMd.ts
function readBacklogMd(tree, extraction) {
  const header = readHeader(tree, extraction);
  const assignee = listOf(pick(header, "assignee", "assignees"));
  const labels = listOf(pick(header, "labels"));
  const criteriaNodes = between(tree.children, "AC") ?? sectionNodes(tree, "acceptance criteria") ?? [];
  const successCriteria = collectTasks(criteriaNodes, extraction, "/successCriteria");
  const done = between(tree.children, "DOD") ?? sectionNodes(tree, "definition of done");
  const tasks = done ? collectTasks(done, extraction, "/tasks") : void 0;
  for (const task of [...successCriteria, ...tasks ?? []]) {
    const id2 = /^#(\d+)\s/.exec(task.text)?.[1];
    if (id2) task.id = id2;
  }
  const statusField = pick(header, "status");
  const status = statedStatus(statusField?.text);
  if (status && statusField) extraction.at("/finalStatus/completionStatus", statusField.place);
  const agentField = agentOf(pick(header, "assignee", "assignees"), assignee, extraction);
  const agent = agentField ? readAgent(agentField, extraction) : void 0;
  const created = pick(header, "created date", "created");
  const startTime = created ? readTimestamp(created, extraction, "/startTime") : void 0;
  const title = pick(header, "title");
  if (title) extraction.at("/title", title.place);
  const id = pick(header, "id");
  if (id) extraction.at("/identity/planId", id.place);
  return {
    dialect: "backlog-md",
    isPlan: true,
    ...title?.text ? { title: title.text } : {},
    ...id?.text ? { planId: id.text } : {},
    ...status ? { status } : {},
    ...agent ? { agent } : {},
    ...assignee.length > 0 ? { assignee } : {},
    ...labels.length > 0 ? { labels } : {},
    ...startTime ? { startTime } : {},
    ...sectionTexts(sectionNodes(tree, "description")) ? { mission: sectionTexts(sectionNodes(tree, "description"))?.join("\n\n") } : {},
    successCriteria,
    ...tasks ? { tasks } : {},
    notes: {
      implementationPlan: sectionTexts(sectionNodes(tree, "implementation plan")),
      implementationNotes: sectionTexts(sectionNodes(tree, "implementation notes", "notes"))
    }
  };
}
function between(nodes, name) {
  const marker = (node, end) => node.type === "html" && new RegExp(`<!--\\s*${name}:${end}\\s*-->`, "i").test(node.value);
  const start = nodes.findIndex((node) => marker(node, "BEGIN"));
  if (start === -1) return void 0;
  const stop = nodes.findIndex((node, index) => index > start && marker(node, "END"));
  return nodes.slice(start + 1, stop === -1 ? void 0 : stop);
}
function listOf(field) {
  if (!field) return [];
  return fieldList(field).map((entry) => entry.replace(/^@/, "").trim()).filter(Boolean);
}
function agentOf(field, assignee, extraction) {
  if (!field) return void 0;
  const aliases = extraction.config.agents;
  const configured = Object.keys(aliases).length > 0;
  const chosen = configured ? assignee.find((name) => Object.hasOwn(aliases, normalizeAgent(name, aliases))) : assignee[0];
  return chosen ? { ...field, text: chosen, markdown: chosen } : void 0;
}

// src/core/extract/dialects/readClaudePlan.ts
function readClaudePlan(tree, extraction) {
  const header = readHeader(tree, extraction);
  const h1 = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  const title = h1 ? toString(h1).replace(/\s+/g, " ").replace(/\s*implementation plan\s*$/i, "").trim() : void 0;
  const statusField = pick(header, "status");
  const status = statedStatus(statusField?.text);
  if (status && statusField) extraction.at("/finalStatus/completionStatus", statusField.place);
  const goal = pick(header, "goal");
  const agent = readAgent(pick(header, "agent"), extraction);
  return {
    dialect: "claude-plan",
    isPlan: status !== void 0,
    ...title ? { title } : {},
    ...status ? { status } : {},
    ...agent ? { agent } : {},
    ...goal?.text ? { mission: goal.text } : {},
    phases: withFiles(readPhases(tree.children, extraction), findPhases(tree.children))
  };
}
function withFiles(phases, blocks) {
  phases.forEach((phase, index) => {
    const nodes = blocks[index]?.nodes ?? [];
    const label = nodes.findIndex(
      (node) => node.type === "paragraph" && /^\s*files\s*:?\s*$/i.test(toString(node))
    );
    const list = label === -1 ? void 0 : nodes[label + 1];
    if (list?.type !== "list") return;
    const firstBox = list.children.findIndex((item) => typeof item.checked === "boolean");
    const files = list.children.slice(0, firstBox === -1 ? void 0 : firstBox).map((item) => toString(item).replace(/\s+/g, " ").trim()).filter(Boolean);
    if (files.length > 0) phase.files = files;
  });
  return phases;
}

// src/core/extract/dialects/readClineMemoryBank.ts
function readClineMemoryBank(tree, extraction, path) {
  const header = readHeader(tree, extraction);
  const works = sectionNodes(tree, "what works") ?? [];
  const left = sectionNodes(tree, "what s left to build", "what s left", "remaining") ?? [];
  const tasks = collectTasks([...works, ...left], extraction, "/tasks");
  const current = sectionNodes(tree, "current status", "status");
  const field = pick(header, "status") ?? readFields(current ?? [], extraction.source).find((candidate) => candidate.key === "status");
  const opening = current?.find((node) => node.type === "paragraph");
  const place = field?.place ?? opening?.position;
  const openingWords = opening ? toString(opening).split(/[:.—–-]/)[0]?.trim() : void 0;
  const status = statedStatus(field?.text) ?? (openingWords && openingWords.split(/\s+/).length <= 3 ? statedStatus(openingWords) : void 0);
  if (status && place) extraction.at("/finalStatus/completionStatus", place);
  const isProgress = /(^|\/)progress\.md$/i.test(path) || current !== void 0;
  return {
    dialect: "cline-memory-bank",
    isPlan: isProgress,
    ...status ? { status } : {},
    tasks,
    notes: {
      knownIssues: sectionTexts(sectionNodes(tree, "known issues")),
      currentFocus: sectionTexts(sectionNodes(tree, "current focus", "current work focus"))
    }
  };
}

// src/core/extract/dialects/readCursorPlan.ts
var import_yaml2 = __toESM(require_dist(), 1);
function readCursorPlan(tree, extraction) {
  const header = readHeader(tree, extraction);
  const name = pick(header, "name", "title");
  const overview = pick(header, "overview");
  return {
    dialect: "cursor-plan",
    isPlan: false,
    ...name?.text ? { title: name.text } : {},
    ...overview?.text ? { mission: overview.text } : {},
    tasks: readTodos(tree, extraction)
  };
}
function readTodos(tree, extraction) {
  const node = tree.children[0];
  if (node?.type !== "yaml") return [];
  const document = (0, import_yaml2.parseDocument)(node.value, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0 || !(0, import_yaml2.isMap)(document.contents)) return [];
  const todos = document.contents.get("todos", true);
  if (!(0, import_yaml2.isSeq)(todos)) return [];
  const firstLine = (node.position?.start.line ?? 1) + 1;
  return todos.items.flatMap((entry, index) => {
    if (!(0, import_yaml2.isMap)(entry)) return [];
    const text = (key) => {
      const value = entry.get(key, true);
      return (0, import_yaml2.isScalar)(value) ? scalarText(value, node.value) : "";
    };
    const line = firstLine + (node.value.slice(0, entry.range?.[0] ?? 0).match(/\n/g)?.length ?? 0);
    extraction.at(`/tasks/${index}`, {
      start: { line, column: 1 },
      end: { line, column: 1 }
    });
    const task = {
      text: text("content") || text("title"),
      state: dataTaskState(text("status")),
      data: true,
      children: []
    };
    const id = text("id");
    if (id) task.id = id;
    return [task];
  });
}

// src/core/extract/dialects/eachTask.ts
function eachTask(tasks, visit) {
  for (const task of tasks ?? []) {
    visit(task);
    eachTask(task.children, visit);
  }
}

// src/core/extract/dialects/readExecPlan.ts
var stamp = /^\(\s*(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?)\s*\)\s*/i;
function readExecPlan(tree, extraction) {
  const header = readHeader(tree, extraction);
  const tasks = collectTasks(sectionNodes(tree, "progress") ?? [], extraction, "/tasks");
  const times = [];
  eachTask(tasks, (task) => {
    const match = stamp.exec(task.text);
    const at = match?.[1] ? parseTimestamp(match[1]) : void 0;
    if (at) {
      task.at = at;
      times.push(at);
    }
  });
  const outcomes = sectionTexts(sectionNodes(tree, "outcomes retrospective"));
  const statusField = pick(header, "status");
  const status = statedStatus(statusField?.text);
  if (status && statusField) extraction.at("/finalStatus/completionStatus", statusField.place);
  const agent = readAgent(pick(header, "agent", "author", "owner"), extraction);
  const start = [...times].sort((a, b) => normal(a) < normal(b) ? -1 : 1)[0];
  return {
    dialect: "execplan",
    isPlan: status !== void 0 || outcomes !== void 0,
    ...status ? { status } : {},
    ...agent ? { agent } : {},
    ...start ? { startTime: start } : {},
    ...missionOf(tree) ? { mission: missionOf(tree) } : {},
    tasks,
    notes: {
      surprisesAndDiscoveries: sectionTexts(sectionNodes(tree, "surprises discoveries")),
      decisionLog: sectionTexts(sectionNodes(tree, "decision log")),
      outcomesAndRetrospective: outcomes
    }
  };
}
function missionOf(tree) {
  return sectionTexts(sectionNodes(tree, "purpose big picture", "purpose"))?.join("\n\n");
}
function normal(timestamp) {
  return timestamp.length === 10 ? `${timestamp}T00:00:00Z` : timestamp;
}

// src/core/extract/dialects/readGsd.ts
function readGsd(tree, extraction, path) {
  const isState = /(^|\/)state\.md$/i.test(path);
  if (!isState) return { dialect: "gsd", isPlan: false };
  const position = sectionNodes(tree, "current position") ?? tree.children;
  const fields = readFields(position, extraction.source);
  const statusField = fields.find((field) => field.key === "status");
  const status = gsdStatus(statusField?.text);
  if (status && statusField) extraction.at("/finalStatus/completionStatus", statusField.place);
  const focus = readFields(sectionNodes(tree, "project reference") ?? [], extraction.source).find(
    (field) => field.key === "current focus"
  )?.text;
  return {
    dialect: "gsd",
    isPlan: true,
    ...status ? { status } : {},
    ...focus ? { notes: { currentFocus: [focus] } } : {}
  };
}
function gsdStatus(text) {
  if (!text) return void 0;
  if (/\b(milestone|project|all phases)\s+(complete|completed|shipped|done)\b/i.test(text))
    return "completed";
  if (/\bblocked\b/i.test(text)) return "blocked";
  return "in_progress";
}

// src/core/extract/dialects/readKiro.ts
function readKiro(tree, extraction) {
  const tasks = collectTasks(tree.children, extraction, "/tasks");
  eachTask(tasks, (task) => {
    const id = /^(\d+(?:\.\d+)*)\.?\s/.exec(task.text)?.[1];
    if (id) task.id = id;
    if (task.state === "dropped") task.state = "in_progress";
  });
  readRequirements(tasks, extraction.source);
  return { dialect: "kiro", isPlan: false, tasks };
}
function readRequirements(tasks, source) {
  const lines = source.split(/\r\n|\r|\n/);
  const flat = [];
  const byText = /* @__PURE__ */ new Map();
  lines.forEach((line, index) => {
    const match = /^\s*[-*+]\s+\[[ xX-]\]\s+(\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (match?.[1]) byText.set(match[1], index);
  });
  eachTask(tasks, (task) => {
    if (task.id && byText.has(task.id)) flat.push({ task, line: byText.get(task.id) });
  });
  flat.sort((a, b) => a.line - b.line);
  flat.forEach(({ task, line }, index) => {
    const end = flat[index + 1]?.line ?? lines.length;
    const references = lines.slice(line + 1, end).flatMap((text) => /_?Requirements:\s*([^_]+)_?/i.exec(text)?.[1]?.split(",") ?? []).map((reference) => reference.trim()).filter(Boolean);
    if (references.length > 0) task.requirements = references;
  });
}

// src/core/extract/dialects/readSpecKit.ts
function readSpecKit(tree, extraction) {
  const h1 = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  const heading = h1 ? toString(h1).replace(/\s+/g, " ").trim() : "";
  const feature = heading.replace(/^(tasks|implementation plan|feature specification)\s*:\s*/i, "");
  const phases = readPhases(tree.children, extraction);
  const inPhases = phases.length > 0;
  const tasks = inPhases ? void 0 : collectTasks(tree.children, extraction, "/tasks");
  for (const group of [...phases.map((phase) => phase.steps), tasks])
    eachTask(group, (task) => {
      const id = /^(T\d{3,})\b/.exec(task.text)?.[1];
      if (id) task.id = id;
      const labels = [...task.text.matchAll(/\[([A-Za-z0-9_-]+)\]/g)].map((match) => match[1]);
      if (labels.includes("P")) task.parallel = true;
      const story = labels.find((label) => /^US\d+$/.test(label ?? ""));
      if (story) task.story = story;
    });
  return {
    dialect: "spec-kit",
    isPlan: false,
    ...feature ? { title: feature } : {},
    ...inPhases ? { phases } : {},
    ...tasks && tasks.length > 0 ? { tasks } : {}
  };
}

// src/core/extract/dialects/readDialect.ts
var readers = {
  "spec-kit": readSpecKit,
  kiro: readKiro,
  execplan: readExecPlan,
  "backlog-md": readBacklogMd,
  "cursor-plan": readCursorPlan,
  "cline-memory-bank": readClineMemoryBank,
  "claude-plan": readClaudePlan,
  gsd: readGsd
};
function readDialect(dialect, tree, identity, extraction) {
  const document = dialectDocument(
    readers[dialect](tree, extraction, identity.path),
    tree,
    identity,
    extraction
  );
  if (dialect === "kiro") {
    kiroCounts(document.checkboxes);
    if (document.kind === "checklist")
      for (const section of document.sections ?? []) kiroCounts(section.checkboxes);
  }
  return document;
}
function kiroCounts(counts) {
  counts.inProgress += counts.dropped;
  counts.dropped = 0;
}

// src/core/rules/checkClaims.ts
var doneClaim = /✅/;
function checkClaims(tasks, nodes, counts, extraction) {
  for (const { task, pointer } of tasks) {
    const claim = doneClaim.exec(task.text);
    if (task.state !== "unchecked" || !claim) continue;
    extraction.report(
      "claim-contradiction",
      extraction.placeOf(pointer),
      `Expected a checked box for an item whose text claims it is done (\`${claim[0]}\`), found \`[ ]\``,
      {
        expected: "[x]",
        actual: "[ ]"
      }
    );
  }
  const total = counts.checked + counts.unchecked;
  for (const field of readFieldsDeep(nodes, extraction.source)) {
    if (field.key !== "progress" && field.key !== "overall progress") continue;
    const stated = /(?<!\d)(\d+)\s*(?:\/|of)\s*(\d+)/.exec(field.text);
    if (!stated || Number(stated[1]) === counts.checked && Number(stated[2]) === total) continue;
    extraction.report(
      "claim-contradiction",
      field.place,
      `Expected progress ${counts.checked}/${total} (the checked boxes), found \`${stated[0]}\``,
      {
        expected: `${counts.checked}/${total}`,
        actual: stated[0]
      }
    );
  }
}

// src/core/rules/planTasks.ts
function planTasks(plan) {
  const phases = plan.phases ?? [];
  return {
    criteria: walkTasks(plan.successCriteria, "/successCriteria"),
    steps: phases.flatMap((phase, index) => walkTasks(phase.steps, `/phases/${index}/steps`)),
    phaseCriteria: phases.flatMap(
      (phase, index) => walkTasks(phase.completionCriteria, `/phases/${index}/completionCriteria`)
    ),
    own: walkTasks(plan.tasks, "/tasks")
  };
}
function countUnchecked(tasks) {
  return tasks.filter(({ task }) => task.state === "unchecked").length;
}

// src/core/rules/checkCompletedClaim.ts
function checkCompletedClaim(plan, extraction) {
  if (plan.finalStatus?.completionStatus !== "completed") return;
  const { criteria, steps, own } = planTasks(plan);
  const uncheckedCriteria = countUnchecked(criteria);
  const uncheckedSteps = countUnchecked(steps);
  const uncheckedOwn = countUnchecked(own);
  if (uncheckedCriteria + uncheckedSteps + uncheckedOwn === 0) return;
  const found = [
    uncheckedCriteria > 0 ? `${uncheckedCriteria} of ${criteria.length} success criteria unchecked` : "",
    uncheckedSteps > 0 ? `${uncheckedSteps} of ${steps.length} steps unchecked` : "",
    uncheckedOwn > 0 ? `${uncheckedOwn} of ${own.length} tasks unchecked` : ""
  ].filter(Boolean).join(" and ");
  const [every, all] = own.length > 0 ? ["success criterion, step and task", "success criteria, steps and tasks"] : ["success criterion and step", "success criteria and steps"];
  extraction.report(
    "status-completed-unchecked",
    extraction.placeOf("/finalStatus/completionStatus"),
    `Expected every ${every} checked for a plan that claims COMPLETED, found ${found}`,
    { expected: `all ${all} checked`, actual: found }
  );
}

// src/core/rules/checkDialect.ts
function checkDialect(tree, extraction, dialect) {
  walk(tree, (node) => {
    if (node.type === "listItem" && node.checked == null) {
      const state = taskState(node);
      const kiroState = dialect === "kiro" && plainTextMarker(node) === "[-]";
      if (state && !kiroState) {
        const marker = plainTextMarker(node) ?? (state === "dropped" ? "[-]" : "[/]");
        const counted = state === "dropped" ? "dropped" : "in progress";
        extraction.report(
          "non-github-checkbox",
          node.position,
          `Expected \`[ ]\` or \`[x]\`, found a \`${marker}\` marker that GitHub renders as text (counted as ${counted})`,
          { expected: "[ ] or [x]", actual: state }
        );
      }
    }
    if (node.type === "text") reportPlaceholders(node.value, node.position, extraction);
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      reportPlaceholders(node.url, node.position, extraction);
    }
    if (node.type === "yaml" && node.position) {
      const firstLine = node.position.start.line + 1;
      node.value.split(/\r\n|\r|\n/).forEach((line, index) => {
        const start = { line: firstLine + index, column: 1 };
        reportPlaceholders(
          line,
          { start, end: { line: start.line, column: line.length + 1 } },
          extraction
        );
      });
    }
  });
  for (const lost of findLostTasks(tree.children, extraction.source)) {
    extraction.report(
      "lost-task",
      { line: lost.line, column: lost.column },
      `Expected a task list item, found paragraph text: GitHub renders \`${lost.marker} [${lost.checked ? "x" : " "}]\` here as text because ${lost.why}`,
      { expected: "a task list item", actual: "paragraph text" }
    );
  }
}
function reportPlaceholders(text, place, extraction) {
  for (const match of text.matchAll(placeholderPattern)) {
    extraction.report(
      "template-placeholder",
      place,
      `Expected a value, found the template placeholder \`${match[0]}\``,
      {
        expected: "a value",
        actual: match[0]
      }
    );
  }
}

// src/core/rules/checkParentChild.ts
function checkParentChild(tasks, extraction) {
  for (const { task, pointer } of tasks) {
    if (task.emoji) continue;
    const boxes = task.children.filter(
      (child) => child.state === "checked" || child.state === "unchecked"
    );
    if (boxes.length === 0) continue;
    const unchecked = boxes.filter((child) => child.state === "unchecked").length;
    if (task.state === "checked" && unchecked > 0) {
      extraction.report(
        "parent-child-mismatch",
        extraction.placeOf(pointer),
        `Expected every child of a checked item checked, found ${unchecked} of ${boxes.length} unchecked`,
        {
          expected: "all children checked",
          actual: `${unchecked} unchecked`
        }
      );
    } else if (task.state === "unchecked" && unchecked === 0) {
      extraction.report(
        "parent-child-mismatch",
        extraction.placeOf(pointer),
        `Expected this item checked, since all ${boxes.length} of its children are, found it unchecked`,
        {
          expected: "checked",
          actual: "unchecked"
        }
      );
    }
  }
}

// src/core/rules/checkPhaseCompletion.ts
function checkPhaseCompletion(plan, extraction) {
  ;
  (plan.phases ?? []).forEach((phase, index) => {
    const criteriaDone = phase.completionCriteria.length > 0 && phase.completionCriteria.every((task) => task.state === "checked");
    if (phase.status !== "completed" && !criteriaDone) return;
    const steps = walkTasks(phase.steps, "");
    const unchecked = steps.filter(({ task }) => task.state === "unchecked").length;
    if (unchecked === 0) return;
    const marker = phase.status === "completed" ? "marked completed" : "with every completion criterion checked";
    extraction.report(
      "phase-complete-unchecked",
      extraction.placeOf(`/phases/${index}`),
      `Expected every step of phase ${phase.number} checked (it is ${marker}), found ${unchecked} of ${steps.length} unchecked`,
      { expected: "all steps checked", actual: `${unchecked} unchecked` }
    );
  });
}

// src/core/rules/checkSuccessRate.ts
function checkSuccessRate(plan, extraction) {
  const claimed = plan.finalStatus?.successRate;
  if (claimed === void 0) return;
  const { done, total } = planProgress(plan);
  if (total === 0) return;
  const measured = Math.round(1e3 * done / total) / 10;
  if (Math.abs(measured - claimed) <= extraction.config.successRateTolerance) return;
  extraction.report(
    "success-rate-mismatch",
    extraction.placeOf("/finalStatus/successRate"),
    `Expected a success rate near ${measured}% (${done} of ${total} boxes ticked), found ${claimed}%`,
    { expected: `${measured}%`, actual: `${claimed}%` }
  );
}

// src/core/rules/checkTimeline.ts
function checkTimeline(plan, extraction) {
  const tracking = plan.progressTracking;
  if (!tracking) return;
  let spanned = 0;
  let timed = 0;
  tracking.phases.forEach((phase, index) => {
    if (!phase.start || !phase.end) return;
    const minutes = (Date.parse(phase.end) - Date.parse(phase.start)) / 6e4;
    if (minutes < 0) {
      extraction.report(
        "phase-end-before-start",
        extraction.placeOf(`/progressTracking/phases/${index}/end`),
        `Expected phase ${phase.phase} to end after it starts (${phase.start}), found ${phase.end}`,
        {
          expected: `after ${phase.start}`,
          actual: phase.end
        }
      );
      return;
    }
    spanned += minutes;
    timed++;
  });
  const total = tracking.totalDuration;
  if (!total || timed === 0) return;
  const slack = Math.max(5, 0.1 * spanned);
  if (spanned >= total.minMinutes - slack && spanned <= total.maxMinutes + slack) return;
  extraction.report(
    "duration-mismatch",
    extraction.placeOf("/progressTracking/totalDuration"),
    `Expected a total duration near ${Math.round(spanned)} minutes (the phase timestamps), found \`${total.text}\``,
    { expected: `${Math.round(spanned)} minutes`, actual: total.text }
  );
}

// src/core/runRules.ts
function runRules(document, tree, extraction) {
  const dialect = dialectOf(document);
  checkDialect(tree, extraction, dialect);
  let tasks;
  if (document.kind === "plan") {
    checkCompletedClaim(document, extraction);
    checkSuccessRate(document, extraction);
    checkPhaseCompletion(document, extraction);
    checkTimeline(document, extraction);
    const { criteria, steps, phaseCriteria, own } = planTasks(document);
    tasks = [...criteria, ...steps, ...phaseCriteria, ...own];
  } else {
    tasks = walkTasks(collectTasks(tree.children, extraction, "/tasks"), "/tasks");
  }
  checkParentChild(tasks, extraction);
  checkClaims(tasks, dialect === "gsd" ? [] : tree.children, document.checkboxes, extraction);
}

// src/core/parseDocument.ts
var extractors = {
  plan: extractPlan,
  analysis: extractAnalysis,
  review: extractReview,
  prompt: extractPrompt,
  checklist: extractChecklist
};
function parseDocument3(source, options) {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  if (isTaskMasterFile(options.path)) return importDocument(text, options);
  const conflicts = conflictRegions(text);
  const readable = blankConflicts(text, conflicts);
  const parsed = analyzeDocument(
    parseMarkdown(readable),
    new VFile({ path: options.path, value: readable }),
    options
  );
  if (conflicts.length === 0) return parsed;
  const { rules } = resolveConfig(options.config);
  for (const { startLine, endLine } of conflicts)
    reportMessage(
      parsed.file,
      rules,
      "merge-conflict",
      { line: startLine, column: 1 },
      `Expected no merge-conflict markers, found an unresolved conflict on lines ${startLine}–${endLine}; neither side was read`,
      {
        expected: "no merge-conflict markers",
        actual: `a conflict on lines ${startLine}–${endLine}`
      }
    );
  parsed.file.messages.sort(compareMessages);
  return parsed;
}
function analyzeDocument(tree, file, options) {
  const source = String(file.value);
  const config = resolveConfig(options.config);
  const extraction = new Extraction(source, file, config);
  const heading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  extraction.at(
    "",
    heading?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  );
  const identity = {
    path: options.path,
    ...options.blobId ? { blobId: options.blobId } : {}
  };
  const declared = declaredKind(tree);
  const dialect = declared ? void 0 : detectDialect(tree, options.path, source);
  const byPath = declared ? void 0 : fromPath(tree, options.kindHint, source);
  const document = dialect && dialect !== "task-master" ? readDialect(dialect, tree, identity, extraction) : extractors[declared ?? byPath?.kind ?? "checklist"](
    tree,
    identity,
    extraction
  );
  if (byPath?.generic && document.kind === "plan") document.dialect = "generic";
  const valid = validateDocument(document, extraction);
  runRules(document, tree, extraction);
  file.messages.sort(compareMessages);
  return { document, valid, positions: extraction.positions, file };
}
function isTaskMasterFile(path) {
  return /(^|\/)tasks\.json$/i.test(path);
}
function importDocument(text, options) {
  const config = resolveConfig(options.config);
  const file = new VFile({ path: options.path, value: text });
  const extraction = new Extraction(text, file, config);
  extraction.at("", { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
  const identity = {
    path: options.path,
    ...options.blobId ? { blobId: options.blobId } : {}
  };
  const document = importTaskMaster(text, identity, extraction);
  const valid = validateDocument(document, extraction);
  file.messages.sort(compareMessages);
  return { document, valid, positions: extraction.positions, file };
}
var planmarkFields = /* @__PURE__ */ new Set([
  "agent",
  "start time",
  "estimated duration",
  "task category",
  "complexity"
]);
function fromPath(tree, hint, source) {
  if (hint !== "plan") return { kind: hint ?? "checklist" };
  const firstSection = tree.children.findIndex((node) => node.type === "heading" && node.depth >= 2);
  const top = tree.children.slice(0, firstSection === -1 ? void 0 : firstSection);
  const keys = readFields(top, source).map((field) => field.key);
  const first = tree.children[0];
  const yamlKeys = first?.type === "yaml" ? [...first.value.matchAll(/^([\w -]+?)\s*:/gm)].map(
    (match) => (match[1] ?? "").replace(/[_-]/g, " ").toLowerCase()
  ) : [];
  const all = [...keys, ...yamlKeys];
  if (all.some((key) => planmarkFields.has(key))) return { kind: "plan" };
  return all.some((key) => key === "status" || key === "completion status") ? { kind: "plan", generic: true } : { kind: "checklist" };
}

// src/pipeline/parseJob.ts
var maxNestingDepth = 100;
function parseJob(job, config) {
  const nesting = nestingDepth(job.source);
  if (nesting.depth > maxNestingDepth)
    return refusedFile(
      job.path,
      config,
      "file-too-complex",
      `Expected block quotes and lists nested at most ${maxNestingDepth} levels deep, found ${nesting.depth} levels; the file was not parsed`,
      { expected: `at most ${maxNestingDepth} levels`, actual: `${nesting.depth} levels` },
      nesting.line
    );
  try {
    const parsed = parseDocument3(job.source, {
      path: job.path,
      config,
      ...job.blobId ? { blobId: job.blobId } : {},
      ...job.kindHint ? { kindHint: job.kindHint } : {}
    });
    return serializeChecked(parsed.file, parsed);
  } catch (error) {
    const failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return refusedFile(
      job.path,
      config,
      "file-too-complex",
      `Expected a document the parser can finish, found a parser failure (${failure}); the file was not analysed`,
      { expected: "a document the parser can finish", actual: failure }
    );
  }
}

// src/pipeline/parseGuarded.ts
function parseGuarded(job, config) {
  if (!existsSync2(workerScript)) return Promise.resolve(parseJob(job, config));
  const worker = new Worker2(workerScript, {
    workerData: config,
    resourceLimits: {
      maxOldGenerationSizeMb: config.maxParseMegabytes,
      maxYoungGenerationSizeMb: 64
    }
  });
  let timer;
  return new Promise((resolve) => {
    const refuse = (reason, expected, actual) => resolve(refusedFile(job.path, config, "file-too-complex", reason, { expected, actual }));
    timer = setTimeout(() => {
      refuse(
        `Expected the parser to finish within ${config.maxParseSeconds} s (maxParseSeconds), found it still running; the file was not analysed`,
        `at most ${config.maxParseSeconds} s`,
        `more than ${config.maxParseSeconds} s`
      );
    }, config.maxParseSeconds * 1e3);
    worker.once(
      "message",
      (results) => resolve(results[0])
    );
    worker.once("error", (error) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY")
        refuse(
          `Expected the parser to need at most ${config.maxParseMegabytes} MB of heap (maxParseMegabytes), found it needed more; the file was not analysed`,
          `at most ${config.maxParseMegabytes} MB`,
          `more than ${config.maxParseMegabytes} MB`
        );
      else
        refuse(
          `Expected a document the parser can finish, found a parser failure (${error.message}); the file was not analysed`,
          "a document the parser can finish",
          error.message
        );
    });
    worker.postMessage([job]);
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}

// src/pipeline/parseDocuments.ts
var guardedBytes = 64 * 1024;
var guardedDelimiters = 2e3;
function needsBudget(source) {
  return source.length >= guardedBytes || inlineDelimiterLoad(source) > guardedDelimiters;
}
async function parseDocuments(jobs, config, options = {}) {
  const onDone = options.onDone ?? (() => void 0);
  const results = new Array(jobs.length);
  const bulk = [];
  for (const [index, job] of jobs.entries()) {
    const bytes = Buffer.byteLength(job.source);
    if (bytes > config.maxFileBytes) {
      results[index] = refusedFile(
        job.path,
        config,
        "file-unreadable",
        `Expected a file of at most ${config.maxFileBytes} bytes (maxFileBytes), found ${bytes} bytes; it was not parsed`,
        { expected: `at most ${config.maxFileBytes} bytes`, actual: `${bytes} bytes` }
      );
      onDone();
      continue;
    }
    if (!needsBudget(job.source)) {
      bulk.push(index);
      continue;
    }
    results[index] = await parseGuarded(job, config);
    onDone();
  }
  const bulkJobs = bulk.map((index) => jobs[index]);
  const workers = workerCount(bulkJobs.length, options.workers ?? "auto");
  let reported = 0;
  const parsed = workers > 0 ? await parseInWorkers(bulkJobs, config, workers, (done) => {
    for (; reported < done; reported++) onDone();
  }) : bulkJobs.map((job) => {
    const result = parseJob(job, config);
    onDone();
    return result;
  });
  bulk.forEach((index, position) => results[index] = parsed[position]);
  return results;
}
export {
  guardedBytes,
  guardedDelimiters,
  needsBudget,
  parseDocuments
};
