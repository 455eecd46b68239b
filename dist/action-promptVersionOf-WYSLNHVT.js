import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  normalizeKey,
  require_dist,
  scalarText
} from "./action-chunk-WLZSPHXB.js";
import {
  __toESM
} from "./action-chunk-VM4L7V5K.js";

// src/core/prompts/promptVersionOf.ts
var import_yaml = __toESM(require_dist(), 1);
function promptVersionOf(source) {
  const frontMatter = /^(?:\ufeff)?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1];
  if (frontMatter === void 0) return void 0;
  const document = (0, import_yaml.parseDocument)(frontMatter, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0 || !(0, import_yaml.isMap)(document.contents)) return void 0;
  for (const pair of document.contents.items) {
    if (!(0, import_yaml.isScalar)(pair.key) || normalizeKey(String(pair.key.value)) !== "version") continue;
    return (0, import_yaml.isScalar)(pair.value) && pair.value.value !== null ? scalarText(pair.value, frontMatter) || void 0 : void 0;
  }
  return void 0;
}
export {
  promptVersionOf
};
