import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/schemas/validators.js
var Gr = (a, i) => () => {
  try {
    return i || a((i = { exports: {} }).exports, i), i.exports;
  } catch (k) {
    throw i = 0, k;
  }
};
var Ir = Gr((vr) => {
  "use strict";
  Object.defineProperty(vr, "__esModule", { value: true });
  function Fr(a) {
    let i = a.length, k = 0, P = 0, y;
    for (; P < i; ) k++, y = a.charCodeAt(P++), y >= 55296 && y <= 56319 && P < i && (y = a.charCodeAt(P), (y & 64512) === 56320 && P++);
    return k;
  }
  vr.default = Fr;
  Fr.code = 'require("ajv/dist/runtime/ucs2length").default';
});
var Qr = pr;
var Hr = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/plan.schema.json", title: "ExecutionPlan", description: "An execution plan extracted from Markdown (FORMATS.md, Execution plan). A plan in planmark's own template (`dialect` planmark or absent) must state agent, start time, estimate, category and complexity; a plan of another dialect is judged against what its own format requires.", type: "object", additionalProperties: false, required: ["schemaVersion", "kind", "identity", "title", "successCriteria", "phases", "checkboxes"], properties: { schemaVersion: { const: 1 }, kind: { const: "plan" }, identity: { $ref: "common.schema.json#/$defs/identity" }, dialect: { $ref: "common.schema.json#/$defs/dialect" }, title: { type: "string", minLength: 1 }, agent: { type: "string", minLength: 1, description: "The agent the plan names. Optional: a plan that names none takes its agent from git history when the history names one (docs/metrics.md, Evidence)." }, session: { type: "string" }, startTime: { $ref: "common.schema.json#/$defs/timestamp" }, estimatedDuration: { $ref: "common.schema.json#/$defs/duration" }, taskCategory: { type: "string", pattern: "^[a-z0-9_]+$" }, complexity: { $ref: "common.schema.json#/$defs/level" }, prompts: { type: "array", items: { title: "PromptReference", type: "object", additionalProperties: false, required: ["id"], properties: { id: { type: "string", minLength: 1 }, version: { type: "string", minLength: 1 } } } }, reviewer: { type: "string" }, assignee: { type: "array", items: { type: "string" }, description: "Who the document assigns the work to (Backlog.md `assignee`); the first that names a known agent is the plan's `agent`." }, labels: { type: "array", items: { type: "string" } }, mission: { type: "string" }, successCriteria: { type: "array", items: { $ref: "common.schema.json#/$defs/task" } }, phases: { type: "array", items: { $ref: "common.schema.json#/$defs/phase" } }, tasks: { type: "array", items: { $ref: "common.schema.json#/$defs/task" }, description: "The dialect's own task list outside success criteria and phases: ExecPlan Progress, Cursor todos, Cline's what works and what is left, Backlog.md Definition of Done." }, risks: { type: "array", items: { title: "Risk", type: "object", additionalProperties: false, required: ["risk"], properties: { risk: { type: "string" }, probability: { $ref: "common.schema.json#/$defs/level" }, impact: { $ref: "common.schema.json#/$defs/level" }, mitigation: { type: "string" } } } }, resources: { title: "Resources", type: "object", additionalProperties: false, properties: { filesToReview: { type: "string" }, toolsNeeded: { type: "string" }, dependencies: { type: "string" } } }, progressTracking: { title: "ProgressTracking", type: "object", additionalProperties: false, required: ["phases"], properties: { phases: { type: "array", items: { title: "PhaseTiming", type: "object", additionalProperties: false, required: ["phase"], properties: { phase: { type: "integer", minimum: 0 }, start: { $ref: "common.schema.json#/$defs/timestamp" }, end: { $ref: "common.schema.json#/$defs/timestamp" } } } }, totalDuration: { $ref: "common.schema.json#/$defs/duration" } } }, finalStatus: { title: "FinalStatus", type: "object", additionalProperties: false, properties: { completionStatus: { $ref: "common.schema.json#/$defs/status" }, successRate: { type: "number", minimum: 0, maximum: 100 }, qualityScore: { type: "number", minimum: 1, maximum: 10 }, lessonsLearned: { $ref: "common.schema.json#/$defs/textList" } } }, notes: { title: "DialectNotes", type: "object", additionalProperties: false, description: "The living sections a dialect keeps, as written: ExecPlan Surprises & Discoveries, Decision Log, Outcomes & Retrospective; Backlog.md Implementation Plan and Notes; Cline Known Issues.", propertyNames: { minLength: 1 }, properties: { surprisesAndDiscoveries: { $ref: "common.schema.json#/$defs/textList" }, decisionLog: { $ref: "common.schema.json#/$defs/textList" }, outcomesAndRetrospective: { $ref: "common.schema.json#/$defs/textList" }, implementationPlan: { $ref: "common.schema.json#/$defs/textList" }, implementationNotes: { $ref: "common.schema.json#/$defs/textList" }, knownIssues: { $ref: "common.schema.json#/$defs/textList" }, currentFocus: { $ref: "common.schema.json#/$defs/textList" } } }, checkboxes: { $ref: "common.schema.json#/$defs/checkboxCounts" }, tokens: { $ref: "common.schema.json#/$defs/tokens" }, cost: { $ref: "common.schema.json#/$defs/cost" } }, if: { properties: { dialect: { not: { const: "planmark" } } }, required: ["dialect"] }, then: true, else: { properties: { agent: true, startTime: true, estimatedDuration: true, taskCategory: true, complexity: true }, required: ["startTime", "estimatedDuration", "taskCategory", "complexity"] } };
var E = Object.prototype.hasOwnProperty;
var q = Ir().default;
var Q = new RegExp("^[0-9a-f]{40}$", "u");
function fe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = fe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.path === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "path" || r === "blobId" || r === "planId")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.path !== void 0) {
      let r = a.path;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.blobId !== void 0) {
      let r = a.blobId;
      if (typeof r == "string") {
        if (!Q.test(r)) {
          let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.planId !== void 0) {
      let r = a.planId;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return fe.errors = e, s === 0;
}
fe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Ar = { title: "Dialect", description: "The format a document is written in (docs/formats.md): planmark's own template, a plain checklist (`generic`), or an agent tool's format, each read by its own reader and judged against what that format requires.", enum: ["planmark", "generic", "spec-kit", "kiro", "execplan", "backlog-md", "cursor-plan", "task-master", "cline-memory-bank", "claude-plan", "gsd"] };
function ye(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ye.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "planmark" || a === "generic" || a === "spec-kit" || a === "kiro" || a === "execplan" || a === "backlog-md" || a === "cursor-plan" || a === "task-master" || a === "cline-memory-bank" || a === "claude-plan" || a === "gsd")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ar.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ye.errors = e, s === 0;
}
ye.evaluated = { dynamicProps: false, dynamicItems: false };
var tr = new RegExp("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$", "u");
function L(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = L.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), typeof a == "string") {
    if (!tr.test(a)) {
      let r = { instancePath: i, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$"' };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return L.errors = e, s === 0;
}
L.evaluated = { dynamicProps: false, dynamicItems: false };
function K(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = K.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.text === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.minMinutes === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "minMinutes" }, message: "must have required property 'minMinutes'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.maxMinutes === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxMinutes" }, message: "must have required property 'maxMinutes'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "text" || r === "minMinutes" || r === "maxMinutes")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.text !== void 0 && typeof a.text != "string") {
      let r = { instancePath: i + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.minMinutes !== void 0) {
      let r = a.minMinutes;
      if (typeof r == "number" && isFinite(r)) {
        if (r < 0 || isNaN(r)) {
          let t = { instancePath: i + "/minMinutes", schemaPath: "#/properties/minMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/minMinutes", schemaPath: "#/properties/minMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.maxMinutes !== void 0) {
      let r = a.maxMinutes;
      if (typeof r == "number" && isFinite(r)) {
        if (r < 0 || isNaN(r)) {
          let t = { instancePath: i + "/maxMinutes", schemaPath: "#/properties/maxMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/maxMinutes", schemaPath: "#/properties/maxMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return K.errors = e, s === 0;
}
K.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Dr = { title: "Level", description: "A normalised complexity or risk level.", enum: ["low", "medium", "high"] };
function _(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = _.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "low" || a === "medium" || a === "high")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Dr.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return _.errors = e, s === 0;
}
_.evaluated = { dynamicProps: false, dynamicItems: false };
var nr = { title: "Task", description: "A checklist item; `state` follows GitHub's rendering, and nested items are its children.", type: "object", additionalProperties: false, required: ["text", "state", "children"], properties: { text: { type: "string" }, state: { enum: ["checked", "unchecked", "in_progress", "dropped"] }, emoji: { const: true, description: "The state comes from a leading emoji (`- ✅ Write tests`): GitHub shows no checkbox, so the item is never counted as one." }, data: { const: true, description: "The state comes from the document's data (a Cursor plan's front matter `todos`, Task Master's `tasks.json`), not from a box: never counted as a checkbox." }, id: { type: "string", description: "The task's own identifier in its dialect: spec-kit `T001`, Kiro `1.2`, a Cursor todo id, Task Master `3` or `3.1`." }, parallel: { const: true, description: "spec-kit's `[P]`: the task can run in parallel with others." }, story: { type: "string", description: "spec-kit's user story label (`US1`)." }, requirements: { type: "array", items: { type: "string" }, description: "Kiro's `_Requirements: 1.1, 2.3_` references." }, at: { $ref: "#/$defs/timestamp", description: "When the item says it was done or updated: an ExecPlan Progress item's own timestamp, `- [x] (2025-10-01 13:00Z) …`." }, expectedOutcome: { type: "string" }, successMetric: { type: "string" }, riskLevel: { $ref: "#/$defs/level" }, children: { type: "array", items: { $ref: "#/$defs/task" } } } };
function Z(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Z.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), typeof a == "string") {
    if (!tr.test(a)) {
      let r = { instancePath: i, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$"' };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Z.errors = e, s === 0;
}
Z.evaluated = { dynamicProps: false, dynamicItems: false };
function re(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = re.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "low" || a === "medium" || a === "high")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Dr.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return re.errors = e, s === 0;
}
re.evaluated = { dynamicProps: false, dynamicItems: false };
var wr = { validate: T };
function T(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = T.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.text === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.state === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.children === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "children" }, message: "must have required property 'children'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!E.call(nr.properties, r)) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.text !== void 0 && typeof a.text != "string") {
      let r = { instancePath: i + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.state !== void 0) {
      let r = a.state;
      if (!(r === "checked" || r === "unchecked" || r === "in_progress" || r === "dropped")) {
        let t = { instancePath: i + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: nr.properties.state.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.emoji !== void 0 && a.emoji !== true) {
      let r = { instancePath: i + "/emoji", schemaPath: "#/properties/emoji/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.data !== void 0 && a.data !== true) {
      let r = { instancePath: i + "/data", schemaPath: "#/properties/data/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.id !== void 0 && typeof a.id != "string") {
      let r = { instancePath: i + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.parallel !== void 0 && a.parallel !== true) {
      let r = { instancePath: i + "/parallel", schemaPath: "#/properties/parallel/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.story !== void 0 && typeof a.story != "string") {
      let r = { instancePath: i + "/story", schemaPath: "#/properties/story/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.requirements !== void 0) {
      let r = a.requirements;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) if (typeof r[n] != "string") {
          let p = { instancePath: i + "/requirements/" + n, schemaPath: "#/properties/requirements/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [p] : e.push(p), s++;
        }
      } else {
        let t = { instancePath: i + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.at !== void 0 && (Z(a.at, { instancePath: i + "/at", parentData: a, parentDataProperty: "at", rootData: y, dynamicAnchors: h }) || (e = e === null ? Z.errors : e.concat(Z.errors), s = e.length)), a.expectedOutcome !== void 0 && typeof a.expectedOutcome != "string") {
      let r = { instancePath: i + "/expectedOutcome", schemaPath: "#/properties/expectedOutcome/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.successMetric !== void 0 && typeof a.successMetric != "string") {
      let r = { instancePath: i + "/successMetric", schemaPath: "#/properties/successMetric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.riskLevel !== void 0 && (re(a.riskLevel, { instancePath: i + "/riskLevel", parentData: a, parentDataProperty: "riskLevel", rootData: y, dynamicAnchors: h }) || (e = e === null ? re.errors : e.concat(re.errors), s = e.length)), a.children !== void 0) {
      let r = a.children;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) wr.validate(r[n], { instancePath: i + "/children/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? wr.validate.errors : e.concat(wr.validate.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/children", schemaPath: "#/properties/children/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return T.errors = e, s === 0;
}
T.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function se(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = se.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.text === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.minMinutes === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "minMinutes" }, message: "must have required property 'minMinutes'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.maxMinutes === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxMinutes" }, message: "must have required property 'maxMinutes'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "text" || r === "minMinutes" || r === "maxMinutes")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.text !== void 0 && typeof a.text != "string") {
      let r = { instancePath: i + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.minMinutes !== void 0) {
      let r = a.minMinutes;
      if (typeof r == "number" && isFinite(r)) {
        if (r < 0 || isNaN(r)) {
          let t = { instancePath: i + "/minMinutes", schemaPath: "#/properties/minMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/minMinutes", schemaPath: "#/properties/minMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.maxMinutes !== void 0) {
      let r = a.maxMinutes;
      if (typeof r == "number" && isFinite(r)) {
        if (r < 0 || isNaN(r)) {
          let t = { instancePath: i + "/maxMinutes", schemaPath: "#/properties/maxMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/maxMinutes", schemaPath: "#/properties/maxMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return se.errors = e, s === 0;
}
se.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function te(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = te.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), Array.isArray(a)) {
    let r = a.length;
    for (let t = 0; t < r; t++) if (typeof a[t] != "string") {
      let n = { instancePath: i + "/" + t, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [n] : e.push(n), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return te.errors = e, s === 0;
}
te.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
var Tr = { title: "Status", description: "A normalised status (COMPLETED, DONE, SUCCESS and the check mark all become `completed`).", enum: ["completed", "partial", "in_progress", "blocked", "failed", "abandoned"] };
function ie(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ie.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "completed" || a === "partial" || a === "in_progress" || a === "blocked" || a === "failed" || a === "abandoned")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Tr.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ie.errors = e, s === 0;
}
ie.evaluated = { dynamicProps: false, dynamicItems: false };
function he(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = he.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.number === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.name === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.steps === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.completionCriteria === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completionCriteria" }, message: "must have required property 'completionCriteria'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "number" || r === "name" || r === "estimatedDuration" || r === "objective" || r === "files" || r === "status" || r === "steps" || r === "completionCriteria")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.number !== void 0) {
      let r = a.number;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/number", schemaPath: "#/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.name !== void 0 && typeof a.name != "string") {
      let r = { instancePath: i + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.estimatedDuration !== void 0 && (se(a.estimatedDuration, { instancePath: i + "/estimatedDuration", parentData: a, parentDataProperty: "estimatedDuration", rootData: y, dynamicAnchors: h }) || (e = e === null ? se.errors : e.concat(se.errors), s = e.length)), a.objective !== void 0 && typeof a.objective != "string") {
      let r = { instancePath: i + "/objective", schemaPath: "#/properties/objective/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.files !== void 0 && (te(a.files, { instancePath: i + "/files", parentData: a, parentDataProperty: "files", rootData: y, dynamicAnchors: h }) || (e = e === null ? te.errors : e.concat(te.errors), s = e.length)), a.status !== void 0 && (ie(a.status, { instancePath: i + "/status", parentData: a, parentDataProperty: "status", rootData: y, dynamicAnchors: h }) || (e = e === null ? ie.errors : e.concat(ie.errors), s = e.length)), a.steps !== void 0) {
      let r = a.steps;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) T(r[n], { instancePath: i + "/steps/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? T.errors : e.concat(T.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.completionCriteria !== void 0) {
      let r = a.completionCriteria;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) T(r[n], { instancePath: i + "/completionCriteria/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? T.errors : e.concat(T.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/completionCriteria", schemaPath: "#/properties/completionCriteria/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return he.errors = e, s === 0;
}
he.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function ge(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ge.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "completed" || a === "partial" || a === "in_progress" || a === "blocked" || a === "failed" || a === "abandoned")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Tr.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ge.errors = e, s === 0;
}
ge.evaluated = { dynamicProps: false, dynamicItems: false };
function A(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = A.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), Array.isArray(a)) {
    let r = a.length;
    for (let t = 0; t < r; t++) if (typeof a[t] != "string") {
      let n = { instancePath: i + "/" + t, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [n] : e.push(n), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return A.errors = e, s === 0;
}
A.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function be(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = be.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.checked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checked" }, message: "must have required property 'checked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.unchecked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unchecked" }, message: "must have required property 'unchecked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.inProgress === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inProgress" }, message: "must have required property 'inProgress'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.dropped === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dropped" }, message: "must have required property 'dropped'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.lost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lost" }, message: "must have required property 'lost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "checked" || r === "unchecked" || r === "inProgress" || r === "dropped" || r === "lost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.checked !== void 0) {
      let r = a.checked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.unchecked !== void 0) {
      let r = a.unchecked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.inProgress !== void 0) {
      let r = a.inProgress;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.dropped !== void 0) {
      let r = a.dropped;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.lost !== void 0) {
      let r = a.lost;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return be.errors = e, s === 0;
}
be.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Pe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Pe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    for (let r in a) if (!(r === "input" || r === "output")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.input !== void 0) {
      let r = a.input;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/input", schemaPath: "#/properties/input/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/input", schemaPath: "#/properties/input/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.output !== void 0) {
      let r = a.output;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/output", schemaPath: "#/properties/output/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Pe.errors = e, s === 0;
}
Pe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var $r = new RegExp("^[A-Z]{3}$", "u");
function ke(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ke.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.amount === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.currency === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "amount" || r === "currency")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.amount !== void 0) {
      let r = a.amount;
      if (typeof r == "number" && isFinite(r)) {
        if (r < 0 || isNaN(r)) {
          let t = { instancePath: i + "/amount", schemaPath: "#/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/amount", schemaPath: "#/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.currency !== void 0) {
      let r = a.currency;
      if (typeof r == "string") {
        if (!$r.test(r)) {
          let t = { instancePath: i + "/currency", schemaPath: "#/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ke.errors = e, s === 0;
}
ke.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var kr = new RegExp("^[a-z0-9_]+$", "u");
function pr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = pr.evaluated;
  d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0);
  let r = s, t = true, n = s;
  if (a && typeof a == "object" && !Array.isArray(a)) {
    let m;
    if (a.dialect === void 0 && (m = "dialect")) {
      let l = {};
      e === null ? e = [l] : e.push(l), s++;
    } else if (a.dialect !== void 0) {
      let l = s, f = s;
      if (a.dialect !== "planmark") {
        let g = {};
        e === null ? e = [g] : e.push(g), s++;
      }
      var p = f === s;
      if (p) {
        let g = {};
        e === null ? e = [g] : e.push(g), s++;
      } else s = l, e !== null && (l ? e.length = l : e = null);
    }
  }
  var o = n === s;
  if (s = r, e !== null && (r ? e.length = r : e = null), !o) {
    let m = s;
    if (a && typeof a == "object" && !Array.isArray(a)) {
      if (a.startTime === void 0) {
        let f = { instancePath: i, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "startTime" }, message: "must have required property 'startTime'" };
        e === null ? e = [f] : e.push(f), s++;
      }
      if (a.estimatedDuration === void 0) {
        let f = { instancePath: i, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "estimatedDuration" }, message: "must have required property 'estimatedDuration'" };
        e === null ? e = [f] : e.push(f), s++;
      }
      if (a.taskCategory === void 0) {
        let f = { instancePath: i, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "taskCategory" }, message: "must have required property 'taskCategory'" };
        e === null ? e = [f] : e.push(f), s++;
      }
      if (a.complexity === void 0) {
        let f = { instancePath: i, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "complexity" }, message: "must have required property 'complexity'" };
        e === null ? e = [f] : e.push(f), s++;
      }
    }
    var o = m === s;
    if (t = o, t) {
      var u = {};
      u.agent = true, u.startTime = true, u.estimatedDuration = true, u.taskCategory = true, u.complexity = true, u.dialect = true;
    }
  }
  if (!t) {
    let m = { instancePath: i, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema' };
    e === null ? e = [m] : e.push(m), s++;
  }
  if (a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let m = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.kind === void 0) {
      let m = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.identity === void 0) {
      let m = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.title === void 0) {
      let m = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.successCriteria === void 0) {
      let m = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "successCriteria" }, message: "must have required property 'successCriteria'" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.phases === void 0) {
      let m = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phases" }, message: "must have required property 'phases'" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.checkboxes === void 0) {
      let m = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checkboxes" }, message: "must have required property 'checkboxes'" };
      e === null ? e = [m] : e.push(m), s++;
    }
    for (let m in a) if (!E.call(Hr.properties, m)) {
      let l = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
      e === null ? e = [l] : e.push(l), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let m = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.kind !== void 0 && a.kind !== "plan") {
      let m = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "plan" }, message: "must be equal to constant" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.identity !== void 0 && (fe(a.identity, { instancePath: i + "/identity", parentData: a, parentDataProperty: "identity", rootData: y, dynamicAnchors: h }) || (e = e === null ? fe.errors : e.concat(fe.errors), s = e.length)), a.dialect !== void 0 && (ye(a.dialect, { instancePath: i + "/dialect", parentData: a, parentDataProperty: "dialect", rootData: y, dynamicAnchors: h }) || (e = e === null ? ye.errors : e.concat(ye.errors), s = e.length)), a.title !== void 0) {
      let m = a.title;
      if (typeof m == "string") {
        if (q(m) < 1) {
          let l = { instancePath: i + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [l] : e.push(l), s++;
        }
      } else {
        let l = { instancePath: i + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.agent !== void 0) {
      let m = a.agent;
      if (typeof m == "string") {
        if (q(m) < 1) {
          let l = { instancePath: i + "/agent", schemaPath: "#/properties/agent/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [l] : e.push(l), s++;
        }
      } else {
        let l = { instancePath: i + "/agent", schemaPath: "#/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.session !== void 0 && typeof a.session != "string") {
      let m = { instancePath: i + "/session", schemaPath: "#/properties/session/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.startTime !== void 0 && (L(a.startTime, { instancePath: i + "/startTime", parentData: a, parentDataProperty: "startTime", rootData: y, dynamicAnchors: h }) || (e = e === null ? L.errors : e.concat(L.errors), s = e.length)), a.estimatedDuration !== void 0 && (K(a.estimatedDuration, { instancePath: i + "/estimatedDuration", parentData: a, parentDataProperty: "estimatedDuration", rootData: y, dynamicAnchors: h }) || (e = e === null ? K.errors : e.concat(K.errors), s = e.length)), a.taskCategory !== void 0) {
      let m = a.taskCategory;
      if (typeof m == "string") {
        if (!kr.test(m)) {
          let l = { instancePath: i + "/taskCategory", schemaPath: "#/properties/taskCategory/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+$" }, message: 'must match pattern "^[a-z0-9_]+$"' };
          e === null ? e = [l] : e.push(l), s++;
        }
      } else {
        let l = { instancePath: i + "/taskCategory", schemaPath: "#/properties/taskCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.complexity !== void 0 && (_(a.complexity, { instancePath: i + "/complexity", parentData: a, parentDataProperty: "complexity", rootData: y, dynamicAnchors: h }) || (e = e === null ? _.errors : e.concat(_.errors), s = e.length)), a.prompts !== void 0) {
      let m = a.prompts;
      if (Array.isArray(m)) {
        let l = m.length;
        for (let f = 0; f < l; f++) {
          let g = m[f];
          if (g && typeof g == "object" && !Array.isArray(g)) {
            if (g.id === void 0) {
              let b = { instancePath: i + "/prompts/" + f, schemaPath: "#/properties/prompts/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              e === null ? e = [b] : e.push(b), s++;
            }
            for (let b in g) if (!(b === "id" || b === "version")) {
              let v = { instancePath: i + "/prompts/" + f, schemaPath: "#/properties/prompts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: b }, message: "must NOT have additional properties" };
              e === null ? e = [v] : e.push(v), s++;
            }
            if (g.id !== void 0) {
              let b = g.id;
              if (typeof b == "string") {
                if (q(b) < 1) {
                  let v = { instancePath: i + "/prompts/" + f + "/id", schemaPath: "#/properties/prompts/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  e === null ? e = [v] : e.push(v), s++;
                }
              } else {
                let v = { instancePath: i + "/prompts/" + f + "/id", schemaPath: "#/properties/prompts/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [v] : e.push(v), s++;
              }
            }
            if (g.version !== void 0) {
              let b = g.version;
              if (typeof b == "string") {
                if (q(b) < 1) {
                  let v = { instancePath: i + "/prompts/" + f + "/version", schemaPath: "#/properties/prompts/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  e === null ? e = [v] : e.push(v), s++;
                }
              } else {
                let v = { instancePath: i + "/prompts/" + f + "/version", schemaPath: "#/properties/prompts/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [v] : e.push(v), s++;
              }
            }
          } else {
            let b = { instancePath: i + "/prompts/" + f, schemaPath: "#/properties/prompts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [b] : e.push(b), s++;
          }
        }
      } else {
        let l = { instancePath: i + "/prompts", schemaPath: "#/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.reviewer !== void 0 && typeof a.reviewer != "string") {
      let m = { instancePath: i + "/reviewer", schemaPath: "#/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.assignee !== void 0) {
      let m = a.assignee;
      if (Array.isArray(m)) {
        let l = m.length;
        for (let f = 0; f < l; f++) if (typeof m[f] != "string") {
          let g = { instancePath: i + "/assignee/" + f, schemaPath: "#/properties/assignee/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [g] : e.push(g), s++;
        }
      } else {
        let l = { instancePath: i + "/assignee", schemaPath: "#/properties/assignee/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.labels !== void 0) {
      let m = a.labels;
      if (Array.isArray(m)) {
        let l = m.length;
        for (let f = 0; f < l; f++) if (typeof m[f] != "string") {
          let g = { instancePath: i + "/labels/" + f, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [g] : e.push(g), s++;
        }
      } else {
        let l = { instancePath: i + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.mission !== void 0 && typeof a.mission != "string") {
      let m = { instancePath: i + "/mission", schemaPath: "#/properties/mission/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [m] : e.push(m), s++;
    }
    if (a.successCriteria !== void 0) {
      let m = a.successCriteria;
      if (Array.isArray(m)) {
        let l = m.length;
        for (let f = 0; f < l; f++) T(m[f], { instancePath: i + "/successCriteria/" + f, parentData: m, parentDataProperty: f, rootData: y, dynamicAnchors: h }) || (e = e === null ? T.errors : e.concat(T.errors), s = e.length);
      } else {
        let l = { instancePath: i + "/successCriteria", schemaPath: "#/properties/successCriteria/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.phases !== void 0) {
      let m = a.phases;
      if (Array.isArray(m)) {
        let l = m.length;
        for (let f = 0; f < l; f++) he(m[f], { instancePath: i + "/phases/" + f, parentData: m, parentDataProperty: f, rootData: y, dynamicAnchors: h }) || (e = e === null ? he.errors : e.concat(he.errors), s = e.length);
      } else {
        let l = { instancePath: i + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.tasks !== void 0) {
      let m = a.tasks;
      if (Array.isArray(m)) {
        let l = m.length;
        for (let f = 0; f < l; f++) T(m[f], { instancePath: i + "/tasks/" + f, parentData: m, parentDataProperty: f, rootData: y, dynamicAnchors: h }) || (e = e === null ? T.errors : e.concat(T.errors), s = e.length);
      } else {
        let l = { instancePath: i + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.risks !== void 0) {
      let m = a.risks;
      if (Array.isArray(m)) {
        let l = m.length;
        for (let f = 0; f < l; f++) {
          let g = m[f];
          if (g && typeof g == "object" && !Array.isArray(g)) {
            if (g.risk === void 0) {
              let b = { instancePath: i + "/risks/" + f, schemaPath: "#/properties/risks/items/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'" };
              e === null ? e = [b] : e.push(b), s++;
            }
            for (let b in g) if (!(b === "risk" || b === "probability" || b === "impact" || b === "mitigation")) {
              let v = { instancePath: i + "/risks/" + f, schemaPath: "#/properties/risks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: b }, message: "must NOT have additional properties" };
              e === null ? e = [v] : e.push(v), s++;
            }
            if (g.risk !== void 0 && typeof g.risk != "string") {
              let b = { instancePath: i + "/risks/" + f + "/risk", schemaPath: "#/properties/risks/items/properties/risk/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [b] : e.push(b), s++;
            }
            if (g.probability !== void 0 && (_(g.probability, { instancePath: i + "/risks/" + f + "/probability", parentData: g, parentDataProperty: "probability", rootData: y, dynamicAnchors: h }) || (e = e === null ? _.errors : e.concat(_.errors), s = e.length)), g.impact !== void 0 && (_(g.impact, { instancePath: i + "/risks/" + f + "/impact", parentData: g, parentDataProperty: "impact", rootData: y, dynamicAnchors: h }) || (e = e === null ? _.errors : e.concat(_.errors), s = e.length)), g.mitigation !== void 0 && typeof g.mitigation != "string") {
              let b = { instancePath: i + "/risks/" + f + "/mitigation", schemaPath: "#/properties/risks/items/properties/mitigation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [b] : e.push(b), s++;
            }
          } else {
            let b = { instancePath: i + "/risks/" + f, schemaPath: "#/properties/risks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [b] : e.push(b), s++;
          }
        }
      } else {
        let l = { instancePath: i + "/risks", schemaPath: "#/properties/risks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.resources !== void 0) {
      let m = a.resources;
      if (m && typeof m == "object" && !Array.isArray(m)) {
        for (let l in m) if (!(l === "filesToReview" || l === "toolsNeeded" || l === "dependencies")) {
          let f = { instancePath: i + "/resources", schemaPath: "#/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: l }, message: "must NOT have additional properties" };
          e === null ? e = [f] : e.push(f), s++;
        }
        if (m.filesToReview !== void 0 && typeof m.filesToReview != "string") {
          let l = { instancePath: i + "/resources/filesToReview", schemaPath: "#/properties/resources/properties/filesToReview/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [l] : e.push(l), s++;
        }
        if (m.toolsNeeded !== void 0 && typeof m.toolsNeeded != "string") {
          let l = { instancePath: i + "/resources/toolsNeeded", schemaPath: "#/properties/resources/properties/toolsNeeded/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [l] : e.push(l), s++;
        }
        if (m.dependencies !== void 0 && typeof m.dependencies != "string") {
          let l = { instancePath: i + "/resources/dependencies", schemaPath: "#/properties/resources/properties/dependencies/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [l] : e.push(l), s++;
        }
      } else {
        let l = { instancePath: i + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.progressTracking !== void 0) {
      let m = a.progressTracking;
      if (m && typeof m == "object" && !Array.isArray(m)) {
        if (m.phases === void 0) {
          let l = { instancePath: i + "/progressTracking", schemaPath: "#/properties/progressTracking/required", keyword: "required", params: { missingProperty: "phases" }, message: "must have required property 'phases'" };
          e === null ? e = [l] : e.push(l), s++;
        }
        for (let l in m) if (!(l === "phases" || l === "totalDuration")) {
          let f = { instancePath: i + "/progressTracking", schemaPath: "#/properties/progressTracking/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: l }, message: "must NOT have additional properties" };
          e === null ? e = [f] : e.push(f), s++;
        }
        if (m.phases !== void 0) {
          let l = m.phases;
          if (Array.isArray(l)) {
            let f = l.length;
            for (let g = 0; g < f; g++) {
              let b = l[g];
              if (b && typeof b == "object" && !Array.isArray(b)) {
                if (b.phase === void 0) {
                  let v = { instancePath: i + "/progressTracking/phases/" + g, schemaPath: "#/properties/progressTracking/properties/phases/items/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property 'phase'" };
                  e === null ? e = [v] : e.push(v), s++;
                }
                for (let v in b) if (!(v === "phase" || v === "start" || v === "end")) {
                  let j = { instancePath: i + "/progressTracking/phases/" + g, schemaPath: "#/properties/progressTracking/properties/phases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: v }, message: "must NOT have additional properties" };
                  e === null ? e = [j] : e.push(j), s++;
                }
                if (b.phase !== void 0) {
                  let v = b.phase;
                  if (!(typeof v == "number" && !(v % 1) && !isNaN(v) && isFinite(v))) {
                    let j = { instancePath: i + "/progressTracking/phases/" + g + "/phase", schemaPath: "#/properties/progressTracking/properties/phases/items/properties/phase/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [j] : e.push(j), s++;
                  }
                  if (typeof v == "number" && isFinite(v) && (v < 0 || isNaN(v))) {
                    let j = { instancePath: i + "/progressTracking/phases/" + g + "/phase", schemaPath: "#/properties/progressTracking/properties/phases/items/properties/phase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [j] : e.push(j), s++;
                  }
                }
                b.start !== void 0 && (L(b.start, { instancePath: i + "/progressTracking/phases/" + g + "/start", parentData: b, parentDataProperty: "start", rootData: y, dynamicAnchors: h }) || (e = e === null ? L.errors : e.concat(L.errors), s = e.length)), b.end !== void 0 && (L(b.end, { instancePath: i + "/progressTracking/phases/" + g + "/end", parentData: b, parentDataProperty: "end", rootData: y, dynamicAnchors: h }) || (e = e === null ? L.errors : e.concat(L.errors), s = e.length));
              } else {
                let v = { instancePath: i + "/progressTracking/phases/" + g, schemaPath: "#/properties/progressTracking/properties/phases/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [v] : e.push(v), s++;
              }
            }
          } else {
            let f = { instancePath: i + "/progressTracking/phases", schemaPath: "#/properties/progressTracking/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            e === null ? e = [f] : e.push(f), s++;
          }
        }
        m.totalDuration !== void 0 && (K(m.totalDuration, { instancePath: i + "/progressTracking/totalDuration", parentData: m, parentDataProperty: "totalDuration", rootData: y, dynamicAnchors: h }) || (e = e === null ? K.errors : e.concat(K.errors), s = e.length));
      } else {
        let l = { instancePath: i + "/progressTracking", schemaPath: "#/properties/progressTracking/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.finalStatus !== void 0) {
      let m = a.finalStatus;
      if (m && typeof m == "object" && !Array.isArray(m)) {
        for (let l in m) if (!(l === "completionStatus" || l === "successRate" || l === "qualityScore" || l === "lessonsLearned")) {
          let f = { instancePath: i + "/finalStatus", schemaPath: "#/properties/finalStatus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: l }, message: "must NOT have additional properties" };
          e === null ? e = [f] : e.push(f), s++;
        }
        if (m.completionStatus !== void 0 && (ge(m.completionStatus, { instancePath: i + "/finalStatus/completionStatus", parentData: m, parentDataProperty: "completionStatus", rootData: y, dynamicAnchors: h }) || (e = e === null ? ge.errors : e.concat(ge.errors), s = e.length)), m.successRate !== void 0) {
          let l = m.successRate;
          if (typeof l == "number" && isFinite(l)) {
            if (l > 100 || isNaN(l)) {
              let f = { instancePath: i + "/finalStatus/successRate", schemaPath: "#/properties/finalStatus/properties/successRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              e === null ? e = [f] : e.push(f), s++;
            }
            if (l < 0 || isNaN(l)) {
              let f = { instancePath: i + "/finalStatus/successRate", schemaPath: "#/properties/finalStatus/properties/successRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [f] : e.push(f), s++;
            }
          } else {
            let f = { instancePath: i + "/finalStatus/successRate", schemaPath: "#/properties/finalStatus/properties/successRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [f] : e.push(f), s++;
          }
        }
        if (m.qualityScore !== void 0) {
          let l = m.qualityScore;
          if (typeof l == "number" && isFinite(l)) {
            if (l > 10 || isNaN(l)) {
              let f = { instancePath: i + "/finalStatus/qualityScore", schemaPath: "#/properties/finalStatus/properties/qualityScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              e === null ? e = [f] : e.push(f), s++;
            }
            if (l < 1 || isNaN(l)) {
              let f = { instancePath: i + "/finalStatus/qualityScore", schemaPath: "#/properties/finalStatus/properties/qualityScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              e === null ? e = [f] : e.push(f), s++;
            }
          } else {
            let f = { instancePath: i + "/finalStatus/qualityScore", schemaPath: "#/properties/finalStatus/properties/qualityScore/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [f] : e.push(f), s++;
          }
        }
        m.lessonsLearned !== void 0 && (A(m.lessonsLearned, { instancePath: i + "/finalStatus/lessonsLearned", parentData: m, parentDataProperty: "lessonsLearned", rootData: y, dynamicAnchors: h }) || (e = e === null ? A.errors : e.concat(A.errors), s = e.length));
      } else {
        let l = { instancePath: i + "/finalStatus", schemaPath: "#/properties/finalStatus/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    if (a.notes !== void 0) {
      let m = a.notes;
      if (m && typeof m == "object" && !Array.isArray(m)) {
        for (let l in m) {
          let f = s;
          if (typeof l == "string" && q(l) < 1) {
            let g = { instancePath: i + "/notes", schemaPath: "#/properties/notes/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: l };
            e === null ? e = [g] : e.push(g), s++;
          }
          var c = f === s;
          if (!c) {
            let g = { instancePath: i + "/notes", schemaPath: "#/properties/notes/propertyNames", keyword: "propertyNames", params: { propertyName: l }, message: "property name must be valid" };
            e === null ? e = [g] : e.push(g), s++;
          }
        }
        for (let l in m) if (!(l === "surprisesAndDiscoveries" || l === "decisionLog" || l === "outcomesAndRetrospective" || l === "implementationPlan" || l === "implementationNotes" || l === "knownIssues" || l === "currentFocus")) {
          let f = { instancePath: i + "/notes", schemaPath: "#/properties/notes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: l }, message: "must NOT have additional properties" };
          e === null ? e = [f] : e.push(f), s++;
        }
        m.surprisesAndDiscoveries !== void 0 && (A(m.surprisesAndDiscoveries, { instancePath: i + "/notes/surprisesAndDiscoveries", parentData: m, parentDataProperty: "surprisesAndDiscoveries", rootData: y, dynamicAnchors: h }) || (e = e === null ? A.errors : e.concat(A.errors), s = e.length)), m.decisionLog !== void 0 && (A(m.decisionLog, { instancePath: i + "/notes/decisionLog", parentData: m, parentDataProperty: "decisionLog", rootData: y, dynamicAnchors: h }) || (e = e === null ? A.errors : e.concat(A.errors), s = e.length)), m.outcomesAndRetrospective !== void 0 && (A(m.outcomesAndRetrospective, { instancePath: i + "/notes/outcomesAndRetrospective", parentData: m, parentDataProperty: "outcomesAndRetrospective", rootData: y, dynamicAnchors: h }) || (e = e === null ? A.errors : e.concat(A.errors), s = e.length)), m.implementationPlan !== void 0 && (A(m.implementationPlan, { instancePath: i + "/notes/implementationPlan", parentData: m, parentDataProperty: "implementationPlan", rootData: y, dynamicAnchors: h }) || (e = e === null ? A.errors : e.concat(A.errors), s = e.length)), m.implementationNotes !== void 0 && (A(m.implementationNotes, { instancePath: i + "/notes/implementationNotes", parentData: m, parentDataProperty: "implementationNotes", rootData: y, dynamicAnchors: h }) || (e = e === null ? A.errors : e.concat(A.errors), s = e.length)), m.knownIssues !== void 0 && (A(m.knownIssues, { instancePath: i + "/notes/knownIssues", parentData: m, parentDataProperty: "knownIssues", rootData: y, dynamicAnchors: h }) || (e = e === null ? A.errors : e.concat(A.errors), s = e.length)), m.currentFocus !== void 0 && (A(m.currentFocus, { instancePath: i + "/notes/currentFocus", parentData: m, parentDataProperty: "currentFocus", rootData: y, dynamicAnchors: h }) || (e = e === null ? A.errors : e.concat(A.errors), s = e.length));
      } else {
        let l = { instancePath: i + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [l] : e.push(l), s++;
      }
    }
    a.checkboxes !== void 0 && (be(a.checkboxes, { instancePath: i + "/checkboxes", parentData: a, parentDataProperty: "checkboxes", rootData: y, dynamicAnchors: h }) || (e = e === null ? be.errors : e.concat(be.errors), s = e.length)), a.tokens !== void 0 && (Pe(a.tokens, { instancePath: i + "/tokens", parentData: a, parentDataProperty: "tokens", rootData: y, dynamicAnchors: h }) || (e = e === null ? Pe.errors : e.concat(Pe.errors), s = e.length)), a.cost !== void 0 && (ke(a.cost, { instancePath: i + "/cost", parentData: a, parentDataProperty: "cost", rootData: y, dynamicAnchors: h }) || (e = e === null ? ke.errors : e.concat(ke.errors), s = e.length));
  } else {
    let m = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [m] : e.push(m), s++;
  }
  return pr.errors = e, s === 0;
}
pr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Wr = or;
var Rr = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/analysis.schema.json", title: "PlanAnalysis", description: "A reviewer's analysis of one execution plan (FORMATS.md, Plan analysis).", type: "object", additionalProperties: false, required: ["schemaVersion", "kind", "identity", "title", "planRef", "agent", "reviewer", "reviewDate", "checkboxes"], properties: { schemaVersion: { const: 1 }, kind: { const: "analysis" }, identity: { $ref: "common.schema.json#/$defs/identity" }, title: { type: "string", minLength: 1 }, planRef: { title: "PlanReference", description: "The plan analysed: its stated id, or the link to its file resolved against the analysis.", type: "object", additionalProperties: false, minProperties: 1, properties: { planId: { type: "string", minLength: 1 }, path: { type: "string", minLength: 1 } } }, agent: { type: "string", minLength: 1 }, reviewer: { type: "string", minLength: 1 }, reviewDate: { $ref: "common.schema.json#/$defs/timestamp" }, adherence: { title: "Adherence", type: "object", additionalProperties: false, properties: { phaseCompletionRate: { type: "number", minimum: 0, maximum: 100 }, stepCompletionRate: { type: "number", minimum: 0, maximum: 100 }, timeAccuracy: { type: "number", minimum: 0 } } }, quality: { title: "QualityAssessment", type: "object", additionalProperties: false, properties: { code: { $ref: "#/$defs/score" }, documentation: { $ref: "#/$defs/score" }, architecture: { $ref: "#/$defs/score" }, overall: { $ref: "#/$defs/score" } } }, deviations: { type: "array", items: { title: "Deviation", type: "object", additionalProperties: false, required: ["aspect"], properties: { aspect: { type: "string" }, planned: { type: "string" }, actual: { type: "string" }, deviation: { type: "string" }, impact: { type: "string" } } } }, overallSuccess: { enum: ["success", "partial", "failure"] }, strengths: { $ref: "common.schema.json#/$defs/textList" }, weaknesses: { $ref: "common.schema.json#/$defs/textList" }, nextSteps: { $ref: "common.schema.json#/$defs/textList" }, checkboxes: { $ref: "common.schema.json#/$defs/checkboxCounts" } }, $defs: { score: { title: "Score", type: "object", additionalProperties: false, required: ["score"], properties: { score: { type: "number", minimum: 1, maximum: 10 }, rationale: { type: "string" } } } } };
function ve(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ve.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.path === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "path" || r === "blobId" || r === "planId")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.path !== void 0) {
      let r = a.path;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.blobId !== void 0) {
      let r = a.blobId;
      if (typeof r == "string") {
        if (!Q.test(r)) {
          let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.planId !== void 0) {
      let r = a.planId;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ve.errors = e, s === 0;
}
ve.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function we(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = we.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), typeof a == "string") {
    if (!tr.test(a)) {
      let r = { instancePath: i, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$"' };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return we.errors = e, s === 0;
}
we.evaluated = { dynamicProps: false, dynamicItems: false };
function M(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = M.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.score === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "score" || r === "rationale")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.score !== void 0) {
      let r = a.score;
      if (typeof r == "number" && isFinite(r)) {
        if (r > 10 || isNaN(r)) {
          let t = { instancePath: i + "/score", schemaPath: "#/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          e === null ? e = [t] : e.push(t), s++;
        }
        if (r < 1 || isNaN(r)) {
          let t = { instancePath: i + "/score", schemaPath: "#/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/score", schemaPath: "#/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.rationale !== void 0 && typeof a.rationale != "string") {
      let r = { instancePath: i + "/rationale", schemaPath: "#/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return M.errors = e, s === 0;
}
M.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function B(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = B.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), Array.isArray(a)) {
    let r = a.length;
    for (let t = 0; t < r; t++) if (typeof a[t] != "string") {
      let n = { instancePath: i + "/" + t, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [n] : e.push(n), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return B.errors = e, s === 0;
}
B.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function qe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = qe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.checked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checked" }, message: "must have required property 'checked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.unchecked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unchecked" }, message: "must have required property 'unchecked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.inProgress === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inProgress" }, message: "must have required property 'inProgress'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.dropped === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dropped" }, message: "must have required property 'dropped'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.lost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lost" }, message: "must have required property 'lost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "checked" || r === "unchecked" || r === "inProgress" || r === "dropped" || r === "lost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.checked !== void 0) {
      let r = a.checked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.unchecked !== void 0) {
      let r = a.unchecked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.inProgress !== void 0) {
      let r = a.inProgress;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.dropped !== void 0) {
      let r = a.dropped;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.lost !== void 0) {
      let r = a.lost;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return qe.errors = e, s === 0;
}
qe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function or(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = or.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.kind === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.identity === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.title === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.planRef === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "planRef" }, message: "must have required property 'planRef'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.agent === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.reviewer === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewer" }, message: "must have required property 'reviewer'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.reviewDate === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewDate" }, message: "must have required property 'reviewDate'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.checkboxes === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checkboxes" }, message: "must have required property 'checkboxes'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!E.call(Rr.properties, r)) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let r = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.kind !== void 0 && a.kind !== "analysis") {
      let r = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "analysis" }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.identity !== void 0 && (ve(a.identity, { instancePath: i + "/identity", parentData: a, parentDataProperty: "identity", rootData: y, dynamicAnchors: h }) || (e = e === null ? ve.errors : e.concat(ve.errors), s = e.length)), a.title !== void 0) {
      let r = a.title;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.planRef !== void 0) {
      let r = a.planRef;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (Object.keys(r).length < 1) {
          let t = { instancePath: i + "/planRef", schemaPath: "#/properties/planRef/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          e === null ? e = [t] : e.push(t), s++;
        }
        for (let t in r) if (!(t === "planId" || t === "path")) {
          let n = { instancePath: i + "/planRef", schemaPath: "#/properties/planRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (r.planId !== void 0) {
          let t = r.planId;
          if (typeof t == "string") {
            if (q(t) < 1) {
              let n = { instancePath: i + "/planRef/planId", schemaPath: "#/properties/planRef/properties/planId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              e === null ? e = [n] : e.push(n), s++;
            }
          } else {
            let n = { instancePath: i + "/planRef/planId", schemaPath: "#/properties/planRef/properties/planId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
        if (r.path !== void 0) {
          let t = r.path;
          if (typeof t == "string") {
            if (q(t) < 1) {
              let n = { instancePath: i + "/planRef/path", schemaPath: "#/properties/planRef/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              e === null ? e = [n] : e.push(n), s++;
            }
          } else {
            let n = { instancePath: i + "/planRef/path", schemaPath: "#/properties/planRef/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/planRef", schemaPath: "#/properties/planRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.agent !== void 0) {
      let r = a.agent;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/agent", schemaPath: "#/properties/agent/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/agent", schemaPath: "#/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.reviewer !== void 0) {
      let r = a.reviewer;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/reviewer", schemaPath: "#/properties/reviewer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/reviewer", schemaPath: "#/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.reviewDate !== void 0 && (we(a.reviewDate, { instancePath: i + "/reviewDate", parentData: a, parentDataProperty: "reviewDate", rootData: y, dynamicAnchors: h }) || (e = e === null ? we.errors : e.concat(we.errors), s = e.length)), a.adherence !== void 0) {
      let r = a.adherence;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        for (let t in r) if (!(t === "phaseCompletionRate" || t === "stepCompletionRate" || t === "timeAccuracy")) {
          let n = { instancePath: i + "/adherence", schemaPath: "#/properties/adherence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (r.phaseCompletionRate !== void 0) {
          let t = r.phaseCompletionRate;
          if (typeof t == "number" && isFinite(t)) {
            if (t > 100 || isNaN(t)) {
              let n = { instancePath: i + "/adherence/phaseCompletionRate", schemaPath: "#/properties/adherence/properties/phaseCompletionRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              e === null ? e = [n] : e.push(n), s++;
            }
            if (t < 0 || isNaN(t)) {
              let n = { instancePath: i + "/adherence/phaseCompletionRate", schemaPath: "#/properties/adherence/properties/phaseCompletionRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [n] : e.push(n), s++;
            }
          } else {
            let n = { instancePath: i + "/adherence/phaseCompletionRate", schemaPath: "#/properties/adherence/properties/phaseCompletionRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
        if (r.stepCompletionRate !== void 0) {
          let t = r.stepCompletionRate;
          if (typeof t == "number" && isFinite(t)) {
            if (t > 100 || isNaN(t)) {
              let n = { instancePath: i + "/adherence/stepCompletionRate", schemaPath: "#/properties/adherence/properties/stepCompletionRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              e === null ? e = [n] : e.push(n), s++;
            }
            if (t < 0 || isNaN(t)) {
              let n = { instancePath: i + "/adherence/stepCompletionRate", schemaPath: "#/properties/adherence/properties/stepCompletionRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [n] : e.push(n), s++;
            }
          } else {
            let n = { instancePath: i + "/adherence/stepCompletionRate", schemaPath: "#/properties/adherence/properties/stepCompletionRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
        if (r.timeAccuracy !== void 0) {
          let t = r.timeAccuracy;
          if (typeof t == "number" && isFinite(t)) {
            if (t < 0 || isNaN(t)) {
              let n = { instancePath: i + "/adherence/timeAccuracy", schemaPath: "#/properties/adherence/properties/timeAccuracy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [n] : e.push(n), s++;
            }
          } else {
            let n = { instancePath: i + "/adherence/timeAccuracy", schemaPath: "#/properties/adherence/properties/timeAccuracy/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/adherence", schemaPath: "#/properties/adherence/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.quality !== void 0) {
      let r = a.quality;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        for (let t in r) if (!(t === "code" || t === "documentation" || t === "architecture" || t === "overall")) {
          let n = { instancePath: i + "/quality", schemaPath: "#/properties/quality/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
          e === null ? e = [n] : e.push(n), s++;
        }
        r.code !== void 0 && (M(r.code, { instancePath: i + "/quality/code", parentData: r, parentDataProperty: "code", rootData: y, dynamicAnchors: h }) || (e = e === null ? M.errors : e.concat(M.errors), s = e.length)), r.documentation !== void 0 && (M(r.documentation, { instancePath: i + "/quality/documentation", parentData: r, parentDataProperty: "documentation", rootData: y, dynamicAnchors: h }) || (e = e === null ? M.errors : e.concat(M.errors), s = e.length)), r.architecture !== void 0 && (M(r.architecture, { instancePath: i + "/quality/architecture", parentData: r, parentDataProperty: "architecture", rootData: y, dynamicAnchors: h }) || (e = e === null ? M.errors : e.concat(M.errors), s = e.length)), r.overall !== void 0 && (M(r.overall, { instancePath: i + "/quality/overall", parentData: r, parentDataProperty: "overall", rootData: y, dynamicAnchors: h }) || (e = e === null ? M.errors : e.concat(M.errors), s = e.length));
      } else {
        let t = { instancePath: i + "/quality", schemaPath: "#/properties/quality/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.deviations !== void 0) {
      let r = a.deviations;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) {
          let p = r[n];
          if (p && typeof p == "object" && !Array.isArray(p)) {
            if (p.aspect === void 0) {
              let o = { instancePath: i + "/deviations/" + n, schemaPath: "#/properties/deviations/items/required", keyword: "required", params: { missingProperty: "aspect" }, message: "must have required property 'aspect'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            for (let o in p) if (!(o === "aspect" || o === "planned" || o === "actual" || o === "deviation" || o === "impact")) {
              let u = { instancePath: i + "/deviations/" + n, schemaPath: "#/properties/deviations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (p.aspect !== void 0 && typeof p.aspect != "string") {
              let o = { instancePath: i + "/deviations/" + n + "/aspect", schemaPath: "#/properties/deviations/items/properties/aspect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.planned !== void 0 && typeof p.planned != "string") {
              let o = { instancePath: i + "/deviations/" + n + "/planned", schemaPath: "#/properties/deviations/items/properties/planned/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.actual !== void 0 && typeof p.actual != "string") {
              let o = { instancePath: i + "/deviations/" + n + "/actual", schemaPath: "#/properties/deviations/items/properties/actual/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.deviation !== void 0 && typeof p.deviation != "string") {
              let o = { instancePath: i + "/deviations/" + n + "/deviation", schemaPath: "#/properties/deviations/items/properties/deviation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.impact !== void 0 && typeof p.impact != "string") {
              let o = { instancePath: i + "/deviations/" + n + "/impact", schemaPath: "#/properties/deviations/items/properties/impact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
          } else {
            let o = { instancePath: i + "/deviations/" + n, schemaPath: "#/properties/deviations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/deviations", schemaPath: "#/properties/deviations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.overallSuccess !== void 0) {
      let r = a.overallSuccess;
      if (!(r === "success" || r === "partial" || r === "failure")) {
        let t = { instancePath: i + "/overallSuccess", schemaPath: "#/properties/overallSuccess/enum", keyword: "enum", params: { allowedValues: Rr.properties.overallSuccess.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    a.strengths !== void 0 && (B(a.strengths, { instancePath: i + "/strengths", parentData: a, parentDataProperty: "strengths", rootData: y, dynamicAnchors: h }) || (e = e === null ? B.errors : e.concat(B.errors), s = e.length)), a.weaknesses !== void 0 && (B(a.weaknesses, { instancePath: i + "/weaknesses", parentData: a, parentDataProperty: "weaknesses", rootData: y, dynamicAnchors: h }) || (e = e === null ? B.errors : e.concat(B.errors), s = e.length)), a.nextSteps !== void 0 && (B(a.nextSteps, { instancePath: i + "/nextSteps", parentData: a, parentDataProperty: "nextSteps", rootData: y, dynamicAnchors: h }) || (e = e === null ? B.errors : e.concat(B.errors), s = e.length)), a.checkboxes !== void 0 && (qe(a.checkboxes, { instancePath: i + "/checkboxes", parentData: a, parentDataProperty: "checkboxes", rootData: y, dynamicAnchors: h }) || (e = e === null ? qe.errors : e.concat(qe.errors), s = e.length));
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return or.errors = e, s === 0;
}
or.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Kr = mr;
var Mr = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/review.schema.json", title: "AgentReview", description: "A review of one agent over a period (FORMATS.md, Agent review). Its numbers are claims to compare with computed ones. `linkedPlans` are the plan files it links to, resolved against the review's folder.", type: "object", additionalProperties: false, required: ["schemaVersion", "kind", "identity", "title", "agent", "reviewer", "reviewDate", "categories", "checkboxes"], properties: { schemaVersion: { const: 1 }, kind: { const: "review" }, identity: { $ref: "common.schema.json#/$defs/identity" }, title: { type: "string", minLength: 1 }, agent: { type: "string", minLength: 1 }, reviewer: { type: "string", minLength: 1 }, reviewDate: { $ref: "common.schema.json#/$defs/timestamp" }, sessionPeriod: { title: "Period", type: "object", additionalProperties: false, required: ["from", "to"], properties: { from: { $ref: "common.schema.json#/$defs/timestamp" }, to: { $ref: "common.schema.json#/$defs/timestamp" } } }, categories: { type: "array", items: { title: "CategoryClaim", description: "What the review states about one task category.", type: "object", additionalProperties: false, required: ["category"], properties: { category: { type: "string", pattern: "^[a-z0-9_]+$" }, tasksCompleted: { type: "integer", minimum: 0 }, successRate: { type: "number", minimum: 0, maximum: 100 }, averageQuality: { type: "number", minimum: 1, maximum: 10 } } } }, linkedPlans: { $ref: "common.schema.json#/$defs/textList" }, bestFor: { $ref: "common.schema.json#/$defs/textList" }, avoidFor: { $ref: "common.schema.json#/$defs/textList" }, optimalTeamSize: { type: "string" }, overallRating: { type: "number", minimum: 1, maximum: 10 }, recommendation: { enum: ["use_regularly", "use_selectively", "avoid"] }, keyInsights: { $ref: "common.schema.json#/$defs/textList" }, nextReview: { $ref: "common.schema.json#/$defs/timestamp" }, checkboxes: { $ref: "common.schema.json#/$defs/checkboxCounts" } } };
function Ne(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ne.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.path === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "path" || r === "blobId" || r === "planId")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.path !== void 0) {
      let r = a.path;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.blobId !== void 0) {
      let r = a.blobId;
      if (typeof r == "string") {
        if (!Q.test(r)) {
          let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.planId !== void 0) {
      let r = a.planId;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ne.errors = e, s === 0;
}
Ne.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function C(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = C.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), typeof a == "string") {
    if (!tr.test(a)) {
      let r = { instancePath: i, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$"' };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return C.errors = e, s === 0;
}
C.evaluated = { dynamicProps: false, dynamicItems: false };
function S(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = S.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), Array.isArray(a)) {
    let r = a.length;
    for (let t = 0; t < r; t++) if (typeof a[t] != "string") {
      let n = { instancePath: i + "/" + t, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [n] : e.push(n), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return S.errors = e, s === 0;
}
S.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function je(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = je.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.checked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checked" }, message: "must have required property 'checked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.unchecked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unchecked" }, message: "must have required property 'unchecked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.inProgress === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inProgress" }, message: "must have required property 'inProgress'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.dropped === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dropped" }, message: "must have required property 'dropped'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.lost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lost" }, message: "must have required property 'lost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "checked" || r === "unchecked" || r === "inProgress" || r === "dropped" || r === "lost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.checked !== void 0) {
      let r = a.checked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.unchecked !== void 0) {
      let r = a.unchecked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.inProgress !== void 0) {
      let r = a.inProgress;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.dropped !== void 0) {
      let r = a.dropped;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.lost !== void 0) {
      let r = a.lost;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return je.errors = e, s === 0;
}
je.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function mr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = mr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.kind === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.identity === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.title === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.agent === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.reviewer === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewer" }, message: "must have required property 'reviewer'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.reviewDate === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewDate" }, message: "must have required property 'reviewDate'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.categories === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.checkboxes === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checkboxes" }, message: "must have required property 'checkboxes'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!E.call(Mr.properties, r)) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let r = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.kind !== void 0 && a.kind !== "review") {
      let r = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "review" }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.identity !== void 0 && (Ne(a.identity, { instancePath: i + "/identity", parentData: a, parentDataProperty: "identity", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ne.errors : e.concat(Ne.errors), s = e.length)), a.title !== void 0) {
      let r = a.title;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.agent !== void 0) {
      let r = a.agent;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/agent", schemaPath: "#/properties/agent/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/agent", schemaPath: "#/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.reviewer !== void 0) {
      let r = a.reviewer;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/reviewer", schemaPath: "#/properties/reviewer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/reviewer", schemaPath: "#/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.reviewDate !== void 0 && (C(a.reviewDate, { instancePath: i + "/reviewDate", parentData: a, parentDataProperty: "reviewDate", rootData: y, dynamicAnchors: h }) || (e = e === null ? C.errors : e.concat(C.errors), s = e.length)), a.sessionPeriod !== void 0) {
      let r = a.sessionPeriod;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.from === void 0) {
          let t = { instancePath: i + "/sessionPeriod", schemaPath: "#/properties/sessionPeriod/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
          e === null ? e = [t] : e.push(t), s++;
        }
        if (r.to === void 0) {
          let t = { instancePath: i + "/sessionPeriod", schemaPath: "#/properties/sessionPeriod/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
          e === null ? e = [t] : e.push(t), s++;
        }
        for (let t in r) if (!(t === "from" || t === "to")) {
          let n = { instancePath: i + "/sessionPeriod", schemaPath: "#/properties/sessionPeriod/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
          e === null ? e = [n] : e.push(n), s++;
        }
        r.from !== void 0 && (C(r.from, { instancePath: i + "/sessionPeriod/from", parentData: r, parentDataProperty: "from", rootData: y, dynamicAnchors: h }) || (e = e === null ? C.errors : e.concat(C.errors), s = e.length)), r.to !== void 0 && (C(r.to, { instancePath: i + "/sessionPeriod/to", parentData: r, parentDataProperty: "to", rootData: y, dynamicAnchors: h }) || (e = e === null ? C.errors : e.concat(C.errors), s = e.length));
      } else {
        let t = { instancePath: i + "/sessionPeriod", schemaPath: "#/properties/sessionPeriod/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.categories !== void 0) {
      let r = a.categories;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) {
          let p = r[n];
          if (p && typeof p == "object" && !Array.isArray(p)) {
            if (p.category === void 0) {
              let o = { instancePath: i + "/categories/" + n, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            for (let o in p) if (!(o === "category" || o === "tasksCompleted" || o === "successRate" || o === "averageQuality")) {
              let u = { instancePath: i + "/categories/" + n, schemaPath: "#/properties/categories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (p.category !== void 0) {
              let o = p.category;
              if (typeof o == "string") {
                if (!kr.test(o)) {
                  let u = { instancePath: i + "/categories/" + n + "/category", schemaPath: "#/properties/categories/items/properties/category/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+$" }, message: 'must match pattern "^[a-z0-9_]+$"' };
                  e === null ? e = [u] : e.push(u), s++;
                }
              } else {
                let u = { instancePath: i + "/categories/" + n + "/category", schemaPath: "#/properties/categories/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.tasksCompleted !== void 0) {
              let o = p.tasksCompleted;
              if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
                let u = { instancePath: i + "/categories/" + n + "/tasksCompleted", schemaPath: "#/properties/categories/items/properties/tasksCompleted/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [u] : e.push(u), s++;
              }
              if (typeof o == "number" && isFinite(o) && (o < 0 || isNaN(o))) {
                let u = { instancePath: i + "/categories/" + n + "/tasksCompleted", schemaPath: "#/properties/categories/items/properties/tasksCompleted/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.successRate !== void 0) {
              let o = p.successRate;
              if (typeof o == "number" && isFinite(o)) {
                if (o > 100 || isNaN(o)) {
                  let u = { instancePath: i + "/categories/" + n + "/successRate", schemaPath: "#/properties/categories/items/properties/successRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o < 0 || isNaN(o)) {
                  let u = { instancePath: i + "/categories/" + n + "/successRate", schemaPath: "#/properties/categories/items/properties/successRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [u] : e.push(u), s++;
                }
              } else {
                let u = { instancePath: i + "/categories/" + n + "/successRate", schemaPath: "#/properties/categories/items/properties/successRate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.averageQuality !== void 0) {
              let o = p.averageQuality;
              if (typeof o == "number" && isFinite(o)) {
                if (o > 10 || isNaN(o)) {
                  let u = { instancePath: i + "/categories/" + n + "/averageQuality", schemaPath: "#/properties/categories/items/properties/averageQuality/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o < 1 || isNaN(o)) {
                  let u = { instancePath: i + "/categories/" + n + "/averageQuality", schemaPath: "#/properties/categories/items/properties/averageQuality/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  e === null ? e = [u] : e.push(u), s++;
                }
              } else {
                let u = { instancePath: i + "/categories/" + n + "/averageQuality", schemaPath: "#/properties/categories/items/properties/averageQuality/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
          } else {
            let o = { instancePath: i + "/categories/" + n, schemaPath: "#/properties/categories/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.linkedPlans !== void 0 && (S(a.linkedPlans, { instancePath: i + "/linkedPlans", parentData: a, parentDataProperty: "linkedPlans", rootData: y, dynamicAnchors: h }) || (e = e === null ? S.errors : e.concat(S.errors), s = e.length)), a.bestFor !== void 0 && (S(a.bestFor, { instancePath: i + "/bestFor", parentData: a, parentDataProperty: "bestFor", rootData: y, dynamicAnchors: h }) || (e = e === null ? S.errors : e.concat(S.errors), s = e.length)), a.avoidFor !== void 0 && (S(a.avoidFor, { instancePath: i + "/avoidFor", parentData: a, parentDataProperty: "avoidFor", rootData: y, dynamicAnchors: h }) || (e = e === null ? S.errors : e.concat(S.errors), s = e.length)), a.optimalTeamSize !== void 0 && typeof a.optimalTeamSize != "string") {
      let r = { instancePath: i + "/optimalTeamSize", schemaPath: "#/properties/optimalTeamSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.overallRating !== void 0) {
      let r = a.overallRating;
      if (typeof r == "number" && isFinite(r)) {
        if (r > 10 || isNaN(r)) {
          let t = { instancePath: i + "/overallRating", schemaPath: "#/properties/overallRating/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          e === null ? e = [t] : e.push(t), s++;
        }
        if (r < 1 || isNaN(r)) {
          let t = { instancePath: i + "/overallRating", schemaPath: "#/properties/overallRating/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/overallRating", schemaPath: "#/properties/overallRating/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.recommendation !== void 0) {
      let r = a.recommendation;
      if (!(r === "use_regularly" || r === "use_selectively" || r === "avoid")) {
        let t = { instancePath: i + "/recommendation", schemaPath: "#/properties/recommendation/enum", keyword: "enum", params: { allowedValues: Mr.properties.recommendation.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    a.keyInsights !== void 0 && (S(a.keyInsights, { instancePath: i + "/keyInsights", parentData: a, parentDataProperty: "keyInsights", rootData: y, dynamicAnchors: h }) || (e = e === null ? S.errors : e.concat(S.errors), s = e.length)), a.nextReview !== void 0 && (C(a.nextReview, { instancePath: i + "/nextReview", parentData: a, parentDataProperty: "nextReview", rootData: y, dynamicAnchors: h }) || (e = e === null ? C.errors : e.concat(C.errors), s = e.length)), a.checkboxes !== void 0 && (je(a.checkboxes, { instancePath: i + "/checkboxes", parentData: a, parentDataProperty: "checkboxes", rootData: y, dynamicAnchors: h }) || (e = e === null ? je.errors : e.concat(je.errors), s = e.length));
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return mr.errors = e, s === 0;
}
mr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Yr = ur;
var Cr = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/prompt.schema.json", title: "Prompt", description: "A versioned prompt: front matter plus the prompt text (FORMATS.md, Prompt).", type: "object", additionalProperties: false, required: ["schemaVersion", "kind", "identity", "id", "version", "promptType", "categories", "checkboxes"], properties: { schemaVersion: { const: 1 }, kind: { const: "prompt" }, identity: { $ref: "common.schema.json#/$defs/identity" }, title: { type: "string" }, id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, version: { type: "string", pattern: "^[0-9A-Za-z][0-9A-Za-z.-]*$" }, promptType: { enum: ["system", "task", "specialized"] }, categories: { type: "array", items: { type: "string", pattern: "^[a-z0-9_]+$" } }, description: { type: "string" }, checkboxes: { $ref: "common.schema.json#/$defs/checkboxCounts" } } };
function xe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = xe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.path === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "path" || r === "blobId" || r === "planId")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.path !== void 0) {
      let r = a.path;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.blobId !== void 0) {
      let r = a.blobId;
      if (typeof r == "string") {
        if (!Q.test(r)) {
          let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.planId !== void 0) {
      let r = a.planId;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return xe.errors = e, s === 0;
}
xe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Ae(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ae.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.checked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checked" }, message: "must have required property 'checked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.unchecked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unchecked" }, message: "must have required property 'unchecked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.inProgress === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inProgress" }, message: "must have required property 'inProgress'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.dropped === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dropped" }, message: "must have required property 'dropped'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.lost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lost" }, message: "must have required property 'lost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "checked" || r === "unchecked" || r === "inProgress" || r === "dropped" || r === "lost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.checked !== void 0) {
      let r = a.checked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.unchecked !== void 0) {
      let r = a.unchecked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.inProgress !== void 0) {
      let r = a.inProgress;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.dropped !== void 0) {
      let r = a.dropped;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.lost !== void 0) {
      let r = a.lost;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ae.errors = e, s === 0;
}
Ae.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Ur = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var Jr = new RegExp("^[0-9A-Za-z][0-9A-Za-z.-]*$", "u");
function ur(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ur.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.kind === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.identity === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.id === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.version === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.promptType === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "promptType" }, message: "must have required property 'promptType'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.categories === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.checkboxes === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checkboxes" }, message: "must have required property 'checkboxes'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!E.call(Cr.properties, r)) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let r = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.kind !== void 0 && a.kind !== "prompt") {
      let r = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "prompt" }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.identity !== void 0 && (xe(a.identity, { instancePath: i + "/identity", parentData: a, parentDataProperty: "identity", rootData: y, dynamicAnchors: h }) || (e = e === null ? xe.errors : e.concat(xe.errors), s = e.length)), a.title !== void 0 && typeof a.title != "string") {
      let r = { instancePath: i + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.id !== void 0) {
      let r = a.id;
      if (typeof r == "string") {
        if (!Ur.test(r)) {
          let t = { instancePath: i + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.version !== void 0) {
      let r = a.version;
      if (typeof r == "string") {
        if (!Jr.test(r)) {
          let t = { instancePath: i + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Za-z][0-9A-Za-z.-]*$" }, message: 'must match pattern "^[0-9A-Za-z][0-9A-Za-z.-]*$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.promptType !== void 0) {
      let r = a.promptType;
      if (!(r === "system" || r === "task" || r === "specialized")) {
        let t = { instancePath: i + "/promptType", schemaPath: "#/properties/promptType/enum", keyword: "enum", params: { allowedValues: Cr.properties.promptType.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.categories !== void 0) {
      let r = a.categories;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) {
          let p = r[n];
          if (typeof p == "string") {
            if (!kr.test(p)) {
              let o = { instancePath: i + "/categories/" + n, schemaPath: "#/properties/categories/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+$" }, message: 'must match pattern "^[a-z0-9_]+$"' };
              e === null ? e = [o] : e.push(o), s++;
            }
          } else {
            let o = { instancePath: i + "/categories/" + n, schemaPath: "#/properties/categories/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.description !== void 0 && typeof a.description != "string") {
      let r = { instancePath: i + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    a.checkboxes !== void 0 && (Ae(a.checkboxes, { instancePath: i + "/checkboxes", parentData: a, parentDataProperty: "checkboxes", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ae.errors : e.concat(Ae.errors), s = e.length));
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ur.errors = e, s === 0;
}
ur.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Xr = lr;
var es = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/checklist.schema.json", title: "Checklist", description: "Any other configured Markdown file (tasks.md, TODO.md) and the task lists of agent tools that state no status of their own (spec-kit, Kiro, Cursor plans, Task Master, Claude Code plans): checkbox progress per heading section, and the tasks and phases its dialect states.", type: "object", additionalProperties: false, required: ["schemaVersion", "kind", "identity", "sections", "checkboxes"], properties: { schemaVersion: { const: 1 }, kind: { const: "checklist" }, identity: { $ref: "common.schema.json#/$defs/identity" }, dialect: { $ref: "common.schema.json#/$defs/dialect" }, title: { type: "string" }, sections: { type: "array", items: { title: "ChecklistSection", description: "The checkboxes under one heading, up to the next heading of any depth; `heading` is absent before the first heading.", type: "object", additionalProperties: false, required: ["depth", "checkboxes"], properties: { heading: { type: "string" }, depth: { type: "integer", minimum: 0, maximum: 6 }, checkboxes: { $ref: "common.schema.json#/$defs/checkboxCounts" } } } }, phases: { type: "array", items: { $ref: "common.schema.json#/$defs/phase" }, description: "The phases a dialect states (spec-kit `## Phase N: …`, Claude Code `### Task N: …`)." }, tasks: { type: "array", items: { $ref: "common.schema.json#/$defs/task" }, description: "A dialect's tasks outside phases, with their ids (Kiro `1.1`, Cursor todos, Task Master tasks and subtasks)." }, checkboxes: { $ref: "common.schema.json#/$defs/checkboxCounts" } } };
function De(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = De.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.path === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "path" || r === "blobId" || r === "planId")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.path !== void 0) {
      let r = a.path;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.blobId !== void 0) {
      let r = a.blobId;
      if (typeof r == "string") {
        if (!Q.test(r)) {
          let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/blobId", schemaPath: "#/properties/blobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.planId !== void 0) {
      let r = a.planId;
      if (typeof r == "string") {
        if (q(r) < 1) {
          let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/planId", schemaPath: "#/properties/planId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return De.errors = e, s === 0;
}
De.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Te(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Te.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "planmark" || a === "generic" || a === "spec-kit" || a === "kiro" || a === "execplan" || a === "backlog-md" || a === "cursor-plan" || a === "task-master" || a === "cline-memory-bank" || a === "claude-plan" || a === "gsd")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ar.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Te.errors = e, s === 0;
}
Te.evaluated = { dynamicProps: false, dynamicItems: false };
function Y(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Y.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.checked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checked" }, message: "must have required property 'checked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.unchecked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unchecked" }, message: "must have required property 'unchecked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.inProgress === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inProgress" }, message: "must have required property 'inProgress'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.dropped === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dropped" }, message: "must have required property 'dropped'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.lost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lost" }, message: "must have required property 'lost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "checked" || r === "unchecked" || r === "inProgress" || r === "dropped" || r === "lost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.checked !== void 0) {
      let r = a.checked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.unchecked !== void 0) {
      let r = a.unchecked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.inProgress !== void 0) {
      let r = a.inProgress;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.dropped !== void 0) {
      let r = a.dropped;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.lost !== void 0) {
      let r = a.lost;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Y.errors = e, s === 0;
}
Y.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function $e(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = $e.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.number === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.name === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.steps === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.completionCriteria === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completionCriteria" }, message: "must have required property 'completionCriteria'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "number" || r === "name" || r === "estimatedDuration" || r === "objective" || r === "files" || r === "status" || r === "steps" || r === "completionCriteria")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.number !== void 0) {
      let r = a.number;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/number", schemaPath: "#/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.name !== void 0 && typeof a.name != "string") {
      let r = { instancePath: i + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.estimatedDuration !== void 0 && (se(a.estimatedDuration, { instancePath: i + "/estimatedDuration", parentData: a, parentDataProperty: "estimatedDuration", rootData: y, dynamicAnchors: h }) || (e = e === null ? se.errors : e.concat(se.errors), s = e.length)), a.objective !== void 0 && typeof a.objective != "string") {
      let r = { instancePath: i + "/objective", schemaPath: "#/properties/objective/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.files !== void 0 && (te(a.files, { instancePath: i + "/files", parentData: a, parentDataProperty: "files", rootData: y, dynamicAnchors: h }) || (e = e === null ? te.errors : e.concat(te.errors), s = e.length)), a.status !== void 0 && (ie(a.status, { instancePath: i + "/status", parentData: a, parentDataProperty: "status", rootData: y, dynamicAnchors: h }) || (e = e === null ? ie.errors : e.concat(ie.errors), s = e.length)), a.steps !== void 0) {
      let r = a.steps;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) T(r[n], { instancePath: i + "/steps/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? T.errors : e.concat(T.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.completionCriteria !== void 0) {
      let r = a.completionCriteria;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) T(r[n], { instancePath: i + "/completionCriteria/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? T.errors : e.concat(T.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/completionCriteria", schemaPath: "#/properties/completionCriteria/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return $e.errors = e, s === 0;
}
$e.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Oe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Oe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.text === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.state === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.children === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "children" }, message: "must have required property 'children'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!E.call(nr.properties, r)) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.text !== void 0 && typeof a.text != "string") {
      let r = { instancePath: i + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.state !== void 0) {
      let r = a.state;
      if (!(r === "checked" || r === "unchecked" || r === "in_progress" || r === "dropped")) {
        let t = { instancePath: i + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: nr.properties.state.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.emoji !== void 0 && a.emoji !== true) {
      let r = { instancePath: i + "/emoji", schemaPath: "#/properties/emoji/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.data !== void 0 && a.data !== true) {
      let r = { instancePath: i + "/data", schemaPath: "#/properties/data/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.id !== void 0 && typeof a.id != "string") {
      let r = { instancePath: i + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.parallel !== void 0 && a.parallel !== true) {
      let r = { instancePath: i + "/parallel", schemaPath: "#/properties/parallel/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.story !== void 0 && typeof a.story != "string") {
      let r = { instancePath: i + "/story", schemaPath: "#/properties/story/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.requirements !== void 0) {
      let r = a.requirements;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) if (typeof r[n] != "string") {
          let p = { instancePath: i + "/requirements/" + n, schemaPath: "#/properties/requirements/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [p] : e.push(p), s++;
        }
      } else {
        let t = { instancePath: i + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.at !== void 0 && (Z(a.at, { instancePath: i + "/at", parentData: a, parentDataProperty: "at", rootData: y, dynamicAnchors: h }) || (e = e === null ? Z.errors : e.concat(Z.errors), s = e.length)), a.expectedOutcome !== void 0 && typeof a.expectedOutcome != "string") {
      let r = { instancePath: i + "/expectedOutcome", schemaPath: "#/properties/expectedOutcome/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.successMetric !== void 0 && typeof a.successMetric != "string") {
      let r = { instancePath: i + "/successMetric", schemaPath: "#/properties/successMetric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.riskLevel !== void 0 && (re(a.riskLevel, { instancePath: i + "/riskLevel", parentData: a, parentDataProperty: "riskLevel", rootData: y, dynamicAnchors: h }) || (e = e === null ? re.errors : e.concat(re.errors), s = e.length)), a.children !== void 0) {
      let r = a.children;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) T(r[n], { instancePath: i + "/children/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? T.errors : e.concat(T.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/children", schemaPath: "#/properties/children/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Oe.errors = e, s === 0;
}
Oe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function lr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = lr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.kind === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.identity === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.sections === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sections" }, message: "must have required property 'sections'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.checkboxes === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checkboxes" }, message: "must have required property 'checkboxes'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!E.call(es.properties, r)) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let r = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.kind !== void 0 && a.kind !== "checklist") {
      let r = { instancePath: i + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "checklist" }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.identity !== void 0 && (De(a.identity, { instancePath: i + "/identity", parentData: a, parentDataProperty: "identity", rootData: y, dynamicAnchors: h }) || (e = e === null ? De.errors : e.concat(De.errors), s = e.length)), a.dialect !== void 0 && (Te(a.dialect, { instancePath: i + "/dialect", parentData: a, parentDataProperty: "dialect", rootData: y, dynamicAnchors: h }) || (e = e === null ? Te.errors : e.concat(Te.errors), s = e.length)), a.title !== void 0 && typeof a.title != "string") {
      let r = { instancePath: i + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.sections !== void 0) {
      let r = a.sections;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) {
          let p = r[n];
          if (p && typeof p == "object" && !Array.isArray(p)) {
            if (p.depth === void 0) {
              let o = { instancePath: i + "/sections/" + n, schemaPath: "#/properties/sections/items/required", keyword: "required", params: { missingProperty: "depth" }, message: "must have required property 'depth'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.checkboxes === void 0) {
              let o = { instancePath: i + "/sections/" + n, schemaPath: "#/properties/sections/items/required", keyword: "required", params: { missingProperty: "checkboxes" }, message: "must have required property 'checkboxes'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            for (let o in p) if (!(o === "heading" || o === "depth" || o === "checkboxes")) {
              let u = { instancePath: i + "/sections/" + n, schemaPath: "#/properties/sections/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (p.heading !== void 0 && typeof p.heading != "string") {
              let o = { instancePath: i + "/sections/" + n + "/heading", schemaPath: "#/properties/sections/items/properties/heading/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.depth !== void 0) {
              let o = p.depth;
              if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
                let u = { instancePath: i + "/sections/" + n + "/depth", schemaPath: "#/properties/sections/items/properties/depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [u] : e.push(u), s++;
              }
              if (typeof o == "number" && isFinite(o)) {
                if (o > 6 || isNaN(o)) {
                  let u = { instancePath: i + "/sections/" + n + "/depth", schemaPath: "#/properties/sections/items/properties/depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6 }, message: "must be <= 6" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o < 0 || isNaN(o)) {
                  let u = { instancePath: i + "/sections/" + n + "/depth", schemaPath: "#/properties/sections/items/properties/depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [u] : e.push(u), s++;
                }
              }
            }
            p.checkboxes !== void 0 && (Y(p.checkboxes, { instancePath: i + "/sections/" + n + "/checkboxes", parentData: p, parentDataProperty: "checkboxes", rootData: y, dynamicAnchors: h }) || (e = e === null ? Y.errors : e.concat(Y.errors), s = e.length));
          } else {
            let o = { instancePath: i + "/sections/" + n, schemaPath: "#/properties/sections/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/sections", schemaPath: "#/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.phases !== void 0) {
      let r = a.phases;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) $e(r[n], { instancePath: i + "/phases/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? $e.errors : e.concat($e.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.tasks !== void 0) {
      let r = a.tasks;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) Oe(r[n], { instancePath: i + "/tasks/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? Oe.errors : e.concat(Oe.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    a.checkboxes !== void 0 && (Y(a.checkboxes, { instancePath: i + "/checkboxes", parentData: a, parentDataProperty: "checkboxes", rootData: y, dynamicAnchors: h }) || (e = e === null ? Y.errors : e.concat(Y.errors), s = e.length));
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return lr.errors = e, s === 0;
}
lr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var rs = dr;
var qr = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/config.schema.json", title: "PlanmarkConfig", description: "planmark.config.json: which files are which documents, the vocabularies, and the rules' severities. Every field is optional; the defaults suit a repository laid out like the original system. `ignore` lists globs never read (templates, vendored folders).", type: "object", additionalProperties: false, properties: { $schema: { type: "string" }, documents: { title: "DocumentGlobs", description: "Globs, relative to the repository root, for each kind. A file's front matter `type` or its H1 title wins over these.", type: "object", additionalProperties: false, properties: { plans: { $ref: "#/$defs/globs" }, analyses: { $ref: "#/$defs/globs" }, reviews: { $ref: "#/$defs/globs" }, prompts: { $ref: "#/$defs/globs" }, checklists: { $ref: "#/$defs/globs" } } }, ignore: { $ref: "#/$defs/globs" }, agents: { description: "Canonical agent name → the aliases that mean it (compared case-insensitively). When set, an agent not listed is reported. The key `detect` is not an agent: it lists git signatures that name an agent (docs/metrics.md, Evidence).", type: "object", propertyNames: { minLength: 1 }, additionalProperties: { type: "array", items: { type: "string", minLength: 1 } }, properties: { detect: { type: "array", items: { title: "AgentSignature", description: "A git signature of an agent: a commit whose author, committer or co-author has this exact email or name (case-insensitive), or a merge of a branch starting with this prefix, was made by `agent` (normalised through the aliases).", type: "object", additionalProperties: false, required: ["agent"], minProperties: 2, maxProperties: 2, properties: { agent: { type: "string", minLength: 1 }, email: { type: "string", minLength: 3 }, name: { type: "string", minLength: 1 }, branch: { type: "string", minLength: 2 } } } } } }, categories: { description: "Extra task categories (snake_case) with their expected duration bands in minutes per complexity.", type: "object", propertyNames: { pattern: "^[a-z0-9_]+$" }, additionalProperties: { title: "CategoryBands", type: "object", additionalProperties: false, properties: { low: { $ref: "#/$defs/band" }, medium: { $ref: "#/$defs/band" }, high: { $ref: "#/$defs/band" } } } }, rules: { description: "Severity per rule id; `off` disables the rule.", type: "object", additionalProperties: { enum: ["error", "warning", "info", "off"] } }, failOn: { enum: ["error", "warning", "never"], description: "The lowest severity that makes `planmark check` exit 1." }, maxFileBytes: { type: "integer", minimum: 1, description: "Files larger than this are reported and skipped." }, maxParseSeconds: { type: "number", minimum: 1, maximum: 3600, description: "A file of 64 KiB or more, or with a block of over 2,000 emphasis or link delimiters, is parsed in a worker of its own, stopped after this many seconds, and reported (file-too-complex). Default 10." }, maxParseMegabytes: { type: "integer", minimum: 32, maximum: 65536, description: "The heap such a worker may use before it is stopped and the file reported (file-too-complex). Default 1024." }, successRateTolerance: { type: "number", minimum: 0, maximum: 100, description: "Percentage points a self-reported success rate may differ from the checked fraction before `success-rate-mismatch` fires." }, minSamples: { type: "integer", minimum: 2, description: "Verified outcomes an agent needs in a category before `recommend` can choose it (default 3; at least 2, since one plan says nothing about a rate)." }, evidence: { title: "EvidenceConfig", description: "Evidence from git and GitHub (docs/metrics.md, Evidence). Each signal can be turned off.", type: "object", additionalProperties: false, properties: { attribution: { type: "boolean", description: "Take a plan's agent from git when the document names none, and check a named one (agent-mismatch). Default true." }, timeline: { type: "boolean", description: "Measure a plan's time from its commits (measuredMinutes, timeline-contradicts-git). Default true." }, outcomes: { type: "boolean", description: "Outcome evidence: default branch, reverts, the ledger and GitHub pull requests (status.evidence above consistent). Default true." }, github: { type: "boolean", description: "In the Action with a token, ask GitHub for the pull request and check runs of each finished plan and record them in the ledger. Default true." }, revertDays: { type: "integer", minimum: 1, maximum: 3650, description: "A revert within this many days of the reverted commit contradicts the plan (default 14)." }, defaultBranch: { type: "string", minLength: 1, description: "The branch plans must reach (default: origin/HEAD, else the checked-out branch)." }, maxPlansPerCommit: { type: "integer", minimum: 1, description: "A commit that changes more plan files than this (an import, a mass rename) names no agent (default 3)." } } }, metricsDir: { type: "string", minLength: 1, description: "Where `analyze` writes the JSON files, relative to the working directory (default agents/performance/metrics/current)." }, reportsDir: { type: "string", minLength: 1, description: "Where `analyze` and `report` write report.md and weekly/ (default agents/performance/reports)." }, repository: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$", description: "The repository's `owner/name` recorded in plans.json (for `planmark rollup`); default: the `origin` remote's, else none." } }, $defs: { globs: { type: "array", items: { type: "string", minLength: 1 } }, band: { title: "Band", description: "Expected minutes; no `max` means open-ended (`90+`).", type: "object", additionalProperties: false, required: ["min"], properties: { min: { type: "number", minimum: 0 }, max: { type: "number", minimum: 0 } } } } };
function O(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = O.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), Array.isArray(a)) {
    let r = a.length;
    for (let t = 0; t < r; t++) {
      let n = a[t];
      if (typeof n == "string") {
        if (q(n) < 1) {
          let p = { instancePath: i + "/" + t, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [p] : e.push(p), s++;
        }
      } else {
        let p = { instancePath: i + "/" + t, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return O.errors = e, s === 0;
}
O.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function z(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = z.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.min === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "min" || r === "max")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.min !== void 0) {
      let r = a.min;
      if (typeof r == "number" && isFinite(r)) {
        if (r < 0 || isNaN(r)) {
          let t = { instancePath: i + "/min", schemaPath: "#/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.max !== void 0) {
      let r = a.max;
      if (typeof r == "number" && isFinite(r)) {
        if (r < 0 || isNaN(r)) {
          let t = { instancePath: i + "/max", schemaPath: "#/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return z.errors = e, s === 0;
}
z.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var ss = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$", "u");
function dr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = dr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    for (let n in a) if (!E.call(qr.properties, n)) {
      let p = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties" };
      e === null ? e = [p] : e.push(p), s++;
    }
    if (a.$schema !== void 0 && typeof a.$schema != "string") {
      let n = { instancePath: i + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.documents !== void 0) {
      let n = a.documents;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (let p in n) if (!(p === "plans" || p === "analyses" || p === "reviews" || p === "prompts" || p === "checklists")) {
          let o = { instancePath: i + "/documents", schemaPath: "#/properties/documents/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: p }, message: "must NOT have additional properties" };
          e === null ? e = [o] : e.push(o), s++;
        }
        n.plans !== void 0 && (O(n.plans, { instancePath: i + "/documents/plans", parentData: n, parentDataProperty: "plans", rootData: y, dynamicAnchors: h }) || (e = e === null ? O.errors : e.concat(O.errors), s = e.length)), n.analyses !== void 0 && (O(n.analyses, { instancePath: i + "/documents/analyses", parentData: n, parentDataProperty: "analyses", rootData: y, dynamicAnchors: h }) || (e = e === null ? O.errors : e.concat(O.errors), s = e.length)), n.reviews !== void 0 && (O(n.reviews, { instancePath: i + "/documents/reviews", parentData: n, parentDataProperty: "reviews", rootData: y, dynamicAnchors: h }) || (e = e === null ? O.errors : e.concat(O.errors), s = e.length)), n.prompts !== void 0 && (O(n.prompts, { instancePath: i + "/documents/prompts", parentData: n, parentDataProperty: "prompts", rootData: y, dynamicAnchors: h }) || (e = e === null ? O.errors : e.concat(O.errors), s = e.length)), n.checklists !== void 0 && (O(n.checklists, { instancePath: i + "/documents/checklists", parentData: n, parentDataProperty: "checklists", rootData: y, dynamicAnchors: h }) || (e = e === null ? O.errors : e.concat(O.errors), s = e.length));
      } else {
        let p = { instancePath: i + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.ignore !== void 0 && (O(a.ignore, { instancePath: i + "/ignore", parentData: a, parentDataProperty: "ignore", rootData: y, dynamicAnchors: h }) || (e = e === null ? O.errors : e.concat(O.errors), s = e.length)), a.agents !== void 0) {
      let n = a.agents;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (let p in n) {
          let o = s;
          if (typeof p == "string" && q(p) < 1) {
            let u = { instancePath: i + "/agents", schemaPath: "#/properties/agents/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: p };
            e === null ? e = [u] : e.push(u), s++;
          }
          var r = o === s;
          if (!r) {
            let u = { instancePath: i + "/agents", schemaPath: "#/properties/agents/propertyNames", keyword: "propertyNames", params: { propertyName: p }, message: "property name must be valid" };
            e === null ? e = [u] : e.push(u), s++;
          }
        }
        for (let p in n) if (p !== "detect") {
          let o = n[p];
          if (Array.isArray(o)) {
            let u = o.length;
            for (let c = 0; c < u; c++) {
              let m = o[c];
              if (typeof m == "string") {
                if (q(m) < 1) {
                  let l = { instancePath: i + "/agents/" + p.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + c, schemaPath: "#/properties/agents/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  e === null ? e = [l] : e.push(l), s++;
                }
              } else {
                let l = { instancePath: i + "/agents/" + p.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + c, schemaPath: "#/properties/agents/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [l] : e.push(l), s++;
              }
            }
          } else {
            let u = { instancePath: i + "/agents/" + p.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/agents/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            e === null ? e = [u] : e.push(u), s++;
          }
        }
        if (n.detect !== void 0) {
          let p = n.detect;
          if (Array.isArray(p)) {
            let o = p.length;
            for (let u = 0; u < o; u++) {
              let c = p[u];
              if (c && typeof c == "object" && !Array.isArray(c)) {
                if (Object.keys(c).length > 2) {
                  let m = { instancePath: i + "/agents/detect/" + u, schemaPath: "#/properties/agents/properties/detect/items/maxProperties", keyword: "maxProperties", params: { limit: 2 }, message: "must NOT have more than 2 properties" };
                  e === null ? e = [m] : e.push(m), s++;
                }
                if (Object.keys(c).length < 2) {
                  let m = { instancePath: i + "/agents/detect/" + u, schemaPath: "#/properties/agents/properties/detect/items/minProperties", keyword: "minProperties", params: { limit: 2 }, message: "must NOT have fewer than 2 properties" };
                  e === null ? e = [m] : e.push(m), s++;
                }
                if (c.agent === void 0) {
                  let m = { instancePath: i + "/agents/detect/" + u, schemaPath: "#/properties/agents/properties/detect/items/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'" };
                  e === null ? e = [m] : e.push(m), s++;
                }
                for (let m in c) if (!(m === "agent" || m === "email" || m === "name" || m === "branch")) {
                  let l = { instancePath: i + "/agents/detect/" + u, schemaPath: "#/properties/agents/properties/detect/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
                  e === null ? e = [l] : e.push(l), s++;
                }
                if (c.agent !== void 0) {
                  let m = c.agent;
                  if (typeof m == "string") {
                    if (q(m) < 1) {
                      let l = { instancePath: i + "/agents/detect/" + u + "/agent", schemaPath: "#/properties/agents/properties/detect/items/properties/agent/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                  } else {
                    let l = { instancePath: i + "/agents/detect/" + u + "/agent", schemaPath: "#/properties/agents/properties/detect/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    e === null ? e = [l] : e.push(l), s++;
                  }
                }
                if (c.email !== void 0) {
                  let m = c.email;
                  if (typeof m == "string") {
                    if (q(m) < 3) {
                      let l = { instancePath: i + "/agents/detect/" + u + "/email", schemaPath: "#/properties/agents/properties/detect/items/properties/email/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                  } else {
                    let l = { instancePath: i + "/agents/detect/" + u + "/email", schemaPath: "#/properties/agents/properties/detect/items/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    e === null ? e = [l] : e.push(l), s++;
                  }
                }
                if (c.name !== void 0) {
                  let m = c.name;
                  if (typeof m == "string") {
                    if (q(m) < 1) {
                      let l = { instancePath: i + "/agents/detect/" + u + "/name", schemaPath: "#/properties/agents/properties/detect/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                  } else {
                    let l = { instancePath: i + "/agents/detect/" + u + "/name", schemaPath: "#/properties/agents/properties/detect/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    e === null ? e = [l] : e.push(l), s++;
                  }
                }
                if (c.branch !== void 0) {
                  let m = c.branch;
                  if (typeof m == "string") {
                    if (q(m) < 2) {
                      let l = { instancePath: i + "/agents/detect/" + u + "/branch", schemaPath: "#/properties/agents/properties/detect/items/properties/branch/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                  } else {
                    let l = { instancePath: i + "/agents/detect/" + u + "/branch", schemaPath: "#/properties/agents/properties/detect/items/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    e === null ? e = [l] : e.push(l), s++;
                  }
                }
              } else {
                let m = { instancePath: i + "/agents/detect/" + u, schemaPath: "#/properties/agents/properties/detect/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [m] : e.push(m), s++;
              }
            }
          } else {
            let o = { instancePath: i + "/agents/detect", schemaPath: "#/properties/agents/properties/detect/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let p = { instancePath: i + "/agents", schemaPath: "#/properties/agents/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.categories !== void 0) {
      let n = a.categories;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (let p in n) {
          let o = s;
          if (typeof p == "string" && !kr.test(p)) {
            let u = { instancePath: i + "/categories", schemaPath: "#/properties/categories/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+$" }, message: 'must match pattern "^[a-z0-9_]+$"', propertyName: p };
            e === null ? e = [u] : e.push(u), s++;
          }
          var t = o === s;
          if (!t) {
            let u = { instancePath: i + "/categories", schemaPath: "#/properties/categories/propertyNames", keyword: "propertyNames", params: { propertyName: p }, message: "property name must be valid" };
            e === null ? e = [u] : e.push(u), s++;
          }
        }
        for (let p in n) {
          let o = n[p];
          if (o && typeof o == "object" && !Array.isArray(o)) {
            for (let u in o) if (!(u === "low" || u === "medium" || u === "high")) {
              let c = { instancePath: i + "/categories/" + p.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/categories/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
              e === null ? e = [c] : e.push(c), s++;
            }
            o.low !== void 0 && (z(o.low, { instancePath: i + "/categories/" + p.replace(/~/g, "~0").replace(/\//g, "~1") + "/low", parentData: o, parentDataProperty: "low", rootData: y, dynamicAnchors: h }) || (e = e === null ? z.errors : e.concat(z.errors), s = e.length)), o.medium !== void 0 && (z(o.medium, { instancePath: i + "/categories/" + p.replace(/~/g, "~0").replace(/\//g, "~1") + "/medium", parentData: o, parentDataProperty: "medium", rootData: y, dynamicAnchors: h }) || (e = e === null ? z.errors : e.concat(z.errors), s = e.length)), o.high !== void 0 && (z(o.high, { instancePath: i + "/categories/" + p.replace(/~/g, "~0").replace(/\//g, "~1") + "/high", parentData: o, parentDataProperty: "high", rootData: y, dynamicAnchors: h }) || (e = e === null ? z.errors : e.concat(z.errors), s = e.length));
          } else {
            let u = { instancePath: i + "/categories/" + p.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/categories/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [u] : e.push(u), s++;
          }
        }
      } else {
        let p = { instancePath: i + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.rules !== void 0) {
      let n = a.rules;
      if (n && typeof n == "object" && !Array.isArray(n)) for (let p in n) {
        let o = n[p];
        if (!(o === "error" || o === "warning" || o === "info" || o === "off")) {
          let u = { instancePath: i + "/rules/" + p.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: qr.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
          e === null ? e = [u] : e.push(u), s++;
        }
      }
      else {
        let p = { instancePath: i + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.failOn !== void 0) {
      let n = a.failOn;
      if (!(n === "error" || n === "warning" || n === "never")) {
        let p = { instancePath: i + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: qr.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.maxFileBytes !== void 0) {
      let n = a.maxFileBytes;
      if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n))) {
        let p = { instancePath: i + "/maxFileBytes", schemaPath: "#/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [p] : e.push(p), s++;
      }
      if (typeof n == "number" && isFinite(n) && (n < 1 || isNaN(n))) {
        let p = { instancePath: i + "/maxFileBytes", schemaPath: "#/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.maxParseSeconds !== void 0) {
      let n = a.maxParseSeconds;
      if (typeof n == "number" && isFinite(n)) {
        if (n > 3600 || isNaN(n)) {
          let p = { instancePath: i + "/maxParseSeconds", schemaPath: "#/properties/maxParseSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (n < 1 || isNaN(n)) {
          let p = { instancePath: i + "/maxParseSeconds", schemaPath: "#/properties/maxParseSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          e === null ? e = [p] : e.push(p), s++;
        }
      } else {
        let p = { instancePath: i + "/maxParseSeconds", schemaPath: "#/properties/maxParseSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.maxParseMegabytes !== void 0) {
      let n = a.maxParseMegabytes;
      if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n))) {
        let p = { instancePath: i + "/maxParseMegabytes", schemaPath: "#/properties/maxParseMegabytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [p] : e.push(p), s++;
      }
      if (typeof n == "number" && isFinite(n)) {
        if (n > 65536 || isNaN(n)) {
          let p = { instancePath: i + "/maxParseMegabytes", schemaPath: "#/properties/maxParseMegabytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (n < 32 || isNaN(n)) {
          let p = { instancePath: i + "/maxParseMegabytes", schemaPath: "#/properties/maxParseMegabytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 32 }, message: "must be >= 32" };
          e === null ? e = [p] : e.push(p), s++;
        }
      }
    }
    if (a.successRateTolerance !== void 0) {
      let n = a.successRateTolerance;
      if (typeof n == "number" && isFinite(n)) {
        if (n > 100 || isNaN(n)) {
          let p = { instancePath: i + "/successRateTolerance", schemaPath: "#/properties/successRateTolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (n < 0 || isNaN(n)) {
          let p = { instancePath: i + "/successRateTolerance", schemaPath: "#/properties/successRateTolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [p] : e.push(p), s++;
        }
      } else {
        let p = { instancePath: i + "/successRateTolerance", schemaPath: "#/properties/successRateTolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.minSamples !== void 0) {
      let n = a.minSamples;
      if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n))) {
        let p = { instancePath: i + "/minSamples", schemaPath: "#/properties/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [p] : e.push(p), s++;
      }
      if (typeof n == "number" && isFinite(n) && (n < 2 || isNaN(n))) {
        let p = { instancePath: i + "/minSamples", schemaPath: "#/properties/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.evidence !== void 0) {
      let n = a.evidence;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (let p in n) if (!(p === "attribution" || p === "timeline" || p === "outcomes" || p === "github" || p === "revertDays" || p === "defaultBranch" || p === "maxPlansPerCommit")) {
          let o = { instancePath: i + "/evidence", schemaPath: "#/properties/evidence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: p }, message: "must NOT have additional properties" };
          e === null ? e = [o] : e.push(o), s++;
        }
        if (n.attribution !== void 0 && typeof n.attribution != "boolean") {
          let p = { instancePath: i + "/evidence/attribution", schemaPath: "#/properties/evidence/properties/attribution/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (n.timeline !== void 0 && typeof n.timeline != "boolean") {
          let p = { instancePath: i + "/evidence/timeline", schemaPath: "#/properties/evidence/properties/timeline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (n.outcomes !== void 0 && typeof n.outcomes != "boolean") {
          let p = { instancePath: i + "/evidence/outcomes", schemaPath: "#/properties/evidence/properties/outcomes/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (n.github !== void 0 && typeof n.github != "boolean") {
          let p = { instancePath: i + "/evidence/github", schemaPath: "#/properties/evidence/properties/github/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (n.revertDays !== void 0) {
          let p = n.revertDays;
          if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
            let o = { instancePath: i + "/evidence/revertDays", schemaPath: "#/properties/evidence/properties/revertDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [o] : e.push(o), s++;
          }
          if (typeof p == "number" && isFinite(p)) {
            if (p > 3650 || isNaN(p)) {
              let o = { instancePath: i + "/evidence/revertDays", schemaPath: "#/properties/evidence/properties/revertDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p < 1 || isNaN(p)) {
              let o = { instancePath: i + "/evidence/revertDays", schemaPath: "#/properties/evidence/properties/revertDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              e === null ? e = [o] : e.push(o), s++;
            }
          }
        }
        if (n.defaultBranch !== void 0) {
          let p = n.defaultBranch;
          if (typeof p == "string") {
            if (q(p) < 1) {
              let o = { instancePath: i + "/evidence/defaultBranch", schemaPath: "#/properties/evidence/properties/defaultBranch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              e === null ? e = [o] : e.push(o), s++;
            }
          } else {
            let o = { instancePath: i + "/evidence/defaultBranch", schemaPath: "#/properties/evidence/properties/defaultBranch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
        if (n.maxPlansPerCommit !== void 0) {
          let p = n.maxPlansPerCommit;
          if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
            let o = { instancePath: i + "/evidence/maxPlansPerCommit", schemaPath: "#/properties/evidence/properties/maxPlansPerCommit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [o] : e.push(o), s++;
          }
          if (typeof p == "number" && isFinite(p) && (p < 1 || isNaN(p))) {
            let o = { instancePath: i + "/evidence/maxPlansPerCommit", schemaPath: "#/properties/evidence/properties/maxPlansPerCommit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let p = { instancePath: i + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.metricsDir !== void 0) {
      let n = a.metricsDir;
      if (typeof n == "string") {
        if (q(n) < 1) {
          let p = { instancePath: i + "/metricsDir", schemaPath: "#/properties/metricsDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [p] : e.push(p), s++;
        }
      } else {
        let p = { instancePath: i + "/metricsDir", schemaPath: "#/properties/metricsDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.reportsDir !== void 0) {
      let n = a.reportsDir;
      if (typeof n == "string") {
        if (q(n) < 1) {
          let p = { instancePath: i + "/reportsDir", schemaPath: "#/properties/reportsDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [p] : e.push(p), s++;
        }
      } else {
        let p = { instancePath: i + "/reportsDir", schemaPath: "#/properties/reportsDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
    if (a.repository !== void 0) {
      let n = a.repository;
      if (typeof n == "string") {
        if (!ss.test(n)) {
          let p = { instancePath: i + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"' };
          e === null ? e = [p] : e.push(p), s++;
        }
      } else {
        let p = { instancePath: i + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
  } else {
    let n = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [n] : e.push(n), s++;
  }
  return dr.errors = e, s === 0;
}
dr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var ts = cr;
var ar = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/plans.schema.json", title: "PlansIndex", description: "plans.json: one entry per execution plan, sorted by path.", type: "object", additionalProperties: false, required: ["schemaVersion", "source", "plans"], properties: { schemaVersion: { const: 1 }, source: { $ref: "common.schema.json#/$defs/source" }, plans: { type: "array", items: { title: "PlanRecord", type: "object", additionalProperties: false, required: ["path", "dialect", "title", "prompts", "status", "progress", "quality", "findings"], properties: { path: { type: "string" }, dialect: { $ref: "common.schema.json#/$defs/dialect" }, blobId: { type: "string" }, planId: { type: "string" }, title: { type: "string" }, agent: { type: "string" }, agentSource: { $ref: "common.schema.json#/$defs/agentSource" }, agentCommit: { description: "The commit whose trailer, author, committer or merge branch named the agent (git sources only).", type: "string", pattern: "^[0-9a-f]{40,64}$" }, category: { type: "string" }, complexity: { $ref: "common.schema.json#/$defs/level" }, prompts: { type: "array", items: { type: "string" } }, startTime: { $ref: "common.schema.json#/$defs/timestamp" }, endTime: { $ref: "common.schema.json#/$defs/timestamp" }, status: { title: "PlanStatus", type: "object", additionalProperties: false, required: ["claimed", "verified", "evidence"], properties: { claimed: { $ref: "common.schema.json#/$defs/claimedStatus" }, verified: { $ref: "common.schema.json#/$defs/verifiedOutcome" }, reviewer: { description: "The weakest verdict (Overall Success) of the analyses that name the plan. A partial or failing verdict makes a finished plan a verified failure, whatever its boxes say.", enum: ["success", "partial", "failure"] }, evidence: { $ref: "common.schema.json#/$defs/evidenceLevel" } } }, progress: { title: "PlanProgress", description: "The plan's progress: its checkboxes as GitHub renders them, ticked (`done`) out of all (`total`). The success criteria, the phases and the other boxes split it and add up to it; `boxes` also counts the text-only states apart.", type: "object", additionalProperties: false, required: ["done", "total", "boxes", "criteria", "phases", "other"], properties: { done: { type: "integer", minimum: 0 }, total: { type: "integer", minimum: 0 }, boxes: { $ref: "common.schema.json#/$defs/checkboxCounts" }, criteria: { $ref: "common.schema.json#/$defs/progress" }, other: { description: "Boxes outside the success criteria and the phases.", $ref: "common.schema.json#/$defs/progress" }, phases: { type: "array", items: { title: "PhaseProgress", type: "object", additionalProperties: false, required: ["number", "name", "done", "total"], properties: { number: { type: "integer" }, name: { type: "string" }, done: { type: "integer", minimum: 0 }, total: { type: "integer", minimum: 0 }, status: { $ref: "common.schema.json#/$defs/status" } } } } } }, estimatedMinutes: { type: "number", minimum: 0 }, actualMinutes: { type: "number", minimum: 0 }, measuredMinutes: { description: "Minutes between the commit that created the plan file and the commit in which its status became completed (author dates), from git history.", type: "number", minimum: 0 }, quality: { title: "PlanQuality", type: "object", additionalProperties: false, properties: { self: { type: "number" }, reviewer: { type: "number" } } }, findings: { type: "array", items: { title: "PlanFinding", type: "object", additionalProperties: false, required: ["ruleId", "severity", "line", "column", "message"], properties: { ruleId: { type: "string" }, message: { type: "string" }, severity: { enum: ["error", "warning", "info"] }, line: { type: "integer", minimum: 1 }, column: { type: "integer", minimum: 1 } } } }, history: { title: "PlanHistory", description: "What git history shows of the plan file: the commit that created it, the commits that ticked boxes, the commit in which its status became completed, whether its commits reached the default branch, the commit that reverted one of them, and the pull request that carried it (from the evidence ledger).", type: "object", additionalProperties: false, required: ["commits"], properties: { commits: { type: "integer", minimum: 0, description: "Commits that changed the plan file." }, created: { $ref: "common.schema.json#/$defs/commitAt" }, ticks: { type: "array", items: { $ref: "common.schema.json#/$defs/commitAt" } }, completed: { $ref: "common.schema.json#/$defs/commitAt" }, reachedDefaultBranch: { type: "boolean" }, revertedBy: { $ref: "common.schema.json#/$defs/commitAt" }, pull: { $ref: "common.schema.json#/$defs/pullEvidence" } } }, tokens: { $ref: "common.schema.json#/$defs/tokens" }, cost: { $ref: "common.schema.json#/$defs/cost" } } } }, repository: { description: "The repository the plans come from, as `owner/name`: the `repository` configuration key, else the `origin` remote's URL normalised, else null.", type: ["string", "null"], maxLength: 140 } } };
var W = { title: "Source", description: "What the figures were computed from: the commit and its date (never the wall clock), null outside git.", type: "object", additionalProperties: false, required: ["commit", "date"], properties: { commit: { type: ["string", "null"], pattern: "^[0-9a-f]{40}$" }, date: { type: ["string", "null"] }, uncommittedChanges: { const: true, description: "Some document or the configuration differs from `commit` in the working tree: the figures are not that commit's alone." } } };
function Fe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Fe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.commit === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.date === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "commit" || r === "date" || r === "uncommittedChanges")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.commit !== void 0) {
      let r = a.commit;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: W.properties.commit.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "string" && !Q.test(r)) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.date !== void 0) {
      let r = a.date;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: W.properties.date.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.uncommittedChanges !== void 0 && a.uncommittedChanges !== true) {
      let r = { instancePath: i + "/uncommittedChanges", schemaPath: "#/properties/uncommittedChanges/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Fe.errors = e, s === 0;
}
Fe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Ie(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ie.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "planmark" || a === "generic" || a === "spec-kit" || a === "kiro" || a === "execplan" || a === "backlog-md" || a === "cursor-plan" || a === "task-master" || a === "cline-memory-bank" || a === "claude-plan" || a === "gsd")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ar.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ie.errors = e, s === 0;
}
Ie.evaluated = { dynamicProps: false, dynamicItems: false };
var is = { title: "AgentSource", description: "Where a plan's agent came from: the document itself, a co-author trailer, a commit's author or committer (a bot account, aider's `(aider)` suffix), the branch a merge commit names, or a signature in the configuration's agents.detect.", enum: ["document", "trailer", "author", "branch", "configuration"] };
function Re(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Re.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "document" || a === "trailer" || a === "author" || a === "branch" || a === "configuration")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: is.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Re.errors = e, s === 0;
}
Re.evaluated = { dynamicProps: false, dynamicItems: false };
function Me(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Me.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "low" || a === "medium" || a === "high")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Dr.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Me.errors = e, s === 0;
}
Me.evaluated = { dynamicProps: false, dynamicItems: false };
function U(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = U.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), typeof a == "string") {
    if (!tr.test(a)) {
      let r = { instancePath: i, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$"' };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return U.errors = e, s === 0;
}
U.evaluated = { dynamicProps: false, dynamicItems: false };
var Lr = { title: "ClaimedStatus", description: "The plan's own Final Status, or unknown when it states none.", enum: ["completed", "partial", "in_progress", "blocked", "failed", "abandoned", "unknown"] };
function Ce(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ce.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "completed" || a === "partial" || a === "in_progress" || a === "blocked" || a === "failed" || a === "abandoned" || a === "unknown")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Lr.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ce.errors = e, s === 0;
}
Ce.evaluated = { dynamicProps: false, dynamicItems: false };
var as = { title: "VerifiedOutcome", description: "success: claims completed and every success criterion and step is checked; failure: finished otherwise; unverifiable: finished with nothing to check; open: not finished.", enum: ["success", "failure", "unverifiable", "open"] };
function Se(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Se.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "success" || a === "failure" || a === "unverifiable" || a === "open")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: as.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Se.errors = e, s === 0;
}
Se.evaluated = { dynamicProps: false, dynamicItems: false };
var ns = { title: "EvidenceLevel", description: "How far a plan's outcome rests on more than its own word (docs/metrics.md): claimed (only the plan says so), consistent (its boxes and reviewers agree: a verified success), evidenced (a verified success whose commits reached the default branch, none reverted within evidence.revertDays, and whose pull request, when known, was merged with no failing check run), contradicted (the plan claims completed and its boxes, a reviewer, a revert, a pull request closed unmerged or a failing check run say otherwise).", enum: ["claimed", "consistent", "evidenced", "contradicted"] };
function Ve(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ve.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "claimed" || a === "consistent" || a === "evidenced" || a === "contradicted")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ns.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ve.errors = e, s === 0;
}
Ve.evaluated = { dynamicProps: false, dynamicItems: false };
function Ee(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ee.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.checked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checked" }, message: "must have required property 'checked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.unchecked === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unchecked" }, message: "must have required property 'unchecked'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.inProgress === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inProgress" }, message: "must have required property 'inProgress'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.dropped === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dropped" }, message: "must have required property 'dropped'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.lost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lost" }, message: "must have required property 'lost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "checked" || r === "unchecked" || r === "inProgress" || r === "dropped" || r === "lost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.checked !== void 0) {
      let r = a.checked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/checked", schemaPath: "#/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.unchecked !== void 0) {
      let r = a.unchecked;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/unchecked", schemaPath: "#/properties/unchecked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.inProgress !== void 0) {
      let r = a.inProgress;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/inProgress", schemaPath: "#/properties/inProgress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.dropped !== void 0) {
      let r = a.dropped;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/dropped", schemaPath: "#/properties/dropped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.lost !== void 0) {
      let r = a.lost;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/lost", schemaPath: "#/properties/lost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ee.errors = e, s === 0;
}
Ee.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function J(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = J.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.done === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "done" }, message: "must have required property 'done'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.total === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "done" || r === "total")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.done !== void 0) {
      let r = a.done;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/done", schemaPath: "#/properties/done/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/done", schemaPath: "#/properties/done/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.total !== void 0) {
      let r = a.total;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/total", schemaPath: "#/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/total", schemaPath: "#/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return J.errors = e, s === 0;
}
J.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Le(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Le.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "completed" || a === "partial" || a === "in_progress" || a === "blocked" || a === "failed" || a === "abandoned")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Tr.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Le.errors = e, s === 0;
}
Le.evaluated = { dynamicProps: false, dynamicItems: false };
var Or = new RegExp("^[0-9a-f]{40,64}$", "u");
function V(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = V.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.commit === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.date === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "commit" || r === "date")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.commit !== void 0) {
      let r = a.commit;
      if (typeof r == "string") {
        if (!Or.test(r)) {
          let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40,64}$" }, message: 'must match pattern "^[0-9a-f]{40,64}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    a.date !== void 0 && (Z(a.date, { instancePath: i + "/date", parentData: a, parentDataProperty: "date", rootData: y, dynamicAnchors: h }) || (e = e === null ? Z.errors : e.concat(Z.errors), s = e.length));
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return V.errors = e, s === 0;
}
V.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var _r = { title: "PullEvidence", description: "The pull request that carried a plan's last commit, as GitHub reported it: merged or not, and the conclusion of its head commit's check runs (failure when any failed, timed out, was cancelled or needs action; pending while any runs; none without check runs).", type: "object", additionalProperties: false, required: ["number", "merged", "checks"], properties: { number: { type: "integer", minimum: 1 }, merged: { type: "boolean" }, checks: { enum: ["success", "failure", "pending", "none"] } } };
function _e(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = _e.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.number === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.merged === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "merged" }, message: "must have required property 'merged'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.checks === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "number" || r === "merged" || r === "checks")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.number !== void 0) {
      let r = a.number;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 1 || isNaN(r))) {
        let t = { instancePath: i + "/number", schemaPath: "#/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.merged !== void 0 && typeof a.merged != "boolean") {
      let r = { instancePath: i + "/merged", schemaPath: "#/properties/merged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.checks !== void 0) {
      let r = a.checks;
      if (!(r === "success" || r === "failure" || r === "pending" || r === "none")) {
        let t = { instancePath: i + "/checks", schemaPath: "#/properties/checks/enum", keyword: "enum", params: { allowedValues: _r.properties.checks.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return _e.errors = e, s === 0;
}
_e.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Be(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Be.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    for (let r in a) if (!(r === "input" || r === "output")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.input !== void 0) {
      let r = a.input;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/input", schemaPath: "#/properties/input/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/input", schemaPath: "#/properties/input/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.output !== void 0) {
      let r = a.output;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/output", schemaPath: "#/properties/output/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Be.errors = e, s === 0;
}
Be.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function ze(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ze.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.amount === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.currency === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "amount" || r === "currency")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.amount !== void 0) {
      let r = a.amount;
      if (typeof r == "number" && isFinite(r)) {
        if (r < 0 || isNaN(r)) {
          let t = { instancePath: i + "/amount", schemaPath: "#/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/amount", schemaPath: "#/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.currency !== void 0) {
      let r = a.currency;
      if (typeof r == "string") {
        if (!$r.test(r)) {
          let t = { instancePath: i + "/currency", schemaPath: "#/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ze.errors = e, s === 0;
}
ze.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function cr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = cr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.source === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.plans === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "schemaVersion" || r === "source" || r === "plans" || r === "repository")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let r = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.source !== void 0 && (Fe(a.source, { instancePath: i + "/source", parentData: a, parentDataProperty: "source", rootData: y, dynamicAnchors: h }) || (e = e === null ? Fe.errors : e.concat(Fe.errors), s = e.length)), a.plans !== void 0) {
      let r = a.plans;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) {
          let p = r[n];
          if (p && typeof p == "object" && !Array.isArray(p)) {
            if (p.path === void 0) {
              let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.dialect === void 0) {
              let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "dialect" }, message: "must have required property 'dialect'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.title === void 0) {
              let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.prompts === void 0) {
              let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "prompts" }, message: "must have required property 'prompts'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.status === void 0) {
              let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.progress === void 0) {
              let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "progress" }, message: "must have required property 'progress'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.quality === void 0) {
              let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "quality" }, message: "must have required property 'quality'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.findings === void 0) {
              let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            for (let o in p) if (!E.call(ar.properties.plans.items.properties, o)) {
              let u = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (p.path !== void 0 && typeof p.path != "string") {
              let o = { instancePath: i + "/plans/" + n + "/path", schemaPath: "#/properties/plans/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.dialect !== void 0 && (Ie(p.dialect, { instancePath: i + "/plans/" + n + "/dialect", parentData: p, parentDataProperty: "dialect", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ie.errors : e.concat(Ie.errors), s = e.length)), p.blobId !== void 0 && typeof p.blobId != "string") {
              let o = { instancePath: i + "/plans/" + n + "/blobId", schemaPath: "#/properties/plans/items/properties/blobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.planId !== void 0 && typeof p.planId != "string") {
              let o = { instancePath: i + "/plans/" + n + "/planId", schemaPath: "#/properties/plans/items/properties/planId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.title !== void 0 && typeof p.title != "string") {
              let o = { instancePath: i + "/plans/" + n + "/title", schemaPath: "#/properties/plans/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.agent !== void 0 && typeof p.agent != "string") {
              let o = { instancePath: i + "/plans/" + n + "/agent", schemaPath: "#/properties/plans/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.agentSource !== void 0 && (Re(p.agentSource, { instancePath: i + "/plans/" + n + "/agentSource", parentData: p, parentDataProperty: "agentSource", rootData: y, dynamicAnchors: h }) || (e = e === null ? Re.errors : e.concat(Re.errors), s = e.length)), p.agentCommit !== void 0) {
              let o = p.agentCommit;
              if (typeof o == "string") {
                if (!Or.test(o)) {
                  let u = { instancePath: i + "/plans/" + n + "/agentCommit", schemaPath: "#/properties/plans/items/properties/agentCommit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40,64}$" }, message: 'must match pattern "^[0-9a-f]{40,64}$"' };
                  e === null ? e = [u] : e.push(u), s++;
                }
              } else {
                let u = { instancePath: i + "/plans/" + n + "/agentCommit", schemaPath: "#/properties/plans/items/properties/agentCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.category !== void 0 && typeof p.category != "string") {
              let o = { instancePath: i + "/plans/" + n + "/category", schemaPath: "#/properties/plans/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.complexity !== void 0 && (Me(p.complexity, { instancePath: i + "/plans/" + n + "/complexity", parentData: p, parentDataProperty: "complexity", rootData: y, dynamicAnchors: h }) || (e = e === null ? Me.errors : e.concat(Me.errors), s = e.length)), p.prompts !== void 0) {
              let o = p.prompts;
              if (Array.isArray(o)) {
                let u = o.length;
                for (let c = 0; c < u; c++) if (typeof o[c] != "string") {
                  let m = { instancePath: i + "/plans/" + n + "/prompts/" + c, schemaPath: "#/properties/plans/items/properties/prompts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  e === null ? e = [m] : e.push(m), s++;
                }
              } else {
                let u = { instancePath: i + "/plans/" + n + "/prompts", schemaPath: "#/properties/plans/items/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.startTime !== void 0 && (U(p.startTime, { instancePath: i + "/plans/" + n + "/startTime", parentData: p, parentDataProperty: "startTime", rootData: y, dynamicAnchors: h }) || (e = e === null ? U.errors : e.concat(U.errors), s = e.length)), p.endTime !== void 0 && (U(p.endTime, { instancePath: i + "/plans/" + n + "/endTime", parentData: p, parentDataProperty: "endTime", rootData: y, dynamicAnchors: h }) || (e = e === null ? U.errors : e.concat(U.errors), s = e.length)), p.status !== void 0) {
              let o = p.status;
              if (o && typeof o == "object" && !Array.isArray(o)) {
                if (o.claimed === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/status", schemaPath: "#/properties/plans/items/properties/status/required", keyword: "required", params: { missingProperty: "claimed" }, message: "must have required property 'claimed'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o.verified === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/status", schemaPath: "#/properties/plans/items/properties/status/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o.evidence === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/status", schemaPath: "#/properties/plans/items/properties/status/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                for (let u in o) if (!(u === "claimed" || u === "verified" || u === "reviewer" || u === "evidence")) {
                  let c = { instancePath: i + "/plans/" + n + "/status", schemaPath: "#/properties/plans/items/properties/status/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (o.claimed !== void 0 && (Ce(o.claimed, { instancePath: i + "/plans/" + n + "/status/claimed", parentData: o, parentDataProperty: "claimed", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ce.errors : e.concat(Ce.errors), s = e.length)), o.verified !== void 0 && (Se(o.verified, { instancePath: i + "/plans/" + n + "/status/verified", parentData: o, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? Se.errors : e.concat(Se.errors), s = e.length)), o.reviewer !== void 0) {
                  let u = o.reviewer;
                  if (!(u === "success" || u === "partial" || u === "failure")) {
                    let c = { instancePath: i + "/plans/" + n + "/status/reviewer", schemaPath: "#/properties/plans/items/properties/status/properties/reviewer/enum", keyword: "enum", params: { allowedValues: ar.properties.plans.items.properties.status.properties.reviewer.enum }, message: "must be equal to one of the allowed values" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                }
                o.evidence !== void 0 && (Ve(o.evidence, { instancePath: i + "/plans/" + n + "/status/evidence", parentData: o, parentDataProperty: "evidence", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ve.errors : e.concat(Ve.errors), s = e.length));
              } else {
                let u = { instancePath: i + "/plans/" + n + "/status", schemaPath: "#/properties/plans/items/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.progress !== void 0) {
              let o = p.progress;
              if (o && typeof o == "object" && !Array.isArray(o)) {
                if (o.done === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/progress", schemaPath: "#/properties/plans/items/properties/progress/required", keyword: "required", params: { missingProperty: "done" }, message: "must have required property 'done'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o.total === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/progress", schemaPath: "#/properties/plans/items/properties/progress/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o.boxes === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/progress", schemaPath: "#/properties/plans/items/properties/progress/required", keyword: "required", params: { missingProperty: "boxes" }, message: "must have required property 'boxes'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o.criteria === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/progress", schemaPath: "#/properties/plans/items/properties/progress/required", keyword: "required", params: { missingProperty: "criteria" }, message: "must have required property 'criteria'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o.phases === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/progress", schemaPath: "#/properties/plans/items/properties/progress/required", keyword: "required", params: { missingProperty: "phases" }, message: "must have required property 'phases'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                if (o.other === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/progress", schemaPath: "#/properties/plans/items/properties/progress/required", keyword: "required", params: { missingProperty: "other" }, message: "must have required property 'other'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                for (let u in o) if (!(u === "done" || u === "total" || u === "boxes" || u === "criteria" || u === "other" || u === "phases")) {
                  let c = { instancePath: i + "/plans/" + n + "/progress", schemaPath: "#/properties/plans/items/properties/progress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (o.done !== void 0) {
                  let u = o.done;
                  if (!(typeof u == "number" && !(u % 1) && !isNaN(u) && isFinite(u))) {
                    let c = { instancePath: i + "/plans/" + n + "/progress/done", schemaPath: "#/properties/plans/items/properties/progress/properties/done/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                  if (typeof u == "number" && isFinite(u) && (u < 0 || isNaN(u))) {
                    let c = { instancePath: i + "/plans/" + n + "/progress/done", schemaPath: "#/properties/plans/items/properties/progress/properties/done/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                }
                if (o.total !== void 0) {
                  let u = o.total;
                  if (!(typeof u == "number" && !(u % 1) && !isNaN(u) && isFinite(u))) {
                    let c = { instancePath: i + "/plans/" + n + "/progress/total", schemaPath: "#/properties/plans/items/properties/progress/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                  if (typeof u == "number" && isFinite(u) && (u < 0 || isNaN(u))) {
                    let c = { instancePath: i + "/plans/" + n + "/progress/total", schemaPath: "#/properties/plans/items/properties/progress/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                }
                if (o.boxes !== void 0 && (Ee(o.boxes, { instancePath: i + "/plans/" + n + "/progress/boxes", parentData: o, parentDataProperty: "boxes", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ee.errors : e.concat(Ee.errors), s = e.length)), o.criteria !== void 0 && (J(o.criteria, { instancePath: i + "/plans/" + n + "/progress/criteria", parentData: o, parentDataProperty: "criteria", rootData: y, dynamicAnchors: h }) || (e = e === null ? J.errors : e.concat(J.errors), s = e.length)), o.other !== void 0 && (J(o.other, { instancePath: i + "/plans/" + n + "/progress/other", parentData: o, parentDataProperty: "other", rootData: y, dynamicAnchors: h }) || (e = e === null ? J.errors : e.concat(J.errors), s = e.length)), o.phases !== void 0) {
                  let u = o.phases;
                  if (Array.isArray(u)) {
                    let c = u.length;
                    for (let m = 0; m < c; m++) {
                      let l = u[m];
                      if (l && typeof l == "object" && !Array.isArray(l)) {
                        if (l.number === void 0) {
                          let f = { instancePath: i + "/plans/" + n + "/progress/phases/" + m, schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
                          e === null ? e = [f] : e.push(f), s++;
                        }
                        if (l.name === void 0) {
                          let f = { instancePath: i + "/plans/" + n + "/progress/phases/" + m, schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                          e === null ? e = [f] : e.push(f), s++;
                        }
                        if (l.done === void 0) {
                          let f = { instancePath: i + "/plans/" + n + "/progress/phases/" + m, schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/required", keyword: "required", params: { missingProperty: "done" }, message: "must have required property 'done'" };
                          e === null ? e = [f] : e.push(f), s++;
                        }
                        if (l.total === void 0) {
                          let f = { instancePath: i + "/plans/" + n + "/progress/phases/" + m, schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
                          e === null ? e = [f] : e.push(f), s++;
                        }
                        for (let f in l) if (!(f === "number" || f === "name" || f === "done" || f === "total" || f === "status")) {
                          let g = { instancePath: i + "/plans/" + n + "/progress/phases/" + m, schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: f }, message: "must NOT have additional properties" };
                          e === null ? e = [g] : e.push(g), s++;
                        }
                        if (l.number !== void 0) {
                          let f = l.number;
                          if (!(typeof f == "number" && !(f % 1) && !isNaN(f) && isFinite(f))) {
                            let g = { instancePath: i + "/plans/" + n + "/progress/phases/" + m + "/number", schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            e === null ? e = [g] : e.push(g), s++;
                          }
                        }
                        if (l.name !== void 0 && typeof l.name != "string") {
                          let f = { instancePath: i + "/plans/" + n + "/progress/phases/" + m + "/name", schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          e === null ? e = [f] : e.push(f), s++;
                        }
                        if (l.done !== void 0) {
                          let f = l.done;
                          if (!(typeof f == "number" && !(f % 1) && !isNaN(f) && isFinite(f))) {
                            let g = { instancePath: i + "/plans/" + n + "/progress/phases/" + m + "/done", schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/properties/done/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            e === null ? e = [g] : e.push(g), s++;
                          }
                          if (typeof f == "number" && isFinite(f) && (f < 0 || isNaN(f))) {
                            let g = { instancePath: i + "/plans/" + n + "/progress/phases/" + m + "/done", schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/properties/done/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            e === null ? e = [g] : e.push(g), s++;
                          }
                        }
                        if (l.total !== void 0) {
                          let f = l.total;
                          if (!(typeof f == "number" && !(f % 1) && !isNaN(f) && isFinite(f))) {
                            let g = { instancePath: i + "/plans/" + n + "/progress/phases/" + m + "/total", schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            e === null ? e = [g] : e.push(g), s++;
                          }
                          if (typeof f == "number" && isFinite(f) && (f < 0 || isNaN(f))) {
                            let g = { instancePath: i + "/plans/" + n + "/progress/phases/" + m + "/total", schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            e === null ? e = [g] : e.push(g), s++;
                          }
                        }
                        l.status !== void 0 && (Le(l.status, { instancePath: i + "/plans/" + n + "/progress/phases/" + m + "/status", parentData: l, parentDataProperty: "status", rootData: y, dynamicAnchors: h }) || (e = e === null ? Le.errors : e.concat(Le.errors), s = e.length));
                      } else {
                        let f = { instancePath: i + "/plans/" + n + "/progress/phases/" + m, schemaPath: "#/properties/plans/items/properties/progress/properties/phases/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        e === null ? e = [f] : e.push(f), s++;
                      }
                    }
                  } else {
                    let c = { instancePath: i + "/plans/" + n + "/progress/phases", schemaPath: "#/properties/plans/items/properties/progress/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                }
              } else {
                let u = { instancePath: i + "/plans/" + n + "/progress", schemaPath: "#/properties/plans/items/properties/progress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.estimatedMinutes !== void 0) {
              let o = p.estimatedMinutes;
              if (typeof o == "number" && isFinite(o)) {
                if (o < 0 || isNaN(o)) {
                  let u = { instancePath: i + "/plans/" + n + "/estimatedMinutes", schemaPath: "#/properties/plans/items/properties/estimatedMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [u] : e.push(u), s++;
                }
              } else {
                let u = { instancePath: i + "/plans/" + n + "/estimatedMinutes", schemaPath: "#/properties/plans/items/properties/estimatedMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.actualMinutes !== void 0) {
              let o = p.actualMinutes;
              if (typeof o == "number" && isFinite(o)) {
                if (o < 0 || isNaN(o)) {
                  let u = { instancePath: i + "/plans/" + n + "/actualMinutes", schemaPath: "#/properties/plans/items/properties/actualMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [u] : e.push(u), s++;
                }
              } else {
                let u = { instancePath: i + "/plans/" + n + "/actualMinutes", schemaPath: "#/properties/plans/items/properties/actualMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.measuredMinutes !== void 0) {
              let o = p.measuredMinutes;
              if (typeof o == "number" && isFinite(o)) {
                if (o < 0 || isNaN(o)) {
                  let u = { instancePath: i + "/plans/" + n + "/measuredMinutes", schemaPath: "#/properties/plans/items/properties/measuredMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [u] : e.push(u), s++;
                }
              } else {
                let u = { instancePath: i + "/plans/" + n + "/measuredMinutes", schemaPath: "#/properties/plans/items/properties/measuredMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.quality !== void 0) {
              let o = p.quality;
              if (o && typeof o == "object" && !Array.isArray(o)) {
                for (let u in o) if (!(u === "self" || u === "reviewer")) {
                  let c = { instancePath: i + "/plans/" + n + "/quality", schemaPath: "#/properties/plans/items/properties/quality/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (o.self !== void 0) {
                  let u = o.self;
                  if (!(typeof u == "number" && isFinite(u))) {
                    let c = { instancePath: i + "/plans/" + n + "/quality/self", schemaPath: "#/properties/plans/items/properties/quality/properties/self/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                }
                if (o.reviewer !== void 0) {
                  let u = o.reviewer;
                  if (!(typeof u == "number" && isFinite(u))) {
                    let c = { instancePath: i + "/plans/" + n + "/quality/reviewer", schemaPath: "#/properties/plans/items/properties/quality/properties/reviewer/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                }
              } else {
                let u = { instancePath: i + "/plans/" + n + "/quality", schemaPath: "#/properties/plans/items/properties/quality/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.findings !== void 0) {
              let o = p.findings;
              if (Array.isArray(o)) {
                let u = o.length;
                for (let c = 0; c < u; c++) {
                  let m = o[c];
                  if (m && typeof m == "object" && !Array.isArray(m)) {
                    if (m.ruleId === void 0) {
                      let l = { instancePath: i + "/plans/" + n + "/findings/" + c, schemaPath: "#/properties/plans/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    if (m.severity === void 0) {
                      let l = { instancePath: i + "/plans/" + n + "/findings/" + c, schemaPath: "#/properties/plans/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    if (m.line === void 0) {
                      let l = { instancePath: i + "/plans/" + n + "/findings/" + c, schemaPath: "#/properties/plans/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    if (m.column === void 0) {
                      let l = { instancePath: i + "/plans/" + n + "/findings/" + c, schemaPath: "#/properties/plans/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    if (m.message === void 0) {
                      let l = { instancePath: i + "/plans/" + n + "/findings/" + c, schemaPath: "#/properties/plans/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    for (let l in m) if (!(l === "ruleId" || l === "message" || l === "severity" || l === "line" || l === "column")) {
                      let f = { instancePath: i + "/plans/" + n + "/findings/" + c, schemaPath: "#/properties/plans/items/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: l }, message: "must NOT have additional properties" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    if (m.ruleId !== void 0 && typeof m.ruleId != "string") {
                      let l = { instancePath: i + "/plans/" + n + "/findings/" + c + "/ruleId", schemaPath: "#/properties/plans/items/properties/findings/items/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    if (m.message !== void 0 && typeof m.message != "string") {
                      let l = { instancePath: i + "/plans/" + n + "/findings/" + c + "/message", schemaPath: "#/properties/plans/items/properties/findings/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    if (m.severity !== void 0) {
                      let l = m.severity;
                      if (!(l === "error" || l === "warning" || l === "info")) {
                        let f = { instancePath: i + "/plans/" + n + "/findings/" + c + "/severity", schemaPath: "#/properties/plans/items/properties/findings/items/properties/severity/enum", keyword: "enum", params: { allowedValues: ar.properties.plans.items.properties.findings.items.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                        e === null ? e = [f] : e.push(f), s++;
                      }
                    }
                    if (m.line !== void 0) {
                      let l = m.line;
                      if (!(typeof l == "number" && !(l % 1) && !isNaN(l) && isFinite(l))) {
                        let f = { instancePath: i + "/plans/" + n + "/findings/" + c + "/line", schemaPath: "#/properties/plans/items/properties/findings/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [f] : e.push(f), s++;
                      }
                      if (typeof l == "number" && isFinite(l) && (l < 1 || isNaN(l))) {
                        let f = { instancePath: i + "/plans/" + n + "/findings/" + c + "/line", schemaPath: "#/properties/plans/items/properties/findings/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        e === null ? e = [f] : e.push(f), s++;
                      }
                    }
                    if (m.column !== void 0) {
                      let l = m.column;
                      if (!(typeof l == "number" && !(l % 1) && !isNaN(l) && isFinite(l))) {
                        let f = { instancePath: i + "/plans/" + n + "/findings/" + c + "/column", schemaPath: "#/properties/plans/items/properties/findings/items/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [f] : e.push(f), s++;
                      }
                      if (typeof l == "number" && isFinite(l) && (l < 1 || isNaN(l))) {
                        let f = { instancePath: i + "/plans/" + n + "/findings/" + c + "/column", schemaPath: "#/properties/plans/items/properties/findings/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        e === null ? e = [f] : e.push(f), s++;
                      }
                    }
                  } else {
                    let l = { instancePath: i + "/plans/" + n + "/findings/" + c, schemaPath: "#/properties/plans/items/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    e === null ? e = [l] : e.push(l), s++;
                  }
                }
              } else {
                let u = { instancePath: i + "/plans/" + n + "/findings", schemaPath: "#/properties/plans/items/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.history !== void 0) {
              let o = p.history;
              if (o && typeof o == "object" && !Array.isArray(o)) {
                if (o.commits === void 0) {
                  let u = { instancePath: i + "/plans/" + n + "/history", schemaPath: "#/properties/plans/items/properties/history/required", keyword: "required", params: { missingProperty: "commits" }, message: "must have required property 'commits'" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                for (let u in o) if (!(u === "commits" || u === "created" || u === "ticks" || u === "completed" || u === "reachedDefaultBranch" || u === "revertedBy" || u === "pull")) {
                  let c = { instancePath: i + "/plans/" + n + "/history", schemaPath: "#/properties/plans/items/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (o.commits !== void 0) {
                  let u = o.commits;
                  if (!(typeof u == "number" && !(u % 1) && !isNaN(u) && isFinite(u))) {
                    let c = { instancePath: i + "/plans/" + n + "/history/commits", schemaPath: "#/properties/plans/items/properties/history/properties/commits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                  if (typeof u == "number" && isFinite(u) && (u < 0 || isNaN(u))) {
                    let c = { instancePath: i + "/plans/" + n + "/history/commits", schemaPath: "#/properties/plans/items/properties/history/properties/commits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                }
                if (o.created !== void 0 && (V(o.created, { instancePath: i + "/plans/" + n + "/history/created", parentData: o, parentDataProperty: "created", rootData: y, dynamicAnchors: h }) || (e = e === null ? V.errors : e.concat(V.errors), s = e.length)), o.ticks !== void 0) {
                  let u = o.ticks;
                  if (Array.isArray(u)) {
                    let c = u.length;
                    for (let m = 0; m < c; m++) V(u[m], { instancePath: i + "/plans/" + n + "/history/ticks/" + m, parentData: u, parentDataProperty: m, rootData: y, dynamicAnchors: h }) || (e = e === null ? V.errors : e.concat(V.errors), s = e.length);
                  } else {
                    let c = { instancePath: i + "/plans/" + n + "/history/ticks", schemaPath: "#/properties/plans/items/properties/history/properties/ticks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    e === null ? e = [c] : e.push(c), s++;
                  }
                }
                if (o.completed !== void 0 && (V(o.completed, { instancePath: i + "/plans/" + n + "/history/completed", parentData: o, parentDataProperty: "completed", rootData: y, dynamicAnchors: h }) || (e = e === null ? V.errors : e.concat(V.errors), s = e.length)), o.reachedDefaultBranch !== void 0 && typeof o.reachedDefaultBranch != "boolean") {
                  let u = { instancePath: i + "/plans/" + n + "/history/reachedDefaultBranch", schemaPath: "#/properties/plans/items/properties/history/properties/reachedDefaultBranch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  e === null ? e = [u] : e.push(u), s++;
                }
                o.revertedBy !== void 0 && (V(o.revertedBy, { instancePath: i + "/plans/" + n + "/history/revertedBy", parentData: o, parentDataProperty: "revertedBy", rootData: y, dynamicAnchors: h }) || (e = e === null ? V.errors : e.concat(V.errors), s = e.length)), o.pull !== void 0 && (_e(o.pull, { instancePath: i + "/plans/" + n + "/history/pull", parentData: o, parentDataProperty: "pull", rootData: y, dynamicAnchors: h }) || (e = e === null ? _e.errors : e.concat(_e.errors), s = e.length));
              } else {
                let u = { instancePath: i + "/plans/" + n + "/history", schemaPath: "#/properties/plans/items/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            p.tokens !== void 0 && (Be(p.tokens, { instancePath: i + "/plans/" + n + "/tokens", parentData: p, parentDataProperty: "tokens", rootData: y, dynamicAnchors: h }) || (e = e === null ? Be.errors : e.concat(Be.errors), s = e.length)), p.cost !== void 0 && (ze(p.cost, { instancePath: i + "/plans/" + n + "/cost", parentData: p, parentDataProperty: "cost", rootData: y, dynamicAnchors: h }) || (e = e === null ? ze.errors : e.concat(ze.errors), s = e.length));
          } else {
            let o = { instancePath: i + "/plans/" + n, schemaPath: "#/properties/plans/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/plans", schemaPath: "#/properties/plans/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.repository !== void 0) {
      let r = a.repository;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: ar.properties.repository.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "string" && q(r) > 140) {
        let t = { instancePath: i + "/repository", schemaPath: "#/properties/repository/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return cr.errors = e, s === 0;
}
cr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var ps = fr;
var Nr = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/agent-performance.schema.json", title: "AgentPerformance", description: "agent_performance.json: per agent, sorted by name.", type: "object", additionalProperties: false, required: ["schemaVersion", "source", "agents"], properties: { schemaVersion: { const: 1 }, source: { $ref: "common.schema.json#/$defs/source" }, agents: { type: "array", items: { title: "AgentMetrics", type: "object", additionalProperties: false, required: ["agent", "plans", "byStatus", "claimed", "verified", "evidenced", "unverifiable", "quality", "estimateAccuracy", "findings", "categories", "durationMinutes", "usage"], properties: { agent: { type: "string" }, plans: { type: "integer", minimum: 0 }, byStatus: { type: "object", propertyNames: { $ref: "common.schema.json#/$defs/claimedStatus" }, additionalProperties: { type: "integer", minimum: 0 } }, claimed: { $ref: "common.schema.json#/$defs/rate" }, verified: { $ref: "common.schema.json#/$defs/rate" }, evidenced: { description: "Evidenced successes (status.evidence) out of the plans whose outcome evidence decides: evidenced, contradicted, or a verified failure. Beside `verified`, which is the consistent success rate.", $ref: "common.schema.json#/$defs/rate" }, unverifiable: { type: "integer", minimum: 0 }, quality: { title: "AgentQuality", type: "object", additionalProperties: false, required: ["self", "reviewer", "calibrationGap"], properties: { self: { $ref: "common.schema.json#/$defs/mean" }, reviewer: { $ref: "common.schema.json#/$defs/mean" }, calibrationGap: { $ref: "common.schema.json#/$defs/mean" } }, description: "Quality from 1 to 10: self-reported (Final Status), from reviewers (analyses' overall quality), and the calibration gap, self minus reviewer over the plans that have both." }, estimateAccuracy: { title: "EstimateAccuracy", description: "Actual over estimated minutes (1 is exact, above 1 is over time), on finished plans that claim completed and have an estimate and a complete measurement; the actual minutes are git's measuredMinutes where they exist, else the plan's own, and `basis` counts which; `excluded` counts the other finished plans by reason.", type: "object", additionalProperties: false, required: ["n", "median", "mean", "excluded", "basis"], properties: { excluded: { type: "object", additionalProperties: false, required: ["notCompleted", "noEstimate", "incompleteMeasurement"], properties: { notCompleted: { type: "integer", minimum: 0 }, noEstimate: { type: "integer", minimum: 0 }, incompleteMeasurement: { type: "integer", minimum: 0 } } }, n: { type: "integer", minimum: 0 }, median: { type: ["number", "null"] }, mean: { type: ["number", "null"] }, basis: { type: "object", additionalProperties: false, required: ["measured", "claimed"], properties: { measured: { type: "integer", minimum: 0 }, claimed: { type: "integer", minimum: 0 } } } } }, findings: { title: "AgentFindings", type: "object", additionalProperties: false, required: ["total", "byRule"], properties: { total: { type: "integer", minimum: 0 }, byRule: { type: "object", additionalProperties: { type: "integer", minimum: 1 } } } }, categories: { type: "array", items: { title: "AgentCategory", type: "object", additionalProperties: false, required: ["category", "plans", "verified"], properties: { category: { type: "string" }, plans: { type: "integer", minimum: 0 }, verified: { $ref: "common.schema.json#/$defs/rate" } } } }, durationMinutes: { $ref: "common.schema.json#/$defs/distribution" }, usage: { $ref: "common.schema.json#/$defs/usage" } } } } } };
function Ze(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ze.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.commit === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.date === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "commit" || r === "date" || r === "uncommittedChanges")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.commit !== void 0) {
      let r = a.commit;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: W.properties.commit.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "string" && !Q.test(r)) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.date !== void 0) {
      let r = a.date;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: W.properties.date.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.uncommittedChanges !== void 0 && a.uncommittedChanges !== true) {
      let r = { instancePath: i + "/uncommittedChanges", schemaPath: "#/properties/uncommittedChanges/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ze.errors = e, s === 0;
}
Ze.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function ae(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ae.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), !(a === "completed" || a === "partial" || a === "in_progress" || a === "blocked" || a === "failed" || a === "abandoned" || a === "unknown")) {
    let r = { instancePath: i, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Lr.enum }, message: "must be equal to one of the allowed values" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ae.errors = e, s === 0;
}
ae.evaluated = { dynamicProps: false, dynamicItems: false };
var ir = { title: "Rate", description: "Successes out of n with the Wilson 95% interval; rate and interval are null when n is 0.", type: "object", additionalProperties: false, required: ["successes", "n", "rate", "interval"], properties: { successes: { type: "integer", minimum: 0 }, n: { type: "integer", minimum: 0 }, rate: { type: ["number", "null"], minimum: 0, maximum: 1 }, interval: { oneOf: [{ type: "null" }, { title: "Interval", type: "object", additionalProperties: false, required: ["lower", "upper"], properties: { lower: { type: "number", minimum: 0, maximum: 1 }, upper: { type: "number", minimum: 0, maximum: 1 } } }] } } };
function D(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = D.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.successes === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "successes" }, message: "must have required property 'successes'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.rate === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rate" }, message: "must have required property 'rate'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.interval === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!(t === "successes" || t === "n" || t === "rate" || t === "interval")) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.successes !== void 0) {
      let t = a.successes;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.n !== void 0) {
      let t = a.n;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.rate !== void 0) {
      let t = a.rate;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/type", keyword: "type", params: { type: ir.properties.rate.type }, message: "must be number,null" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t)) {
        if (t > 1 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t < 0 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [n] : e.push(n), s++;
        }
      }
    }
    if (a.interval !== void 0) {
      let t = a.interval, n = s, p = false, o = null, u = s;
      if (t !== null) {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = u === s;
      r && (p = true, o = 0);
      let c = s;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.lower === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "lower" }, message: "must have required property 'lower'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        if (t.upper === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "upper" }, message: "must have required property 'upper'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        for (let m in t) if (!(m === "lower" || m === "upper")) {
          let l = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
          e === null ? e = [l] : e.push(l), s++;
        }
        if (t.lower !== void 0) {
          let m = t.lower;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
        if (t.upper !== void 0) {
          let m = t.upper;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
      } else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = c === s;
      if (r && p ? (p = false, o = [o, 1]) : r && (p = true, o = 1), p) s = n, e !== null && (n ? e.length = n : e = null);
      else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: o }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [m] : e.push(m), s++;
      }
    }
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return D.errors = e, s === 0;
}
D.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Br = { title: "Mean", type: "object", additionalProperties: false, required: ["n", "mean"], properties: { n: { type: "integer", minimum: 0 }, mean: { type: ["number", "null"] } } };
function F(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = F.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.n === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.mean === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "n" || r === "mean")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n !== void 0) {
      let r = a.n;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.mean !== void 0) {
      let r = a.mean;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/mean", schemaPath: "#/properties/mean/type", keyword: "type", params: { type: Br.properties.mean.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return F.errors = e, s === 0;
}
F.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var ne = { title: "Distribution", description: "A quantity over the plans that state or measure it: how many, the total, the median (p50) and the 90th percentile, by linear interpolation between order statistics (numpy.percentile's default; docs/metrics.md).", type: "object", additionalProperties: false, required: ["n", "total", "median", "p90"], properties: { n: { type: "integer", minimum: 0 }, total: { type: ["number", "null"] }, median: { type: ["number", "null"] }, p90: { type: ["number", "null"] } } };
function pe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = pe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.n === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.total === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.median === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.p90 === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property 'p90'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "n" || r === "total" || r === "median" || r === "p90")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n !== void 0) {
      let r = a.n;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.total !== void 0) {
      let r = a.total;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/total", schemaPath: "#/properties/total/type", keyword: "type", params: { type: ne.properties.total.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.median !== void 0) {
      let r = a.median;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/median", schemaPath: "#/properties/median/type", keyword: "type", params: { type: ne.properties.median.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.p90 !== void 0) {
      let r = a.p90;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/p90", schemaPath: "#/properties/p90/type", keyword: "type", params: { type: ne.properties.p90.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return pe.errors = e, s === 0;
}
pe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function $(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = $.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.n === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.total === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.median === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.p90 === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property 'p90'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "n" || r === "total" || r === "median" || r === "p90")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n !== void 0) {
      let r = a.n;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.total !== void 0) {
      let r = a.total;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/total", schemaPath: "#/properties/total/type", keyword: "type", params: { type: ne.properties.total.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.median !== void 0) {
      let r = a.median;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/median", schemaPath: "#/properties/median/type", keyword: "type", params: { type: ne.properties.median.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.p90 !== void 0) {
      let r = a.p90;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/p90", schemaPath: "#/properties/p90/type", keyword: "type", params: { type: ne.properties.p90.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return $.errors = e, s === 0;
}
$.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var os = { title: "CostSummary", description: "Stated cost in one currency: its distribution per plan and the cost per verified success (the total over every plan with a cost in this currency, divided by the verified successes among them; null without a success).", type: "object", additionalProperties: false, required: ["currency", "cost", "verifiedSuccesses", "perVerifiedSuccess"], properties: { currency: { type: "string", pattern: "^[A-Z]{3}$" }, cost: { $ref: "#/$defs/distribution" }, verifiedSuccesses: { type: "integer", minimum: 0 }, perVerifiedSuccess: { type: ["number", "null"] } } };
function G(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = G.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.currency === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.cost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.verifiedSuccesses === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verifiedSuccesses" }, message: "must have required property 'verifiedSuccesses'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.perVerifiedSuccess === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "perVerifiedSuccess" }, message: "must have required property 'perVerifiedSuccess'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "currency" || r === "cost" || r === "verifiedSuccesses" || r === "perVerifiedSuccess")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.currency !== void 0) {
      let r = a.currency;
      if (typeof r == "string") {
        if (!$r.test(r)) {
          let t = { instancePath: i + "/currency", schemaPath: "#/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.cost !== void 0 && ($(a.cost, { instancePath: i + "/cost", parentData: a, parentDataProperty: "cost", rootData: y, dynamicAnchors: h }) || (e = e === null ? $.errors : e.concat($.errors), s = e.length)), a.verifiedSuccesses !== void 0) {
      let r = a.verifiedSuccesses;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/verifiedSuccesses", schemaPath: "#/properties/verifiedSuccesses/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/verifiedSuccesses", schemaPath: "#/properties/verifiedSuccesses/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.perVerifiedSuccess !== void 0) {
      let r = a.perVerifiedSuccess;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/perVerifiedSuccess", schemaPath: "#/properties/perVerifiedSuccess/type", keyword: "type", params: { type: os.properties.perVerifiedSuccess.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return G.errors = e, s === 0;
}
G.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function oe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = oe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.inputTokens === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputTokens" }, message: "must have required property 'inputTokens'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.outputTokens === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputTokens" }, message: "must have required property 'outputTokens'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.cost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "inputTokens" || r === "outputTokens" || r === "cost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.inputTokens !== void 0 && ($(a.inputTokens, { instancePath: i + "/inputTokens", parentData: a, parentDataProperty: "inputTokens", rootData: y, dynamicAnchors: h }) || (e = e === null ? $.errors : e.concat($.errors), s = e.length)), a.outputTokens !== void 0 && ($(a.outputTokens, { instancePath: i + "/outputTokens", parentData: a, parentDataProperty: "outputTokens", rootData: y, dynamicAnchors: h }) || (e = e === null ? $.errors : e.concat($.errors), s = e.length)), a.cost !== void 0) {
      let r = a.cost;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) G(r[n], { instancePath: i + "/cost/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? G.errors : e.concat(G.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/cost", schemaPath: "#/properties/cost/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return oe.errors = e, s === 0;
}
oe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function fr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = fr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.source === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.agents === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agents" }, message: "must have required property 'agents'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!(t === "schemaVersion" || t === "source" || t === "agents")) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let t = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.source !== void 0 && (Ze(a.source, { instancePath: i + "/source", parentData: a, parentDataProperty: "source", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ze.errors : e.concat(Ze.errors), s = e.length)), a.agents !== void 0) {
      let t = a.agents;
      if (Array.isArray(t)) {
        let n = t.length;
        for (let p = 0; p < n; p++) {
          let o = t[p];
          if (o && typeof o == "object" && !Array.isArray(o)) {
            if (o.agent === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.plans === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.byStatus === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "byStatus" }, message: "must have required property 'byStatus'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.claimed === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "claimed" }, message: "must have required property 'claimed'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.verified === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.evidenced === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "evidenced" }, message: "must have required property 'evidenced'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.unverifiable === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "unverifiable" }, message: "must have required property 'unverifiable'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.quality === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "quality" }, message: "must have required property 'quality'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.estimateAccuracy === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "estimateAccuracy" }, message: "must have required property 'estimateAccuracy'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.findings === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.categories === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.durationMinutes === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "durationMinutes" }, message: "must have required property 'durationMinutes'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.usage === void 0) {
              let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "usage" }, message: "must have required property 'usage'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            for (let u in o) if (!E.call(Nr.properties.agents.items.properties, u)) {
              let c = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
              e === null ? e = [c] : e.push(c), s++;
            }
            if (o.agent !== void 0 && typeof o.agent != "string") {
              let u = { instancePath: i + "/agents/" + p + "/agent", schemaPath: "#/properties/agents/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.plans !== void 0) {
              let u = o.plans;
              if (!(typeof u == "number" && !(u % 1) && !isNaN(u) && isFinite(u))) {
                let c = { instancePath: i + "/agents/" + p + "/plans", schemaPath: "#/properties/agents/items/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [c] : e.push(c), s++;
              }
              if (typeof u == "number" && isFinite(u) && (u < 0 || isNaN(u))) {
                let c = { instancePath: i + "/agents/" + p + "/plans", schemaPath: "#/properties/agents/items/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.byStatus !== void 0) {
              let u = o.byStatus;
              if (u && typeof u == "object" && !Array.isArray(u)) {
                for (let c in u) {
                  let m = s;
                  ae(c, { instancePath: i + "/agents/" + p + "/byStatus", parentData: u, parentDataProperty: "byStatus", rootData: y, dynamicAnchors: h }) || (e = e === null ? ae.errors : e.concat(ae.errors), s = e.length);
                  var r = m === s;
                  if (!r) {
                    let l = { instancePath: i + "/agents/" + p + "/byStatus", schemaPath: "#/properties/agents/items/properties/byStatus/propertyNames", keyword: "propertyNames", params: { propertyName: c }, message: "property name must be valid" };
                    e === null ? e = [l] : e.push(l), s++;
                  }
                }
                for (let c in u) {
                  let m = u[c];
                  if (!(typeof m == "number" && !(m % 1) && !isNaN(m) && isFinite(m))) {
                    let l = { instancePath: i + "/agents/" + p + "/byStatus/" + c.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/agents/items/properties/byStatus/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [l] : e.push(l), s++;
                  }
                  if (typeof m == "number" && isFinite(m) && (m < 0 || isNaN(m))) {
                    let l = { instancePath: i + "/agents/" + p + "/byStatus/" + c.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/agents/items/properties/byStatus/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [l] : e.push(l), s++;
                  }
                }
              } else {
                let c = { instancePath: i + "/agents/" + p + "/byStatus", schemaPath: "#/properties/agents/items/properties/byStatus/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.claimed !== void 0 && (D(o.claimed, { instancePath: i + "/agents/" + p + "/claimed", parentData: o, parentDataProperty: "claimed", rootData: y, dynamicAnchors: h }) || (e = e === null ? D.errors : e.concat(D.errors), s = e.length)), o.verified !== void 0 && (D(o.verified, { instancePath: i + "/agents/" + p + "/verified", parentData: o, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? D.errors : e.concat(D.errors), s = e.length)), o.evidenced !== void 0 && (D(o.evidenced, { instancePath: i + "/agents/" + p + "/evidenced", parentData: o, parentDataProperty: "evidenced", rootData: y, dynamicAnchors: h }) || (e = e === null ? D.errors : e.concat(D.errors), s = e.length)), o.unverifiable !== void 0) {
              let u = o.unverifiable;
              if (!(typeof u == "number" && !(u % 1) && !isNaN(u) && isFinite(u))) {
                let c = { instancePath: i + "/agents/" + p + "/unverifiable", schemaPath: "#/properties/agents/items/properties/unverifiable/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [c] : e.push(c), s++;
              }
              if (typeof u == "number" && isFinite(u) && (u < 0 || isNaN(u))) {
                let c = { instancePath: i + "/agents/" + p + "/unverifiable", schemaPath: "#/properties/agents/items/properties/unverifiable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.quality !== void 0) {
              let u = o.quality;
              if (u && typeof u == "object" && !Array.isArray(u)) {
                if (u.self === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/quality", schemaPath: "#/properties/agents/items/properties/quality/required", keyword: "required", params: { missingProperty: "self" }, message: "must have required property 'self'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.reviewer === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/quality", schemaPath: "#/properties/agents/items/properties/quality/required", keyword: "required", params: { missingProperty: "reviewer" }, message: "must have required property 'reviewer'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.calibrationGap === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/quality", schemaPath: "#/properties/agents/items/properties/quality/required", keyword: "required", params: { missingProperty: "calibrationGap" }, message: "must have required property 'calibrationGap'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                for (let c in u) if (!(c === "self" || c === "reviewer" || c === "calibrationGap")) {
                  let m = { instancePath: i + "/agents/" + p + "/quality", schemaPath: "#/properties/agents/items/properties/quality/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: c }, message: "must NOT have additional properties" };
                  e === null ? e = [m] : e.push(m), s++;
                }
                u.self !== void 0 && (F(u.self, { instancePath: i + "/agents/" + p + "/quality/self", parentData: u, parentDataProperty: "self", rootData: y, dynamicAnchors: h }) || (e = e === null ? F.errors : e.concat(F.errors), s = e.length)), u.reviewer !== void 0 && (F(u.reviewer, { instancePath: i + "/agents/" + p + "/quality/reviewer", parentData: u, parentDataProperty: "reviewer", rootData: y, dynamicAnchors: h }) || (e = e === null ? F.errors : e.concat(F.errors), s = e.length)), u.calibrationGap !== void 0 && (F(u.calibrationGap, { instancePath: i + "/agents/" + p + "/quality/calibrationGap", parentData: u, parentDataProperty: "calibrationGap", rootData: y, dynamicAnchors: h }) || (e = e === null ? F.errors : e.concat(F.errors), s = e.length));
              } else {
                let c = { instancePath: i + "/agents/" + p + "/quality", schemaPath: "#/properties/agents/items/properties/quality/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.estimateAccuracy !== void 0) {
              let u = o.estimateAccuracy;
              if (u && typeof u == "object" && !Array.isArray(u)) {
                if (u.n === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/estimateAccuracy", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.median === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/estimateAccuracy", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.mean === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/estimateAccuracy", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.excluded === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/estimateAccuracy", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "excluded" }, message: "must have required property 'excluded'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.basis === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/estimateAccuracy", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                for (let c in u) if (!(c === "excluded" || c === "n" || c === "median" || c === "mean" || c === "basis")) {
                  let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: c }, message: "must NOT have additional properties" };
                  e === null ? e = [m] : e.push(m), s++;
                }
                if (u.excluded !== void 0) {
                  let c = u.excluded;
                  if (c && typeof c == "object" && !Array.isArray(c)) {
                    if (c.notCompleted === void 0) {
                      let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/required", keyword: "required", params: { missingProperty: "notCompleted" }, message: "must have required property 'notCompleted'" };
                      e === null ? e = [m] : e.push(m), s++;
                    }
                    if (c.noEstimate === void 0) {
                      let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/required", keyword: "required", params: { missingProperty: "noEstimate" }, message: "must have required property 'noEstimate'" };
                      e === null ? e = [m] : e.push(m), s++;
                    }
                    if (c.incompleteMeasurement === void 0) {
                      let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/required", keyword: "required", params: { missingProperty: "incompleteMeasurement" }, message: "must have required property 'incompleteMeasurement'" };
                      e === null ? e = [m] : e.push(m), s++;
                    }
                    for (let m in c) if (!(m === "notCompleted" || m === "noEstimate" || m === "incompleteMeasurement")) {
                      let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    if (c.notCompleted !== void 0) {
                      let m = c.notCompleted;
                      if (!(typeof m == "number" && !(m % 1) && !isNaN(m) && isFinite(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded/notCompleted", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/properties/notCompleted/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                      if (typeof m == "number" && isFinite(m) && (m < 0 || isNaN(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded/notCompleted", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/properties/notCompleted/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                    }
                    if (c.noEstimate !== void 0) {
                      let m = c.noEstimate;
                      if (!(typeof m == "number" && !(m % 1) && !isNaN(m) && isFinite(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded/noEstimate", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/properties/noEstimate/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                      if (typeof m == "number" && isFinite(m) && (m < 0 || isNaN(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded/noEstimate", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/properties/noEstimate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                    }
                    if (c.incompleteMeasurement !== void 0) {
                      let m = c.incompleteMeasurement;
                      if (!(typeof m == "number" && !(m % 1) && !isNaN(m) && isFinite(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded/incompleteMeasurement", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/properties/incompleteMeasurement/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                      if (typeof m == "number" && isFinite(m) && (m < 0 || isNaN(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded/incompleteMeasurement", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/properties/incompleteMeasurement/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                    }
                  } else {
                    let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/excluded", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/excluded/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
                if (u.n !== void 0) {
                  let c = u.n;
                  if (!(typeof c == "number" && !(c % 1) && !isNaN(c) && isFinite(c))) {
                    let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/n", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                  if (typeof c == "number" && isFinite(c) && (c < 0 || isNaN(c))) {
                    let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/n", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
                if (u.median !== void 0) {
                  let c = u.median;
                  if (!(typeof c == "number" && isFinite(c)) && c !== null) {
                    let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/median", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/median/type", keyword: "type", params: { type: Nr.properties.agents.items.properties.estimateAccuracy.properties.median.type }, message: "must be number,null" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
                if (u.mean !== void 0) {
                  let c = u.mean;
                  if (!(typeof c == "number" && isFinite(c)) && c !== null) {
                    let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/mean", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/mean/type", keyword: "type", params: { type: Nr.properties.agents.items.properties.estimateAccuracy.properties.mean.type }, message: "must be number,null" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
                if (u.basis !== void 0) {
                  let c = u.basis;
                  if (c && typeof c == "object" && !Array.isArray(c)) {
                    if (c.measured === void 0) {
                      let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/basis", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/basis/required", keyword: "required", params: { missingProperty: "measured" }, message: "must have required property 'measured'" };
                      e === null ? e = [m] : e.push(m), s++;
                    }
                    if (c.claimed === void 0) {
                      let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/basis", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/basis/required", keyword: "required", params: { missingProperty: "claimed" }, message: "must have required property 'claimed'" };
                      e === null ? e = [m] : e.push(m), s++;
                    }
                    for (let m in c) if (!(m === "measured" || m === "claimed")) {
                      let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/basis", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/basis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
                      e === null ? e = [l] : e.push(l), s++;
                    }
                    if (c.measured !== void 0) {
                      let m = c.measured;
                      if (!(typeof m == "number" && !(m % 1) && !isNaN(m) && isFinite(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/basis/measured", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/basis/properties/measured/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                      if (typeof m == "number" && isFinite(m) && (m < 0 || isNaN(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/basis/measured", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/basis/properties/measured/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                    }
                    if (c.claimed !== void 0) {
                      let m = c.claimed;
                      if (!(typeof m == "number" && !(m % 1) && !isNaN(m) && isFinite(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/basis/claimed", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/basis/properties/claimed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                      if (typeof m == "number" && isFinite(m) && (m < 0 || isNaN(m))) {
                        let l = { instancePath: i + "/agents/" + p + "/estimateAccuracy/basis/claimed", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/basis/properties/claimed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        e === null ? e = [l] : e.push(l), s++;
                      }
                    }
                  } else {
                    let m = { instancePath: i + "/agents/" + p + "/estimateAccuracy/basis", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/properties/basis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
              } else {
                let c = { instancePath: i + "/agents/" + p + "/estimateAccuracy", schemaPath: "#/properties/agents/items/properties/estimateAccuracy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.findings !== void 0) {
              let u = o.findings;
              if (u && typeof u == "object" && !Array.isArray(u)) {
                if (u.total === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/findings", schemaPath: "#/properties/agents/items/properties/findings/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.byRule === void 0) {
                  let c = { instancePath: i + "/agents/" + p + "/findings", schemaPath: "#/properties/agents/items/properties/findings/required", keyword: "required", params: { missingProperty: "byRule" }, message: "must have required property 'byRule'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                for (let c in u) if (!(c === "total" || c === "byRule")) {
                  let m = { instancePath: i + "/agents/" + p + "/findings", schemaPath: "#/properties/agents/items/properties/findings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: c }, message: "must NOT have additional properties" };
                  e === null ? e = [m] : e.push(m), s++;
                }
                if (u.total !== void 0) {
                  let c = u.total;
                  if (!(typeof c == "number" && !(c % 1) && !isNaN(c) && isFinite(c))) {
                    let m = { instancePath: i + "/agents/" + p + "/findings/total", schemaPath: "#/properties/agents/items/properties/findings/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                  if (typeof c == "number" && isFinite(c) && (c < 0 || isNaN(c))) {
                    let m = { instancePath: i + "/agents/" + p + "/findings/total", schemaPath: "#/properties/agents/items/properties/findings/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
                if (u.byRule !== void 0) {
                  let c = u.byRule;
                  if (c && typeof c == "object" && !Array.isArray(c)) for (let m in c) {
                    let l = c[m];
                    if (!(typeof l == "number" && !(l % 1) && !isNaN(l) && isFinite(l))) {
                      let f = { instancePath: i + "/agents/" + p + "/findings/byRule/" + m.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/agents/items/properties/findings/properties/byRule/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    if (typeof l == "number" && isFinite(l) && (l < 1 || isNaN(l))) {
                      let f = { instancePath: i + "/agents/" + p + "/findings/byRule/" + m.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/agents/items/properties/findings/properties/byRule/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                  }
                  else {
                    let m = { instancePath: i + "/agents/" + p + "/findings/byRule", schemaPath: "#/properties/agents/items/properties/findings/properties/byRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
              } else {
                let c = { instancePath: i + "/agents/" + p + "/findings", schemaPath: "#/properties/agents/items/properties/findings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.categories !== void 0) {
              let u = o.categories;
              if (Array.isArray(u)) {
                let c = u.length;
                for (let m = 0; m < c; m++) {
                  let l = u[m];
                  if (l && typeof l == "object" && !Array.isArray(l)) {
                    if (l.category === void 0) {
                      let f = { instancePath: i + "/agents/" + p + "/categories/" + m, schemaPath: "#/properties/agents/items/properties/categories/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    if (l.plans === void 0) {
                      let f = { instancePath: i + "/agents/" + p + "/categories/" + m, schemaPath: "#/properties/agents/items/properties/categories/items/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    if (l.verified === void 0) {
                      let f = { instancePath: i + "/agents/" + p + "/categories/" + m, schemaPath: "#/properties/agents/items/properties/categories/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    for (let f in l) if (!(f === "category" || f === "plans" || f === "verified")) {
                      let g = { instancePath: i + "/agents/" + p + "/categories/" + m, schemaPath: "#/properties/agents/items/properties/categories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: f }, message: "must NOT have additional properties" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (l.category !== void 0 && typeof l.category != "string") {
                      let f = { instancePath: i + "/agents/" + p + "/categories/" + m + "/category", schemaPath: "#/properties/agents/items/properties/categories/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    if (l.plans !== void 0) {
                      let f = l.plans;
                      if (!(typeof f == "number" && !(f % 1) && !isNaN(f) && isFinite(f))) {
                        let g = { instancePath: i + "/agents/" + p + "/categories/" + m + "/plans", schemaPath: "#/properties/agents/items/properties/categories/items/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [g] : e.push(g), s++;
                      }
                      if (typeof f == "number" && isFinite(f) && (f < 0 || isNaN(f))) {
                        let g = { instancePath: i + "/agents/" + p + "/categories/" + m + "/plans", schemaPath: "#/properties/agents/items/properties/categories/items/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        e === null ? e = [g] : e.push(g), s++;
                      }
                    }
                    l.verified !== void 0 && (D(l.verified, { instancePath: i + "/agents/" + p + "/categories/" + m + "/verified", parentData: l, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? D.errors : e.concat(D.errors), s = e.length));
                  } else {
                    let f = { instancePath: i + "/agents/" + p + "/categories/" + m, schemaPath: "#/properties/agents/items/properties/categories/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    e === null ? e = [f] : e.push(f), s++;
                  }
                }
              } else {
                let c = { instancePath: i + "/agents/" + p + "/categories", schemaPath: "#/properties/agents/items/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            o.durationMinutes !== void 0 && (pe(o.durationMinutes, { instancePath: i + "/agents/" + p + "/durationMinutes", parentData: o, parentDataProperty: "durationMinutes", rootData: y, dynamicAnchors: h }) || (e = e === null ? pe.errors : e.concat(pe.errors), s = e.length)), o.usage !== void 0 && (oe(o.usage, { instancePath: i + "/agents/" + p + "/usage", parentData: o, parentDataProperty: "usage", rootData: y, dynamicAnchors: h }) || (e = e === null ? oe.errors : e.concat(oe.errors), s = e.length));
          } else {
            let u = { instancePath: i + "/agents/" + p, schemaPath: "#/properties/agents/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [u] : e.push(u), s++;
          }
        }
      } else {
        let n = { instancePath: i + "/agents", schemaPath: "#/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return fr.errors = e, s === 0;
}
fr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var ms = yr;
var Sr = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/task-analytics.schema.json", title: "TaskAnalytics", description: "task_analytics.json: per task category and complexity (and `all`), sorted.", type: "object", additionalProperties: false, required: ["schemaVersion", "source", "categories"], properties: { schemaVersion: { const: 1 }, source: { $ref: "common.schema.json#/$defs/source" }, categories: { type: "array", items: { title: "CategoryMetrics", type: "object", additionalProperties: false, required: ["category", "complexity", "plans", "verified", "durationMinutes", "expectedMinutes", "band", "recommendation", "frequentRisks", "estimateAccuracy", "usage"], properties: { category: { type: "string" }, complexity: { enum: ["low", "medium", "high", "all"] }, plans: { type: "integer", minimum: 0 }, verified: { $ref: "common.schema.json#/$defs/rate" }, durationMinutes: { $ref: "common.schema.json#/$defs/distribution" }, expectedMinutes: { oneOf: [{ type: "null" }, { title: "ExpectedBand", type: "object", additionalProperties: false, required: ["min"], properties: { min: { type: "number" }, max: { type: "number" } } }] }, band: { title: "BandCounts", description: "Plans with an actual duration below, within and above the expected band.", type: "object", additionalProperties: false, required: ["below", "within", "above"], properties: { below: { type: "integer", minimum: 0 }, within: { type: "integer", minimum: 0 }, above: { type: "integer", minimum: 0 } } }, recommendation: { $ref: "common.schema.json#/$defs/recommendation" }, frequentRisks: { type: "array", items: { title: "RiskCount", type: "object", additionalProperties: false, required: ["risk", "count"], properties: { risk: { type: "string" }, count: { type: "integer", minimum: 1 } } } }, estimateAccuracy: { $ref: "agent-performance.schema.json#/properties/agents/items/properties/estimateAccuracy" }, usage: { $ref: "common.schema.json#/$defs/usage" } } } } } };
function Ge(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ge.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.commit === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.date === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "commit" || r === "date" || r === "uncommittedChanges")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.commit !== void 0) {
      let r = a.commit;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: W.properties.commit.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "string" && !Q.test(r)) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.date !== void 0) {
      let r = a.date;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: W.properties.date.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.uncommittedChanges !== void 0 && a.uncommittedChanges !== true) {
      let r = { instancePath: i + "/uncommittedChanges", schemaPath: "#/properties/uncommittedChanges/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ge.errors = e, s === 0;
}
Ge.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function me(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = me.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.successes === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "successes" }, message: "must have required property 'successes'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.rate === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rate" }, message: "must have required property 'rate'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.interval === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!(t === "successes" || t === "n" || t === "rate" || t === "interval")) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.successes !== void 0) {
      let t = a.successes;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.n !== void 0) {
      let t = a.n;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.rate !== void 0) {
      let t = a.rate;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/type", keyword: "type", params: { type: ir.properties.rate.type }, message: "must be number,null" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t)) {
        if (t > 1 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t < 0 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [n] : e.push(n), s++;
        }
      }
    }
    if (a.interval !== void 0) {
      let t = a.interval, n = s, p = false, o = null, u = s;
      if (t !== null) {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = u === s;
      r && (p = true, o = 0);
      let c = s;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.lower === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "lower" }, message: "must have required property 'lower'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        if (t.upper === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "upper" }, message: "must have required property 'upper'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        for (let m in t) if (!(m === "lower" || m === "upper")) {
          let l = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
          e === null ? e = [l] : e.push(l), s++;
        }
        if (t.lower !== void 0) {
          let m = t.lower;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
        if (t.upper !== void 0) {
          let m = t.upper;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
      } else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = c === s;
      if (r && p ? (p = false, o = [o, 1]) : r && (p = true, o = 1), p) s = n, e !== null && (n ? e.length = n : e = null);
      else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: o }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [m] : e.push(m), s++;
      }
    }
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return me.errors = e, s === 0;
}
me.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function ue(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ue.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.n === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.total === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.median === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.p90 === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "p90" }, message: "must have required property 'p90'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "n" || r === "total" || r === "median" || r === "p90")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n !== void 0) {
      let r = a.n;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.total !== void 0) {
      let r = a.total;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/total", schemaPath: "#/properties/total/type", keyword: "type", params: { type: ne.properties.total.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.median !== void 0) {
      let r = a.median;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/median", schemaPath: "#/properties/median/type", keyword: "type", params: { type: ne.properties.median.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.p90 !== void 0) {
      let r = a.p90;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/p90", schemaPath: "#/properties/p90/type", keyword: "type", params: { type: ne.properties.p90.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ue.errors = e, s === 0;
}
ue.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var jr = { title: "Recommendation", type: "object", additionalProperties: false, description: "Agents ranked by the Wilson lower bound of their verified success; the verdict from the Beta(1 + successes, 1 + failures) posteriors (docs/metrics.md).", required: ["method", "threshold", "minSamples", "verdict", "probability", "reason", "ranking"], properties: { method: { const: "beta-posterior" }, threshold: { description: "The posterior probability a clear choice (or no good choice) needs.", type: "number" }, probability: { description: "The probability the verdict rests on: that the first agent beats the closest other agent with enough plans, or, alone, that it succeeds more often than not. Null without such an agent.", type: ["number", "null"] }, stratified: { description: "Present when two agents' complexity mixes differ: the comparison within complexity (Mantel–Haenszel odds ratio of success, first against closest, with its 95% interval; absent when they share no complexity).", type: "object", additionalProperties: false, required: ["by"], properties: { by: { const: "complexity" }, oddsRatio: { type: "number" }, interval: { title: "OddsRatioInterval", type: "object", additionalProperties: false, required: ["lower", "upper"], properties: { lower: { type: "number", minimum: 0 }, upper: { type: "number", minimum: 0 } } } } }, minSamples: { type: "integer", minimum: 2 }, verdict: { enum: ["clear_choice", "tie", "not_enough_data", "no_good_choice"] }, reason: { type: "string" }, recommended: { type: "string" }, ranking: { type: "array", items: { title: "RankedAgent", type: "object", additionalProperties: false, required: ["agent", "verified", "score"], properties: { agent: { type: "string" }, verified: { $ref: "#/$defs/rate" }, score: { type: "number", description: "The Wilson lower bound the ranking uses; 0 with no data." } } } } } };
function Qe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Qe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.successes === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "successes" }, message: "must have required property 'successes'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.rate === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rate" }, message: "must have required property 'rate'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.interval === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!(t === "successes" || t === "n" || t === "rate" || t === "interval")) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.successes !== void 0) {
      let t = a.successes;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.n !== void 0) {
      let t = a.n;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.rate !== void 0) {
      let t = a.rate;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/type", keyword: "type", params: { type: ir.properties.rate.type }, message: "must be number,null" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t)) {
        if (t > 1 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t < 0 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [n] : e.push(n), s++;
        }
      }
    }
    if (a.interval !== void 0) {
      let t = a.interval, n = s, p = false, o = null, u = s;
      if (t !== null) {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = u === s;
      r && (p = true, o = 0);
      let c = s;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.lower === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "lower" }, message: "must have required property 'lower'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        if (t.upper === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "upper" }, message: "must have required property 'upper'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        for (let m in t) if (!(m === "lower" || m === "upper")) {
          let l = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
          e === null ? e = [l] : e.push(l), s++;
        }
        if (t.lower !== void 0) {
          let m = t.lower;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
        if (t.upper !== void 0) {
          let m = t.upper;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
      } else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = c === s;
      if (r && p ? (p = false, o = [o, 1]) : r && (p = true, o = 1), p) s = n, e !== null && (n ? e.length = n : e = null);
      else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: o }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [m] : e.push(m), s++;
      }
    }
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return Qe.errors = e, s === 0;
}
Qe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function le(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = le.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.method === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.threshold === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.minSamples === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "minSamples" }, message: "must have required property 'minSamples'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.verdict === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.probability === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "probability" }, message: "must have required property 'probability'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.reason === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.ranking === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ranking" }, message: "must have required property 'ranking'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!E.call(jr.properties, r)) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.method !== void 0 && a.method !== "beta-posterior") {
      let r = { instancePath: i + "/method", schemaPath: "#/properties/method/const", keyword: "const", params: { allowedValue: "beta-posterior" }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.threshold !== void 0) {
      let r = a.threshold;
      if (!(typeof r == "number" && isFinite(r))) {
        let t = { instancePath: i + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.probability !== void 0) {
      let r = a.probability;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/probability", schemaPath: "#/properties/probability/type", keyword: "type", params: { type: jr.properties.probability.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.stratified !== void 0) {
      let r = a.stratified;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.by === void 0) {
          let t = { instancePath: i + "/stratified", schemaPath: "#/properties/stratified/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
          e === null ? e = [t] : e.push(t), s++;
        }
        for (let t in r) if (!(t === "by" || t === "oddsRatio" || t === "interval")) {
          let n = { instancePath: i + "/stratified", schemaPath: "#/properties/stratified/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (r.by !== void 0 && r.by !== "complexity") {
          let t = { instancePath: i + "/stratified/by", schemaPath: "#/properties/stratified/properties/by/const", keyword: "const", params: { allowedValue: "complexity" }, message: "must be equal to constant" };
          e === null ? e = [t] : e.push(t), s++;
        }
        if (r.oddsRatio !== void 0) {
          let t = r.oddsRatio;
          if (!(typeof t == "number" && isFinite(t))) {
            let n = { instancePath: i + "/stratified/oddsRatio", schemaPath: "#/properties/stratified/properties/oddsRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
        if (r.interval !== void 0) {
          let t = r.interval;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.lower === void 0) {
              let n = { instancePath: i + "/stratified/interval", schemaPath: "#/properties/stratified/properties/interval/required", keyword: "required", params: { missingProperty: "lower" }, message: "must have required property 'lower'" };
              e === null ? e = [n] : e.push(n), s++;
            }
            if (t.upper === void 0) {
              let n = { instancePath: i + "/stratified/interval", schemaPath: "#/properties/stratified/properties/interval/required", keyword: "required", params: { missingProperty: "upper" }, message: "must have required property 'upper'" };
              e === null ? e = [n] : e.push(n), s++;
            }
            for (let n in t) if (!(n === "lower" || n === "upper")) {
              let p = { instancePath: i + "/stratified/interval", schemaPath: "#/properties/stratified/properties/interval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties" };
              e === null ? e = [p] : e.push(p), s++;
            }
            if (t.lower !== void 0) {
              let n = t.lower;
              if (typeof n == "number" && isFinite(n)) {
                if (n < 0 || isNaN(n)) {
                  let p = { instancePath: i + "/stratified/interval/lower", schemaPath: "#/properties/stratified/properties/interval/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [p] : e.push(p), s++;
                }
              } else {
                let p = { instancePath: i + "/stratified/interval/lower", schemaPath: "#/properties/stratified/properties/interval/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [p] : e.push(p), s++;
              }
            }
            if (t.upper !== void 0) {
              let n = t.upper;
              if (typeof n == "number" && isFinite(n)) {
                if (n < 0 || isNaN(n)) {
                  let p = { instancePath: i + "/stratified/interval/upper", schemaPath: "#/properties/stratified/properties/interval/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [p] : e.push(p), s++;
                }
              } else {
                let p = { instancePath: i + "/stratified/interval/upper", schemaPath: "#/properties/stratified/properties/interval/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [p] : e.push(p), s++;
              }
            }
          } else {
            let n = { instancePath: i + "/stratified/interval", schemaPath: "#/properties/stratified/properties/interval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/stratified", schemaPath: "#/properties/stratified/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.minSamples !== void 0) {
      let r = a.minSamples;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/minSamples", schemaPath: "#/properties/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 2 || isNaN(r))) {
        let t = { instancePath: i + "/minSamples", schemaPath: "#/properties/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.verdict !== void 0) {
      let r = a.verdict;
      if (!(r === "clear_choice" || r === "tie" || r === "not_enough_data" || r === "no_good_choice")) {
        let t = { instancePath: i + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: jr.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.reason !== void 0 && typeof a.reason != "string") {
      let r = { instancePath: i + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.recommended !== void 0 && typeof a.recommended != "string") {
      let r = { instancePath: i + "/recommended", schemaPath: "#/properties/recommended/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.ranking !== void 0) {
      let r = a.ranking;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) {
          let p = r[n];
          if (p && typeof p == "object" && !Array.isArray(p)) {
            if (p.agent === void 0) {
              let o = { instancePath: i + "/ranking/" + n, schemaPath: "#/properties/ranking/items/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.verified === void 0) {
              let o = { instancePath: i + "/ranking/" + n, schemaPath: "#/properties/ranking/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.score === void 0) {
              let o = { instancePath: i + "/ranking/" + n, schemaPath: "#/properties/ranking/items/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            for (let o in p) if (!(o === "agent" || o === "verified" || o === "score")) {
              let u = { instancePath: i + "/ranking/" + n, schemaPath: "#/properties/ranking/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (p.agent !== void 0 && typeof p.agent != "string") {
              let o = { instancePath: i + "/ranking/" + n + "/agent", schemaPath: "#/properties/ranking/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.verified !== void 0 && (Qe(p.verified, { instancePath: i + "/ranking/" + n + "/verified", parentData: p, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? Qe.errors : e.concat(Qe.errors), s = e.length)), p.score !== void 0) {
              let o = p.score;
              if (!(typeof o == "number" && isFinite(o))) {
                let u = { instancePath: i + "/ranking/" + n + "/score", schemaPath: "#/properties/ranking/items/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
          } else {
            let o = { instancePath: i + "/ranking/" + n, schemaPath: "#/properties/ranking/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/ranking", schemaPath: "#/properties/ranking/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return le.errors = e, s === 0;
}
le.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Vr = { title: "EstimateAccuracy", description: "Actual over estimated minutes (1 is exact, above 1 is over time), on finished plans that claim completed and have an estimate and a complete measurement; the actual minutes are git's measuredMinutes where they exist, else the plan's own, and `basis` counts which; `excluded` counts the other finished plans by reason.", type: "object", additionalProperties: false, required: ["n", "median", "mean", "excluded", "basis"], properties: { excluded: { type: "object", additionalProperties: false, required: ["notCompleted", "noEstimate", "incompleteMeasurement"], properties: { notCompleted: { type: "integer", minimum: 0 }, noEstimate: { type: "integer", minimum: 0 }, incompleteMeasurement: { type: "integer", minimum: 0 } } }, n: { type: "integer", minimum: 0 }, median: { type: ["number", "null"] }, mean: { type: ["number", "null"] }, basis: { type: "object", additionalProperties: false, required: ["measured", "claimed"], properties: { measured: { type: "integer", minimum: 0 }, claimed: { type: "integer", minimum: 0 } } } } };
function de(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = de.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.n === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.median === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.mean === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.excluded === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "excluded" }, message: "must have required property 'excluded'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.basis === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "excluded" || r === "n" || r === "median" || r === "mean" || r === "basis")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.excluded !== void 0) {
      let r = a.excluded;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.notCompleted === void 0) {
          let t = { instancePath: i + "/excluded", schemaPath: "#/properties/excluded/required", keyword: "required", params: { missingProperty: "notCompleted" }, message: "must have required property 'notCompleted'" };
          e === null ? e = [t] : e.push(t), s++;
        }
        if (r.noEstimate === void 0) {
          let t = { instancePath: i + "/excluded", schemaPath: "#/properties/excluded/required", keyword: "required", params: { missingProperty: "noEstimate" }, message: "must have required property 'noEstimate'" };
          e === null ? e = [t] : e.push(t), s++;
        }
        if (r.incompleteMeasurement === void 0) {
          let t = { instancePath: i + "/excluded", schemaPath: "#/properties/excluded/required", keyword: "required", params: { missingProperty: "incompleteMeasurement" }, message: "must have required property 'incompleteMeasurement'" };
          e === null ? e = [t] : e.push(t), s++;
        }
        for (let t in r) if (!(t === "notCompleted" || t === "noEstimate" || t === "incompleteMeasurement")) {
          let n = { instancePath: i + "/excluded", schemaPath: "#/properties/excluded/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (r.notCompleted !== void 0) {
          let t = r.notCompleted;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            let n = { instancePath: i + "/excluded/notCompleted", schemaPath: "#/properties/excluded/properties/notCompleted/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [n] : e.push(n), s++;
          }
          if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
            let n = { instancePath: i + "/excluded/notCompleted", schemaPath: "#/properties/excluded/properties/notCompleted/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
        if (r.noEstimate !== void 0) {
          let t = r.noEstimate;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            let n = { instancePath: i + "/excluded/noEstimate", schemaPath: "#/properties/excluded/properties/noEstimate/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [n] : e.push(n), s++;
          }
          if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
            let n = { instancePath: i + "/excluded/noEstimate", schemaPath: "#/properties/excluded/properties/noEstimate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
        if (r.incompleteMeasurement !== void 0) {
          let t = r.incompleteMeasurement;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            let n = { instancePath: i + "/excluded/incompleteMeasurement", schemaPath: "#/properties/excluded/properties/incompleteMeasurement/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [n] : e.push(n), s++;
          }
          if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
            let n = { instancePath: i + "/excluded/incompleteMeasurement", schemaPath: "#/properties/excluded/properties/incompleteMeasurement/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/excluded", schemaPath: "#/properties/excluded/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.n !== void 0) {
      let r = a.n;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.median !== void 0) {
      let r = a.median;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/median", schemaPath: "#/properties/median/type", keyword: "type", params: { type: Vr.properties.median.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.mean !== void 0) {
      let r = a.mean;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/mean", schemaPath: "#/properties/mean/type", keyword: "type", params: { type: Vr.properties.mean.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.basis !== void 0) {
      let r = a.basis;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.measured === void 0) {
          let t = { instancePath: i + "/basis", schemaPath: "#/properties/basis/required", keyword: "required", params: { missingProperty: "measured" }, message: "must have required property 'measured'" };
          e === null ? e = [t] : e.push(t), s++;
        }
        if (r.claimed === void 0) {
          let t = { instancePath: i + "/basis", schemaPath: "#/properties/basis/required", keyword: "required", params: { missingProperty: "claimed" }, message: "must have required property 'claimed'" };
          e === null ? e = [t] : e.push(t), s++;
        }
        for (let t in r) if (!(t === "measured" || t === "claimed")) {
          let n = { instancePath: i + "/basis", schemaPath: "#/properties/basis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (r.measured !== void 0) {
          let t = r.measured;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            let n = { instancePath: i + "/basis/measured", schemaPath: "#/properties/basis/properties/measured/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [n] : e.push(n), s++;
          }
          if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
            let n = { instancePath: i + "/basis/measured", schemaPath: "#/properties/basis/properties/measured/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
        if (r.claimed !== void 0) {
          let t = r.claimed;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            let n = { instancePath: i + "/basis/claimed", schemaPath: "#/properties/basis/properties/claimed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [n] : e.push(n), s++;
          }
          if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
            let n = { instancePath: i + "/basis/claimed", schemaPath: "#/properties/basis/properties/claimed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [n] : e.push(n), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/basis", schemaPath: "#/properties/basis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return de.errors = e, s === 0;
}
de.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function ce(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ce.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.inputTokens === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputTokens" }, message: "must have required property 'inputTokens'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.outputTokens === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputTokens" }, message: "must have required property 'outputTokens'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.cost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "inputTokens" || r === "outputTokens" || r === "cost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.inputTokens !== void 0 && ($(a.inputTokens, { instancePath: i + "/inputTokens", parentData: a, parentDataProperty: "inputTokens", rootData: y, dynamicAnchors: h }) || (e = e === null ? $.errors : e.concat($.errors), s = e.length)), a.outputTokens !== void 0 && ($(a.outputTokens, { instancePath: i + "/outputTokens", parentData: a, parentDataProperty: "outputTokens", rootData: y, dynamicAnchors: h }) || (e = e === null ? $.errors : e.concat($.errors), s = e.length)), a.cost !== void 0) {
      let r = a.cost;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) G(r[n], { instancePath: i + "/cost/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? G.errors : e.concat(G.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/cost", schemaPath: "#/properties/cost/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ce.errors = e, s === 0;
}
ce.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function yr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = yr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.source === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.categories === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!(t === "schemaVersion" || t === "source" || t === "categories")) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let t = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.source !== void 0 && (Ge(a.source, { instancePath: i + "/source", parentData: a, parentDataProperty: "source", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ge.errors : e.concat(Ge.errors), s = e.length)), a.categories !== void 0) {
      let t = a.categories;
      if (Array.isArray(t)) {
        let n = t.length;
        for (let p = 0; p < n; p++) {
          let o = t[p];
          if (o && typeof o == "object" && !Array.isArray(o)) {
            if (o.category === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.complexity === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "complexity" }, message: "must have required property 'complexity'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.plans === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.verified === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.durationMinutes === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "durationMinutes" }, message: "must have required property 'durationMinutes'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.expectedMinutes === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "expectedMinutes" }, message: "must have required property 'expectedMinutes'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.band === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "band" }, message: "must have required property 'band'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.recommendation === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "recommendation" }, message: "must have required property 'recommendation'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.frequentRisks === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "frequentRisks" }, message: "must have required property 'frequentRisks'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.estimateAccuracy === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "estimateAccuracy" }, message: "must have required property 'estimateAccuracy'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.usage === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "usage" }, message: "must have required property 'usage'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            for (let u in o) if (!E.call(Sr.properties.categories.items.properties, u)) {
              let c = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
              e === null ? e = [c] : e.push(c), s++;
            }
            if (o.category !== void 0 && typeof o.category != "string") {
              let u = { instancePath: i + "/categories/" + p + "/category", schemaPath: "#/properties/categories/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.complexity !== void 0) {
              let u = o.complexity;
              if (!(u === "low" || u === "medium" || u === "high" || u === "all")) {
                let c = { instancePath: i + "/categories/" + p + "/complexity", schemaPath: "#/properties/categories/items/properties/complexity/enum", keyword: "enum", params: { allowedValues: Sr.properties.categories.items.properties.complexity.enum }, message: "must be equal to one of the allowed values" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.plans !== void 0) {
              let u = o.plans;
              if (!(typeof u == "number" && !(u % 1) && !isNaN(u) && isFinite(u))) {
                let c = { instancePath: i + "/categories/" + p + "/plans", schemaPath: "#/properties/categories/items/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [c] : e.push(c), s++;
              }
              if (typeof u == "number" && isFinite(u) && (u < 0 || isNaN(u))) {
                let c = { instancePath: i + "/categories/" + p + "/plans", schemaPath: "#/properties/categories/items/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.verified !== void 0 && (me(o.verified, { instancePath: i + "/categories/" + p + "/verified", parentData: o, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? me.errors : e.concat(me.errors), s = e.length)), o.durationMinutes !== void 0 && (ue(o.durationMinutes, { instancePath: i + "/categories/" + p + "/durationMinutes", parentData: o, parentDataProperty: "durationMinutes", rootData: y, dynamicAnchors: h }) || (e = e === null ? ue.errors : e.concat(ue.errors), s = e.length)), o.expectedMinutes !== void 0) {
              let u = o.expectedMinutes, c = s, m = false, l = null, f = s;
              if (u !== null) {
                let b = { instancePath: i + "/categories/" + p + "/expectedMinutes", schemaPath: "#/properties/categories/items/properties/expectedMinutes/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                e === null ? e = [b] : e.push(b), s++;
              }
              var r = f === s;
              r && (m = true, l = 0);
              let g = s;
              if (u && typeof u == "object" && !Array.isArray(u)) {
                if (u.min === void 0) {
                  let b = { instancePath: i + "/categories/" + p + "/expectedMinutes", schemaPath: "#/properties/categories/items/properties/expectedMinutes/oneOf/1/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                  e === null ? e = [b] : e.push(b), s++;
                }
                for (let b in u) if (!(b === "min" || b === "max")) {
                  let v = { instancePath: i + "/categories/" + p + "/expectedMinutes", schemaPath: "#/properties/categories/items/properties/expectedMinutes/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: b }, message: "must NOT have additional properties" };
                  e === null ? e = [v] : e.push(v), s++;
                }
                if (u.min !== void 0) {
                  let b = u.min;
                  if (!(typeof b == "number" && isFinite(b))) {
                    let v = { instancePath: i + "/categories/" + p + "/expectedMinutes/min", schemaPath: "#/properties/categories/items/properties/expectedMinutes/oneOf/1/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    e === null ? e = [v] : e.push(v), s++;
                  }
                }
                if (u.max !== void 0) {
                  let b = u.max;
                  if (!(typeof b == "number" && isFinite(b))) {
                    let v = { instancePath: i + "/categories/" + p + "/expectedMinutes/max", schemaPath: "#/properties/categories/items/properties/expectedMinutes/oneOf/1/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    e === null ? e = [v] : e.push(v), s++;
                  }
                }
              } else {
                let b = { instancePath: i + "/categories/" + p + "/expectedMinutes", schemaPath: "#/properties/categories/items/properties/expectedMinutes/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [b] : e.push(b), s++;
              }
              var r = g === s;
              if (r && m ? (m = false, l = [l, 1]) : r && (m = true, l = 1), m) s = c, e !== null && (c ? e.length = c : e = null);
              else {
                let b = { instancePath: i + "/categories/" + p + "/expectedMinutes", schemaPath: "#/properties/categories/items/properties/expectedMinutes/oneOf", keyword: "oneOf", params: { passingSchemas: l }, message: "must match exactly one schema in oneOf" };
                e === null ? e = [b] : e.push(b), s++;
              }
            }
            if (o.band !== void 0) {
              let u = o.band;
              if (u && typeof u == "object" && !Array.isArray(u)) {
                if (u.below === void 0) {
                  let c = { instancePath: i + "/categories/" + p + "/band", schemaPath: "#/properties/categories/items/properties/band/required", keyword: "required", params: { missingProperty: "below" }, message: "must have required property 'below'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.within === void 0) {
                  let c = { instancePath: i + "/categories/" + p + "/band", schemaPath: "#/properties/categories/items/properties/band/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                if (u.above === void 0) {
                  let c = { instancePath: i + "/categories/" + p + "/band", schemaPath: "#/properties/categories/items/properties/band/required", keyword: "required", params: { missingProperty: "above" }, message: "must have required property 'above'" };
                  e === null ? e = [c] : e.push(c), s++;
                }
                for (let c in u) if (!(c === "below" || c === "within" || c === "above")) {
                  let m = { instancePath: i + "/categories/" + p + "/band", schemaPath: "#/properties/categories/items/properties/band/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: c }, message: "must NOT have additional properties" };
                  e === null ? e = [m] : e.push(m), s++;
                }
                if (u.below !== void 0) {
                  let c = u.below;
                  if (!(typeof c == "number" && !(c % 1) && !isNaN(c) && isFinite(c))) {
                    let m = { instancePath: i + "/categories/" + p + "/band/below", schemaPath: "#/properties/categories/items/properties/band/properties/below/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                  if (typeof c == "number" && isFinite(c) && (c < 0 || isNaN(c))) {
                    let m = { instancePath: i + "/categories/" + p + "/band/below", schemaPath: "#/properties/categories/items/properties/band/properties/below/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
                if (u.within !== void 0) {
                  let c = u.within;
                  if (!(typeof c == "number" && !(c % 1) && !isNaN(c) && isFinite(c))) {
                    let m = { instancePath: i + "/categories/" + p + "/band/within", schemaPath: "#/properties/categories/items/properties/band/properties/within/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                  if (typeof c == "number" && isFinite(c) && (c < 0 || isNaN(c))) {
                    let m = { instancePath: i + "/categories/" + p + "/band/within", schemaPath: "#/properties/categories/items/properties/band/properties/within/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
                if (u.above !== void 0) {
                  let c = u.above;
                  if (!(typeof c == "number" && !(c % 1) && !isNaN(c) && isFinite(c))) {
                    let m = { instancePath: i + "/categories/" + p + "/band/above", schemaPath: "#/properties/categories/items/properties/band/properties/above/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                  if (typeof c == "number" && isFinite(c) && (c < 0 || isNaN(c))) {
                    let m = { instancePath: i + "/categories/" + p + "/band/above", schemaPath: "#/properties/categories/items/properties/band/properties/above/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    e === null ? e = [m] : e.push(m), s++;
                  }
                }
              } else {
                let c = { instancePath: i + "/categories/" + p + "/band", schemaPath: "#/properties/categories/items/properties/band/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            if (o.recommendation !== void 0 && (le(o.recommendation, { instancePath: i + "/categories/" + p + "/recommendation", parentData: o, parentDataProperty: "recommendation", rootData: y, dynamicAnchors: h }) || (e = e === null ? le.errors : e.concat(le.errors), s = e.length)), o.frequentRisks !== void 0) {
              let u = o.frequentRisks;
              if (Array.isArray(u)) {
                let c = u.length;
                for (let m = 0; m < c; m++) {
                  let l = u[m];
                  if (l && typeof l == "object" && !Array.isArray(l)) {
                    if (l.risk === void 0) {
                      let f = { instancePath: i + "/categories/" + p + "/frequentRisks/" + m, schemaPath: "#/properties/categories/items/properties/frequentRisks/items/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    if (l.count === void 0) {
                      let f = { instancePath: i + "/categories/" + p + "/frequentRisks/" + m, schemaPath: "#/properties/categories/items/properties/frequentRisks/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    for (let f in l) if (!(f === "risk" || f === "count")) {
                      let g = { instancePath: i + "/categories/" + p + "/frequentRisks/" + m, schemaPath: "#/properties/categories/items/properties/frequentRisks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: f }, message: "must NOT have additional properties" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (l.risk !== void 0 && typeof l.risk != "string") {
                      let f = { instancePath: i + "/categories/" + p + "/frequentRisks/" + m + "/risk", schemaPath: "#/properties/categories/items/properties/frequentRisks/items/properties/risk/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      e === null ? e = [f] : e.push(f), s++;
                    }
                    if (l.count !== void 0) {
                      let f = l.count;
                      if (!(typeof f == "number" && !(f % 1) && !isNaN(f) && isFinite(f))) {
                        let g = { instancePath: i + "/categories/" + p + "/frequentRisks/" + m + "/count", schemaPath: "#/properties/categories/items/properties/frequentRisks/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [g] : e.push(g), s++;
                      }
                      if (typeof f == "number" && isFinite(f) && (f < 1 || isNaN(f))) {
                        let g = { instancePath: i + "/categories/" + p + "/frequentRisks/" + m + "/count", schemaPath: "#/properties/categories/items/properties/frequentRisks/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        e === null ? e = [g] : e.push(g), s++;
                      }
                    }
                  } else {
                    let f = { instancePath: i + "/categories/" + p + "/frequentRisks/" + m, schemaPath: "#/properties/categories/items/properties/frequentRisks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    e === null ? e = [f] : e.push(f), s++;
                  }
                }
              } else {
                let c = { instancePath: i + "/categories/" + p + "/frequentRisks", schemaPath: "#/properties/categories/items/properties/frequentRisks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            o.estimateAccuracy !== void 0 && (de(o.estimateAccuracy, { instancePath: i + "/categories/" + p + "/estimateAccuracy", parentData: o, parentDataProperty: "estimateAccuracy", rootData: y, dynamicAnchors: h }) || (e = e === null ? de.errors : e.concat(de.errors), s = e.length)), o.usage !== void 0 && (ce(o.usage, { instancePath: i + "/categories/" + p + "/usage", parentData: o, parentDataProperty: "usage", rootData: y, dynamicAnchors: h }) || (e = e === null ? ce.errors : e.concat(ce.errors), s = e.length));
          } else {
            let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [u] : e.push(u), s++;
          }
        }
      } else {
        let n = { instancePath: i + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return yr.errors = e, s === 0;
}
yr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var us = hr;
var sr = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://planmark.dev/schemas/prompt-effectiveness.schema.json", title: "PromptEffectiveness", description: "prompt_effectiveness.json: per prompt and version, sorted.", type: "object", additionalProperties: false, required: ["schemaVersion", "source", "prompts"], properties: { schemaVersion: { const: 1 }, source: { $ref: "common.schema.json#/$defs/source" }, prompts: { type: "array", items: { title: "PromptMetrics", type: "object", additionalProperties: false, required: ["id", "versions"], properties: { id: { type: "string" }, versions: { type: "array", items: { title: "PromptVersionMetrics", type: "object", additionalProperties: false, required: ["version", "known", "plans", "verified", "quality", "agents", "deltaToPrevious", "blobIds", "usage"], properties: { version: { type: "string" }, known: { type: "boolean", description: "Whether a prompt file states this version." }, path: { type: "string" }, plans: { type: "integer", minimum: 0 }, verified: { $ref: "common.schema.json#/$defs/rate" }, quality: { title: "PromptQuality", type: "object", additionalProperties: false, required: ["self", "reviewer"], properties: { self: { $ref: "common.schema.json#/$defs/mean" }, reviewer: { $ref: "common.schema.json#/$defs/mean" } } }, agents: { type: "array", items: { title: "PromptAgent", type: "object", additionalProperties: false, required: ["agent", "plans", "verified"], properties: { agent: { type: "string" }, plans: { type: "integer", minimum: 0 }, verified: { $ref: "common.schema.json#/$defs/rate" } } } }, deltaToPrevious: { oneOf: [{ type: "null" }, { title: "PromptDelta", type: "object", additionalProperties: false, required: ["previousVersion", "verifiedRate", "verifiedRateInterval", "probabilityBetter", "verdict", "selfQuality"], properties: { previousVersion: { type: "string" }, verifiedRate: { type: ["number", "null"] }, verifiedRateInterval: { description: "The 95% interval of the change in verified success (Newcombe's hybrid score interval of the difference); null when either version has no verifiable plan.", oneOf: [{ type: "null" }, { title: "DifferenceInterval", type: "object", additionalProperties: false, required: ["lower", "upper"], properties: { lower: { type: "number", minimum: -1, maximum: 1 }, upper: { type: "number", minimum: -1, maximum: 1 } } }] }, probabilityBetter: { description: "The probability that this version's success rate is higher than the previous one's (Beta posteriors); null when either has no verifiable plan.", type: ["number", "null"] }, verdict: { description: "better or worse when probabilityBetter is at least 0.95 or at most 0.05; otherwise cant_tell (the same threshold as agent verdicts).", enum: ["better", "worse", "cant_tell"] }, selfQuality: { type: ["number", "null"] } } }] }, blobIds: { type: "array", items: { type: "string", pattern: "^[0-9a-f]{40}$" } }, usage: { $ref: "common.schema.json#/$defs/usage" } }, description: "One version of a prompt. `blobIds` are the git blobs of the prompt file that stated this version (from its history), so an edit that kept the version is still told apart." } } } } } } };
function He(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = He.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.commit === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.date === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "commit" || r === "date" || r === "uncommittedChanges")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.commit !== void 0) {
      let r = a.commit;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: W.properties.commit.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "string" && !Q.test(r)) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.date !== void 0) {
      let r = a.date;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: W.properties.date.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.uncommittedChanges !== void 0 && a.uncommittedChanges !== true) {
      let r = { instancePath: i + "/uncommittedChanges", schemaPath: "#/properties/uncommittedChanges/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return He.errors = e, s === 0;
}
He.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function X(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = X.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.successes === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "successes" }, message: "must have required property 'successes'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.rate === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rate" }, message: "must have required property 'rate'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.interval === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!(t === "successes" || t === "n" || t === "rate" || t === "interval")) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.successes !== void 0) {
      let t = a.successes;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.n !== void 0) {
      let t = a.n;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.rate !== void 0) {
      let t = a.rate;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/type", keyword: "type", params: { type: ir.properties.rate.type }, message: "must be number,null" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t)) {
        if (t > 1 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t < 0 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [n] : e.push(n), s++;
        }
      }
    }
    if (a.interval !== void 0) {
      let t = a.interval, n = s, p = false, o = null, u = s;
      if (t !== null) {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = u === s;
      r && (p = true, o = 0);
      let c = s;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.lower === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "lower" }, message: "must have required property 'lower'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        if (t.upper === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "upper" }, message: "must have required property 'upper'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        for (let m in t) if (!(m === "lower" || m === "upper")) {
          let l = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
          e === null ? e = [l] : e.push(l), s++;
        }
        if (t.lower !== void 0) {
          let m = t.lower;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
        if (t.upper !== void 0) {
          let m = t.upper;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
      } else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = c === s;
      if (r && p ? (p = false, o = [o, 1]) : r && (p = true, o = 1), p) s = n, e !== null && (n ? e.length = n : e = null);
      else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: o }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [m] : e.push(m), s++;
      }
    }
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return X.errors = e, s === 0;
}
X.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function ee(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = ee.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.n === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.mean === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "n" || r === "mean")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n !== void 0) {
      let r = a.n;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
        let t = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.mean !== void 0) {
      let r = a.mean;
      if (!(typeof r == "number" && isFinite(r)) && r !== null) {
        let t = { instancePath: i + "/mean", schemaPath: "#/properties/mean/type", keyword: "type", params: { type: Br.properties.mean.type }, message: "must be number,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return ee.errors = e, s === 0;
}
ee.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function We(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = We.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.inputTokens === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputTokens" }, message: "must have required property 'inputTokens'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.outputTokens === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputTokens" }, message: "must have required property 'outputTokens'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.cost === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "inputTokens" || r === "outputTokens" || r === "cost")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.inputTokens !== void 0 && ($(a.inputTokens, { instancePath: i + "/inputTokens", parentData: a, parentDataProperty: "inputTokens", rootData: y, dynamicAnchors: h }) || (e = e === null ? $.errors : e.concat($.errors), s = e.length)), a.outputTokens !== void 0 && ($(a.outputTokens, { instancePath: i + "/outputTokens", parentData: a, parentDataProperty: "outputTokens", rootData: y, dynamicAnchors: h }) || (e = e === null ? $.errors : e.concat($.errors), s = e.length)), a.cost !== void 0) {
      let r = a.cost;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) G(r[n], { instancePath: i + "/cost/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? G.errors : e.concat(G.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/cost", schemaPath: "#/properties/cost/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return We.errors = e, s === 0;
}
We.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function hr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = hr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.source === void 0) {
      let n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.prompts === void 0) {
      let n = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prompts" }, message: "must have required property 'prompts'" };
      e === null ? e = [n] : e.push(n), s++;
    }
    for (let n in a) if (!(n === "schemaVersion" || n === "source" || n === "prompts")) {
      let p = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties" };
      e === null ? e = [p] : e.push(p), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let n = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.source !== void 0 && (He(a.source, { instancePath: i + "/source", parentData: a, parentDataProperty: "source", rootData: y, dynamicAnchors: h }) || (e = e === null ? He.errors : e.concat(He.errors), s = e.length)), a.prompts !== void 0) {
      let n = a.prompts;
      if (Array.isArray(n)) {
        let p = n.length;
        for (let o = 0; o < p; o++) {
          let u = n[o];
          if (u && typeof u == "object" && !Array.isArray(u)) {
            if (u.id === void 0) {
              let c = { instancePath: i + "/prompts/" + o, schemaPath: "#/properties/prompts/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              e === null ? e = [c] : e.push(c), s++;
            }
            if (u.versions === void 0) {
              let c = { instancePath: i + "/prompts/" + o, schemaPath: "#/properties/prompts/items/required", keyword: "required", params: { missingProperty: "versions" }, message: "must have required property 'versions'" };
              e === null ? e = [c] : e.push(c), s++;
            }
            for (let c in u) if (!(c === "id" || c === "versions")) {
              let m = { instancePath: i + "/prompts/" + o, schemaPath: "#/properties/prompts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: c }, message: "must NOT have additional properties" };
              e === null ? e = [m] : e.push(m), s++;
            }
            if (u.id !== void 0 && typeof u.id != "string") {
              let c = { instancePath: i + "/prompts/" + o + "/id", schemaPath: "#/properties/prompts/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [c] : e.push(c), s++;
            }
            if (u.versions !== void 0) {
              let c = u.versions;
              if (Array.isArray(c)) {
                let m = c.length;
                for (let l = 0; l < m; l++) {
                  let f = c[l];
                  if (f && typeof f == "object" && !Array.isArray(f)) {
                    if (f.version === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.known === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "known" }, message: "must have required property 'known'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.plans === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.verified === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.quality === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "quality" }, message: "must have required property 'quality'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.agents === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "agents" }, message: "must have required property 'agents'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.deltaToPrevious === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "deltaToPrevious" }, message: "must have required property 'deltaToPrevious'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.blobIds === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "blobIds" }, message: "must have required property 'blobIds'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.usage === void 0) {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "usage" }, message: "must have required property 'usage'" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    for (let g in f) if (!E.call(sr.properties.prompts.items.properties.versions.items.properties, g)) {
                      let b = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: g }, message: "must NOT have additional properties" };
                      e === null ? e = [b] : e.push(b), s++;
                    }
                    if (f.version !== void 0 && typeof f.version != "string") {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/version", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.known !== void 0 && typeof f.known != "boolean") {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/known", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/known/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.path !== void 0 && typeof f.path != "string") {
                      let g = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/path", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      e === null ? e = [g] : e.push(g), s++;
                    }
                    if (f.plans !== void 0) {
                      let g = f.plans;
                      if (!(typeof g == "number" && !(g % 1) && !isNaN(g) && isFinite(g))) {
                        let b = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/plans", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        e === null ? e = [b] : e.push(b), s++;
                      }
                      if (typeof g == "number" && isFinite(g) && (g < 0 || isNaN(g))) {
                        let b = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/plans", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        e === null ? e = [b] : e.push(b), s++;
                      }
                    }
                    if (f.verified !== void 0 && (X(f.verified, { instancePath: i + "/prompts/" + o + "/versions/" + l + "/verified", parentData: f, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? X.errors : e.concat(X.errors), s = e.length)), f.quality !== void 0) {
                      let g = f.quality;
                      if (g && typeof g == "object" && !Array.isArray(g)) {
                        if (g.self === void 0) {
                          let b = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/quality", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/quality/required", keyword: "required", params: { missingProperty: "self" }, message: "must have required property 'self'" };
                          e === null ? e = [b] : e.push(b), s++;
                        }
                        if (g.reviewer === void 0) {
                          let b = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/quality", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/quality/required", keyword: "required", params: { missingProperty: "reviewer" }, message: "must have required property 'reviewer'" };
                          e === null ? e = [b] : e.push(b), s++;
                        }
                        for (let b in g) if (!(b === "self" || b === "reviewer")) {
                          let v = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/quality", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/quality/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: b }, message: "must NOT have additional properties" };
                          e === null ? e = [v] : e.push(v), s++;
                        }
                        g.self !== void 0 && (ee(g.self, { instancePath: i + "/prompts/" + o + "/versions/" + l + "/quality/self", parentData: g, parentDataProperty: "self", rootData: y, dynamicAnchors: h }) || (e = e === null ? ee.errors : e.concat(ee.errors), s = e.length)), g.reviewer !== void 0 && (ee(g.reviewer, { instancePath: i + "/prompts/" + o + "/versions/" + l + "/quality/reviewer", parentData: g, parentDataProperty: "reviewer", rootData: y, dynamicAnchors: h }) || (e = e === null ? ee.errors : e.concat(ee.errors), s = e.length));
                      } else {
                        let b = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/quality", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/quality/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        e === null ? e = [b] : e.push(b), s++;
                      }
                    }
                    if (f.agents !== void 0) {
                      let g = f.agents;
                      if (Array.isArray(g)) {
                        let b = g.length;
                        for (let v = 0; v < b; v++) {
                          let j = g[v];
                          if (j && typeof j == "object" && !Array.isArray(j)) {
                            if (j.agent === void 0) {
                              let N = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v, schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/items/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'" };
                              e === null ? e = [N] : e.push(N), s++;
                            }
                            if (j.plans === void 0) {
                              let N = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v, schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/items/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
                              e === null ? e = [N] : e.push(N), s++;
                            }
                            if (j.verified === void 0) {
                              let N = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v, schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
                              e === null ? e = [N] : e.push(N), s++;
                            }
                            for (let N in j) if (!(N === "agent" || N === "plans" || N === "verified")) {
                              let H = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v, schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: N }, message: "must NOT have additional properties" };
                              e === null ? e = [H] : e.push(H), s++;
                            }
                            if (j.agent !== void 0 && typeof j.agent != "string") {
                              let N = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v + "/agent", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              e === null ? e = [N] : e.push(N), s++;
                            }
                            if (j.plans !== void 0) {
                              let N = j.plans;
                              if (!(typeof N == "number" && !(N % 1) && !isNaN(N) && isFinite(N))) {
                                let H = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v + "/plans", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/items/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                e === null ? e = [H] : e.push(H), s++;
                              }
                              if (typeof N == "number" && isFinite(N) && (N < 0 || isNaN(N))) {
                                let H = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v + "/plans", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/items/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                e === null ? e = [H] : e.push(H), s++;
                              }
                            }
                            j.verified !== void 0 && (X(j.verified, { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v + "/verified", parentData: j, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? X.errors : e.concat(X.errors), s = e.length));
                          } else {
                            let N = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents/" + v, schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            e === null ? e = [N] : e.push(N), s++;
                          }
                        }
                      } else {
                        let b = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/agents", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        e === null ? e = [b] : e.push(b), s++;
                      }
                    }
                    if (f.deltaToPrevious !== void 0) {
                      let g = f.deltaToPrevious, b = s, v = false, j = null, N = s;
                      if (g !== null) {
                        let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        e === null ? e = [w] : e.push(w), s++;
                      }
                      var t = N === s;
                      t && (v = true, j = 0);
                      let H = s;
                      if (g && typeof g == "object" && !Array.isArray(g)) {
                        if (g.previousVersion === void 0) {
                          let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/required", keyword: "required", params: { missingProperty: "previousVersion" }, message: "must have required property 'previousVersion'" };
                          e === null ? e = [w] : e.push(w), s++;
                        }
                        if (g.verifiedRate === void 0) {
                          let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/required", keyword: "required", params: { missingProperty: "verifiedRate" }, message: "must have required property 'verifiedRate'" };
                          e === null ? e = [w] : e.push(w), s++;
                        }
                        if (g.verifiedRateInterval === void 0) {
                          let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/required", keyword: "required", params: { missingProperty: "verifiedRateInterval" }, message: "must have required property 'verifiedRateInterval'" };
                          e === null ? e = [w] : e.push(w), s++;
                        }
                        if (g.probabilityBetter === void 0) {
                          let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/required", keyword: "required", params: { missingProperty: "probabilityBetter" }, message: "must have required property 'probabilityBetter'" };
                          e === null ? e = [w] : e.push(w), s++;
                        }
                        if (g.verdict === void 0) {
                          let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
                          e === null ? e = [w] : e.push(w), s++;
                        }
                        if (g.selfQuality === void 0) {
                          let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/required", keyword: "required", params: { missingProperty: "selfQuality" }, message: "must have required property 'selfQuality'" };
                          e === null ? e = [w] : e.push(w), s++;
                        }
                        for (let w in g) if (!(w === "previousVersion" || w === "verifiedRate" || w === "verifiedRateInterval" || w === "probabilityBetter" || w === "verdict" || w === "selfQuality")) {
                          let R = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: w }, message: "must NOT have additional properties" };
                          e === null ? e = [R] : e.push(R), s++;
                        }
                        if (g.previousVersion !== void 0 && typeof g.previousVersion != "string") {
                          let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/previousVersion", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/previousVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          e === null ? e = [w] : e.push(w), s++;
                        }
                        if (g.verifiedRate !== void 0) {
                          let w = g.verifiedRate;
                          if (!(typeof w == "number" && isFinite(w)) && w !== null) {
                            let R = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRate", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRate/type", keyword: "type", params: { type: sr.properties.prompts.items.properties.versions.items.properties.deltaToPrevious.oneOf[1].properties.verifiedRate.type }, message: "must be number,null" };
                            e === null ? e = [R] : e.push(R), s++;
                          }
                        }
                        if (g.verifiedRateInterval !== void 0) {
                          let w = g.verifiedRateInterval, R = s, er = false, rr = null, zr = s;
                          if (w !== null) {
                            let x = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            e === null ? e = [x] : e.push(x), s++;
                          }
                          var r = zr === s;
                          r && (er = true, rr = 0);
                          let Zr = s;
                          if (w && typeof w == "object" && !Array.isArray(w)) {
                            if (w.lower === void 0) {
                              let x = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/required", keyword: "required", params: { missingProperty: "lower" }, message: "must have required property 'lower'" };
                              e === null ? e = [x] : e.push(x), s++;
                            }
                            if (w.upper === void 0) {
                              let x = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/required", keyword: "required", params: { missingProperty: "upper" }, message: "must have required property 'upper'" };
                              e === null ? e = [x] : e.push(x), s++;
                            }
                            for (let x in w) if (!(x === "lower" || x === "upper")) {
                              let I = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: x }, message: "must NOT have additional properties" };
                              e === null ? e = [I] : e.push(I), s++;
                            }
                            if (w.lower !== void 0) {
                              let x = w.lower;
                              if (typeof x == "number" && isFinite(x)) {
                                if (x > 1 || isNaN(x)) {
                                  let I = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval/lower", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/properties/lower/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                  e === null ? e = [I] : e.push(I), s++;
                                }
                                if (x < -1 || isNaN(x)) {
                                  let I = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval/lower", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1" };
                                  e === null ? e = [I] : e.push(I), s++;
                                }
                              } else {
                                let I = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval/lower", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                e === null ? e = [I] : e.push(I), s++;
                              }
                            }
                            if (w.upper !== void 0) {
                              let x = w.upper;
                              if (typeof x == "number" && isFinite(x)) {
                                if (x > 1 || isNaN(x)) {
                                  let I = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval/upper", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/properties/upper/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                  e === null ? e = [I] : e.push(I), s++;
                                }
                                if (x < -1 || isNaN(x)) {
                                  let I = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval/upper", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1" };
                                  e === null ? e = [I] : e.push(I), s++;
                                }
                              } else {
                                let I = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval/upper", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                e === null ? e = [I] : e.push(I), s++;
                              }
                            }
                          } else {
                            let x = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            e === null ? e = [x] : e.push(x), s++;
                          }
                          var r = Zr === s;
                          if (r && er ? (er = false, rr = [rr, 1]) : r && (er = true, rr = 1), er) s = R, e !== null && (R ? e.length = R : e = null);
                          else {
                            let x = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verifiedRateInterval", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verifiedRateInterval/oneOf", keyword: "oneOf", params: { passingSchemas: rr }, message: "must match exactly one schema in oneOf" };
                            e === null ? e = [x] : e.push(x), s++;
                          }
                        }
                        if (g.probabilityBetter !== void 0) {
                          let w = g.probabilityBetter;
                          if (!(typeof w == "number" && isFinite(w)) && w !== null) {
                            let R = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/probabilityBetter", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/probabilityBetter/type", keyword: "type", params: { type: sr.properties.prompts.items.properties.versions.items.properties.deltaToPrevious.oneOf[1].properties.probabilityBetter.type }, message: "must be number,null" };
                            e === null ? e = [R] : e.push(R), s++;
                          }
                        }
                        if (g.verdict !== void 0) {
                          let w = g.verdict;
                          if (!(w === "better" || w === "worse" || w === "cant_tell")) {
                            let R = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/verdict", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/verdict/enum", keyword: "enum", params: { allowedValues: sr.properties.prompts.items.properties.versions.items.properties.deltaToPrevious.oneOf[1].properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                            e === null ? e = [R] : e.push(R), s++;
                          }
                        }
                        if (g.selfQuality !== void 0) {
                          let w = g.selfQuality;
                          if (!(typeof w == "number" && isFinite(w)) && w !== null) {
                            let R = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious/selfQuality", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/properties/selfQuality/type", keyword: "type", params: { type: sr.properties.prompts.items.properties.versions.items.properties.deltaToPrevious.oneOf[1].properties.selfQuality.type }, message: "must be number,null" };
                            e === null ? e = [R] : e.push(R), s++;
                          }
                        }
                      } else {
                        let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        e === null ? e = [w] : e.push(w), s++;
                      }
                      var t = H === s;
                      if (t && v ? (v = false, j = [j, 1]) : t && (v = true, j = 1), v) s = b, e !== null && (b ? e.length = b : e = null);
                      else {
                        let w = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/deltaToPrevious", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/deltaToPrevious/oneOf", keyword: "oneOf", params: { passingSchemas: j }, message: "must match exactly one schema in oneOf" };
                        e === null ? e = [w] : e.push(w), s++;
                      }
                    }
                    if (f.blobIds !== void 0) {
                      let g = f.blobIds;
                      if (Array.isArray(g)) {
                        let b = g.length;
                        for (let v = 0; v < b; v++) {
                          let j = g[v];
                          if (typeof j == "string") {
                            if (!Q.test(j)) {
                              let N = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/blobIds/" + v, schemaPath: "#/properties/prompts/items/properties/versions/items/properties/blobIds/items/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
                              e === null ? e = [N] : e.push(N), s++;
                            }
                          } else {
                            let N = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/blobIds/" + v, schemaPath: "#/properties/prompts/items/properties/versions/items/properties/blobIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            e === null ? e = [N] : e.push(N), s++;
                          }
                        }
                      } else {
                        let b = { instancePath: i + "/prompts/" + o + "/versions/" + l + "/blobIds", schemaPath: "#/properties/prompts/items/properties/versions/items/properties/blobIds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        e === null ? e = [b] : e.push(b), s++;
                      }
                    }
                    f.usage !== void 0 && (We(f.usage, { instancePath: i + "/prompts/" + o + "/versions/" + l + "/usage", parentData: f, parentDataProperty: "usage", rootData: y, dynamicAnchors: h }) || (e = e === null ? We.errors : e.concat(We.errors), s = e.length));
                  } else {
                    let g = { instancePath: i + "/prompts/" + o + "/versions/" + l, schemaPath: "#/properties/prompts/items/properties/versions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    e === null ? e = [g] : e.push(g), s++;
                  }
                }
              } else {
                let m = { instancePath: i + "/prompts/" + o + "/versions", schemaPath: "#/properties/prompts/items/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                e === null ? e = [m] : e.push(m), s++;
              }
            }
          } else {
            let c = { instancePath: i + "/prompts/" + o, schemaPath: "#/properties/prompts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [c] : e.push(c), s++;
          }
        }
      } else {
        let p = { instancePath: i + "/prompts", schemaPath: "#/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [p] : e.push(p), s++;
      }
    }
  } else {
    let n = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [n] : e.push(n), s++;
  }
  return hr.errors = e, s === 0;
}
hr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var ls = gr;
function gr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = gr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.format === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.version === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.pullRequest === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pullRequest" }, message: "must have required property 'pullRequest'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.headSha === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headSha" }, message: "must have required property 'headSha'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.body === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.truncated === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "truncated" }, message: "must have required property 'truncated'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "format" || r === "version" || r === "pullRequest" || r === "headSha" || r === "body" || r === "truncated")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.format !== void 0 && a.format !== "planmark-comment") {
      let r = { instancePath: i + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "planmark-comment" }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.version !== void 0 && a.version !== 1) {
      let r = { instancePath: i + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.pullRequest !== void 0) {
      let r = a.pullRequest;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/pullRequest", schemaPath: "#/properties/pullRequest/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 1 || isNaN(r))) {
        let t = { instancePath: i + "/pullRequest", schemaPath: "#/properties/pullRequest/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.headSha !== void 0) {
      let r = a.headSha;
      if (typeof r == "string") {
        if (!Q.test(r)) {
          let t = { instancePath: i + "/headSha", schemaPath: "#/properties/headSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/headSha", schemaPath: "#/properties/headSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.body !== void 0) {
      let r = a.body;
      if (typeof r == "string") {
        if (q(r) > 65536) {
          let t = { instancePath: i + "/body", schemaPath: "#/properties/body/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
          e === null ? e = [t] : e.push(t), s++;
        }
      } else {
        let t = { instancePath: i + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.truncated !== void 0 && typeof a.truncated != "boolean") {
      let r = { instancePath: i + "/truncated", schemaPath: "#/properties/truncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return gr.errors = e, s === 0;
}
gr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var ds = br;
function Ke(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ke.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.number === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.merged === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "merged" }, message: "must have required property 'merged'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.checks === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "number" || r === "merged" || r === "checks")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.number !== void 0) {
      let r = a.number;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
        let t = { instancePath: i + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "number" && isFinite(r) && (r < 1 || isNaN(r))) {
        let t = { instancePath: i + "/number", schemaPath: "#/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.merged !== void 0 && typeof a.merged != "boolean") {
      let r = { instancePath: i + "/merged", schemaPath: "#/properties/merged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.checks !== void 0) {
      let r = a.checks;
      if (!(r === "success" || r === "failure" || r === "pending" || r === "none")) {
        let t = { instancePath: i + "/checks", schemaPath: "#/properties/checks/enum", keyword: "enum", params: { allowedValues: _r.properties.checks.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ke.errors = e, s === 0;
}
Ke.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function br(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = br.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.plan === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.commit === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.pull === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pull" }, message: "must have required property 'pull'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!(t === "plan" || t === "commit" || t === "pull")) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.plan !== void 0) {
      let t = a.plan;
      if (typeof t == "string") {
        if (q(t) > 4096) {
          let n = { instancePath: i + "/plan", schemaPath: "#/properties/plan/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (q(t) < 1) {
          let n = { instancePath: i + "/plan", schemaPath: "#/properties/plan/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [n] : e.push(n), s++;
        }
      } else {
        let n = { instancePath: i + "/plan", schemaPath: "#/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.commit !== void 0) {
      let t = a.commit;
      if (typeof t == "string") {
        if (!Or.test(t)) {
          let n = { instancePath: i + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40,64}$" }, message: 'must match pattern "^[0-9a-f]{40,64}$"' };
          e === null ? e = [n] : e.push(n), s++;
        }
      } else {
        let n = { instancePath: i + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.pull !== void 0) {
      let t = a.pull, n = s, p = false, o = null, u = s;
      if (t !== null) {
        let m = { instancePath: i + "/pull", schemaPath: "#/properties/pull/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = u === s;
      r && (p = true, o = 0);
      let c = s;
      Ke(t, { instancePath: i + "/pull", parentData: a, parentDataProperty: "pull", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ke.errors : e.concat(Ke.errors), s = e.length);
      var r = c === s;
      if (r && p ? (p = false, o = [o, 1]) : r && (p = true, o = 1), p) s = n, e !== null && (n ? e.length = n : e = null);
      else {
        let m = { instancePath: i + "/pull", schemaPath: "#/properties/pull/oneOf", keyword: "oneOf", params: { passingSchemas: o }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [m] : e.push(m), s++;
      }
    }
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return br.errors = e, s === 0;
}
br.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var cs = Pr;
function Ye(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ye.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.commit === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.date === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "commit" || r === "date" || r === "uncommittedChanges")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.commit !== void 0) {
      let r = a.commit;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: W.properties.commit.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
      if (typeof r == "string" && !Q.test(r)) {
        let t = { instancePath: i + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.date !== void 0) {
      let r = a.date;
      if (typeof r != "string" && r !== null) {
        let t = { instancePath: i + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: W.properties.date.type }, message: "must be string,null" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.uncommittedChanges !== void 0 && a.uncommittedChanges !== true) {
      let r = { instancePath: i + "/uncommittedChanges", schemaPath: "#/properties/uncommittedChanges/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Ye.errors = e, s === 0;
}
Ye.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Ue(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Ue.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.successes === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "successes" }, message: "must have required property 'successes'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.n === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.rate === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rate" }, message: "must have required property 'rate'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.interval === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!(t === "successes" || t === "n" || t === "rate" || t === "interval")) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.successes !== void 0) {
      let t = a.successes;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/successes", schemaPath: "#/properties/successes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.n !== void 0) {
      let t = a.n;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.rate !== void 0) {
      let t = a.rate;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/type", keyword: "type", params: { type: ir.properties.rate.type }, message: "must be number,null" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t)) {
        if (t > 1 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t < 0 || isNaN(t)) {
          let n = { instancePath: i + "/rate", schemaPath: "#/properties/rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [n] : e.push(n), s++;
        }
      }
    }
    if (a.interval !== void 0) {
      let t = a.interval, n = s, p = false, o = null, u = s;
      if (t !== null) {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = u === s;
      r && (p = true, o = 0);
      let c = s;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.lower === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "lower" }, message: "must have required property 'lower'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        if (t.upper === void 0) {
          let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/required", keyword: "required", params: { missingProperty: "upper" }, message: "must have required property 'upper'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        for (let m in t) if (!(m === "lower" || m === "upper")) {
          let l = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
          e === null ? e = [l] : e.push(l), s++;
        }
        if (t.lower !== void 0) {
          let m = t.lower;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/lower", schemaPath: "#/properties/interval/oneOf/1/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
        if (t.upper !== void 0) {
          let m = t.upper;
          if (typeof m == "number" && isFinite(m)) {
            if (m > 1 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              e === null ? e = [l] : e.push(l), s++;
            }
            if (m < 0 || isNaN(m)) {
              let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [l] : e.push(l), s++;
            }
          } else {
            let l = { instancePath: i + "/interval/upper", schemaPath: "#/properties/interval/oneOf/1/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
      } else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = c === s;
      if (r && p ? (p = false, o = [o, 1]) : r && (p = true, o = 1), p) s = n, e !== null && (n ? e.length = n : e = null);
      else {
        let m = { instancePath: i + "/interval", schemaPath: "#/properties/interval/oneOf", keyword: "oneOf", params: { passingSchemas: o }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [m] : e.push(m), s++;
      }
    }
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return Ue.errors = e, s === 0;
}
Ue.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var xr = { title: "AgentMetrics", type: "object", additionalProperties: false, required: ["agent", "plans", "byStatus", "claimed", "verified", "evidenced", "unverifiable", "quality", "estimateAccuracy", "findings", "categories", "durationMinutes", "usage"], properties: { agent: { type: "string" }, plans: { type: "integer", minimum: 0 }, byStatus: { type: "object", propertyNames: { $ref: "common.schema.json#/$defs/claimedStatus" }, additionalProperties: { type: "integer", minimum: 0 } }, claimed: { $ref: "common.schema.json#/$defs/rate" }, verified: { $ref: "common.schema.json#/$defs/rate" }, evidenced: { description: "Evidenced successes (status.evidence) out of the plans whose outcome evidence decides: evidenced, contradicted, or a verified failure. Beside `verified`, which is the consistent success rate.", $ref: "common.schema.json#/$defs/rate" }, unverifiable: { type: "integer", minimum: 0 }, quality: { title: "AgentQuality", type: "object", additionalProperties: false, required: ["self", "reviewer", "calibrationGap"], properties: { self: { $ref: "common.schema.json#/$defs/mean" }, reviewer: { $ref: "common.schema.json#/$defs/mean" }, calibrationGap: { $ref: "common.schema.json#/$defs/mean" } }, description: "Quality from 1 to 10: self-reported (Final Status), from reviewers (analyses' overall quality), and the calibration gap, self minus reviewer over the plans that have both." }, estimateAccuracy: { title: "EstimateAccuracy", description: "Actual over estimated minutes (1 is exact, above 1 is over time), on finished plans that claim completed and have an estimate and a complete measurement; the actual minutes are git's measuredMinutes where they exist, else the plan's own, and `basis` counts which; `excluded` counts the other finished plans by reason.", type: "object", additionalProperties: false, required: ["n", "median", "mean", "excluded", "basis"], properties: { excluded: { type: "object", additionalProperties: false, required: ["notCompleted", "noEstimate", "incompleteMeasurement"], properties: { notCompleted: { type: "integer", minimum: 0 }, noEstimate: { type: "integer", minimum: 0 }, incompleteMeasurement: { type: "integer", minimum: 0 } } }, n: { type: "integer", minimum: 0 }, median: { type: ["number", "null"] }, mean: { type: ["number", "null"] }, basis: { type: "object", additionalProperties: false, required: ["measured", "claimed"], properties: { measured: { type: "integer", minimum: 0 }, claimed: { type: "integer", minimum: 0 } } } } }, findings: { title: "AgentFindings", type: "object", additionalProperties: false, required: ["total", "byRule"], properties: { total: { type: "integer", minimum: 0 }, byRule: { type: "object", additionalProperties: { type: "integer", minimum: 1 } } } }, categories: { type: "array", items: { title: "AgentCategory", type: "object", additionalProperties: false, required: ["category", "plans", "verified"], properties: { category: { type: "string" }, plans: { type: "integer", minimum: 0 }, verified: { $ref: "common.schema.json#/$defs/rate" } } } }, durationMinutes: { $ref: "common.schema.json#/$defs/distribution" }, usage: { $ref: "common.schema.json#/$defs/usage" } } };
function Je(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Je.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.agent === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.plans === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.byStatus === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "byStatus" }, message: "must have required property 'byStatus'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.claimed === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claimed" }, message: "must have required property 'claimed'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.verified === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.evidenced === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidenced" }, message: "must have required property 'evidenced'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.unverifiable === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unverifiable" }, message: "must have required property 'unverifiable'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.quality === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quality" }, message: "must have required property 'quality'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.estimateAccuracy === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "estimateAccuracy" }, message: "must have required property 'estimateAccuracy'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.findings === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.categories === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.durationMinutes === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMinutes" }, message: "must have required property 'durationMinutes'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.usage === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "usage" }, message: "must have required property 'usage'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!E.call(xr.properties, t)) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.agent !== void 0 && typeof a.agent != "string") {
      let t = { instancePath: i + "/agent", schemaPath: "#/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.plans !== void 0) {
      let t = a.plans;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/plans", schemaPath: "#/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/plans", schemaPath: "#/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.byStatus !== void 0) {
      let t = a.byStatus;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (let n in t) {
          let p = s;
          ae(n, { instancePath: i + "/byStatus", parentData: t, parentDataProperty: "byStatus", rootData: y, dynamicAnchors: h }) || (e = e === null ? ae.errors : e.concat(ae.errors), s = e.length);
          var r = p === s;
          if (!r) {
            let o = { instancePath: i + "/byStatus", schemaPath: "#/properties/byStatus/propertyNames", keyword: "propertyNames", params: { propertyName: n }, message: "property name must be valid" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
        for (let n in t) {
          let p = t[n];
          if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
            let o = { instancePath: i + "/byStatus/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/byStatus/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [o] : e.push(o), s++;
          }
          if (typeof p == "number" && isFinite(p) && (p < 0 || isNaN(p))) {
            let o = { instancePath: i + "/byStatus/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/byStatus/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let n = { instancePath: i + "/byStatus", schemaPath: "#/properties/byStatus/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.claimed !== void 0 && (D(a.claimed, { instancePath: i + "/claimed", parentData: a, parentDataProperty: "claimed", rootData: y, dynamicAnchors: h }) || (e = e === null ? D.errors : e.concat(D.errors), s = e.length)), a.verified !== void 0 && (D(a.verified, { instancePath: i + "/verified", parentData: a, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? D.errors : e.concat(D.errors), s = e.length)), a.evidenced !== void 0 && (D(a.evidenced, { instancePath: i + "/evidenced", parentData: a, parentDataProperty: "evidenced", rootData: y, dynamicAnchors: h }) || (e = e === null ? D.errors : e.concat(D.errors), s = e.length)), a.unverifiable !== void 0) {
      let t = a.unverifiable;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/unverifiable", schemaPath: "#/properties/unverifiable/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/unverifiable", schemaPath: "#/properties/unverifiable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.quality !== void 0) {
      let t = a.quality;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.self === void 0) {
          let n = { instancePath: i + "/quality", schemaPath: "#/properties/quality/required", keyword: "required", params: { missingProperty: "self" }, message: "must have required property 'self'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.reviewer === void 0) {
          let n = { instancePath: i + "/quality", schemaPath: "#/properties/quality/required", keyword: "required", params: { missingProperty: "reviewer" }, message: "must have required property 'reviewer'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.calibrationGap === void 0) {
          let n = { instancePath: i + "/quality", schemaPath: "#/properties/quality/required", keyword: "required", params: { missingProperty: "calibrationGap" }, message: "must have required property 'calibrationGap'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        for (let n in t) if (!(n === "self" || n === "reviewer" || n === "calibrationGap")) {
          let p = { instancePath: i + "/quality", schemaPath: "#/properties/quality/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties" };
          e === null ? e = [p] : e.push(p), s++;
        }
        t.self !== void 0 && (F(t.self, { instancePath: i + "/quality/self", parentData: t, parentDataProperty: "self", rootData: y, dynamicAnchors: h }) || (e = e === null ? F.errors : e.concat(F.errors), s = e.length)), t.reviewer !== void 0 && (F(t.reviewer, { instancePath: i + "/quality/reviewer", parentData: t, parentDataProperty: "reviewer", rootData: y, dynamicAnchors: h }) || (e = e === null ? F.errors : e.concat(F.errors), s = e.length)), t.calibrationGap !== void 0 && (F(t.calibrationGap, { instancePath: i + "/quality/calibrationGap", parentData: t, parentDataProperty: "calibrationGap", rootData: y, dynamicAnchors: h }) || (e = e === null ? F.errors : e.concat(F.errors), s = e.length));
      } else {
        let n = { instancePath: i + "/quality", schemaPath: "#/properties/quality/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.estimateAccuracy !== void 0) {
      let t = a.estimateAccuracy;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.n === void 0) {
          let n = { instancePath: i + "/estimateAccuracy", schemaPath: "#/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.median === void 0) {
          let n = { instancePath: i + "/estimateAccuracy", schemaPath: "#/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "median" }, message: "must have required property 'median'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.mean === void 0) {
          let n = { instancePath: i + "/estimateAccuracy", schemaPath: "#/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.excluded === void 0) {
          let n = { instancePath: i + "/estimateAccuracy", schemaPath: "#/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "excluded" }, message: "must have required property 'excluded'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.basis === void 0) {
          let n = { instancePath: i + "/estimateAccuracy", schemaPath: "#/properties/estimateAccuracy/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        for (let n in t) if (!(n === "excluded" || n === "n" || n === "median" || n === "mean" || n === "basis")) {
          let p = { instancePath: i + "/estimateAccuracy", schemaPath: "#/properties/estimateAccuracy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (t.excluded !== void 0) {
          let n = t.excluded;
          if (n && typeof n == "object" && !Array.isArray(n)) {
            if (n.notCompleted === void 0) {
              let p = { instancePath: i + "/estimateAccuracy/excluded", schemaPath: "#/properties/estimateAccuracy/properties/excluded/required", keyword: "required", params: { missingProperty: "notCompleted" }, message: "must have required property 'notCompleted'" };
              e === null ? e = [p] : e.push(p), s++;
            }
            if (n.noEstimate === void 0) {
              let p = { instancePath: i + "/estimateAccuracy/excluded", schemaPath: "#/properties/estimateAccuracy/properties/excluded/required", keyword: "required", params: { missingProperty: "noEstimate" }, message: "must have required property 'noEstimate'" };
              e === null ? e = [p] : e.push(p), s++;
            }
            if (n.incompleteMeasurement === void 0) {
              let p = { instancePath: i + "/estimateAccuracy/excluded", schemaPath: "#/properties/estimateAccuracy/properties/excluded/required", keyword: "required", params: { missingProperty: "incompleteMeasurement" }, message: "must have required property 'incompleteMeasurement'" };
              e === null ? e = [p] : e.push(p), s++;
            }
            for (let p in n) if (!(p === "notCompleted" || p === "noEstimate" || p === "incompleteMeasurement")) {
              let o = { instancePath: i + "/estimateAccuracy/excluded", schemaPath: "#/properties/estimateAccuracy/properties/excluded/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: p }, message: "must NOT have additional properties" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (n.notCompleted !== void 0) {
              let p = n.notCompleted;
              if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
                let o = { instancePath: i + "/estimateAccuracy/excluded/notCompleted", schemaPath: "#/properties/estimateAccuracy/properties/excluded/properties/notCompleted/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [o] : e.push(o), s++;
              }
              if (typeof p == "number" && isFinite(p) && (p < 0 || isNaN(p))) {
                let o = { instancePath: i + "/estimateAccuracy/excluded/notCompleted", schemaPath: "#/properties/estimateAccuracy/properties/excluded/properties/notCompleted/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [o] : e.push(o), s++;
              }
            }
            if (n.noEstimate !== void 0) {
              let p = n.noEstimate;
              if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
                let o = { instancePath: i + "/estimateAccuracy/excluded/noEstimate", schemaPath: "#/properties/estimateAccuracy/properties/excluded/properties/noEstimate/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [o] : e.push(o), s++;
              }
              if (typeof p == "number" && isFinite(p) && (p < 0 || isNaN(p))) {
                let o = { instancePath: i + "/estimateAccuracy/excluded/noEstimate", schemaPath: "#/properties/estimateAccuracy/properties/excluded/properties/noEstimate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [o] : e.push(o), s++;
              }
            }
            if (n.incompleteMeasurement !== void 0) {
              let p = n.incompleteMeasurement;
              if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
                let o = { instancePath: i + "/estimateAccuracy/excluded/incompleteMeasurement", schemaPath: "#/properties/estimateAccuracy/properties/excluded/properties/incompleteMeasurement/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [o] : e.push(o), s++;
              }
              if (typeof p == "number" && isFinite(p) && (p < 0 || isNaN(p))) {
                let o = { instancePath: i + "/estimateAccuracy/excluded/incompleteMeasurement", schemaPath: "#/properties/estimateAccuracy/properties/excluded/properties/incompleteMeasurement/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [o] : e.push(o), s++;
              }
            }
          } else {
            let p = { instancePath: i + "/estimateAccuracy/excluded", schemaPath: "#/properties/estimateAccuracy/properties/excluded/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
        if (t.n !== void 0) {
          let n = t.n;
          if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n))) {
            let p = { instancePath: i + "/estimateAccuracy/n", schemaPath: "#/properties/estimateAccuracy/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [p] : e.push(p), s++;
          }
          if (typeof n == "number" && isFinite(n) && (n < 0 || isNaN(n))) {
            let p = { instancePath: i + "/estimateAccuracy/n", schemaPath: "#/properties/estimateAccuracy/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
        if (t.median !== void 0) {
          let n = t.median;
          if (!(typeof n == "number" && isFinite(n)) && n !== null) {
            let p = { instancePath: i + "/estimateAccuracy/median", schemaPath: "#/properties/estimateAccuracy/properties/median/type", keyword: "type", params: { type: xr.properties.estimateAccuracy.properties.median.type }, message: "must be number,null" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
        if (t.mean !== void 0) {
          let n = t.mean;
          if (!(typeof n == "number" && isFinite(n)) && n !== null) {
            let p = { instancePath: i + "/estimateAccuracy/mean", schemaPath: "#/properties/estimateAccuracy/properties/mean/type", keyword: "type", params: { type: xr.properties.estimateAccuracy.properties.mean.type }, message: "must be number,null" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
        if (t.basis !== void 0) {
          let n = t.basis;
          if (n && typeof n == "object" && !Array.isArray(n)) {
            if (n.measured === void 0) {
              let p = { instancePath: i + "/estimateAccuracy/basis", schemaPath: "#/properties/estimateAccuracy/properties/basis/required", keyword: "required", params: { missingProperty: "measured" }, message: "must have required property 'measured'" };
              e === null ? e = [p] : e.push(p), s++;
            }
            if (n.claimed === void 0) {
              let p = { instancePath: i + "/estimateAccuracy/basis", schemaPath: "#/properties/estimateAccuracy/properties/basis/required", keyword: "required", params: { missingProperty: "claimed" }, message: "must have required property 'claimed'" };
              e === null ? e = [p] : e.push(p), s++;
            }
            for (let p in n) if (!(p === "measured" || p === "claimed")) {
              let o = { instancePath: i + "/estimateAccuracy/basis", schemaPath: "#/properties/estimateAccuracy/properties/basis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: p }, message: "must NOT have additional properties" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (n.measured !== void 0) {
              let p = n.measured;
              if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
                let o = { instancePath: i + "/estimateAccuracy/basis/measured", schemaPath: "#/properties/estimateAccuracy/properties/basis/properties/measured/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [o] : e.push(o), s++;
              }
              if (typeof p == "number" && isFinite(p) && (p < 0 || isNaN(p))) {
                let o = { instancePath: i + "/estimateAccuracy/basis/measured", schemaPath: "#/properties/estimateAccuracy/properties/basis/properties/measured/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [o] : e.push(o), s++;
              }
            }
            if (n.claimed !== void 0) {
              let p = n.claimed;
              if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
                let o = { instancePath: i + "/estimateAccuracy/basis/claimed", schemaPath: "#/properties/estimateAccuracy/properties/basis/properties/claimed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [o] : e.push(o), s++;
              }
              if (typeof p == "number" && isFinite(p) && (p < 0 || isNaN(p))) {
                let o = { instancePath: i + "/estimateAccuracy/basis/claimed", schemaPath: "#/properties/estimateAccuracy/properties/basis/properties/claimed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [o] : e.push(o), s++;
              }
            }
          } else {
            let p = { instancePath: i + "/estimateAccuracy/basis", schemaPath: "#/properties/estimateAccuracy/properties/basis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
      } else {
        let n = { instancePath: i + "/estimateAccuracy", schemaPath: "#/properties/estimateAccuracy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.findings !== void 0) {
      let t = a.findings;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.total === void 0) {
          let n = { instancePath: i + "/findings", schemaPath: "#/properties/findings/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.byRule === void 0) {
          let n = { instancePath: i + "/findings", schemaPath: "#/properties/findings/required", keyword: "required", params: { missingProperty: "byRule" }, message: "must have required property 'byRule'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        for (let n in t) if (!(n === "total" || n === "byRule")) {
          let p = { instancePath: i + "/findings", schemaPath: "#/properties/findings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (t.total !== void 0) {
          let n = t.total;
          if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n))) {
            let p = { instancePath: i + "/findings/total", schemaPath: "#/properties/findings/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [p] : e.push(p), s++;
          }
          if (typeof n == "number" && isFinite(n) && (n < 0 || isNaN(n))) {
            let p = { instancePath: i + "/findings/total", schemaPath: "#/properties/findings/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
        if (t.byRule !== void 0) {
          let n = t.byRule;
          if (n && typeof n == "object" && !Array.isArray(n)) for (let p in n) {
            let o = n[p];
            if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
              let u = { instancePath: i + "/findings/byRule/" + p.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/findings/properties/byRule/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (typeof o == "number" && isFinite(o) && (o < 1 || isNaN(o))) {
              let u = { instancePath: i + "/findings/byRule/" + p.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/findings/properties/byRule/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              e === null ? e = [u] : e.push(u), s++;
            }
          }
          else {
            let p = { instancePath: i + "/findings/byRule", schemaPath: "#/properties/findings/properties/byRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
      } else {
        let n = { instancePath: i + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.categories !== void 0) {
      let t = a.categories;
      if (Array.isArray(t)) {
        let n = t.length;
        for (let p = 0; p < n; p++) {
          let o = t[p];
          if (o && typeof o == "object" && !Array.isArray(o)) {
            if (o.category === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.plans === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.verified === void 0) {
              let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            for (let u in o) if (!(u === "category" || u === "plans" || u === "verified")) {
              let c = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
              e === null ? e = [c] : e.push(c), s++;
            }
            if (o.category !== void 0 && typeof o.category != "string") {
              let u = { instancePath: i + "/categories/" + p + "/category", schemaPath: "#/properties/categories/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.plans !== void 0) {
              let u = o.plans;
              if (!(typeof u == "number" && !(u % 1) && !isNaN(u) && isFinite(u))) {
                let c = { instancePath: i + "/categories/" + p + "/plans", schemaPath: "#/properties/categories/items/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [c] : e.push(c), s++;
              }
              if (typeof u == "number" && isFinite(u) && (u < 0 || isNaN(u))) {
                let c = { instancePath: i + "/categories/" + p + "/plans", schemaPath: "#/properties/categories/items/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
            o.verified !== void 0 && (D(o.verified, { instancePath: i + "/categories/" + p + "/verified", parentData: o, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? D.errors : e.concat(D.errors), s = e.length));
          } else {
            let u = { instancePath: i + "/categories/" + p, schemaPath: "#/properties/categories/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [u] : e.push(u), s++;
          }
        }
      } else {
        let n = { instancePath: i + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    a.durationMinutes !== void 0 && (pe(a.durationMinutes, { instancePath: i + "/durationMinutes", parentData: a, parentDataProperty: "durationMinutes", rootData: y, dynamicAnchors: h }) || (e = e === null ? pe.errors : e.concat(pe.errors), s = e.length)), a.usage !== void 0 && (oe(a.usage, { instancePath: i + "/usage", parentData: a, parentDataProperty: "usage", rootData: y, dynamicAnchors: h }) || (e = e === null ? oe.errors : e.concat(oe.errors), s = e.length));
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return Je.errors = e, s === 0;
}
Je.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var Er = { title: "CategoryMetrics", type: "object", additionalProperties: false, required: ["category", "complexity", "plans", "verified", "durationMinutes", "expectedMinutes", "band", "recommendation", "frequentRisks", "estimateAccuracy", "usage"], properties: { category: { type: "string" }, complexity: { enum: ["low", "medium", "high", "all"] }, plans: { type: "integer", minimum: 0 }, verified: { $ref: "common.schema.json#/$defs/rate" }, durationMinutes: { $ref: "common.schema.json#/$defs/distribution" }, expectedMinutes: { oneOf: [{ type: "null" }, { title: "ExpectedBand", type: "object", additionalProperties: false, required: ["min"], properties: { min: { type: "number" }, max: { type: "number" } } }] }, band: { title: "BandCounts", description: "Plans with an actual duration below, within and above the expected band.", type: "object", additionalProperties: false, required: ["below", "within", "above"], properties: { below: { type: "integer", minimum: 0 }, within: { type: "integer", minimum: 0 }, above: { type: "integer", minimum: 0 } } }, recommendation: { $ref: "common.schema.json#/$defs/recommendation" }, frequentRisks: { type: "array", items: { title: "RiskCount", type: "object", additionalProperties: false, required: ["risk", "count"], properties: { risk: { type: "string" }, count: { type: "integer", minimum: 1 } } } }, estimateAccuracy: { $ref: "agent-performance.schema.json#/properties/agents/items/properties/estimateAccuracy" }, usage: { $ref: "common.schema.json#/$defs/usage" } } };
function Xe(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Xe.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.category === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.complexity === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "complexity" }, message: "must have required property 'complexity'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.plans === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.verified === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.durationMinutes === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMinutes" }, message: "must have required property 'durationMinutes'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.expectedMinutes === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expectedMinutes" }, message: "must have required property 'expectedMinutes'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.band === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "band" }, message: "must have required property 'band'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.recommendation === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recommendation" }, message: "must have required property 'recommendation'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.frequentRisks === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "frequentRisks" }, message: "must have required property 'frequentRisks'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.estimateAccuracy === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "estimateAccuracy" }, message: "must have required property 'estimateAccuracy'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.usage === void 0) {
      let t = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "usage" }, message: "must have required property 'usage'" };
      e === null ? e = [t] : e.push(t), s++;
    }
    for (let t in a) if (!E.call(Er.properties, t)) {
      let n = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties" };
      e === null ? e = [n] : e.push(n), s++;
    }
    if (a.category !== void 0 && typeof a.category != "string") {
      let t = { instancePath: i + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.complexity !== void 0) {
      let t = a.complexity;
      if (!(t === "low" || t === "medium" || t === "high" || t === "all")) {
        let n = { instancePath: i + "/complexity", schemaPath: "#/properties/complexity/enum", keyword: "enum", params: { allowedValues: Er.properties.complexity.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.plans !== void 0) {
      let t = a.plans;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
        let n = { instancePath: i + "/plans", schemaPath: "#/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [n] : e.push(n), s++;
      }
      if (typeof t == "number" && isFinite(t) && (t < 0 || isNaN(t))) {
        let n = { instancePath: i + "/plans", schemaPath: "#/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.verified !== void 0 && (me(a.verified, { instancePath: i + "/verified", parentData: a, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? me.errors : e.concat(me.errors), s = e.length)), a.durationMinutes !== void 0 && (ue(a.durationMinutes, { instancePath: i + "/durationMinutes", parentData: a, parentDataProperty: "durationMinutes", rootData: y, dynamicAnchors: h }) || (e = e === null ? ue.errors : e.concat(ue.errors), s = e.length)), a.expectedMinutes !== void 0) {
      let t = a.expectedMinutes, n = s, p = false, o = null, u = s;
      if (t !== null) {
        let m = { instancePath: i + "/expectedMinutes", schemaPath: "#/properties/expectedMinutes/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = u === s;
      r && (p = true, o = 0);
      let c = s;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.min === void 0) {
          let m = { instancePath: i + "/expectedMinutes", schemaPath: "#/properties/expectedMinutes/oneOf/1/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
          e === null ? e = [m] : e.push(m), s++;
        }
        for (let m in t) if (!(m === "min" || m === "max")) {
          let l = { instancePath: i + "/expectedMinutes", schemaPath: "#/properties/expectedMinutes/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m }, message: "must NOT have additional properties" };
          e === null ? e = [l] : e.push(l), s++;
        }
        if (t.min !== void 0) {
          let m = t.min;
          if (!(typeof m == "number" && isFinite(m))) {
            let l = { instancePath: i + "/expectedMinutes/min", schemaPath: "#/properties/expectedMinutes/oneOf/1/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
        if (t.max !== void 0) {
          let m = t.max;
          if (!(typeof m == "number" && isFinite(m))) {
            let l = { instancePath: i + "/expectedMinutes/max", schemaPath: "#/properties/expectedMinutes/oneOf/1/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [l] : e.push(l), s++;
          }
        }
      } else {
        let m = { instancePath: i + "/expectedMinutes", schemaPath: "#/properties/expectedMinutes/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [m] : e.push(m), s++;
      }
      var r = c === s;
      if (r && p ? (p = false, o = [o, 1]) : r && (p = true, o = 1), p) s = n, e !== null && (n ? e.length = n : e = null);
      else {
        let m = { instancePath: i + "/expectedMinutes", schemaPath: "#/properties/expectedMinutes/oneOf", keyword: "oneOf", params: { passingSchemas: o }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [m] : e.push(m), s++;
      }
    }
    if (a.band !== void 0) {
      let t = a.band;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.below === void 0) {
          let n = { instancePath: i + "/band", schemaPath: "#/properties/band/required", keyword: "required", params: { missingProperty: "below" }, message: "must have required property 'below'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.within === void 0) {
          let n = { instancePath: i + "/band", schemaPath: "#/properties/band/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        if (t.above === void 0) {
          let n = { instancePath: i + "/band", schemaPath: "#/properties/band/required", keyword: "required", params: { missingProperty: "above" }, message: "must have required property 'above'" };
          e === null ? e = [n] : e.push(n), s++;
        }
        for (let n in t) if (!(n === "below" || n === "within" || n === "above")) {
          let p = { instancePath: i + "/band", schemaPath: "#/properties/band/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties" };
          e === null ? e = [p] : e.push(p), s++;
        }
        if (t.below !== void 0) {
          let n = t.below;
          if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n))) {
            let p = { instancePath: i + "/band/below", schemaPath: "#/properties/band/properties/below/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [p] : e.push(p), s++;
          }
          if (typeof n == "number" && isFinite(n) && (n < 0 || isNaN(n))) {
            let p = { instancePath: i + "/band/below", schemaPath: "#/properties/band/properties/below/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
        if (t.within !== void 0) {
          let n = t.within;
          if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n))) {
            let p = { instancePath: i + "/band/within", schemaPath: "#/properties/band/properties/within/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [p] : e.push(p), s++;
          }
          if (typeof n == "number" && isFinite(n) && (n < 0 || isNaN(n))) {
            let p = { instancePath: i + "/band/within", schemaPath: "#/properties/band/properties/within/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
        if (t.above !== void 0) {
          let n = t.above;
          if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n))) {
            let p = { instancePath: i + "/band/above", schemaPath: "#/properties/band/properties/above/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [p] : e.push(p), s++;
          }
          if (typeof n == "number" && isFinite(n) && (n < 0 || isNaN(n))) {
            let p = { instancePath: i + "/band/above", schemaPath: "#/properties/band/properties/above/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [p] : e.push(p), s++;
          }
        }
      } else {
        let n = { instancePath: i + "/band", schemaPath: "#/properties/band/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    if (a.recommendation !== void 0 && (le(a.recommendation, { instancePath: i + "/recommendation", parentData: a, parentDataProperty: "recommendation", rootData: y, dynamicAnchors: h }) || (e = e === null ? le.errors : e.concat(le.errors), s = e.length)), a.frequentRisks !== void 0) {
      let t = a.frequentRisks;
      if (Array.isArray(t)) {
        let n = t.length;
        for (let p = 0; p < n; p++) {
          let o = t[p];
          if (o && typeof o == "object" && !Array.isArray(o)) {
            if (o.risk === void 0) {
              let u = { instancePath: i + "/frequentRisks/" + p, schemaPath: "#/properties/frequentRisks/items/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.count === void 0) {
              let u = { instancePath: i + "/frequentRisks/" + p, schemaPath: "#/properties/frequentRisks/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              e === null ? e = [u] : e.push(u), s++;
            }
            for (let u in o) if (!(u === "risk" || u === "count")) {
              let c = { instancePath: i + "/frequentRisks/" + p, schemaPath: "#/properties/frequentRisks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: u }, message: "must NOT have additional properties" };
              e === null ? e = [c] : e.push(c), s++;
            }
            if (o.risk !== void 0 && typeof o.risk != "string") {
              let u = { instancePath: i + "/frequentRisks/" + p + "/risk", schemaPath: "#/properties/frequentRisks/items/properties/risk/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (o.count !== void 0) {
              let u = o.count;
              if (!(typeof u == "number" && !(u % 1) && !isNaN(u) && isFinite(u))) {
                let c = { instancePath: i + "/frequentRisks/" + p + "/count", schemaPath: "#/properties/frequentRisks/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [c] : e.push(c), s++;
              }
              if (typeof u == "number" && isFinite(u) && (u < 1 || isNaN(u))) {
                let c = { instancePath: i + "/frequentRisks/" + p + "/count", schemaPath: "#/properties/frequentRisks/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                e === null ? e = [c] : e.push(c), s++;
              }
            }
          } else {
            let u = { instancePath: i + "/frequentRisks/" + p, schemaPath: "#/properties/frequentRisks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [u] : e.push(u), s++;
          }
        }
      } else {
        let n = { instancePath: i + "/frequentRisks", schemaPath: "#/properties/frequentRisks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [n] : e.push(n), s++;
      }
    }
    a.estimateAccuracy !== void 0 && (de(a.estimateAccuracy, { instancePath: i + "/estimateAccuracy", parentData: a, parentDataProperty: "estimateAccuracy", rootData: y, dynamicAnchors: h }) || (e = e === null ? de.errors : e.concat(de.errors), s = e.length)), a.usage !== void 0 && (ce(a.usage, { instancePath: i + "/usage", parentData: a, parentDataProperty: "usage", rootData: y, dynamicAnchors: h }) || (e = e === null ? ce.errors : e.concat(ce.errors), s = e.length));
  } else {
    let t = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [t] : e.push(t), s++;
  }
  return Xe.errors = e, s === 0;
}
Xe.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function Pr(a, { instancePath: i = "", parentData: k, parentDataProperty: P, rootData: y = a, dynamicAnchors: h = {} } = {}) {
  let e = null, s = 0, d = Pr.evaluated;
  if (d.dynamicProps && (d.props = void 0), d.dynamicItems && (d.items = void 0), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.schemaVersion === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.repositories === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repositories" }, message: "must have required property 'repositories'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.agents === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agents" }, message: "must have required property 'agents'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.categories === void 0) {
      let r = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'" };
      e === null ? e = [r] : e.push(r), s++;
    }
    for (let r in a) if (!(r === "schemaVersion" || r === "repositories" || r === "agents" || r === "categories")) {
      let t = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [t] : e.push(t), s++;
    }
    if (a.schemaVersion !== void 0 && a.schemaVersion !== 1) {
      let r = { instancePath: i + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      e === null ? e = [r] : e.push(r), s++;
    }
    if (a.repositories !== void 0) {
      let r = a.repositories;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) {
          let p = r[n];
          if (p && typeof p == "object" && !Array.isArray(p)) {
            if (p.repository === void 0) {
              let o = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.source === void 0) {
              let o = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.plans === void 0) {
              let o = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.finished === void 0) {
              let o = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/required", keyword: "required", params: { missingProperty: "finished" }, message: "must have required property 'finished'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.open === void 0) {
              let o = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/required", keyword: "required", params: { missingProperty: "open" }, message: "must have required property 'open'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.verified === void 0) {
              let o = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.agents === void 0) {
              let o = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/required", keyword: "required", params: { missingProperty: "agents" }, message: "must have required property 'agents'" };
              e === null ? e = [o] : e.push(o), s++;
            }
            for (let o in p) if (!(o === "repository" || o === "source" || o === "plans" || o === "finished" || o === "open" || o === "verified" || o === "agents")) {
              let u = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties" };
              e === null ? e = [u] : e.push(u), s++;
            }
            if (p.repository !== void 0 && typeof p.repository != "string") {
              let o = { instancePath: i + "/repositories/" + n + "/repository", schemaPath: "#/properties/repositories/items/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [o] : e.push(o), s++;
            }
            if (p.source !== void 0 && (Ye(p.source, { instancePath: i + "/repositories/" + n + "/source", parentData: p, parentDataProperty: "source", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ye.errors : e.concat(Ye.errors), s = e.length)), p.plans !== void 0) {
              let o = p.plans;
              if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
                let u = { instancePath: i + "/repositories/" + n + "/plans", schemaPath: "#/properties/repositories/items/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [u] : e.push(u), s++;
              }
              if (typeof o == "number" && isFinite(o) && (o < 0 || isNaN(o))) {
                let u = { instancePath: i + "/repositories/" + n + "/plans", schemaPath: "#/properties/repositories/items/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.finished !== void 0) {
              let o = p.finished;
              if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
                let u = { instancePath: i + "/repositories/" + n + "/finished", schemaPath: "#/properties/repositories/items/properties/finished/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [u] : e.push(u), s++;
              }
              if (typeof o == "number" && isFinite(o) && (o < 0 || isNaN(o))) {
                let u = { instancePath: i + "/repositories/" + n + "/finished", schemaPath: "#/properties/repositories/items/properties/finished/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.open !== void 0) {
              let o = p.open;
              if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
                let u = { instancePath: i + "/repositories/" + n + "/open", schemaPath: "#/properties/repositories/items/properties/open/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [u] : e.push(u), s++;
              }
              if (typeof o == "number" && isFinite(o) && (o < 0 || isNaN(o))) {
                let u = { instancePath: i + "/repositories/" + n + "/open", schemaPath: "#/properties/repositories/items/properties/open/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
            if (p.verified !== void 0 && (Ue(p.verified, { instancePath: i + "/repositories/" + n + "/verified", parentData: p, parentDataProperty: "verified", rootData: y, dynamicAnchors: h }) || (e = e === null ? Ue.errors : e.concat(Ue.errors), s = e.length)), p.agents !== void 0) {
              let o = p.agents;
              if (Array.isArray(o)) {
                let u = o.length;
                for (let c = 0; c < u; c++) if (typeof o[c] != "string") {
                  let m = { instancePath: i + "/repositories/" + n + "/agents/" + c, schemaPath: "#/properties/repositories/items/properties/agents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  e === null ? e = [m] : e.push(m), s++;
                }
              } else {
                let u = { instancePath: i + "/repositories/" + n + "/agents", schemaPath: "#/properties/repositories/items/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                e === null ? e = [u] : e.push(u), s++;
              }
            }
          } else {
            let o = { instancePath: i + "/repositories/" + n, schemaPath: "#/properties/repositories/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [o] : e.push(o), s++;
          }
        }
      } else {
        let t = { instancePath: i + "/repositories", schemaPath: "#/properties/repositories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.agents !== void 0) {
      let r = a.agents;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) Je(r[n], { instancePath: i + "/agents/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? Je.errors : e.concat(Je.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/agents", schemaPath: "#/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
    if (a.categories !== void 0) {
      let r = a.categories;
      if (Array.isArray(r)) {
        let t = r.length;
        for (let n = 0; n < t; n++) Xe(r[n], { instancePath: i + "/categories/" + n, parentData: r, parentDataProperty: n, rootData: y, dynamicAnchors: h }) || (e = e === null ? Xe.errors : e.concat(Xe.errors), s = e.length);
      } else {
        let t = { instancePath: i + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [t] : e.push(t), s++;
      }
    }
  } else {
    let r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [r] : e.push(r), s++;
  }
  return Pr.errors = e, s === 0;
}
Pr.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var hs = { plan: Qr, analysis: Wr, review: Kr, prompt: Yr, checklist: Xr, config: rs, plans: ts, "agent-performance": ps, "task-analytics": ms, "prompt-effectiveness": us, "comment-artifact": ls, "evidence-ledger": ds, rollup: cs };

// src/core/schemas/schemaValidator.ts
function schemaValidator(name) {
  return hs[name];
}

export {
  schemaValidator
};
