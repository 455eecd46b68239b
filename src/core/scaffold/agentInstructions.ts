/** The marker lines that delimit planmark's block in an agent instruction file. */
export const agentBlockMarkers = {
  begin: '<!-- planmark:begin (written by planmark init --agents; rerun it to update) -->',
  end: '<!-- planmark:end -->'
} as const

/**
 * What every coding agent should do about plans, as the Markdown block
 * `planmark init --agents` keeps in AGENTS.md and the other agents' files:
 * the plan first, ticks and commits as the work goes (git then has the
 * times), the agent and model stated, and `planmark check` before "done".
 */
export const agentInstructions = `## Execution plans (planmark)

This repository keeps an execution plan per task, checked by planmark.

- Before starting a task, create its plan with
  \`npx planmark new plan --agent <agent> --category <category> --complexity <low|medium|high> --estimate "<duration>" --title "<task>"\`
  and fill in its mission, success criteria and phases.
- Tick each step and criterion (\`- [x]\`) as soon as it is done, and commit as
  you go, so that git has the times.
- State the agent and the model in the plan's **Agent** field (for example
  \`claude-sonnet-4\` or \`gpt-5-codex\`), not a generic name.
- Run \`npx planmark check\` and fix every error before declaring the task
  complete.`
