import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  HistoryError,
  followRenames,
  gitRenames,
  outcomeLabel,
  plansAtCommits,
  stickyCommentPlan
} from "./action-chunk-V6YVRZRR.js";
import {
  checkFiles
} from "./action-chunk-YIH567SY.js";
import {
  actionsRuntime
} from "./action-chunk-PQU22YTH.js";
import {
  boxChanges,
  compareText
} from "./action-chunk-F7KGNBLY.js";
import {
  defuseAutolinks,
  escapeHtml,
  escapeMarkdown,
  isShallowClone,
  removeInvisible,
  runGit,
  writeFileAtomic
} from "./action-chunk-I4IP3VWX.js";
import {
  GitHubApiError,
  githubApi
} from "./action-chunk-XUGWKKMM.js";

// src/action/commentStep.ts
import { join, relative, resolve } from "node:path";

// src/core/render/encodePath.ts
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/core/render/renderPullRequestComment.ts
var commentMarker = "<!-- planmark:pull-request-comment -->";
function renderPullRequestComment(input) {
  const maxLength = input.maxLength ?? 6e4;
  const base = new Map(input.base.map((plan) => [plan.record.path, plan]));
  const headPaths = new Set(input.head.map((plan) => plan.record.path));
  const plans = input.head.filter((plan) => input.touched.has(plan.record.path)).sort((a, b) => compareText(a.record.path, b.record.path));
  const removed = input.base.filter(
    (plan) => input.touched.has(plan.record.path) && !headPaths.has(plan.record.path)
  );
  const href = (path, line) => `${input.fileUrl}/${encodePath(path)}${line ? `#L${line}` : ""}`;
  const name = (record) => input.fileUrl ? `[${escapeMarkdown(record.title)}](${href(record.path)})` : `${escapeMarkdown(record.title)} (${escapeMarkdown(record.path)})`;
  const newFindings = plans.flatMap(({ record }) => {
    const before = /* @__PURE__ */ new Map();
    for (const finding of base.get(record.path)?.record.findings ?? [])
      before.set(finding.ruleId, (before.get(finding.ruleId) ?? 0) + 1);
    return record.findings.flatMap((finding) => {
      const left = before.get(finding.ruleId) ?? 0;
      if (left > 0) {
        before.set(finding.ruleId, left - 1);
        return [];
      }
      return [{ record, finding }];
    });
  });
  const change = ({ record, tickedBoxes }) => {
    const before = base.get(record.path);
    if (!before) return "new plan";
    const { ticked, unticked } = boxChanges(before.tickedBoxes, tickedBoxes);
    const added = record.progress.total - before.record.progress.total;
    const parts = [
      ...ticked ? [`${ticked} ticked`] : [],
      ...unticked ? [`${unticked} unticked`] : [],
      ...added ? [`${added > 0 ? "+" : ""}${added} box${Math.abs(added) === 1 ? "" : "es"}`] : []
    ];
    return parts.length ? parts.join(", ") : "unchanged";
  };
  const done = (record) => `${record.progress.done}/${record.progress.total}`;
  const header = [
    "## planmark",
    "",
    `${plans.length} plan${plans.length === 1 ? "" : "s"} touched by this pull request; ${newFindings.length} new finding${newFindings.length === 1 ? "" : "s"}.`,
    ""
  ];
  const table = plans.length ? [
    "| Plan | Agent | Status | Boxes ticked | Change in this pull request |",
    "| --- | --- | --- | ---: | --- |",
    ...plans.map(
      (plan) => `| ${name(plan.record)} | ${escapeMarkdown(plan.record.agent ?? "–")} | ${outcomeLabel(plan.record)} | ${done(plan.record)} | ${change(plan)} |`
    ),
    ...removed.map(
      ({ record }) => `| ${escapeMarkdown(record.title)} (${escapeMarkdown(record.path)}) | ${escapeMarkdown(record.agent ?? "–")} | – | – | removed |`
    ),
    ""
  ] : [];
  const sections = plans.flatMap(({ record }) => sectionDetails(record));
  const findings = newFindings.length ? [
    "### New findings",
    "",
    ...newFindings.map(({ record, finding }) => {
      const where = `${escapeMarkdown(record.title)}, line ${finding.line}`;
      const place = input.fileUrl ? `[${where}](${href(record.path, finding.line)})` : `${where} (${escapeMarkdown(record.path)})`;
      return `- **${finding.severity}** ${place}: ${escapeMarkdown(finding.message)} (\`${finding.ruleId}\`)`;
    }),
    ""
  ] : [];
  const footer = [
    ...input.reportUrl ? [`[Full report](${encodeURI(input.reportUrl)})`, ""] : [],
    commentMarker
  ];
  const optional = [
    { name: "progress by section", lines: sections },
    { name: "new findings", lines: findings },
    { name: "plan table", lines: table }
  ];
  const compose = (dropped2) => {
    const note = dropped2.length ? [
      `_Left out to stay within GitHub's comment size: ${dropped2.join(", ")}; see the full report._`,
      ""
    ] : [];
    const kept = (section) => dropped2.includes(section) ? [] : optional.find((candidate) => candidate.name === section)?.lines ?? [];
    return [
      ...header,
      ...kept("plan table"),
      ...kept("progress by section"),
      ...kept("new findings"),
      ...note,
      ...footer
    ].join("\n") + "\n";
  };
  const dropped = [];
  let body = compose(dropped);
  for (const section of optional.filter((candidate) => candidate.lines.length > 0)) {
    if (body.length <= maxLength) break;
    dropped.push(section.name);
    body = compose(dropped);
  }
  return { body, truncated: dropped.length > 0 };
}
function sectionDetails(record) {
  const { progress } = record;
  if (progress.phases.length === 0) return [];
  const row = (section, counts, status = "") => `| ${section} | ${counts.done}/${counts.total} | ${status} |`;
  const textStates = progress.boxes.inProgress + progress.boxes.dropped;
  const title = defuseAutolinks(escapeHtml(removeInvisible(record.title))).replace(/\s+/g, " ");
  return [
    `<details><summary>${title}: boxes by section</summary>`,
    "",
    "| Section | Boxes ticked | Status |",
    "| --- | ---: | --- |",
    ...progress.criteria.total > 0 ? [row("Success criteria", progress.criteria)] : [],
    ...progress.phases.map(
      (phase) => row(
        `Phase ${phase.number}: ${escapeMarkdown(phase.name)}`,
        phase,
        (phase.status ?? "").replace(/_/g, " ")
      )
    ),
    ...progress.other.total > 0 ? [row("Other boxes", progress.other)] : [],
    row("**All boxes**", progress),
    "",
    ...textStates > 0 ? [
      `${textStates} item${textStates === 1 ? " is" : "s are"} marked \`[/]\`, \`[~]\` or \`[-]\`: GitHub shows ${textStates === 1 ? "it" : "them"} as text, not as a checkbox, so ${textStates === 1 ? "it is" : "they are"} not counted.`,
      ""
    ] : [],
    "</details>",
    ""
  ];
}

// src/pipeline/publishStickyComment.ts
async function publishStickyComment(api, comment) {
  const currentHead = await api.pullRequestHead(comment.pullRequest);
  if (currentHead !== comment.headSha)
    return {
      action: "skipped",
      removed: [],
      reason: `the pull request's head is now ${currentHead.slice(0, 7)}, not ${comment.headSha.slice(0, 7)}; the run for it writes the comment.`
    };
  const viewerLogin = await api.viewerLogin();
  const planOf = async () => stickyCommentPlan(await api.comments(comment.pullRequest), {
    viewerLogin,
    marker: comment.marker,
    body: comment.body
  });
  let plan = await planOf();
  let created;
  if (plan.action === "create") {
    created = await api.createComment(comment.pullRequest, comment.body);
    plan = await planOf();
  }
  for (const id of plan.remove) await api.deleteComment(id);
  const keep = plan.keep;
  if (!keep) return { action: "created", id: created?.id, url: created?.url, removed: plan.remove };
  if (plan.action === "update") {
    const updated = await api.updateComment(keep.id, comment.body);
    return { action: "updated", id: updated.id, url: updated.url, removed: plan.remove };
  }
  return {
    action: keep.id === created?.id ? "created" : "unchanged",
    id: keep.id,
    url: keep.url,
    removed: plan.remove
  };
}

// src/adapters/missingRefProblem.ts
async function missingRefProblem(cwd, ref) {
  if (await runGit(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) !== void 0)
    return void 0;
  const remotes = (await runGit(cwd, ["remote"]) ?? "").split("\n").filter(Boolean);
  const slash = ref.indexOf("/");
  const remote = slash > 0 ? ref.slice(0, slash) : void 0;
  if (remote !== void 0 && !remotes.includes(remote) && !ref.startsWith("refs/"))
    return `${ref} names no commit: this repository has no remote named ${remote} (${remotes.length > 0 ? `its remotes: ${remotes.join(", ")}` : "it has no remote"}). Add it (git remote add ${remote} URL, then git fetch ${remote}), or name a local branch such as --base main.`;
  if (remote !== void 0 && remotes.includes(remote))
    return `${ref} names no commit here: fetch it (git fetch ${remote} ${ref.slice(slash + 1)}).`;
  return `${ref} names no commit in this repository: name a branch, tag or commit that exists (git branch -a lists the branches).`;
}

// src/pipeline/pullRequestComment.ts
async function pullRequestComment(options) {
  const cwd = options.cwd ?? process.cwd();
  const mergeBase = (await runGit(cwd, ["merge-base", "HEAD", options.base]))?.trim();
  if (!mergeBase) {
    const shallow = await isShallowClone(cwd);
    const problem = shallow ? void 0 : await missingRefProblem(cwd, options.base);
    throw new HistoryError(
      problem ?? `No merge base of HEAD and ${options.base}${shallow ? " in this shallow clone" : ""}: the change is measured at the merge base, so fetch the history (actions/checkout with fetch-depth: 0).`
    );
  }
  const check = options.check ?? await checkFiles([], options);
  const [diff, renames] = await Promise.all([
    runGit(cwd, ["diff", "--relative", "--name-only", "-z", mergeBase, "--", "."]),
    gitRenames(cwd, mergeBase)
  ]);
  const touched = new Set(diff?.split("\0").filter(Boolean) ?? []);
  const [base = []] = await plansAtCommits(
    cwd,
    [mergeBase],
    check.config,
    check.checkedByBlob,
    (path) => touched.has(renames.get(path) ?? path)
  );
  return renderPullRequestComment({
    head: check.plans,
    base: followRenames(base, renames),
    touched,
    ...options.fileUrl ? { fileUrl: options.fileUrl } : {},
    ...options.reportUrl ? { reportUrl: options.reportUrl } : {}
  });
}

// src/action/commentStep.ts
function readOnlyReason(inputs, context) {
  const pull = context.payload.pull_request;
  if (!inputs.token) return "no github-token was given";
  if (pull && pull.head.repo?.full_name !== pull.base.repo.full_name)
    return "this pull request comes from a fork, and GitHub gives its runs a read-only token";
  if (context.payload.sender?.login === "dependabot[bot]")
    return "Dependabot's runs get a read-only token";
  return void 0;
}
function commentSummary(result) {
  const removed = result.removed.length > 0 ? ` (${result.removed.length} duplicate removed)` : "";
  if (result.action === "skipped")
    return `**Pull-request comment**: not written: ${result.reason ?? ""}
`;
  return `**Pull-request comment**: ${result.action}${removed}: ${result.url ?? ""}
`;
}
function commentOutputs(result) {
  if (result.id !== void 0) actionsRuntime.output("comment-id", result.id);
  if (result.url) actionsRuntime.output("comment-url", result.url);
}
async function commentStep(inputs, context, where) {
  const pull = context.payload.pull_request;
  if (!pull)
    throw new Error(
      `Mode comment needs a pull_request event (or workflow_run with comment-file); this run is ${context.eventName || "not an event"}.`
    );
  if (!inputs.comment && !inputs.commentFile) return `**Pull-request comment**: off.
`;
  const reportPath = relative(
    context.workspace,
    join(where.cwd, where.check.config.reportsDir, "report.md")
  ).split("\\").join("/");
  const { owner, repo } = context.repository;
  const folder = relative(context.workspace, where.cwd).split("\\").join("/");
  const comment = await pullRequestComment({
    cwd: where.cwd,
    configPath: inputs.config,
    base: pull.base.sha,
    check: where.check,
    fileUrl: `${context.serverUrl}/${owner}/${repo}/blob/${pull.head.sha}${folder ? `/${encodePath(folder)}` : ""}`,
    reportUrl: `${context.serverUrl}/${owner}/${repo}/blob/${encodePath(pull.base.ref)}/${reportPath}`
  });
  actionsRuntime.output("truncated", String(comment.truncated));
  if (inputs.commentFile) {
    const artifact = {
      format: "planmark-comment",
      version: 1,
      pullRequest: pull.number,
      headSha: pull.head.sha,
      body: comment.body,
      truncated: comment.truncated
    };
    const path = resolve(context.workspace, inputs.commentFile);
    await writeFileAtomic(path, `${JSON.stringify(artifact, null, 2)}
`);
    actionsRuntime.output("comment-file", path);
    return `**Pull-request comment**: written to ${inputs.commentFile} for the workflow_run workflow to post.

${comment.body}`;
  }
  let reason = readOnlyReason(inputs, context);
  if (!reason) {
    try {
      const result = await publishStickyComment(githubApi(inputs.token, context.repository), {
        pullRequest: pull.number,
        headSha: pull.head.sha,
        body: comment.body,
        marker: commentMarker
      });
      commentOutputs(result);
      return commentSummary(result);
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.kind === "forbidden")) throw error;
      reason = "the token may not write pull-request comments (it needs pull-requests: write)";
    }
  }
  actionsRuntime.notice(
    `planmark: no pull-request comment was posted: ${reason}. The comment is in the job summary; to post it from forks, use the two-workflow mode (comment-file and a workflow_run workflow, see the README).`
  );
  return `**Pull-request comment**: not posted: ${reason}.

${comment.body}`;
}

export {
  commentMarker,
  publishStickyComment,
  commentSummary,
  commentOutputs,
  commentStep
};
