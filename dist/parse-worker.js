import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseJob
} from "./cli-chunk-BT6ESIMH.js";
import "./cli-chunk-DOIKZYNU.js";

// src/pipeline/parseWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var config = workerData;
parentPort?.on("message", (jobs) => {
  parentPort?.postMessage(jobs.map((job) => parseJob(job, config)));
});
