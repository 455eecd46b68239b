import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkedFileProblem,
  isCheckedFile
} from "./cli-chunk-RF5QVYUI.js";
import "./cli-chunk-O2VXWUBB.js";
import "./cli-chunk-3IOMCOTN.js";
export {
  checkedFileProblem,
  isCheckedFile
};
