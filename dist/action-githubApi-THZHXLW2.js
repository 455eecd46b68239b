import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  githubApi
} from "./action-chunk-XUGWKKMM.js";
import "./action-chunk-BVVWBJBW.js";
import "./action-chunk-VM4L7V5K.js";
export {
  githubApi
};
