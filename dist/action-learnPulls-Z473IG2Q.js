import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./action-chunk-VM4L7V5K.js";

// src/core/evidence/checksConclusion.ts
var failing = /* @__PURE__ */ new Set(["failure", "timed_out", "cancelled", "action_required", "startup_failure"]);
function checksConclusion(runs) {
  if (runs.length === 0) return "none";
  if (runs.some((run) => run.conclusion !== null && failing.has(run.conclusion))) return "failure";
  if (runs.some((run) => run.status !== "completed")) return "pending";
  return "success";
}

// src/pipeline/learnPulls.ts
var maxLookupsPerRun = 50;
function learnPulls(api, onNotice) {
  const known = /* @__PURE__ */ new Map();
  const byCommit = /* @__PURE__ */ new Map();
  let stopped = false;
  return async (queries) => {
    const learned = [];
    let asked = 0;
    let later = 0;
    for (const query of queries) {
      const key = `${query.plan}\0${query.commit}`;
      if (known.has(key)) {
        const entry = known.get(key);
        if (entry) learned.push(entry);
        continue;
      }
      const answered = byCommit.get(query.commit);
      if (answered !== void 0) {
        const entry = { ...query, pull: answered };
        known.set(key, entry);
        learned.push(entry);
        continue;
      }
      if (stopped) continue;
      if (asked >= maxLookupsPerRun) {
        later++;
        continue;
      }
      asked++;
      try {
        const pulls = await api.pullsOfCommit(query.commit);
        const pull = [...pulls].sort(
          (a, b) => Number(b.merged) - Number(a.merged) || a.number - b.number
        )[0];
        const entry = {
          plan: query.plan,
          commit: query.commit,
          pull: pull ? {
            number: pull.number,
            merged: pull.merged,
            checks: checksConclusion(await api.checkRuns(pull.headSha))
          } : null
        };
        known.set(key, entry);
        byCommit.set(query.commit, entry.pull);
        learned.push(entry);
      } catch (error) {
        const status = error.status;
        if (status !== 403 && status !== 404) throw error;
        stopped = true;
        onNotice(
          `planmark: GitHub refused to list the pull requests or check runs of commit ${query.commit.slice(0, 12)} (${status}); outcome evidence from GitHub was not gathered this run. Give the job "permissions: pull-requests: read, checks: read" or set "evidence": { "github": false }.`
        );
      }
    }
    if (later > 0)
      onNotice(
        `planmark: asked GitHub about ${maxLookupsPerRun} plans' commits this run; ${later} more are asked on the next runs.`
      );
    return learned;
  };
}
export {
  learnPulls,
  maxLookupsPerRun
};
