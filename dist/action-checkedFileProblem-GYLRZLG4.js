import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkedFileProblem,
  isCheckedFile
} from "./action-chunk-NZUIOJWI.js";
import "./action-chunk-K4PHLBO5.js";
import "./action-chunk-VM4L7V5K.js";
export {
  checkedFileProblem,
  isCheckedFile
};
