import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

export {
  renamePairs
};
