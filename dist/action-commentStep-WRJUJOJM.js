import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commentOutputs,
  commentStep,
  commentSummary
} from "./action-chunk-U365DI5R.js";
import "./action-chunk-V6YVRZRR.js";
import "./action-chunk-J5MRMYUC.js";
import "./action-chunk-YIH567SY.js";
import "./action-chunk-PQU22YTH.js";
import "./action-chunk-F7KGNBLY.js";
import "./action-chunk-I4IP3VWX.js";
import "./action-chunk-KRRMDRJR.js";
import "./action-chunk-TS34OH7L.js";
import "./action-chunk-WBEEON2P.js";
import "./action-chunk-XUGWKKMM.js";
import "./action-chunk-BVVWBJBW.js";
import "./action-chunk-VM4L7V5K.js";
export {
  commentOutputs,
  commentStep,
  commentSummary
};
