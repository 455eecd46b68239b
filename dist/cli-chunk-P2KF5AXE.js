import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// package.json
var package_default = {
  name: "planmark",
  version: "0.1.0",
  description: "Turn the Markdown plans, reviews and prompts of AI coding agents into checked, versioned evidence.",
  scripts: {
    example: "node dist/cli.js check --cwd examples && node scripts/build-example-history.js",
    build: "node scripts/build.js",
    "build:lib": "node scripts/build-lib.js",
    "generate:types": "node scripts/generate-types.js && node scripts/generate-validators.js",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "tsc --noEmit && eslint . && prettier --check . && vitest run",
    prepack: "npm run build:lib",
    "test:unit": "vitest run",
    pretest: "bash scripts/ensure-test-tools.sh",
    "examples:history": "node scripts/build-example-history.js",
    bench: "npm run build && node bench/run.js"
  },
  keywords: [
    "markdown",
    "remark",
    "github-action",
    "ai-agents",
    "execution-plan",
    "checklist"
  ],
  author: "",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/planmark/planmark.git"
  },
  homepage: "https://github.com/planmark/planmark#readme",
  bugs: {
    url: "https://github.com/planmark/planmark/issues"
  },
  type: "module",
  dependencies: {
    lilconfig: "^3.1.5",
    "mdast-util-gfm-footnote": "^2.1.0",
    "mdast-util-gfm-strikethrough": "^2.0.1",
    "mdast-util-gfm-table": "^2.0.1",
    "mdast-util-gfm-task-list-item": "^2.0.1",
    "mdast-util-to-string": "^4.0.0",
    "micromark-extension-gfm-footnote": "^2.1.0",
    "micromark-extension-gfm-strikethrough": "^2.1.0",
    "micromark-extension-gfm-table": "^2.1.2",
    "micromark-extension-gfm-task-list-item": "^2.1.0",
    picomatch: "^4.0.7",
    "remark-frontmatter": "^5.0.0",
    "remark-parse": "^11.0.0",
    tinyglobby: "^0.2.17",
    unified: "^11.0.5",
    vfile: "^6.0.3",
    "vfile-message": "^4.0.4",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/graphql-schema": "^15.26.1",
    "@octokit/openapi": "^23.0.2",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/mdast": "^4.0.4",
    "@types/node": "^26.6.6",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    graphql: "^16.15.0",
    "json-schema-to-typescript": "^16.0.0",
    mermaid: "^11.17.2",
    node: "^24.21.0",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    "rehype-stringify": "^10.0.1",
    "remark-gfm": "^4.0.1",
    "remark-rehype": "^11.1.2",
    "remark-stringify": "^11.0.0",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0",
    "vfile-reporter": "^8.1.1",
    vitest: "^4.1.12"
  },
  allowScripts: {
    node: true,
    esbuild: true
  },
  engines: {
    node: ">=20"
  },
  exports: {
    ".": {
      types: "./lib/types/src/index.d.ts",
      default: "./lib/index.js"
    },
    "./schemas/*": "./schemas/*"
  },
  types: "./lib/types/src/index.d.ts",
  bin: {
    planmark: "dist/cli.js"
  },
  files: [
    "lib",
    "dist/cli.js",
    "dist/cli-*.js",
    "dist/parse-worker.js",
    "schemas",
    "templates",
    "docs",
    "LICENSE"
  ]
};

// src/adapters/outputPathError.ts
var OutputPathError = class extends Error {
  name = "OutputPathError";
};

// src/adapters/configError.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/adapters/missingPathError.ts
var MissingPathError = class extends Error {
  name = "MissingPathError";
};

// src/adapters/gitError.ts
var GitError = class extends Error {
  name = "GitError";
};

// src/pipeline/shardError.ts
var ShardError = class extends Error {
  name = "ShardError";
};

// src/pipeline/historyError.ts
var HistoryError = class extends Error {
  name = "HistoryError";
};

// src/pipeline/rollupInputError.ts
var RollupInputError = class extends Error {
  name = "RollupInputError";
};

// src/cli/usageError.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/core/text/didYouMean.ts
function didYouMean(word, candidates) {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
function editDistance(a, b) {
  const rows = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  const at = (i, j) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      rows[i][j] = value;
    }
  return at(a.length, b.length);
}

export {
  package_default,
  OutputPathError,
  ConfigError,
  MissingPathError,
  GitError,
  ShardError,
  HistoryError,
  RollupInputError,
  UsageError,
  didYouMean
};
