import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  schemaValidator
} from "./cli-chunk-O2VXWUBB.js";

// src/core/document/checkedFileProblem.ts
var kinds = /* @__PURE__ */ new Set([
  "plan",
  "analysis",
  "review",
  "prompt",
  "checklist"
]);
var extractionErrors = /* @__PURE__ */ new Set([
  "required",
  "enum",
  "minLength",
  "minimum",
  "maximum",
  "pattern",
  "format"
]);
var alwaysPresent = /* @__PURE__ */ new Set([
  "kind",
  "identity",
  "checkboxes",
  "schemaVersion"
]);
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isPoint = (value) => isObject(value) && Number.isSafeInteger(value.line) && Number.isSafeInteger(value.column);
var isPosition = (value) => isObject(value) && isPoint(value.start) && isPoint(value.end);
var optional = (value, check) => value === void 0 || check(value);
var isString = (value) => typeof value === "string";
function messageProblem(message, index) {
  const where = `/messages/${index}`;
  if (!isObject(message) || typeof message.reason !== "string")
    return `${where} is not a message with a reason`;
  if (!optional(message.ruleId, isString) || !optional(message.source, isString))
    return `${where} has a rule id or source that is not text`;
  if (!optional(message.fatal, (fatal) => fatal === null || typeof fatal === "boolean"))
    return `${where}/fatal is not true, false or null`;
  if (!optional(message.place, (place) => isPoint(place) || isPosition(place)))
    return `${where}/place is not a position`;
  if (!optional(message.expected, (expected) => Array.isArray(expected) && expected.every(isString)))
    return `${where}/expected is not a list of text`;
  if (!optional(message.actual, isString)) return `${where}/actual is not text`;
  return void 0;
}
function documentProblem(document, valid) {
  if (!kinds.has(document.kind)) return `/parsed/document/kind is not a kind planmark reads`;
  const validate = schemaValidator(document.kind);
  const passes = validate(document);
  if (passes !== valid) return `/parsed/valid does not match the document`;
  const unexpected = (validate.errors ?? []).find(
    (error) => !extractionErrors.has(error.keyword) || error.keyword === "required" && (error.instancePath !== "" || alwaysPresent.has(error.params.missingProperty))
  );
  return unexpected ? `/parsed/document${unexpected.instancePath} ${unexpected.message ?? "is malformed"}` : void 0;
}
function checkedFileProblem(entry, path) {
  if (!isObject(entry) || typeof entry.path !== "string") return "it is not a checked file";
  if (path !== void 0 && entry.path !== path) return `it is for ${entry.path}, not ${path}`;
  if (!Array.isArray(entry.messages)) return "/messages is not a list";
  for (const [index, message] of entry.messages.entries()) {
    const problem = messageProblem(message, index);
    if (problem) return problem;
  }
  if (entry.parsed === void 0) return void 0;
  const parsed = entry.parsed;
  if (!isObject(parsed) || !isObject(parsed.document) || typeof parsed.valid !== "boolean")
    return "/parsed is not a document with its validity";
  if (!isObject(parsed.positions) || !Object.values(parsed.positions).every(isPosition))
    return "/parsed/positions is not a map of positions";
  const identity = parsed.document.identity;
  if (!isObject(identity) || identity.path !== entry.path)
    return `/parsed/document/identity/path is not ${entry.path}`;
  return documentProblem(parsed.document, parsed.valid);
}
function isCheckedFile(entry, path) {
  return checkedFileProblem(entry, path) === void 0;
}

export {
  checkedFileProblem,
  isCheckedFile
};
