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
  commitStep
} from "./action-chunk-SAP6N2R6.js";
import {
  distribution,
  documentLink,
  finishedMinutes,
  formatNumber,
  formatRate,
  isFinished,
  mermaidLabel,
  probabilityGreater,
  verdictThreshold
} from "./action-chunk-CGPHS5E6.js";
import "./action-chunk-J5MRMYUC.js";
import {
  lastFullWeek,
  weekBounds,
  weeksEndingWith
} from "./action-chunk-DWTEZ2NR.js";
import {
  actionsRuntime
} from "./action-chunk-PQU22YTH.js";
import {
  compareText,
  isGitWorkTree,
  loadConfig,
  round,
  verifiedRate
} from "./action-chunk-F7KGNBLY.js";
import {
  checkOutputPath,
  commitBefore,
  defuseAutolinks,
  escapeHtml,
  escapeMarkdown,
  isShallowClone,
  removeInvisible
} from "./action-chunk-I4IP3VWX.js";
import "./action-chunk-KRRMDRJR.js";
import {
  resolveConfig
} from "./action-chunk-WBEEON2P.js";
import {
  GitHubApiError,
  githubApi
} from "./action-chunk-XUGWKKMM.js";
import "./action-chunk-BVVWBJBW.js";
import "./action-chunk-VM4L7V5K.js";

// src/core/github/weeklyIssue.ts
function weeklyIssueMarker(week) {
  return `<!-- planmark:weekly-report ${week} -->`;
}
var maxBody = 6e4;
function weeklyIssue(week, report, reportPath) {
  const marker = weeklyIssueMarker(week);
  let text = report.trimEnd();
  if (text.length > maxBody) {
    const cut = text.lastIndexOf("\n", maxBody);
    text = `${text.slice(0, cut > 0 ? cut : maxBody)}

_The report is longer than an issue can hold; the full report is ${reportPath} in the repository._`;
  }
  return { title: `planmark weekly report ${week}`, body: `${text}

${marker}
` };
}

// src/pipeline/publishWeeklyIssue.ts
async function publishWeeklyIssue(api, week, report, reportPath) {
  const { title, body } = weeklyIssue(week, report, reportPath);
  const plan = stickyCommentPlan(await api.issuesSince(weekBounds(week).start), {
    viewerLogin: await api.viewerLogin(),
    marker: weeklyIssueMarker(week),
    body
  });
  const keep = plan.keep;
  let posted;
  if (!keep) posted = await api.createIssue(title, body);
  else if (plan.action === "update") posted = await api.updateIssue(keep.id, title, body);
  else return { action: "unchanged", number: keep.id, url: keep.url };
  return {
    action: keep ? "updated" : "created",
    number: posted.number ?? keep?.id ?? 0,
    url: posted.url
  };
}

// src/core/aggregate/weeklyTrend.ts
var recentWeeks = 4;
function weeklyTrend(states) {
  const finishedByWeek = states.slice(1).map((state, index) => {
    const before = new Map(
      (states[index]?.records ?? []).map((record) => [record.path, record])
    );
    const previous = (record) => before.get(record.path);
    return {
      week: state.week,
      records: state.records.filter((record) => {
        const earlier = previous(record);
        return isFinished(record) && (earlier === void 0 || !isFinished(earlier));
      })
    };
  });
  const series = (key) => {
    const names = [
      ...new Set(
        finishedByWeek.flatMap(
          ({ records }) => records.flatMap((record) => {
            const name = key(record);
            return name === void 0 ? [] : [name];
          })
        )
      )
    ].sort(compareText);
    return names.map(
      (name) => trendSeries(
        name,
        finishedByWeek.map(({ week, records }) => ({
          week,
          records: records.filter((record) => key(record) === name)
        }))
      )
    );
  };
  return {
    overall: finishedByWeek.map(({ week, records }) => point(week, records)),
    agents: series((record) => record.agent),
    categories: series((record) => record.category)
  };
}
function point(week, records) {
  return {
    week,
    finished: records.length,
    verified: verifiedRate(records),
    medianMinutes: distribution(finishedMinutes(records)).median
  };
}
function trendSeries(name, weeks) {
  const split = Math.max(0, weeks.length - recentWeeks);
  const recent = verifiedRate(weeks.slice(split).flatMap(({ records }) => records));
  const earlier = verifiedRate(weeks.slice(0, split).flatMap(({ records }) => records));
  const probability = recent.n > 0 && earlier.n > 0 ? probabilityGreater(earlier, recent) : null;
  return {
    name,
    weeks: weeks.map(({ week, records }) => point(week, records)),
    recent,
    earlier,
    probabilityWorse: probability === null ? null : round(probability),
    regression: probability !== null && probability >= verdictThreshold
  };
}

// src/core/render/renderWeeklyReport.ts
function renderWeeklyReport({ snapshots, reportDir }) {
  const current = snapshots[snapshots.length - 1];
  const previous = snapshots[snapshots.length - 2];
  if (!current || !previous)
    throw new RangeError("renderWeeklyReport needs the reported week and the week before");
  const { start, end } = weekBounds(current.week);
  const before = new Map(previous.records.map((record) => [record.path, record]));
  const link = (record) => `[${escapeMarkdown(record.title)}](${documentLink(reportDir, record.path)})`;
  const agent = (record) => escapeMarkdown(record.agent ?? "–");
  const started = current.records.filter(
    (record) => record.startTime !== void 0 && inWeek(record.startTime, start, end)
  );
  const finished = current.records.filter(
    (record) => isFinished(record) && !isFinishedRecord(before.get(record.path))
  );
  const stalled = current.records.filter(
    (record) => record.status.verified === "open" && before.get(record.path)?.blobId !== void 0 && before.get(record.path)?.blobId === record.blobId
  );
  const { opened, closed } = findingChanges(previous.records, current.records);
  const lines = [
    `# Weekly agent report: ${current.week}`,
    "",
    `Monday ${start.slice(0, 10)} to Sunday ${new Date(Date.parse(end) - 1).toISOString().slice(0, 10)} (UTC). Plans as of ${current.commit ? `commit \`${current.commit.slice(0, 12)}\`, the last before the week ended` : "no commit (the repository had none yet)"}.`,
    "",
    "## This week",
    "",
    `- **Started**: ${started.length}`,
    `- **Finished**: ${finished.length} (verified success: ${finished.filter((record) => record.status.verified === "success").length})`,
    `- **Stalled** (open and unchanged all week): ${stalled.length}`,
    `- **Findings** in plans (the same as plans.json lists): ${opened.length} opened, ${closed.length} closed`,
    ""
  ];
  if (started.length > 0) {
    lines.push(
      "### Started",
      "",
      "| Plan | Agent | Category | Started |",
      "| --- | --- | --- | --- |"
    );
    for (const record of started)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${escapeMarkdown(record.category ?? "–")} | ${record.startTime} |`
      );
    lines.push("");
  }
  if (finished.length > 0) {
    lines.push(
      "### Finished",
      "",
      "| Plan | Agent | Status | Boxes ticked |",
      "| --- | --- | --- | ---: |"
    );
    for (const record of finished)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${outcomeLabel(record)} | ${record.progress.done}/${record.progress.total} |`
      );
    lines.push("");
  }
  if (stalled.length > 0) {
    lines.push(
      "### Stalled",
      "",
      "| Plan | Agent | Status | Boxes ticked |",
      "| --- | --- | --- | ---: |"
    );
    for (const record of stalled)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${outcomeLabel(record)} | ${record.progress.done}/${record.progress.total} |`
      );
    lines.push("");
  }
  const agents = [
    ...new Set(current.records.flatMap((record) => record.agent ? [record.agent] : []))
  ].sort(compareText);
  if (agents.length > 0) {
    lines.push(
      "## Per agent",
      "",
      "| Agent | Started | Finished | Verified | Open | Findings opened | Findings closed |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for (const name of agents) {
      const mine = (records) => records.filter((record) => record.agent === name);
      const byAgent = (changes) => changes.filter((change) => change.agent === name).length;
      lines.push(
        `| ${escapeMarkdown(name)} | ${mine(started).length} | ${mine(finished).length} | ${mine(finished).filter((record) => record.status.verified === "success").length} | ${mine(current.records).filter((record) => record.status.verified === "open").length} | ${byAgent(opened)} | ${byAgent(closed)} |`
      );
    }
    lines.push("");
  }
  lines.push(...renderTrend(weeklyTrend(snapshots)));
  if (opened.length + closed.length > 0) {
    lines.push("## Findings", "");
    for (const [title, changes] of [
      ["Opened", opened],
      ["Closed", closed]
    ]) {
      if (changes.length === 0) continue;
      lines.push(`### ${title}`, "");
      for (const change of changes)
        lines.push(
          `- \`${change.ruleId}\` in ${escapeMarkdown(change.path)}${change.count > 1 ? ` (×${change.count})` : ""}`
        );
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function inWeek(timestamp, start, end) {
  const instant = Date.parse(timestamp.length === 10 ? `${timestamp}T00:00:00Z` : timestamp);
  return instant >= Date.parse(start) && instant < Date.parse(end);
}
function isFinishedRecord(record) {
  return record !== void 0 && isFinished(record);
}
function findingChanges(before, after) {
  const count = (records) => {
    const counts = /* @__PURE__ */ new Map();
    for (const record of records) {
      for (const finding of record.findings) {
        const key = `${record.path}\0${finding.ruleId}`;
        const entry = counts.get(key) ?? {
          path: record.path,
          ruleId: finding.ruleId,
          ...record.agent ? { agent: record.agent } : {},
          count: 0
        };
        entry.count++;
        counts.set(key, entry);
      }
    }
    return counts;
  };
  const then = count(before);
  const now = count(after);
  const difference = (a, b) => [...a.entries()].flatMap(([key, entry]) => {
    const extra = entry.count - (b.get(key)?.count ?? 0);
    return extra > 0 ? [{ ...entry, count: extra }] : [];
  }).sort((x, y) => compareText(x.path, y.path) || compareText(x.ruleId, y.ruleId));
  return { opened: difference(now, then), closed: difference(then, now) };
}
function renderTrend(trend) {
  const first = trend.overall.findIndex((week) => week.finished > 0);
  const lines = [`## Trend (last ${trend.overall.length} weeks)`, ""];
  if (first === -1) return [...lines, "No plan finished in these weeks.", ""];
  const shown = trend.overall.slice(first);
  lines.push(
    "Plans finished each week (a plan counts in the week it became finished), from the first week with data; verified success with its 95% interval; median actual minutes.",
    "",
    ...weekTable(shown),
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Plans finished per week"',
    `  x-axis [${shown.map((week) => `"${mermaidLabel(week.week)}"`).join(", ")}]`,
    '  y-axis "Plans"',
    `  bar [${shown.map((week) => week.finished).join(", ")}]`,
    "```",
    ""
  );
  const withRate = shown.filter((week) => week.verified.interval !== null);
  if (withRate.length > 1) {
    const percent = (value) => Math.round((value ?? 0) * 100);
    lines.push(
      "```mermaid",
      "xychart-beta",
      '  title "Verified success per week (%), with its 95% interval"',
      `  x-axis [${withRate.map((week) => `"${mermaidLabel(week.week)}"`).join(", ")}]`,
      '  y-axis "Verified success (%)" 0 --> 100',
      `  line [${withRate.map((week) => percent(week.verified.rate ?? 0)).join(", ")}]`,
      `  line [${withRate.map((week) => percent(week.verified.interval?.lower)).join(", ")}]`,
      `  line [${withRate.map((week) => percent(week.verified.interval?.upper)).join(", ")}]`,
      "```",
      "",
      "Lines: verified success, and the lower and upper ends of its 95% interval; weeks without a verifiable plan are left out.",
      ""
    );
  }
  lines.push(
    `Regression: the last ${recentWeeks} weeks' verified success sits below the earlier weeks' with probability ≥ 0.95.`,
    ""
  );
  for (const [title, series] of [
    ["Per agent", trend.agents],
    ["Per category", trend.categories]
  ]) {
    if (series.length === 0) continue;
    lines.push(
      `### ${title}`,
      "",
      `| ${title === "Per agent" ? "Agent" : "Category"} | Finished per week | Earlier weeks | Last ${recentWeeks} weeks | P(last ${recentWeeks} below) | Regression |`,
      "| --- | --- | --- | --- | ---: | --- |"
    );
    for (const entry of series) lines.push(seriesRow(entry, first));
    lines.push("");
    for (const entry of series)
      lines.push(
        "<details>",
        // Inside raw HTML GitHub applies no Markdown: escape for HTML, not with backslashes.
        `<summary>${defuseAutolinks(escapeHtml(removeInvisible(entry.name))).replace(/\s+/g, " ")}: each week</summary>`,
        "",
        ...weekTable(entry.weeks.slice(first)),
        "",
        "</details>",
        ""
      );
  }
  return lines;
}
function weekTable(weeks) {
  return [
    "| Week | Finished | Verified success | Median minutes |",
    "| --- | ---: | --- | ---: |",
    ...weeks.map(
      (week) => `| ${week.week} | ${week.finished} | ${formatRate(week.verified)} | ${formatNumber(week.medianMinutes, 0)} |`
    )
  ];
}
function seriesRow(entry, first) {
  const counts = entry.weeks.slice(first).map((week) => week.finished).join(" · ");
  return `| ${escapeMarkdown(entry.name)} | ${counts} | ${formatRate(entry.earlier)} | ${formatRate(entry.recent)} | ${formatNumber(entry.probabilityWorse, 2)} | ${entry.regression ? "**regression**" : "–"} |`;
}

// src/pipeline/weeklyReport.ts
async function weeklyReport(options) {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config);
  if (!await isGitWorkTree(cwd))
    throw new HistoryError(
      `${cwd} is not in a git repository: the weekly report reads plans as they were at the end of each week from git history.`
    );
  if (await isShallowClone(cwd))
    throw new HistoryError(
      "This is a shallow clone, so the plans as they were at the end of each week are missing: the weekly report needs the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)."
    );
  await checkOutputPath(cwd, `${config.reportsDir}/weekly`, "reportsDir");
  const weeks = weeksEndingWith(options.week, Math.max(2, options.weeks ?? 12) + 1);
  const commits = await Promise.all(weeks.map((week) => commitBefore(cwd, weekBounds(week).end)));
  if (!commits[commits.length - 1]) {
    throw new HistoryError(
      `No commit before the end of ${options.week} (${weekBounds(options.week).end}); in a shallow clone, fetch more history (actions/checkout with fetch-depth: 0).`
    );
  }
  const last = commits[commits.length - 1];
  const [plans, renames] = await Promise.all([
    plansAtCommits(cwd, commits, config),
    Promise.all(
      commits.map((commit) => commit ? gitRenames(cwd, commit, last) : /* @__PURE__ */ new Map())
    )
  ]);
  const snapshots = weeks.map((week, index) => ({
    week,
    commit: commits[index] ?? null,
    records: followRenames(plans[index] ?? [], renames[index] ?? /* @__PURE__ */ new Map()).map(
      ({ record }) => record
    )
  }));
  const path = `${config.reportsDir}/weekly/${options.week}.md`;
  return {
    path,
    content: renderWeeklyReport({ snapshots, reportDir: `${config.reportsDir}/weekly` })
  };
}

// src/action/weeklyStep.ts
async function weeklyStep(inputs, context, cwd, config) {
  const week = !inputs.week || inputs.week === "last" ? lastFullWeek(context.now) : inputs.week;
  const reportPath = `${config.reportsDir}/weekly/${week}.md`;
  let report = "";
  const sections = [
    await commitStep(inputs, context, cwd, {
      generate: async (treeCwd) => {
        const output = await weeklyReport({ cwd: treeCwd, configPath: inputs.config, week });
        report = output.content;
        return [output];
      },
      outputDirs: [config.reportsDir],
      headline: inputs.commitMessage || `planmark: weekly report ${week}`,
      reportPath
    })
  ];
  if (inputs.weeklyIssue && !inputs.dryRun) {
    const issue = await publishWeeklyIssue(
      githubApi(inputs.token, context.repository),
      week,
      report,
      reportPath
    ).catch((error) => {
      if (error instanceof GitHubApiError && error.kind === "forbidden")
        throw new Error(
          `planmark could not write the weekly issue: the token lacks the issues: write permission (${error.message}). Add "permissions: issues: write" to the job, or set weekly-issue: off.`
        );
      throw error;
    });
    actionsRuntime.output("weekly-issue-url", issue.url);
    sections.push(`**Weekly issue**: ${issue.action}: ${issue.url}
`);
  }
  return sections;
}
export {
  weeklyStep
};
