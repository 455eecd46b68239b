import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  describeSchemaError,
  validateDocument
} from "./action-chunk-M5A2MLRX.js";
import "./action-chunk-K4PHLBO5.js";
import "./action-chunk-VM4L7V5K.js";
export {
  describeSchemaError,
  validateDocument
};
