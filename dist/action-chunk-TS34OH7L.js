import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  VFile,
  reportMessage,
  serializeChecked
} from "./action-chunk-WBEEON2P.js";

// src/core/refusedFile.ts
function refusedFile(path, config, ruleId, reason, expectation, line = 1) {
  const file = new VFile({ path });
  reportMessage(file, config.rules, ruleId, { line, column: 1 }, reason, expectation);
  return serializeChecked(file);
}

// src/core/normalize/normalizeAgent.ts
function normalizeAgent(name, aliases) {
  const slug = slugify(name);
  for (const [canonical, names] of Object.entries(aliases)) {
    if (slugify(canonical) === slug || names.some((alias) => slugify(alias) === slug))
      return canonical;
  }
  return slug;
}
function slugify(name) {
  return name.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

export {
  refusedFile,
  normalizeAgent
};
