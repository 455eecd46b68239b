import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  schemaValidator
} from "./cli-chunk-O2VXWUBB.js";
import "./cli-chunk-3IOMCOTN.js";
export {
  schemaValidator
};
