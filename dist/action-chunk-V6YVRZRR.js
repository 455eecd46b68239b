import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renamePairs
} from "./action-chunk-J5MRMYUC.js";
import {
  cacheKey,
  checkDocumentSet,
  documentGlobs,
  parseWhenNeeded
} from "./action-chunk-F7KGNBLY.js";
import {
  filesAtCommit,
  readBlobs,
  runGit
} from "./action-chunk-I4IP3VWX.js";
import {
  VFile,
  deserializeChecked
} from "./action-chunk-WBEEON2P.js";

// src/core/render/outcomeLabel.ts
var openLabels = {
  in_progress: "in progress",
  blocked: "blocked",
  unknown: "no status stated"
};
function outcomeLabel(record) {
  const { claimed, verified } = record.status;
  const stated = claimed.replace(/_/g, " ");
  if (verified === "open") return openLabels[claimed] ?? stated;
  if (verified === "success") return "completed, every box ticked";
  if (verified === "unverifiable") return `${stated}, nothing to check it against`;
  if (claimed !== "completed") return stated;
  const { reviewer } = record.status;
  if (reviewer === "failure" || reviewer === "partial")
    return `claims completed, but its reviewer found it ${reviewer === "failure" ? "failed" : "partial"}`;
  return "claims completed, boxes left unticked";
}

// src/core/github/isTokenIdentity.ts
function isTokenIdentity(authorLogin, viewerLogin) {
  return authorLogin === viewerLogin || authorLogin === `${viewerLogin}[bot]`;
}

// src/core/github/stickyCommentPlan.ts
function stickyCommentPlan(comments, options) {
  const ours = comments.filter(
    (comment) => comment.body.includes(options.marker) && isTokenIdentity(comment.authorLogin, options.viewerLogin)
  ).sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = ours;
  const remove = duplicates.map((comment) => comment.id);
  if (!keep) return { action: "create", remove };
  return { action: keep.body === options.body ? "unchanged" : "update", keep, remove };
}

// src/adapters/gitRenames.ts
async function gitRenames(cwd, from, to) {
  const output = await runGit(cwd, [
    "--literal-pathspecs",
    "diff",
    "--relative",
    "--name-status",
    "-M",
    "--diff-filter=R",
    "-z",
    from,
    ...to ? [to] : [],
    "--",
    "."
  ]);
  const renames = /* @__PURE__ */ new Map();
  for (const { from: from2, to: to2 } of renamePairs(output ?? "")) renames.set(from2, to2);
  return renames;
}

// src/core/aggregate/followRenames.ts
function followRenames(plans, renames) {
  return plans.map((plan) => {
    const path = renames.get(plan.record.path);
    return path ? { ...plan, record: { ...plan.record, path } } : plan;
  });
}

// src/pipeline/plansAtCommits.ts
async function plansAtCommits(cwd, commits, config, known = /* @__PURE__ */ new Map(), recordsOf) {
  const globs = documentGlobs(config);
  const listings = await Promise.all(
    commits.map((commit) => commit ? filesAtCommit(cwd, commit) : Promise.resolve([]))
  );
  const documents = listings.map((files) => files.filter((file) => globs.isDocument(file.path)));
  const parsed = /* @__PURE__ */ new Map();
  const unknown = documents.flat().filter((file) => {
    const key = cacheKey(file.path, file.blobId);
    if (parsed.has(key)) return false;
    const checked = known.get(key);
    if (checked) parsed.set(key, deserializeChecked(checked).parsed);
    return !checked;
  });
  const blobs = await readBlobs(cwd, [...new Set(unknown.map((file) => file.blobId))]);
  const jobs = /* @__PURE__ */ new Map();
  for (const file of unknown) {
    const source = blobs.get(file.blobId);
    const kindHint = globs.kindHint(file.path);
    if (source !== void 0)
      jobs.set(cacheKey(file.path, file.blobId), {
        path: file.path,
        source,
        blobId: file.blobId,
        ...kindHint ? { kindHint } : {}
      });
  }
  const results = await parseWhenNeeded([...jobs.values()], config);
  [...jobs.keys()].forEach(
    (key, index) => parsed.set(key, deserializeChecked(results[index]).parsed)
  );
  const promptVersions = /* @__PURE__ */ new Map();
  return documents.map((files) => {
    const snapshot = files.flatMap((file) => {
      const document = parsed.get(cacheKey(file.path, file.blobId));
      return document ? [{ ...document, file: withOwnMessages(document.file) }] : [];
    });
    for (const { document } of snapshot)
      if (document.kind === "prompt" && document.id && document.version)
        promptVersions.set(
          document.id,
          /* @__PURE__ */ new Set([...promptVersions.get(document.id) ?? [], document.version])
        );
    return checkDocumentSet(snapshot, config.rules, {
      promptVersions,
      successRateTolerance: config.successRateTolerance,
      ...recordsOf ? { recordsOf } : {}
    });
  });
}
function withOwnMessages(file) {
  const copy = new VFile({ path: file.path });
  copy.messages.push(...file.messages);
  return copy;
}

// src/pipeline/historyError.ts
var HistoryError = class extends Error {
  name = "HistoryError";
};

export {
  outcomeLabel,
  stickyCommentPlan,
  gitRenames,
  followRenames,
  plansAtCommits,
  HistoryError
};
