import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  schemaValidator
} from "./action-chunk-K4PHLBO5.js";

// src/core/validateDocument.ts
function validateDocument(document, extraction) {
  const validate = schemaValidator(document.kind);
  if (validate(document)) return true;
  for (const error of validate.errors ?? []) {
    if (error.keyword === "if") continue;
    const pointer = error.keyword === "required" ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.instancePath;
    if (extraction.invalid.has(pointer)) continue;
    const { expected, actual } = describeSchemaError(error, document);
    extraction.report(
      "schema-violation",
      extraction.placeOf(error.instancePath) ?? { line: 1, column: 1 },
      `Expected ${expected}, found ${actual}`,
      {
        expected,
        actual
      }
    );
  }
  return false;
}
function describeSchemaError(error, data) {
  const value = valueAt(data, error.instancePath);
  const where = error.instancePath === "" ? "" : ` at \`${error.instancePath}\``;
  const found = `\`${JSON.stringify(value) ?? "nothing"}\``;
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return {
        expected: `a value for \`${String(params.missingProperty)}\`${where}`,
        actual: "none"
      };
    case "additionalProperties":
      return {
        expected: `only known fields${where}`,
        actual: `\`${String(params.additionalProperty)}\``
      };
    case "enum":
      return {
        expected: `one of ${params.allowedValues.map((allowed) => `\`${String(allowed)}\``).join(", ")}${where}`,
        actual: found
      };
    case "type":
      return { expected: `a ${String(params.type)}${where}`, actual: found };
    case "pattern":
      return { expected: `text matching \`${String(params.pattern)}\`${where}`, actual: found };
    default:
      return {
        expected: `a value that ${error.message ?? "matches the schema"}${where}`,
        actual: found
      };
  }
}
function valueAt(data, pointer) {
  return pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).reduce(
    (value, key) => value !== null && typeof value === "object" ? value[key] : void 0,
    data
  );
}

export {
  validateDocument,
  describeSchemaError
};
