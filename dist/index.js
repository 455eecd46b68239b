import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkFiles,
  documentsOf
} from "./action-chunk-YIH567SY.js";
import {
  isIsoWeek
} from "./action-chunk-DWTEZ2NR.js";
import {
  actionsRuntime
} from "./action-chunk-PQU22YTH.js";
import {
  cacheStamp,
  findingOf,
  loadConfig,
  severityOf
} from "./action-chunk-F7KGNBLY.js";
import {
  escapeMarkdown
} from "./action-chunk-I4IP3VWX.js";
import "./action-chunk-KRRMDRJR.js";
import {
  dialectOf
} from "./action-chunk-OFK3I6YW.js";
import "./action-chunk-TS34OH7L.js";
import {
  resolveConfig
} from "./action-chunk-WBEEON2P.js";
import "./action-chunk-VM4L7V5K.js";

// src/action/run.ts
import { join as join3, resolve } from "node:path";

// src/adapters/isFolder.ts
import { stat } from "node:fs/promises";
async function isFolder(path) {
  return (await stat(path).catch(() => void 0))?.isDirectory() === true;
}

// src/action/actionInputs.ts
var modes = ["auto", "check", "comment", "commit", "weekly"];
var failOnValues = ["error", "warning", "never"];
function oneOf(name, value, allowed) {
  if (!allowed.includes(value))
    throw new Error(
      `Input ${name} must be ${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1) ?? ""}; found "${value}".`
    );
  return value;
}
function flag(name, fallback) {
  const value = actionsRuntime.input(name).toLowerCase();
  if (value === "") return fallback;
  if (value === "on" || value === "true") return true;
  if (value === "off" || value === "false") return false;
  throw new Error(`Input ${name} must be on or off; found "${value}".`);
}
function actionInputs() {
  const { input } = actionsRuntime;
  const token = input("github-token");
  if (token) actionsRuntime.secret(token);
  const failOn = input("fail-on");
  const week = input("week");
  if (week && week !== "last" && !isIsoWeek(week))
    throw new Error(`Input week must be an ISO week such as 2026-W48, or last; found "${week}".`);
  return {
    token,
    paths: actionsRuntime.lines("paths"),
    workingDirectory: input("working-directory") || ".",
    config: input("config") || void 0,
    mode: oneOf("mode", input("mode") || "auto", modes),
    commitBranch: input("commit-branch"),
    commitMessage: input("commit-message"),
    comment: flag("comment", true),
    commentFile: input("comment-file"),
    failOn: failOn ? oneOf("fail-on", failOn, failOnValues) : void 0,
    week,
    weeklyIssue: flag("weekly-issue", false),
    dryRun: flag("dry-run", false),
    cache: flag("cache", true)
  };
}

// src/action/resolveMode.ts
function resolveMode(mode, eventName) {
  if (mode !== "auto") return mode;
  if (["pull_request", "pull_request_target", "workflow_run"].includes(eventName)) return "comment";
  if (eventName === "push") return "commit";
  if (eventName === "schedule") return "weekly";
  return "check";
}

// src/action/tokenNeeded.ts
function tokenNeeded(mode, inputs) {
  if (inputs.dryRun || mode !== "commit" && mode !== "weekly") return void 0;
  const permissions = mode === "weekly" && inputs.weeklyIssue ? "contents: write and issues: write" : "contents: write";
  return `Input github-token is empty: the ${mode} mode commits through GitHub's API and needs a token with ${permissions}. Pass github-token: \${{ github.token }} and give the job "permissions: ${permissions}".`;
}

// src/adapters/cacheServiceNamed.ts
function cacheServiceNamed() {
  return Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL);
}

// src/adapters/folderFingerprint.ts
import { readdir, stat as stat2 } from "node:fs/promises";
import { join } from "node:path";
async function folderFingerprint(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  const lines = await Promise.all(
    names.map(async (name) => {
      const info = await stat2(join(dir, name), { bigint: true }).catch(() => void 0);
      return info ? `${name}\0${info.ino}\0${info.size}\0${info.mtimeNs}` : "";
    })
  );
  return lines.join("\n");
}

// src/action/cacheStep.ts
async function cacheStep(inputs, context, where) {
  if (!inputs.cache) return void 0;
  const { cacheDir } = where;
  const config = await loadConfig(where.cwd, inputs.config).then(
    (loaded) => resolveConfig(loaded.config),
    () => void 0
  );
  if (!config) return void 0;
  const noService = () => {
    actionsRuntime.notice(
      "planmark: this runner has no cache service (GitHub Enterprise Server without one, or a run outside GitHub Actions), so every run parses every document; set the input cache to off to silence this."
    );
    return void 0;
  };
  if (!cacheServiceNamed()) return noService();
  const { actionsCache } = await import("./action-actionsCache-GEL6CTTK.js");
  if (!actionsCache.available()) return noService();
  const stamp = cacheStamp(config);
  const prefix = `planmark-${stamp}-`;
  const key = `${prefix}${context.sha}`;
  const failed = (doing) => (error) => {
    actionsRuntime.notice(
      `planmark: the cache could not be ${doing} (${error instanceof Error ? error.message : String(error)}); the run goes on without it.`
    );
    return void 0;
  };
  const restored = await actionsCache.restore(cacheDir, key, [prefix]).catch(failed("restored"));
  const before = await folderFingerprint(cacheDir);
  return {
    async finish(use) {
      const changed = await folderFingerprint(cacheDir) !== before;
      const saved = restored === key ? "not saved (this commit has an entry)" : !changed ? "not saved (nothing changed)" : await actionsCache.save(cacheDir, key).catch(failed("saved")) ? `saved as \`${key}\`` : "not saved (the cache service did not take it: see the warning in the log)";
      const from = restored ? `restored \`${restored}\`${restored === key ? "" : " (an earlier commit's)"}` : "no entry to restore";
      const counts = use ? `; ${use.recalled} documents reused, ${use.parsed} parsed` : "";
      return `**Cache:** ${from}${counts}; ${saved}.
`;
    }
  };
}

// src/action/checkStep.ts
import { join as join2, relative } from "node:path";

// src/core/render/progressRows.ts
function progressRows(documents) {
  return documents.flatMap((document) => {
    const { checked, unchecked } = document.checkboxes;
    const total = checked + unchecked;
    if (total === 0 && document.kind !== "plan") return [];
    const row = {
      path: document.identity.path,
      kind: document.kind,
      done: checked,
      total
    };
    if ("agent" in document && document.agent) row.agent = document.agent;
    if (document.kind === "plan" && document.finalStatus?.completionStatus)
      row.claimed = document.finalStatus.completionStatus;
    return [row];
  });
}
function percent(row) {
  return row.total === 0 ? "-" : `${(100 * row.done / row.total).toFixed(0)}%`;
}

// src/core/render/renderCheckSummary.ts
var severityOrder = { error: 0, warning: 1, info: 2 };
function renderCheckSummary({
  headline,
  documents,
  findings,
  maxFindings = 500
}) {
  const lines = ["## planmark check", "", escapeMarkdown(headline), ""];
  const rows = progressRows(documents);
  if (rows.length > 0) {
    lines.push(
      "| Document | Kind | Agent | Claimed | Done | % |",
      "| --- | --- | --- | --- | ---: | ---: |"
    );
    for (const row of rows) {
      const cells = [row.path, row.kind, row.agent ?? "-", row.claimed ?? "-"].map(escapeMarkdown);
      lines.push(`| ${cells.join(" | ")} | ${row.done}/${row.total} | ${percent(row)} |`);
    }
    lines.push("");
  }
  const sorted = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  if (sorted.length > 0) {
    lines.push(
      "### Findings",
      "",
      "| Severity | Where | Rule | Finding |",
      "| --- | --- | --- | --- |"
    );
    for (const finding of sorted.slice(0, maxFindings)) {
      const where = `${finding.path}:${finding.line ?? 1}:${finding.column ?? 1}`;
      lines.push(
        `| ${finding.severity} | ${escapeMarkdown(where)} | ${escapeMarkdown(finding.ruleId ?? "")} | ${escapeMarkdown(finding.reason)} |`
      );
    }
    if (sorted.length > maxFindings)
      lines.push(
        "",
        `${sorted.length - maxFindings} more findings are not listed; run \`planmark check\` to see them all.`
      );
    lines.push("");
  }
  return `${lines.join("\n")}
`;
}

// src/core/render/selectAnnotations.ts
var annotationsPerLevel = 10;
function selectAnnotations(findings) {
  const bySeverity = (severity) => findings.filter((finding) => finding.severity === severity);
  const errors = bySeverity("error").slice(0, annotationsPerLevel);
  const warnings = bySeverity("warning").slice(0, annotationsPerLevel);
  const infoSlots = annotationsPerLevel - 1;
  const infos = bySeverity("info");
  const omittedBeforeInfos = findings.length - errors.length - warnings.length - infos.length;
  const fitsAllInfos = omittedBeforeInfos === 0 && infos.length <= annotationsPerLevel;
  const chosenInfos = fitsAllInfos ? infos : infos.slice(0, infoSlots);
  const annotate = [...errors, ...warnings, ...chosenInfos];
  return { annotate, omitted: findings.length - annotate.length };
}

// src/pipeline/summarize.ts
function summarize(result) {
  const kinds = {};
  const dialects = {};
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const { file, parsed } of result.files) {
    const kind = parsed?.document.kind ?? "unreadable";
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (parsed) {
      const dialect = dialectOf(parsed.document);
      dialects[dialect] = (dialects[dialect] ?? 0) + 1;
    }
    for (const message of file.messages) {
      const severity = severityOf(message);
      if (severity === "error") errors++;
      else if (severity === "warning") warnings++;
      else infos++;
    }
  }
  const byKind = Object.entries(kinds).sort(([a], [b]) => a < b ? -1 : 1).map(([kind, count]) => `${count} ${kind}`).join(", ");
  const byDialect = Object.entries(dialects).filter(([dialect]) => dialect !== "planmark" && dialect !== "generic").sort(([a], [b]) => a < b ? -1 : 1).map(([dialect, count]) => `${count} ${dialect}`).join(", ");
  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const found = byDialect ? `${byKind}; dialects: ${byDialect}` : byKind || "none";
  const line = `planmark: ${plural(result.files.length, "document")} checked (${found}): ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}`;
  return { documents: result.files.length, kinds, dialects, errors, warnings, infos, line };
}
function failingCount(summary, failOn) {
  return failOn === "error" ? summary.errors : failOn === "warning" ? summary.errors + summary.warnings : 0;
}

// src/action/checkStep.ts
async function checkStep(inputs, where) {
  const { workspace, cwd, cacheDir } = where;
  const runtime = actionsRuntime;
  const result = await checkFiles(inputs.paths, {
    cwd,
    configPath: inputs.config,
    cacheDir,
    onNotice: (message) => actionsRuntime.notice(message)
  });
  const summary = summarize(result);
  const fromRoot = (path) => relative(workspace, join2(cwd, path)).split("\\").join("/");
  const findings = result.files.flatMap(
    ({ file }) => file.messages.map((message) => findingOf(fromRoot(file.path), message))
  );
  const { annotate, omitted } = selectAnnotations(findings);
  for (const finding of annotate) runtime.annotate(finding);
  if (omitted > 0)
    runtime.notice(`planmark: ${omitted} more findings are listed in the job summary.`);
  const documents = documentsOf(result).map((document) => ({
    ...document,
    identity: { ...document.identity, path: fromRoot(document.identity.path) }
  }));
  const done = documents.reduce((sum, document) => sum + document.checkboxes.checked, 0);
  const total = documents.reduce(
    (sum, document) => sum + document.checkboxes.checked + document.checkboxes.unchecked,
    0
  );
  const plans = documents.flatMap((document) => document.kind === "plan" ? [document] : []);
  runtime.output("documents", summary.documents);
  runtime.output("plans-total", plans.length);
  runtime.output(
    "plans-completed",
    plans.filter((plan) => plan.finalStatus?.completionStatus === "completed").length
  );
  runtime.output("tasks-done", done);
  runtime.output("tasks-total", total);
  runtime.output("completion", total === 0 ? "0" : (100 * done / total).toFixed(1));
  runtime.output("errors", summary.errors);
  runtime.output("warnings", summary.warnings);
  const failOn = inputs.failOn ?? result.config.failOn;
  const failing = failingCount(summary, failOn);
  return {
    result,
    summary: renderCheckSummary({ headline: summary.line, documents, findings }),
    failure: failing > 0 ? `${summary.line} (fail-on: ${failOn})` : void 0
  };
}

// src/action/run.ts
async function run() {
  const runtime = actionsRuntime;
  const sections = [];
  let cache;
  let cacheUse;
  try {
    const inputs = actionInputs();
    const context = runtime.context();
    const mode = resolveMode(inputs.mode, context.eventName);
    const cwd = resolve(context.workspace, inputs.workingDirectory);
    if (!await isFolder(cwd))
      throw new Error(
        `Input working-directory: the folder ${inputs.workingDirectory} does not exist in the workspace (${cwd}); check the path, and that actions/checkout ran before planmark.`
      );
    const missingToken = tokenNeeded(mode, inputs);
    if (missingToken && !inputs.token) throw new Error(missingToken);
    if (mode === "comment" && context.eventName === "workflow_run") {
      const { postCommentStep } = await import("./action-postCommentStep-MLLTNVG2.js");
      sections.push(await postCommentStep(inputs, context));
      return;
    }
    const cacheDir = join3(context.runnerTemp, "planmark-cache");
    cache = await cacheStep(inputs, context, { cwd, cacheDir });
    const check = await checkStep(inputs, { workspace: context.workspace, cwd, cacheDir });
    sections.push(check.summary);
    cacheUse = check.result.cacheUse;
    if (mode === "comment") {
      const { commentStep } = await import("./action-commentStep-WRJUJOJM.js");
      sections.push(await commentStep(inputs, context, { cwd, check: check.result }));
    }
    const { config } = check.result;
    if (mode === "commit") {
      const [{ commitStep }, { analyze }, gitHubEvidence] = await Promise.all([
        import("./action-commitStep-MSYKIRDR.js"),
        import("./action-analyze-4STEDCRK.js"),
        inputs.token && config.evidence.github && config.evidence.outcomes ? gitHubPulls(inputs.token, context.repository) : void 0
      ]);
      sections.push(
        await commitStep(inputs, context, cwd, {
          generate: async (treeCwd) => (await analyze(inputs.paths, {
            cwd: treeCwd,
            configPath: inputs.config,
            cacheDir,
            ...gitHubEvidence ? { learnPulls: gitHubEvidence } : {}
          })).outputs,
          outputDirs: [config.metricsDir, config.reportsDir],
          headline: inputs.commitMessage || "planmark: update analytics",
          reportPath: `${config.reportsDir}/report.md`
        })
      );
    }
    if (mode === "weekly") {
      const { weeklyStep } = await import("./action-weeklyStep-NZFOZLW3.js");
      sections.push(...await weeklyStep(inputs, context, cwd, config));
    }
    if (check.failure) runtime.fail(check.failure);
  } catch (error) {
    runtime.fail(error instanceof Error ? error.message : String(error));
  } finally {
    if (cache) sections.push(await cache.finish(cacheUse));
    if (sections.length > 0) await runtime.summary(sections.join("\n"));
  }
}
async function gitHubPulls(token, repository) {
  const [{ githubApi }, { learnPulls }] = await Promise.all([
    import("./action-githubApi-THZHXLW2.js"),
    import("./action-learnPulls-Z473IG2Q.js")
  ]);
  return learnPulls(githubApi(token, repository), (message) => actionsRuntime.notice(message));
}

// src/action/main.ts
await run();
