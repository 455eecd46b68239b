import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commentOutputs,
  commentStep,
  commentSummary
} from "./action-chunk-UFKDZOPD.js";
import "./action-chunk-2LIJLCII.js";
import "./action-chunk-J5MRMYUC.js";
import "./action-chunk-WAVTI2JZ.js";
import "./action-chunk-PQU22YTH.js";
import "./action-chunk-7SGDYKHP.js";
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
