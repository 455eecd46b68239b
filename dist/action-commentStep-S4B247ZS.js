import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commentOutputs,
  commentStep,
  commentSummary
} from "./action-chunk-Q4UWSN24.js";
import "./action-chunk-LWKOUTCB.js";
import "./action-chunk-C7QUWINT.js";
import "./action-chunk-PQU22YTH.js";
import "./action-chunk-KRRMDRJR.js";
import "./action-chunk-XUGWKKMM.js";
import "./action-chunk-BVVWBJBW.js";
import "./action-chunk-J5MRMYUC.js";
import "./action-chunk-2VRSB32O.js";
import "./action-chunk-ZAD74635.js";
import "./action-chunk-VM4L7V5K.js";
export {
  commentOutputs,
  commentStep,
  commentSummary
};
