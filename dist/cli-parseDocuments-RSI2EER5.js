import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseJob
} from "./cli-chunk-PL3XSCOR.js";
import "./cli-chunk-MQGUZQUA.js";
import "./cli-chunk-AW5HBYPH.js";
import {
  refusedFile
} from "./cli-chunk-V6D6G3U7.js";
import "./cli-chunk-L3CQRTDT.js";
import "./cli-chunk-O2VXWUBB.js";
import "./cli-chunk-3IOMCOTN.js";

// src/core/document/inlineDelimiterLoad.ts
function inlineDelimiterLoad(source) {
  let most = 0;
  let current = 0;
  let lineBlank = true;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 || code === 13) {
      if (code === 13 && source.charCodeAt(index + 1) === 10) index++;
      if (lineBlank) current = 0;
      lineBlank = true;
      continue;
    }
    if (code !== 32 && code !== 9) lineBlank = false;
    if (code === 42 || code === 95 || code === 126 || code === 91 || code === 93) {
      current++;
      if (current > most) most = current;
    }
  }
  return most;
}

// src/pipeline/parseGuarded.ts
import { existsSync as existsSync2 } from "node:fs";
import { Worker as Worker2 } from "node:worker_threads";

// src/pipeline/parseInWorkers.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var workerScript = fileURLToPath(new URL("./parse-worker.js", import.meta.url));
var minJobsForWorkers = 64;
function workerCount(jobs, requested) {
  if (!existsSync(workerScript)) return 0;
  if (requested !== "auto") return Math.max(0, Math.min(requested, jobs));
  if (jobs < minJobsForWorkers) return 0;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs / minJobsForWorkers)));
}
async function parseInWorkers(jobs, config, count, onDone) {
  const results = new Array(jobs.length);
  const batchSize = 16;
  let next = 0;
  let done = 0;
  const workers = Array.from(
    { length: count },
    () => new Worker(workerScript, {
      workerData: config,
      resourceLimits: { maxYoungGenerationSizeMb: 128 }
    })
  );
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          const send = () => {
            if (next >= jobs.length) return resolve();
            const start = next;
            next = Math.min(jobs.length, next + batchSize);
            worker.once("message", (batch) => {
              batch.forEach((result, offset) => results[start + offset] = result);
              done += batch.length;
              onDone(done);
              send();
            });
            worker.postMessage(jobs.slice(start, next));
            for (let index = start; index < next; index++) jobs[index].source = "";
          };
          worker.once("error", reject);
          send();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

// src/pipeline/parseGuarded.ts
function parseGuarded(job, config) {
  if (!existsSync2(workerScript)) return Promise.resolve(parseJob(job, config));
  const worker = new Worker2(workerScript, {
    workerData: config,
    resourceLimits: {
      maxOldGenerationSizeMb: config.maxParseMegabytes,
      maxYoungGenerationSizeMb: 64
    }
  });
  let timer;
  return new Promise((resolve) => {
    const refuse = (reason, expected, actual) => resolve(refusedFile(job.path, config, "file-too-complex", reason, { expected, actual }));
    timer = setTimeout(() => {
      refuse(
        `Expected the parser to finish within ${config.maxParseSeconds} s (maxParseSeconds), found it still running; the file was not analysed`,
        `at most ${config.maxParseSeconds} s`,
        `more than ${config.maxParseSeconds} s`
      );
    }, config.maxParseSeconds * 1e3);
    worker.once(
      "message",
      (results) => resolve(results[0])
    );
    worker.once("error", (error) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY")
        refuse(
          `Expected the parser to need at most ${config.maxParseMegabytes} MB of heap (maxParseMegabytes), found it needed more; the file was not analysed`,
          `at most ${config.maxParseMegabytes} MB`,
          `more than ${config.maxParseMegabytes} MB`
        );
      else
        refuse(
          `Expected a document the parser can finish, found a parser failure (${error.message}); the file was not analysed`,
          "a document the parser can finish",
          error.message
        );
    });
    worker.postMessage([job]);
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}

// src/pipeline/parseDocuments.ts
var guardedBytes = 64 * 1024;
var guardedDelimiters = 2e3;
function needsBudget(source) {
  return source.length >= guardedBytes || inlineDelimiterLoad(source) > guardedDelimiters;
}
async function parseDocuments(jobs, config, options = {}) {
  const onDone = options.onDone ?? (() => void 0);
  const results = new Array(jobs.length);
  const bulk = [];
  for (const [index, job] of jobs.entries()) {
    const bytes = Buffer.byteLength(job.source);
    if (bytes > config.maxFileBytes) {
      results[index] = refusedFile(
        job.path,
        config,
        "file-unreadable",
        `Expected a file of at most ${config.maxFileBytes} bytes (maxFileBytes), found ${bytes} bytes; it was not parsed`,
        { expected: `at most ${config.maxFileBytes} bytes`, actual: `${bytes} bytes` }
      );
      onDone();
      continue;
    }
    if (!needsBudget(job.source)) {
      bulk.push(index);
      continue;
    }
    results[index] = await parseGuarded(job, config);
    onDone();
  }
  const bulkJobs = bulk.map((index) => jobs[index]);
  const workers = workerCount(bulkJobs.length, options.workers ?? "auto");
  let reported = 0;
  const parsed = workers > 0 ? await parseInWorkers(bulkJobs, config, workers, (done) => {
    for (; reported < done; reported++) onDone();
  }) : bulkJobs.map((job) => {
    const result = parseJob(job, config);
    onDone();
    return result;
  });
  bulk.forEach((index, position) => results[index] = parsed[position]);
  return results;
}
export {
  guardedBytes,
  guardedDelimiters,
  needsBudget,
  parseDocuments
};
