import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commentMarker,
  commentOutputs,
  commentSummary,
  publishStickyComment
} from "./action-chunk-U365DI5R.js";
import "./action-chunk-V6YVRZRR.js";
import "./action-chunk-J5MRMYUC.js";
import {
  readDocumentFile
} from "./action-chunk-YIH567SY.js";
import {
  actionsRuntime
} from "./action-chunk-PQU22YTH.js";
import "./action-chunk-F7KGNBLY.js";
import "./action-chunk-I4IP3VWX.js";
import "./action-chunk-KRRMDRJR.js";
import {
  parseMarkdown
} from "./action-chunk-SCUPJL2T.js";
import "./action-chunk-TS34OH7L.js";
import "./action-chunk-WBEEON2P.js";
import {
  schemaValidator
} from "./action-chunk-K4PHLBO5.js";
import {
  githubApi
} from "./action-chunk-XUGWKKMM.js";
import "./action-chunk-BVVWBJBW.js";
import "./action-chunk-VM4L7V5K.js";

// src/action/postCommentStep.ts
import { resolve } from "node:path";

// src/core/github/commentBodyProblems.ts
var allowedHtml = /<\/?(?:details|summary)>|<!-- planmark:pull-request-comment -->/g;
function commentBodyProblems(body, repositoryUrl) {
  const problems = /* @__PURE__ */ new Set();
  const checkText = (text) => {
    if (/(?:^|[^\w\u200b])@[\w-]/.test(text.replaceAll("@​", ""))) problems.add("a mention");
    if (/#\d|(?<![a-z\d])gh-\d/i.test(text)) problems.add("an issue reference");
    if (/\b(?:https?|ftp):\/\/|\bwww\./i.test(text)) problems.add("a bare address");
  };
  const visit = (node) => {
    if (node.type === "image" || node.type === "imageReference") problems.add("an image");
    if (node.type === "link" && !node.url.startsWith(`${repositoryUrl}/`))
      problems.add(`a link off ${repositoryUrl}`);
    if (node.type === "definition") problems.add("a link definition");
    if (node.type === "html") {
      const rest = node.value.replace(allowedHtml, "");
      if (rest.includes("<")) problems.add("HTML other than <details> and <summary>");
      checkText(rest);
    }
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code")
      checkText(node.value);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(body));
  return [...problems];
}

// src/core/github/readCommentArtifact.ts
function readCommentArtifact(text, expected) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reasons: [`not JSON: ${error.message}`] };
  }
  const validate = schemaValidator("comment-artifact");
  if (!validate(data))
    return {
      ok: false,
      reasons: (validate.errors ?? []).map(
        (error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`
      )
    };
  const artifact = data;
  const reasons = [];
  if (!artifact.body.trimEnd().endsWith(commentMarker) || artifact.body.split(commentMarker).length !== 2)
    reasons.push("the body must end with planmark's marker and hold it once");
  if (artifact.pullRequest !== expected.pullRequest)
    reasons.push(
      `it names pull request #${artifact.pullRequest}, the event #${expected.pullRequest}`
    );
  if (artifact.headSha !== expected.headSha)
    reasons.push(`it describes commit ${artifact.headSha}, the event ${expected.headSha}`);
  for (const problem of commentBodyProblems(artifact.body, expected.repositoryUrl))
    reasons.push(`the body holds ${problem}, which planmark never writes`);
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, artifact };
}

// src/action/postCommentStep.ts
var maxArtifactBytes = 512 * 1024;
async function postCommentStep(inputs, context) {
  const run = context.payload.workflow_run;
  if (!run) throw new Error("Posting a comment artifact needs a workflow_run event.");
  if (!inputs.commentFile)
    throw new Error(
      "Input comment-file is required on workflow_run: the path of the downloaded comment artifact."
    );
  if (run.event !== "pull_request" && run.event !== "pull_request_target")
    return `**Pull-request comment**: nothing to post, the triggering run was a ${run.event} run.
`;
  const api = githubApi(inputs.token, context.repository);
  const label = run.head_repository ? `${run.head_repository.owner.login}:${run.head_branch ?? ""}` : "";
  const pullRequest = run.pull_requests.find((pull) => pull.head.sha === run.head_sha)?.number ?? (label ? await api.pullRequestAt(label, run.head_sha) : void 0);
  if (pullRequest === void 0) {
    actionsRuntime.notice(
      `planmark: no open pull request has head ${run.head_sha}; no comment was posted.`
    );
    return `**Pull-request comment**: no open pull request has head ${run.head_sha}.
`;
  }
  const path = resolve(context.workspace, inputs.commentFile);
  const file = await readDocumentFile(path, maxArtifactBytes).catch((error) => ({
    ok: false,
    reason: error.message
  }));
  if (!file.ok)
    throw new Error(`The comment artifact ${inputs.commentFile} could not be read: ${file.reason}`);
  const { owner, repo } = context.repository;
  const reading = readCommentArtifact(file.source, {
    pullRequest,
    headSha: run.head_sha,
    repositoryUrl: `${context.serverUrl}/${owner}/${repo}`
  });
  if (!reading.ok)
    throw new Error(
      `The comment artifact was refused as untrusted data: ${reading.reasons.join("; ")}.`
    );
  actionsRuntime.output("truncated", String(reading.artifact.truncated));
  const result = await publishStickyComment(api, {
    pullRequest,
    headSha: run.head_sha,
    body: reading.artifact.body,
    marker: commentMarker
  });
  commentOutputs(result);
  return commentSummary(result);
}
export {
  postCommentStep
};
