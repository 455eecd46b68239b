import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commitStep
} from "./action-chunk-JD3GPV3C.js";
import "./action-chunk-PQU22YTH.js";
import "./action-chunk-KRRMDRJR.js";
import "./action-chunk-XUGWKKMM.js";
import "./action-chunk-BVVWBJBW.js";
import "./action-chunk-ZAD74635.js";
import "./action-chunk-VM4L7V5K.js";
export {
  commitStep
};
