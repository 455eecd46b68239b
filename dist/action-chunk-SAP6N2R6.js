import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsRuntime
} from "./action-chunk-PQU22YTH.js";
import {
  checkOutputPath,
  escapeMarkdown,
  filesAtCommit,
  gitBlobId,
  gitCommand,
  isShallowClone,
  runGit,
  writeFileAtomic
} from "./action-chunk-I4IP3VWX.js";
import {
  GitHubApiError,
  githubApi
} from "./action-chunk-XUGWKKMM.js";

// src/action/commitStep.ts
import { join as join3, relative } from "node:path";

// src/pipeline/commitBack.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/adapters/gitBranchHead.ts
async function gitBranchHead(cwd, branch) {
  const tracking = `refs/remotes/origin/${branch}`;
  const fetch = await gitCommand(cwd, [
    "fetch",
    "--quiet",
    "--no-tags",
    "origin",
    `+refs/heads/${branch}:${tracking}`
  ]);
  if (fetch.code !== 0) return void 0;
  const head = await gitCommand(cwd, ["rev-parse", "--verify", `${tracking}^{commit}`]);
  return head.code === 0 ? head.stdout.trim() : void 0;
}

// src/adapters/gitPushCommit.ts
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var botIdentity = {
  GIT_AUTHOR_NAME: "github-actions[bot]",
  GIT_AUTHOR_EMAIL: "41898282+github-actions[bot]@users.noreply.github.com",
  GIT_COMMITTER_NAME: "github-actions[bot]",
  GIT_COMMITTER_EMAIL: "41898282+github-actions[bot]@users.noreply.github.com"
};
async function gitPushCommit(cwd, commit) {
  const index = join(tmpdir(), `planmark-index-${randomBytes(6).toString("hex")}`);
  const env = { ...botIdentity, GIT_INDEX_FILE: index };
  const step = async (args, input) => {
    const result = await gitCommand(cwd, args, { env, ...input === void 0 ? {} : { input } });
    if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`);
    return result.stdout.trim();
  };
  try {
    await step(["read-tree", commit.parent]);
    for (const file of commit.files) {
      const blob = await step(["hash-object", "-w", "--stdin"], file.content);
      await step(["update-index", "--add", "--cacheinfo", `100644,${blob},${file.path}`]);
    }
    const tree = await step(["write-tree"]);
    const oid = await step([
      "commit-tree",
      tree,
      "-p",
      commit.parent,
      "-m",
      commit.headline,
      "-m",
      commit.body
    ]);
    const push = await gitCommand(cwd, [
      "push",
      "--quiet",
      "origin",
      `${oid}:refs/heads/${commit.branch}`
    ]);
    if (push.code === 0) return { kind: "landed", oid };
    const detail = push.stderr.trim();
    if (/protected branch|GH006|GH013|rule violations/i.test(detail))
      return { kind: "refused", reason: "protected", detail };
    if (/\b403\b|permission .* denied|not accessible/i.test(detail))
      return { kind: "refused", reason: "forbidden", detail };
    if (/non-fast-forward|fetch first|\[rejected\]|stale info/i.test(detail))
      return { kind: "stale" };
    return { kind: "refused", reason: "other", detail };
  } finally {
    await rm(index, { force: true });
  }
}

// src/adapters/gitWorktree.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
async function gitWorktree(cwd, commit) {
  const path = await mkdtemp(join2(tmpdir2(), "planmark-worktree-"));
  const added = await gitCommand(cwd, [
    "worktree",
    "add",
    "--quiet",
    "--force",
    "--detach",
    path,
    commit
  ]);
  if (added.code !== 0) {
    await rm2(path, { recursive: true, force: true });
    throw new Error(`git worktree add ${commit} failed: ${added.stderr.trim()}`);
  }
  return {
    path,
    remove: async () => {
      await gitCommand(cwd, ["worktree", "remove", "--force", path]);
      await rm2(path, { recursive: true, force: true });
    }
  };
}

// src/pipeline/commitBack.ts
var CommitError = class extends Error {
  name = "CommitError";
};
async function commitBack(options) {
  const deadline = Date.now() + (options.budgetMs ?? 12e4);
  const branchHead = async () => {
    const head2 = await gitBranchHead(options.root, options.branch);
    if (!head2)
      throw new CommitError(
        `Branch ${options.branch} was not found on origin: create it first, or set commit-branch to an existing branch.`
      );
    return head2;
  };
  let head = options.checkedOut ?? await branchHead();
  let files = await options.generate(options.root);
  let useGit = false;
  let worktree;
  try {
    for (let attempt = 1; ; attempt++) {
      for (const file of files)
        if (!options.allowedDirs.some((dir) => file.path.startsWith(`${dir}/`)))
          throw new CommitError(
            `Refusing to commit ${file.path}: it is outside ${options.allowedDirs.join(" and ")}.`
          );
      const changedPaths = await changedFiles(options.root, head, files);
      if (changedPaths.length === 0) {
        if (attempt > 1 && options.runMarker && (await messageOf(options.root, head)).includes(options.runMarker))
          return { changed: true, files, changedPaths: [], commit: head, attempts: attempt - 1 };
        return { changed: false, files, changedPaths, attempts: attempt - 1 };
      }
      if (options.dryRun) return { changed: true, files, changedPaths, attempts: attempt - 1 };
      const changes = files.filter((file) => changedPaths.includes(file.path));
      let outcome;
      if (options.api && !useGit) {
        outcome = await commitThroughApi(options.api, options, head, changes);
        if (outcome.kind === "unsupported") {
          options.onNotice?.(
            "planmark: this GitHub has no createCommitOnBranch; committing with git push instead (the commit will not show as Verified)."
          );
          useGit = true;
        }
      }
      if (!outcome || outcome.kind === "unsupported")
        outcome = await gitPushCommit(options.root, {
          parent: head,
          branch: options.branch,
          headline: options.headline,
          body: commitBody(options.runMarker),
          files: changes
        });
      if (outcome.kind === "landed")
        return { changed: true, files, changedPaths, commit: outcome.oid, attempts: attempt };
      if (outcome.kind === "refused")
        throw new CommitError(refusal(outcome.reason, options.branch, outcome.detail));
      const wait = 500 * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
      if (Date.now() + wait > deadline)
        throw new CommitError(
          `${options.branch} kept moving: gave up after ${attempt} attempts. Nothing was committed; the next run will try again.`
        );
      options.onNotice?.(
        `planmark: ${options.branch} moved while committing; ${options.regenerateOnMove ? "regenerating from" : "committing on"} its new head (attempt ${attempt + 1}).`
      );
      await sleep(wait);
      head = await branchHead();
      if (options.regenerateOnMove) {
        await worktree?.remove();
        worktree = await gitWorktree(options.root, head);
        files = await options.generate(worktree.path);
      }
    }
  } finally {
    await worktree?.remove();
  }
}
async function messageOf(root, commit) {
  return await runGit(root, ["log", "-1", "--format=%B", commit]) ?? "";
}
function commitBody(runMarker) {
  return runMarker ? `Generated by planmark in ${runMarker}` : "Generated by planmark.";
}
async function changedFiles(root, commit, files) {
  const listed = await filesAtCommit(
    root,
    commit,
    files.map((file) => file.path)
  );
  const blobs = new Map(listed.map((file) => [file.path, file.blobId]));
  return files.filter((file) => blobs.get(file.path) !== gitBlobId(Buffer.from(file.content))).map((file) => file.path);
}
async function commitThroughApi(api, options, head, files) {
  try {
    const oid = await api.createCommitOnBranch({
      branch: options.branch,
      expectedHeadOid: head,
      headline: options.headline,
      body: commitBody(options.runMarker),
      files
    });
    return { kind: "landed", oid };
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    if (error.kind === "stale") return { kind: "stale" };
    if (error.kind === "unsupported") return { kind: "unsupported" };
    if (error.kind === "forbidden" || error.kind === "protected")
      return { kind: "refused", reason: error.kind, detail: error.message };
    throw new CommitError(`GitHub refused the commit to ${options.branch}: ${error.message}`);
  }
}
function refusal(reason, branch, detail) {
  if (reason === "forbidden")
    return `planmark could not commit to ${branch}: the token lacks the contents: write permission (${detail}). Add "permissions: contents: write" to the job, or pass a GitHub App token as github-token.`;
  if (reason === "protected")
    return `planmark could not commit to ${branch}: the branch is protected (${detail}). Commit to a dedicated branch with commit-branch (e.g. planmark-data), or pass the token of a GitHub App allowed to bypass the rule as github-token.`;
  return `planmark could not commit to ${branch}: ${detail}`;
}

// src/action/commitStep.ts
function branchOf(ref) {
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
}
async function commitStep(inputs, context, cwd, plan) {
  const currentBranch = branchOf(context.ref);
  const branch = inputs.commitBranch || currentBranch;
  if (!branch)
    throw new Error(
      `There is no branch to commit to: ${context.ref || "GITHUB_REF"} is not a branch; set commit-branch.`
    );
  const root = context.workspace;
  if (await isShallowClone(root))
    throw new Error(
      "This is a shallow clone: the analytics are dated by the last commit that changed the documents, and the weekly report reads past weeks, so both need the history. Check out with fetch-depth: 0."
    );
  const prefix = relative(root, cwd).split("\\").join("/");
  const fromRoot = (path) => prefix ? `${prefix}/${path}` : path;
  const checkedOut = branch === currentBranch ? (await runGit(root, ["rev-parse", "HEAD"]))?.trim() : void 0;
  const result = await commitBack({
    root,
    branch,
    ...checkedOut ? { checkedOut } : {},
    generate: async (treeRoot) => (await plan.generate(join3(treeRoot, prefix))).map((file) => ({
      ...file,
      path: fromRoot(file.path)
    })),
    regenerateOnMove: branch === currentBranch,
    allowedDirs: plan.outputDirs.map(fromRoot),
    headline: plan.headline,
    runMarker: context.runUrl,
    ...inputs.token ? { api: githubApi(inputs.token, context.repository) } : {},
    dryRun: inputs.dryRun,
    onNotice: (message) => actionsRuntime.notice(message)
  });
  for (const file of result.files)
    await writeFileAtomic(await checkOutputPath(root, file.path, "The output"), file.content);
  actionsRuntime.output("report-path", fromRoot(plan.reportPath));
  actionsRuntime.output("changed", String(result.changed));
  if (result.commit) actionsRuntime.output("commit-sha", result.commit);
  const paths = result.changedPaths.map((path) => `- ${escapeMarkdown(path)}`).join("\n");
  const heading = `**Commit to ${escapeMarkdown(branch)}**`;
  if (!result.changed) return `${heading}: unchanged, nothing to commit.
`;
  if (inputs.dryRun) return `${heading}: dry run, would commit:

${paths}
`;
  const retried = result.attempts > 1 ? ` after ${result.attempts} attempts (the branch moved)` : "";
  return `${heading}: ${result.commit ?? ""}${retried}:

${paths}
`;
}

export {
  commitStep
};
