import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commitStep
} from "./action-chunk-SAP6N2R6.js";
import "./action-chunk-PQU22YTH.js";
import "./action-chunk-I4IP3VWX.js";
import "./action-chunk-KRRMDRJR.js";
import "./action-chunk-XUGWKKMM.js";
import "./action-chunk-BVVWBJBW.js";
import "./action-chunk-VM4L7V5K.js";
export {
  commitStep
};
