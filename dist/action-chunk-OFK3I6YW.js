import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/extract/dialects/dialectOf.ts
function dialectOf(document) {
  if ((document.kind === "plan" || document.kind === "checklist") && document.dialect)
    return document.dialect;
  return document.kind === "checklist" ? "generic" : "planmark";
}

export {
  dialectOf
};
