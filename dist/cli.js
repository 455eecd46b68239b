#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  GitError,
  HistoryError,
  MissingPathError,
  OutputPathError,
  RollupInputError,
  ShardError,
  UsageError,
  didYouMean,
  package_default
} from "./cli-chunk-P2KF5AXE.js";
import {
  inertText
} from "./cli-chunk-L3CQRTDT.js";
import "./cli-chunk-3IOMCOTN.js";

// src/core/defuseWorkflowCommands.ts
function defuseWorkflowCommands(text) {
  return text.replace(/(^|[\r\n])([ \t]*):(?=:)/g, "$1$2:​");
}

// src/cli/run.ts
var usageLine = "Usage: planmark <command> [options]";
var help = `${usageLine}

Commands:
  check [paths...]     Check documents: GitHub checkbox semantics, schemas, consistency rules
  analyze [paths...]   Write the analytics JSON files and report.md
  report [--week W]    Write report.md, or the weekly report of an ISO week
  recommend            Rank agents for a task category, honest about small samples
  init                 Scaffold folders, templates, configuration and workflows
  new <kind>           Create a plan, analysis, review or prompt from its template
  merge <shards...>    Merge the shards of analyze --shard into the analytics
  rollup <plans.json...>  Merge several repositories' plans.json into one organisation report
  comment --base REF   Print the pull-request comment against a base branch

Options:
  -h, --help         Show help (also: planmark <command> --help, planmark help <command>)
  -v, --version      Show the version

Exit codes: 0 success, 1 findings at or above --fail-on, 2 usage or configuration error.`;
async function run(argv, io) {
  const [first, ...rest] = argv;
  const asksHelpFor = first === "help" && rest[0] !== void 0;
  const name = asksHelpFor ? rest[0] : first;
  const args = asksHelpFor ? ["--help"] : rest;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout.write(`${help}
`);
    return name === void 0 ? 2 : 0;
  }
  if (name === "-v" || name === "--version") {
    io.stdout.write(`${package_default.version}
`);
    return 0;
  }
  const { commands } = await import("./cli-commands-2AYMF6BO.js");
  const command = Object.hasOwn(commands, name) ? commands[name] : void 0;
  if (!command) {
    const suggestion = didYouMean(name, Object.keys(commands));
    io.stderr.write(
      `planmark: unknown command ${inertText(name)}${suggestion ? `; did you mean ${suggestion}?` : ""}
${usageLine}
Run planmark --help for the commands.
`
    );
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof MissingPathError || error instanceof HistoryError || error instanceof ShardError || error instanceof RollupInputError || error instanceof GitError || error instanceof OutputPathError) {
      const lines = error.message.split("\n").map(inertText);
      io.stderr.write(`planmark ${name}: ${lines.join("\n")}
`);
      return 2;
    }
    throw error;
  }
}

// src/cli/bin.ts
function guarded(stream) {
  return {
    isTTY: stream.isTTY,
    columns: stream.columns,
    write: (text) => stream.write(defuseWorkflowCommands(text))
  };
}
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: guarded(process.stdout),
  stderr: guarded(process.stderr),
  now: () => /* @__PURE__ */ new Date()
});
