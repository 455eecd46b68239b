import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  error,
  getInput,
  getMultilineInput,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./action-chunk-KRRMDRJR.js";

// src/adapters/actionsRuntime.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
var actionsRuntime = {
  /** An input as a string, empty when not set. */
  input: (name) => getInput(name),
  /** A multi-line input as its non-empty lines. */
  lines: (name) => getMultilineInput(name),
  output: (name, value) => setOutput(name, value),
  /** Annotates a finding on its file and line (`path` relative to the repository root). */
  annotate(finding) {
    const properties = {
      title: finding.ruleId ? `planmark ${finding.ruleId}` : "planmark",
      file: finding.path,
      startLine: finding.line,
      startColumn: finding.column
    };
    if (finding.severity === "error") error(finding.reason, properties);
    else if (finding.severity === "warning") warning(finding.reason, properties);
    else notice(finding.reason, properties);
  },
  notice: (message) => notice(message),
  /** Appends Markdown to the job summary. */
  summary: async (markdown) => {
    await summary.addRaw(markdown).write();
  },
  fail: (message) => setFailed(message),
  /** The secret is masked in the log from now on. */
  secret: (value) => setSecret(value),
  /** The run's facts the runner passes in GITHUB_* variables, and the event's webhook payload. */
  context() {
    const env = process.env;
    const eventPath = env.GITHUB_EVENT_PATH;
    const payload = eventPath ? JSON.parse(readFileSync(eventPath, "utf8")) : {};
    const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
    return {
      eventName: env.GITHUB_EVENT_NAME ?? "",
      payload,
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      sha: env.GITHUB_SHA ?? "",
      ref: env.GITHUB_REF ?? "",
      repository: { owner, repo },
      serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
      runUrl: env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY ?? ""}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT ?? "1"}` : "",
      runnerTemp: env.RUNNER_TEMP ?? tmpdir(),
      now: /* @__PURE__ */ new Date()
    };
  }
};

export {
  actionsRuntime
};
