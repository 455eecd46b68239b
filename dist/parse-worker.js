import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseJob
} from "./cli-chunk-PL3XSCOR.js";
import "./cli-chunk-MQGUZQUA.js";
import "./cli-chunk-AW5HBYPH.js";
import "./cli-chunk-V6D6G3U7.js";
import "./cli-chunk-L3CQRTDT.js";
import "./cli-chunk-O2VXWUBB.js";
import "./cli-chunk-3IOMCOTN.js";

// src/pipeline/parseWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var config = workerData;
parentPort?.on("message", (jobs) => {
  parentPort?.postMessage(jobs.map((job) => parseJob(job, config)));
});
