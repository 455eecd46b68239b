import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actualMinutes,
  cacheKey,
  cacheStamp,
  checkDocumentSet,
  documentGlobs,
  isGitWorkTree,
  loadConfig,
  loadDocumentCache,
  parseWhenNeeded,
  require_picomatch,
  saveDocumentCache
} from "./action-chunk-F7KGNBLY.js";
import {
  GitError,
  checkOutputPath,
  gitBlobId,
  gitCommand,
  isInsideFolder,
  isShallowClone,
  readBlobs,
  runGit
} from "./action-chunk-I4IP3VWX.js";
import {
  normalizeAgent,
  refusedFile
} from "./action-chunk-TS34OH7L.js";
import {
  compareMessages,
  deserializeChecked,
  reportMessage,
  resolveConfig
} from "./action-chunk-WBEEON2P.js";
import {
  __toESM
} from "./action-chunk-VM4L7V5K.js";

// src/adapters/readDocumentFile.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";

// src/adapters/bytePath.ts
import { readdir } from "node:fs/promises";
import { parse, sep } from "node:path";
async function bytePath(path) {
  if (!path.includes("�")) return path;
  const { root } = parse(path);
  let current = Buffer.from(root);
  for (const part of path.slice(root.length).split(sep).filter(Boolean)) {
    let name = Buffer.from(part);
    if (part.includes("�")) {
      const entries = await readdir(current.length > 0 ? current : ".", {
        encoding: "buffer"
      }).catch(() => []);
      const matches = entries.filter((entry) => entry.toString("utf8") === part);
      if (matches.length !== 1 || !matches[0]) return path;
      name = matches[0];
    }
    const separator = current.length === 0 || current.toString().endsWith(sep) ? "" : sep;
    current = Buffer.concat([current, Buffer.from(separator), name]);
  }
  return current;
}

// src/adapters/readDocumentFile.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
async function readDocumentFile(path, maxBytes, realRoot) {
  const target = await bytePath(path);
  if (realRoot !== void 0) {
    const real = realpathSync.native(target);
    if (real === realRoot || !isInsideFolder(realRoot, real))
      return refuse(
        `Expected a file inside ${realRoot}, found one that resolves outside it (${real}); it was not read`,
        "a file inside the folder checked",
        "a path outside it"
      );
  }
  const descriptor = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile())
      return refuse(
        `Expected a regular file, found ${info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : info.isDirectory() ? "a folder" : "a device"}; it was not read`,
        "a regular file",
        info.isFIFO() ? "a named pipe" : "not a regular file"
      );
    const { size } = info;
    if (size > maxBytes) {
      return refuse(
        `Expected a file of at most ${maxBytes} bytes (maxFileBytes), found ${size} bytes; it was not read`,
        `at most ${maxBytes} bytes`,
        `${size} bytes`
      );
    }
    const bytes = new Uint8Array(size);
    const bytesRead = readSync(descriptor, bytes, 0, size, 0);
    const content = bytes.subarray(0, bytesRead);
    if (content.length === 0)
      return {
        ok: false,
        empty: true,
        reason: "Expected Markdown, found an empty file",
        expected: "Markdown",
        actual: "an empty file"
      };
    if (content.includes(0))
      return refuse(
        "Expected a UTF-8 text file, found binary data (a NUL byte)",
        "UTF-8 text",
        "binary data"
      );
    try {
      return { ok: true, source: decoder.decode(content), bytes: content };
    } catch {
      return refuse(
        "Expected UTF-8 text, found bytes that are not valid UTF-8; re-save the file as UTF-8",
        "UTF-8 text",
        "invalid UTF-8"
      );
    }
  } finally {
    closeSync(descriptor);
  }
}
function refuse(reason, expected, actual) {
  return { ok: false, empty: false, reason, expected, actual };
}

// src/pipeline/checkFiles.ts
import { existsSync } from "node:fs";
import { realpath as realpath2 } from "node:fs/promises";
import { resolve as resolve5 } from "node:path";

// src/adapters/findDocuments.ts
import { stat as stat2 } from "node:fs/promises";
import { join, relative as relative2, resolve as resolve3, sep as sep3 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath, realpathSync as realpathSync2, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat3 = fs.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep2,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative3) : [];
}

// src/adapters/gitIgnoredPaths.ts
async function gitIgnoredPaths(cwd, paths, under = ".") {
  if (paths.length === 0) return /* @__PURE__ */ new Set();
  const listing = await gitCommand(cwd, ["--literal-pathspecs", "ls-files", "-z", "--", under]);
  if (listing.code !== 0) return /* @__PURE__ */ new Set();
  const tracked = new Set(listing.stdout.split("\0"));
  const untracked = paths.filter((path) => !tracked.has(path));
  if (untracked.length === 0) return /* @__PURE__ */ new Set();
  const result = await gitCommand(cwd, ["check-ignore", "--no-index", "-z", "--stdin"], {
    input: `${untracked.join("\0")}\0`
  });
  if (result.code !== 0) return /* @__PURE__ */ new Set();
  return new Set(result.stdout.split("\0").filter(Boolean));
}

// src/adapters/missingPathError.ts
var MissingPathError = class extends Error {
  name = "MissingPathError";
};

// src/adapters/findDocuments.ts
async function findDocuments(cwd, paths, config) {
  const globs = documentGlobs(config);
  const found = /* @__PURE__ */ new Map();
  for (const path of paths.length > 0 ? paths : ["."]) {
    const absolute = resolve3(cwd, path);
    const info = await stat2(absolute).catch(() => void 0);
    if (!info)
      throw new MissingPathError(
        `${path}: no such file or folder (relative to ${cwd}); check the path.`
      );
    if (!info.isDirectory()) {
      const file = toPosix(relative2(cwd, absolute));
      found.set(file, { path: file, kindHint: globs.kindHint(file) });
      continue;
    }
    const candidates = await glob(["**/*.md", "**/tasks.json"], {
      cwd: absolute,
      dot: true,
      ignore: ["**/node_modules/**", "**/.git/**"],
      onlyFiles: true,
      followSymbolicLinks: false,
      expandDirectories: false
    });
    const documents = candidates.map((match) => toPosix(relative2(cwd, join(absolute, match)))).filter((file) => globs.isDocument(file));
    const ignored = await gitIgnoredPaths(cwd, documents, toPosix(relative2(cwd, absolute)) || ".");
    for (const file of documents)
      if (!ignored.has(file)) found.set(file, { path: file, kindHint: globs.kindHint(file) });
  }
  return [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function toPosix(path) {
  return path.split(sep3).join("/");
}

// src/adapters/gitFileHistories.ts
import { posix as posix2 } from "node:path";

// src/adapters/gitText.ts
async function gitText(cwd, args, what) {
  const result = await gitCommand(cwd, args);
  if (result.code !== 0)
    throw new GitError(
      `git ${args.slice(0, 2).join(" ")} failed in ${cwd} (exit ${result.code}): ${result.stderr.trim() || "no message"}; ${what} could not be read.`
    );
  return result.stdout;
}

// src/adapters/gitFileHistories.ts
var chunkCharacters = 64 * 1024;
async function gitFileHistories(cwd, paths) {
  const histories = new Map(paths.map((path) => [path, []]));
  if (paths.length === 0 || (await gitCommand(cwd, ["rev-parse", "--verify", "-q", "HEAD"])).code !== 0)
    return histories;
  const prefix = await gitText(cwd, ["rev-parse", "--show-prefix"], "the prompts' history");
  const byRootPath = /* @__PURE__ */ new Map();
  for (const path of paths) byRootPath.set(posix2.normalize(`${prefix.trim()}${path}`), path);
  for (const chunk of pathChunks(paths)) {
    const log2 = await gitText(
      cwd,
      [
        "--literal-pathspecs",
        "log",
        "-z",
        "--format=commit %H",
        "--raw",
        "--no-abbrev",
        "--no-renames",
        "--",
        ...chunk
      ],
      "the prompts' history"
    );
    const fields = log2.split("\0");
    let commit;
    for (let index = 0; index < fields.length; index++) {
      const field = (fields[index] ?? "").replace(/^\n/, "");
      const header2 = /^commit ([0-9a-f]{40,64})$/.exec(field);
      if (header2) {
        commit = header2[1];
        continue;
      }
      const change = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]{40,64}) ([AMT])$/.exec(field);
      if (!change) continue;
      const path = byRootPath.get(fields[++index] ?? "");
      if (change[1] && commit && path !== void 0)
        histories.get(path)?.push({ commit, blobId: change[1] });
    }
  }
  return histories;
}
function* pathChunks(paths) {
  let chunk = [];
  let size = 0;
  for (const path of paths) {
    if (chunk.length > 0 && size + path.length > chunkCharacters) {
      yield chunk;
      chunk = [];
      size = 0;
    }
    chunk.push(path);
    size += path.length + 1;
  }
  if (chunk.length > 0) yield chunk;
}

// src/core/evidence/agentSignatures.ts
var agentSignatures = [
  // Claude Code appends `Co-Authored-By: Claude <noreply@anthropic.com>` (the name may carry the model).
  {
    agent: "claude",
    source: "trailer",
    email: "noreply@anthropic.com",
    checkedAgainst: "https://github.com/anthropics/claude-code/issues/9224"
  },
  // Cursor's agent adds `Co-authored-by: Cursor <cursoragent@cursor.com>` and commits as `Cursor Agent`.
  {
    agent: "cursor",
    source: "trailer",
    email: "cursoragent@cursor.com",
    checkedAgainst: "https://github.com/block/aittributor/pull/15"
  },
  {
    agent: "cursor",
    source: "author",
    email: "cursoragent@cursor.com",
    checkedAgainst: "https://github.com/Jiangki/ledge/pull/11"
  },
  // aider: `Co-authored-by: aider (<model>) <noreply@aider.chat>`, and `(aider)` after the author's name.
  {
    agent: "aider",
    source: "trailer",
    email: "noreply@aider.chat",
    checkedAgainst: "https://deepwiki.com/Aider-AI/aider/4.3-git-integration"
  },
  {
    agent: "aider",
    source: "author",
    nameSuffix: "(aider)",
    checkedAgainst: "https://deepwiki.com/Aider-AI/aider/4.3-git-integration"
  },
  // GitHub's Copilot coding agent (a bot distinct from copilot[bot], the suggestions account).
  {
    agent: "copilot",
    source: "author",
    name: "copilot-swe-agent[bot]",
    checkedAgainst: "https://github.com/posit-dev/ark/pull/1000"
  },
  // Devin's and Jules's GitHub apps; PRarena counts their pull requests by these authors.
  {
    agent: "devin",
    source: "author",
    name: "devin-ai-integration[bot]",
    checkedAgainst: "https://github.com/aavetis/PRarena/blob/main/collect_data.py"
  },
  {
    agent: "jules",
    source: "author",
    name: "google-labs-jules[bot]",
    checkedAgainst: "https://github.com/aavetis/PRarena/blob/main/collect_data.py"
  },
  // Branch prefixes the agents' pull requests use (PRarena counts them by `head:<prefix>`).
  {
    agent: "codex",
    source: "branch",
    branch: "codex/",
    checkedAgainst: "https://github.com/aavetis/PRarena/blob/main/collect_data.py"
  },
  {
    agent: "cursor",
    source: "branch",
    branch: "cursor/",
    checkedAgainst: "https://github.com/aavetis/PRarena/blob/main/collect_data.py"
  },
  {
    agent: "copilot",
    source: "branch",
    branch: "copilot/",
    checkedAgainst: "https://www.skills.sh/github/gh-aw/github-copilot-agent-tips-and-tricks"
  }
];

// src/core/evidence/attributeAgent.ts
var kinds = ["trailer", "author", "branch"];
function attributeAgent(commits, configured, aliases) {
  for (const commit of commits)
    for (const signature of configured)
      if (matchesConfigured(commit, signature))
        return {
          agent: normalizeAgent(signature.agent, aliases),
          source: "configuration",
          commit: commit.commit
        };
  for (const kind of kinds)
    for (const commit of commits)
      for (const signature of agentSignatures)
        if (signature.source === kind && matchesBuiltIn(commit, signature))
          return {
            agent: normalizeAgent(signature.agent, aliases),
            source: kind,
            commit: commit.commit
          };
  return void 0;
}
function sameAgent(documentAgent, gitAgent) {
  return documentAgent === gitAgent || documentAgent.split("-").includes(gitAgent);
}
function people(commit) {
  return [
    { name: commit.authorName, email: commit.authorEmail },
    { name: commit.committerName, email: commit.committerEmail }
  ];
}
function matchesBuiltIn(commit, signature) {
  if (signature.source === "branch")
    return signature.branch !== void 0 && (commit.mergedBranch ?? "").startsWith(signature.branch);
  const candidates = signature.source === "trailer" ? commit.coAuthors : people(commit);
  return candidates.some(
    (person2) => signature.email !== void 0 && person2.email.toLowerCase() === signature.email || signature.name !== void 0 && person2.name.toLowerCase() === signature.name || signature.nameSuffix !== void 0 && person2.name.toLowerCase().trimEnd().endsWith(signature.nameSuffix)
  );
}
function matchesConfigured(commit, signature) {
  if (signature.branch !== void 0)
    return (commit.mergedBranch ?? "").startsWith(signature.branch);
  return [...commit.coAuthors, ...people(commit)].some(
    (person2) => signature.email !== void 0 && person2.email.toLowerCase() === signature.email.toLowerCase() || signature.name !== void 0 && person2.name.toLowerCase() === signature.name.toLowerCase()
  );
}

// src/core/rules/checkGitEvidence.ts
var skewMinutes = 5;
var slackMinutes = 30;
function checkGitEvidence(parsed, evidence, rules) {
  const plan = parsed.document;
  if (plan.kind !== "plan") return;
  const { file, positions } = parsed;
  const attribution = evidence.attribution;
  if (plan.agent && attribution && !sameAgent(plan.agent, attribution.agent))
    reportMessage(
      file,
      rules,
      "agent-mismatch",
      positions["/agent"] ?? positions[""],
      `Expected the agent git names, found \`${plan.agent}\` where commit ${attribution.commit.slice(0, 12)} names \`${attribution.agent}\` (${attribution.source})`,
      { expected: attribution.agent, actual: plan.agent }
    );
  const timeline = evidence.timeline;
  if (!timeline) return;
  const claimed = actualMinutes(plan);
  const measured = timeline.measuredMinutes;
  if (claimed !== void 0 && measured !== void 0 && claimed > 2 * measured + slackMinutes && plan.finalStatus?.completionStatus === "completed")
    reportMessage(
      file,
      rules,
      "timeline-contradicts-git",
      positions["/progressTracking/totalDuration"] ?? positions["/progressTracking"] ?? positions[""],
      `Expected at most the ${measured} minutes git measures from the commit that created the plan (${timeline.created?.commit.slice(0, 12) ?? ""}) to the one that completed it (${timeline.completed?.commit.slice(0, 12) ?? ""}), found ${claimed} minutes claimed`,
      { expected: `at most ${measured} minutes`, actual: `${claimed} minutes` }
    );
  const impossible = (plan.progressTracking?.phases ?? []).flatMap(
    (timing, index) => ["start", "end"].flatMap((edge) => {
      const stated = timing[edge];
      const recorded = timeline.firstStated[`${timing.phase}/${edge}`];
      if (!stated || !recorded || stated.length <= 10) return [];
      const committed = Date.parse(recorded.date);
      const wallClock = committed + recorded.offsetMinutes * 6e4;
      const latest = Math.max(committed, wallClock) + skewMinutes * 6e4;
      return Date.parse(stated) > latest ? [{ timing, index, edge, stated, recorded }] : [];
    })
  );
  const first = impossible[0];
  if (!first) return;
  const more = impossible.length > 1 ? ` (and ${impossible.length - 1} more stated time${impossible.length > 2 ? "s" : ""})` : "";
  reportMessage(
    file,
    rules,
    "timeline-contradicts-git",
    positions[`/progressTracking/phases/${first.index}/${first.edge}`] ?? positions[""],
    `Expected phase ${first.timing.phase}'s ${first.edge} no later than the commit that recorded it (${first.recorded.commit.slice(0, 12)} at ${first.recorded.date}), found ${first.stated}${more}`,
    { expected: `at most ${first.recorded.date}`, actual: first.stated }
  );
}

// src/core/rules/checkPromptHistory.ts
function checkPromptHistory(prompt, revisions, rules) {
  const unbumped = revisions.filter((revision, index) => {
    const older = revisions[index + 1];
    return older !== void 0 && older.blobId !== revision.blobId && older.version !== void 0 && older.version === revision.version;
  });
  const latest = unbumped[0];
  if (!latest?.version) return;
  const where = latest.commit ? `commit ${latest.commit.slice(0, 12)}` : "the working tree";
  const more = unbumped.length > 1 ? ` (and ${unbumped.length - 1} earlier edit${unbumped.length > 2 ? "s" : ""})` : "";
  reportMessage(
    prompt.file,
    rules,
    "prompt-version-unbumped",
    prompt.positions["/version"] ?? prompt.positions[""],
    `Expected a new version when the prompt text changes, found version ${latest.version} kept by ${where}${more}`,
    { expected: "a new version", actual: latest.version }
  );
}

// src/pipeline/readPlanEvidence.ts
import { resolve as resolve4 } from "node:path";

// src/adapters/gitAncestry.ts
async function gitAncestry(cwd, configured) {
  const empty2 = {
    mergedBranch: /* @__PURE__ */ new Map(),
    onDefault: void 0,
    defaultRef: void 0,
    reverts: []
  };
  const head = (await runGit(cwd, ["rev-parse", "--verify", "-q", "HEAD"]))?.trim();
  if (!head) return empty2;
  const defaultRef = await defaultBranch(cwd, configured);
  const tip = defaultRef ? (await runGit(cwd, ["rev-parse", "--verify", "-q", `${defaultRef}^{commit}`]))?.trim() : head;
  const log2 = await runGit(cwd, [
    "log",
    "-z",
    "--topo-order",
    "--reverse",
    "--format=%H %P%x00%s",
    "HEAD",
    ...tip && tip !== head ? [tip] : []
  ]);
  const parents = /* @__PURE__ */ new Map();
  const subjects = /* @__PURE__ */ new Map();
  const order = [];
  const fields = (log2 ?? "").split("\0");
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [commit, ...rest] = (fields[index] ?? "").replace(/^\n/, "").split(" ");
    if (!commit) continue;
    parents.set(commit, rest.filter(Boolean));
    subjects.set(commit, fields[index + 1] ?? "");
    order.push(commit);
  }
  const mainline = /* @__PURE__ */ new Set();
  for (let commit = head; commit; commit = parents.get(commit)?.[0])
    mainline.add(commit);
  const mergedBranch = /* @__PURE__ */ new Map();
  for (const merge of order) {
    const [, ...merged] = parents.get(merge) ?? [];
    const branch = branchOf(subjects.get(merge) ?? "");
    if (merged.length === 0 || !branch) continue;
    const stack = [...merged];
    while (stack.length > 0) {
      const commit = stack.pop();
      if (mainline.has(commit) || mergedBranch.has(commit) || !parents.has(commit)) continue;
      mergedBranch.set(commit, branch);
      stack.push(...parents.get(commit) ?? []);
    }
  }
  let onDefault;
  if (tip) {
    onDefault = /* @__PURE__ */ new Set();
    const stack = [tip];
    while (stack.length > 0) {
      const commit = stack.pop();
      if (onDefault.has(commit)) continue;
      onDefault.add(commit);
      stack.push(...parents.get(commit) ?? []);
    }
  }
  return { mergedBranch, onDefault, defaultRef: defaultRef ?? "HEAD", reverts: await reverts(cwd) };
}
function branchOf(subject) {
  const pull = /^Merge pull request #\d+ from [^/\s]+\/(\S+)/.exec(subject);
  if (pull?.[1]) return pull[1];
  const branch = /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject);
  return branch?.[1]?.replace(/^origin\//, "");
}
async function defaultBranch(cwd, configured) {
  if (configured) {
    for (const ref of [`refs/remotes/origin/${configured}`, `refs/heads/${configured}`])
      if (await runGit(cwd, ["rev-parse", "--verify", "-q", ref])) return ref;
    return void 0;
  }
  return (await runGit(cwd, ["symbolic-ref", "-q", "refs/remotes/origin/HEAD"]))?.trim() || void 0;
}
async function reverts(cwd) {
  const log2 = await runGit(cwd, [
    "log",
    "-z",
    "-E",
    "--grep=This reverts commit [0-9a-f]{7,}",
    "--format=%H%x00%aI%x00%B",
    "HEAD"
  ]);
  const fields = (log2 ?? "").split("\0");
  const found = [];
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const commit = (fields[index] ?? "").replace(/^\n/, "");
    const body = fields[index + 2] ?? "";
    const reverted = [...body.matchAll(/This reverts commit ([0-9a-f]{7,64})/g)].flatMap(
      (match) => match[1] ? [match[1]] : []
    );
    if (commit && reverted.length > 0)
      found.push({
        commit,
        date: new Date(fields[index + 1] ?? "").toISOString().replace(/\.\d{3}Z$/, "Z"),
        reverts: reverted
      });
  }
  return found;
}

// src/adapters/gitPlanLog.ts
import { posix as posix3 } from "node:path";
var header = [
  "%H",
  "%an",
  "%ae",
  "%cn",
  "%ce",
  "%aI",
  "%(trailers:key=Co-authored-by,valueonly,separator=%x1f)"
].join("%x00");
async function gitPlanLog(cwd, paths) {
  const commits = /* @__PURE__ */ new Map();
  const revisions = new Map(paths.map((path) => [path, []]));
  if (paths.length === 0 || (await gitCommand(cwd, ["rev-parse", "--verify", "-q", "HEAD"])).code !== 0)
    return { commits, revisions };
  const prefix = (await gitText(cwd, ["rev-parse", "--show-prefix"], "the plans' history")).trim();
  const byRootPath = /* @__PURE__ */ new Map();
  for (const path of paths) byRootPath.set(posix3.normalize(`${prefix}${path}`), path);
  const changed = /* @__PURE__ */ new Map();
  const logs = await Promise.all(
    [...pathChunks(paths)].map(
      (chunk) => gitText(
        cwd,
        [
          "--literal-pathspecs",
          "log",
          "-z",
          `--format=%x1e${header}%x00`,
          "--raw",
          "--no-abbrev",
          "--no-renames",
          "--",
          ...chunk
        ],
        "the plans' history"
      )
    )
  );
  for (const log2 of logs) {
    for (const record of log2.split("")) {
      const fields = record.split("\0");
      const [commit, authorName, authorEmail, committerName, committerEmail, authored, trailers] = fields;
      if (!commit || !/^[0-9a-f]{40,64}$/.test(commit) || authored === void 0) continue;
      const when = new Date(authored);
      const offset = /([+-])(\d{2}):(\d{2})$/.exec(authored);
      commits.set(commit, {
        commit,
        authorName: authorName ?? "",
        authorEmail: authorEmail ?? "",
        committerName: committerName ?? "",
        committerEmail: committerEmail ?? "",
        date: when.toISOString().replace(/\.\d{3}Z$/, "Z"),
        offsetMinutes: offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0,
        coAuthors: (trailers ?? "").split("").flatMap(person)
      });
      const changes = changed.get(commit) ?? [];
      for (let index = 7; index < fields.length; index++) {
        const field = (fields[index] ?? "").replace(/^\n/, "");
        const change = /^:\d+ \d+ ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([AMT])$/.exec(field);
        if (!change) continue;
        const path = byRootPath.get(fields[++index] ?? "");
        if (path === void 0 || !change[2]) continue;
        changes.push({
          path,
          blobId: change[2],
          ...change[3] === "A" || !change[1] || /^0+$/.test(change[1]) ? {} : { before: change[1] }
        });
      }
      changed.set(commit, changes);
    }
  }
  for (const [commit, changes] of changed) {
    const plansInCommit = new Set(changes.map((change) => change.path)).size;
    for (const change of changes)
      revisions.get(change.path)?.push({ commit, ...withoutPath(change), plansInCommit });
  }
  const order = new Map([...commits.keys()].map((commit, index) => [commit, index]));
  const date = (commit) => commits.get(commit)?.date ?? "";
  for (const list of revisions.values())
    list.sort(
      (a, b) => (date(a.commit) < date(b.commit) ? 1 : date(a.commit) > date(b.commit) ? -1 : 0) || (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0)
    );
  return { commits, revisions };
}
function withoutPath(change) {
  return change.before === void 0 ? { blobId: change.blobId } : { blobId: change.blobId, before: change.before };
}
function person(value) {
  const match = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(value);
  return match?.[2] ? [{ name: match[1] ?? "", email: match[2] }] : [];
}

// src/core/evidence/findRevert.ts
function findRevert(revisions, reverts2, dateOf, days) {
  const window = days * 24 * 60 * 60 * 1e3;
  const found = [];
  const within = (reverted, by, date) => {
    const made = dateOf(reverted);
    return made !== void 0 && Date.parse(date) - Date.parse(made) <= window && reverted !== by;
  };
  const restores = (revision, later) => later !== revision && later.blobId === revision.before && later.before === revision.blobId && (dateOf(later.commit) ?? "") >= (dateOf(revision.commit) ?? "");
  const undoing = new Set(reverts2.map((revert) => revert.commit));
  for (const revision of revisions)
    for (const later of revisions)
      if (revision.before && restores(revision, later)) undoing.add(later.commit);
  for (const revision of revisions) {
    if (undoing.has(revision.commit)) continue;
    for (const revert of reverts2)
      if (revert.reverts.some((named) => revision.commit.startsWith(named)) && within(revision.commit, revert.commit, revert.date))
        found.push({ commit: revert.commit, date: revert.date });
    if (!revision.before) continue;
    const restoring = revisions.find((later) => restores(revision, later));
    const date = restoring && dateOf(restoring.commit);
    if (restoring && date && within(revision.commit, restoring.commit, date))
      found.push({ commit: restoring.commit, date });
  }
  return found.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0)[0];
}

// src/core/evidence/planTimeline.ts
function planTimeline(revisions, current) {
  const at = (revision) => ({
    commit: revision.commit,
    date: revision.date
  });
  const first = revisions[0];
  const ticks = [];
  let done = 0;
  for (const revision of revisions) {
    if (!revision.state) continue;
    if (revision.state.done > done) ticks.push(at(revision));
    done = revision.state.done;
  }
  const completed = revisions.find((revision) => revision.state?.claimed === "completed");
  const firstStated = {};
  for (const [key, value] of Object.entries(current.times)) {
    const revision = revisions.find((candidate) => candidate.state?.times[key] === value);
    if (revision) firstStated[key] = revision;
  }
  const timeline = { ticks, firstStated };
  if (first) timeline.created = at(first);
  if (completed) timeline.completed = at(completed);
  if (first && completed && completed.commit !== first.commit)
    timeline.measuredMinutes = Math.round((Date.parse(completed.date) - Date.parse(first.date)) / 600) / 100;
  return timeline;
}

// src/core/evidence/revisionState.ts
function revisionState(document) {
  if (document.kind !== "plan") return void 0;
  const times = {};
  for (const timing of document.progressTracking?.phases ?? []) {
    if (timing.start) times[`${timing.phase}/start`] = timing.start;
    if (timing.end) times[`${timing.phase}/end`] = timing.end;
  }
  const state = { done: document.checkboxes.checked, times };
  const claimed = document.finalStatus?.completionStatus;
  if (claimed) state.claimed = claimed;
  return state;
}

// src/core/document/readsAsWorkingTree.ts
function readsAsWorkingTree(text) {
  return text.length > 0 && !text.startsWith("\uFEFF") && !text.includes("\0") && !text.includes("�");
}

// src/pipeline/readPlanEvidence.ts
async function readPlanEvidence(cwd, parsed, config, onNotice = () => void 0, history = { known: /* @__PURE__ */ new Map(), keep: () => void 0 }) {
  const evidence = /* @__PURE__ */ new Map();
  const { attribution, timeline, outcomes } = config.evidence;
  const plans = parsed.filter(
    (entry) => entry.document.kind === "plan" && isInsideFolder(resolve4(cwd), resolve4(cwd, entry.document.identity.path))
  );
  if (plans.length === 0 || !(attribution || timeline || outcomes)) return evidence;
  if (await isShallowClone(cwd)) {
    onNotice(
      "planmark: this is a shallow clone, so git cannot show who did the plans, how long they took or whether they held; plans.json records no git evidence. Fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)."
    );
    return evidence;
  }
  const log2 = await gitPlanLog(
    cwd,
    plans.map((plan) => plan.document.identity.path)
  );
  const ancestry = attribution || outcomes ? await gitAncestry(cwd, config.evidence.defaultBranch) : { mergedBranch: /* @__PURE__ */ new Map(), onDefault: void 0, defaultRef: void 0, reverts: [] };
  const states = timeline ? await pastStates(cwd, plans, log2.revisions, config, history) : /* @__PURE__ */ new Map();
  for (const plan of plans) {
    const path = plan.document.identity.path;
    const revisions = [...log2.revisions.get(path) ?? []].reverse();
    if (revisions.length === 0) continue;
    const commitOf = (revision) => {
      const commit = log2.commits.get(revision.commit);
      const branch = ancestry.mergedBranch.get(revision.commit);
      return commit && branch ? { ...commit, mergedBranch: branch } : commit;
    };
    const entry = {
      commits: revisions.length,
      lastCommit: revisions[revisions.length - 1].commit
    };
    if (attribution) {
      const own = revisions.filter((revision) => revision.plansInCommit <= config.evidence.maxPlansPerCommit).flatMap((revision) => commitOf(revision) ?? []);
      const found = attributeAgent(own, config.agentSignatures, config.agents);
      if (found) entry.attribution = found;
    }
    const current = revisionState(plan.document);
    if (timeline && current)
      entry.timeline = planTimeline(
        revisions.flatMap((revision) => {
          const commit = log2.commits.get(revision.commit);
          if (!commit) return [];
          const state = revision.blobId === plan.document.identity.blobId ? current : states.get(cacheKey(path, revision.blobId));
          return [
            {
              commit: revision.commit,
              date: commit.date,
              offsetMinutes: commit.offsetMinutes,
              ...state ? { state } : {}
            }
          ];
        }),
        current
      );
    if (outcomes) {
      if (ancestry.onDefault) {
        const onDefault = ancestry.onDefault;
        entry.reachedDefaultBranch = revisions.every((revision) => onDefault.has(revision.commit));
      }
      const revert = findRevert(
        revisions,
        ancestry.reverts,
        (commit) => log2.commits.get(commit)?.date ?? ancestry.reverts.find((r) => r.commit === commit)?.date,
        config.evidence.revertDays
      );
      if (revert) entry.revertedBy = revert;
    }
    evidence.set(path, entry);
  }
  return evidence;
}
async function pastStates(cwd, plans, revisions, config, { known, keep }) {
  const states = /* @__PURE__ */ new Map();
  const wanted = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    const path = plan.document.identity.path;
    for (const revision of revisions.get(path) ?? []) {
      if (revision.blobId === plan.document.identity.blobId) continue;
      const key = cacheKey(path, revision.blobId);
      const recalled = known.get(key);
      const document = recalled?.parsed?.document;
      const state = document?.kind === "plan" ? revisionState(document) : void 0;
      if (recalled && state) {
        states.set(key, state);
        keep(key, recalled);
      } else wanted.set(key, { path, blobId: revision.blobId });
    }
  }
  const blobs = await readBlobs(cwd, [...new Set([...wanted.values()].map((w) => w.blobId))]);
  const globs = documentGlobs(config);
  const keys = [];
  const jobs = [];
  for (const [key, { path, blobId }] of wanted) {
    const source = blobs.get(blobId);
    if (source === void 0) continue;
    keys.push(key);
    jobs.push({ path, source, blobId, kindHint: globs.kindHint(path) ?? "plan" });
  }
  const parsed = await parseWhenNeeded(jobs, config);
  parsed.forEach((result, index) => {
    const key = keys[index];
    const document = result.parsed ? deserializeChecked(result).parsed?.document : void 0;
    const state = document ? revisionState(document) : void 0;
    if (state) states.set(key, state);
    const job = jobs[index];
    if (result.parsed && readsAsWorkingTree(job.source) && globs.kindHint(job.path) !== void 0)
      keep(key, result);
  });
  return states;
}

// src/pipeline/checkFiles.ts
async function checkFiles(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config);
  const inGit = await isGitWorkTree(cwd);
  const notice = options.onNotice ?? (() => void 0);
  const confineCache = async () => {
    if (options.cacheDir && options.confineCache)
      await checkOutputPath(cwd, options.cacheDir, "The cache folder");
  };
  await confineCache();
  const stamp = cacheStamp(config);
  const cache = options.cacheDir ? await loadDocumentCache(options.cacheDir, stamp, notice) : /* @__PURE__ */ new Map();
  const { files, entries, recalled, parsedCount } = await checkEachFile(
    cwd,
    paths,
    config,
    options,
    inGit,
    cache
  );
  const checkedByBlob = new Map([...cache, ...entries]);
  const kept = new Map(entries);
  let learned = 0;
  const result = options.shard ? {
    files,
    config,
    promptRevisions: /* @__PURE__ */ new Map(),
    planEvidence: /* @__PURE__ */ new Map(),
    plans: [],
    checkedByBlob
  } : await finishCheck(files, cwd, paths, config, inGit, notice, {
    known: checkedByBlob,
    keep: (key, checked) => {
      if (!cache.has(key)) learned++;
      kept.set(key, checked);
    }
  });
  if (options.cacheDir) {
    result.cacheUse = { recalled, parsed: parsedCount };
    const unchanged = parsedCount + learned === 0 && kept.size === cache.size;
    if (!unchanged) {
      await confineCache();
      await saveDocumentCache(options.cacheDir, stamp, kept, notice);
    }
  }
  return result;
}
async function finishCheck(files, cwd, paths, config, inGit, onNotice, history) {
  const parsed = files.flatMap((entry) => entry.parsed ? [entry.parsed] : []);
  const git = inGit ?? await isGitWorkTree(cwd);
  const promptRevisions = git ? await readPromptRevisions(cwd, parsed, config, onNotice) : /* @__PURE__ */ new Map();
  const planEvidence = git ? await readPlanEvidence(cwd, parsed, config, onNotice, history) : /* @__PURE__ */ new Map();
  for (const entry of parsed) {
    const found = planEvidence.get(entry.document.identity.path);
    if (found) checkGitEvidence(entry, found, config.rules);
  }
  const promptVersions = /* @__PURE__ */ new Map();
  for (const prompt of parsed) {
    if (prompt.document.kind !== "prompt" || !prompt.document.id) continue;
    const versions = promptVersions.get(prompt.document.id) ?? /* @__PURE__ */ new Set();
    for (const revision of promptRevisions.get(prompt.document.identity.path) ?? [])
      if (revision.version) versions.add(revision.version);
    promptVersions.set(prompt.document.id, versions);
  }
  const complete = paths.length === 0 || paths.some((path) => resolve5(cwd, path) === resolve5(cwd));
  const plans = checkDocumentSet(parsed, config.rules, {
    complete,
    exists: (path) => existsSync(resolve5(cwd, path)),
    promptVersions,
    successRateTolerance: config.successRateTolerance
  });
  for (const entry of files) entry.file.messages.sort(compareMessages);
  return {
    files,
    config,
    promptRevisions,
    planEvidence,
    plans,
    ...history ? { checkedByBlob: history.known } : {}
  };
}
async function checkEachFile(cwd, paths, config, options, inGit, cache) {
  let found = await findDocuments(cwd, paths, config);
  const shard = options.shard;
  if (shard) found = found.filter((_, index) => index % shard.count === shard.index);
  const realCwd = await realpath2(cwd);
  const named = new Set(paths.map((path) => resolve5(cwd, path)));
  const results = new Array(found.length);
  const keys = new Array(found.length);
  const jobs = [];
  let done = 0;
  let recalled = 0;
  const progress = () => options.onProgress?.(++done, found.length);
  for (const [index, document] of found.entries()) {
    const absolute = resolve5(cwd, document.path);
    const read = await readDocumentFile(
      absolute,
      config.maxFileBytes,
      named.has(absolute) ? void 0 : realCwd
    ).catch((error) => ({
      ok: false,
      empty: false,
      reason: `Expected a readable file, found an error: ${error.message}`,
      expected: "a readable file",
      actual: error.message
    }));
    if (!read.ok) {
      results[index] = refusedFile(
        document.path,
        config,
        read.empty ? "file-empty" : "file-unreadable",
        read.reason,
        read
      );
      progress();
      continue;
    }
    const blobId = gitBlobId(read.bytes);
    keys[index] = cacheKey(document.path, blobId);
    const cached = cache.get(keys[index]);
    if (cached) {
      results[index] = cached;
      recalled++;
      progress();
      continue;
    }
    jobs.push({
      index,
      path: document.path,
      source: read.source,
      ...inGit ? { blobId } : {},
      ...document.kindHint ? { kindHint: document.kindHint } : {}
    });
  }
  const parsed = await parseWhenNeeded(jobs, config, {
    workers: options.workers ?? "auto",
    onDone: progress
  });
  jobs.forEach((job, position) => results[job.index] = parsed[position]);
  const entries = /* @__PURE__ */ new Map();
  results.forEach((result, index) => {
    const key = keys[index];
    if (key && result?.parsed) entries.set(key, result);
  });
  return {
    files: results.map((result) => deserializeChecked(result)),
    entries,
    recalled,
    parsedCount: jobs.length
  };
}
function documentsOf(result) {
  return result.files.flatMap(({ parsed }) => parsed ? [parsed.document] : []);
}
async function readPromptRevisions(cwd, parsed, config, onNotice = () => void 0) {
  const prompts = parsed.filter(
    (entry) => entry.document.kind === "prompt" && isInsideFolder(resolve5(cwd), resolve5(cwd, entry.document.identity.path))
  );
  if (prompts.length === 0) return /* @__PURE__ */ new Map();
  const { promptVersionOf } = await import("./action-promptVersionOf-WYSLNHVT.js");
  if (await isShallowClone(cwd))
    onNotice(
      "planmark: this is a shallow clone, so the prompts' history is missing: prompt-version-unbumped could not be checked against past commits, only against uncommitted edits. Fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)."
    );
  const histories = await gitFileHistories(
    cwd,
    prompts.map((prompt) => prompt.document.identity.path)
  );
  const blobs = await readBlobs(cwd, [
    ...new Set([...histories.values()].flat().map((revision) => revision.blobId))
  ]);
  const revisions = /* @__PURE__ */ new Map();
  prompts.forEach((prompt) => {
    const history = histories.get(prompt.document.identity.path) ?? [];
    const committed = history.map(({ commit, blobId: blobId2 }) => {
      const version = promptVersionOf(blobs.get(blobId2) ?? "");
      return version === void 0 ? { commit, blobId: blobId2 } : { commit, blobId: blobId2, version };
    });
    const { blobId } = prompt.document.identity;
    const current = prompt.document.kind === "prompt" ? prompt.document.version : void 0;
    const working = blobId && blobId !== committed[0]?.blobId ? [{ commit: null, blobId, ...current ? { version: current } : {} }] : [];
    checkPromptHistory(prompt, [...working, ...committed], config.rules);
    revisions.set(prompt.document.identity.path, committed);
  });
  return revisions;
}

export {
  findDocuments,
  readDocumentFile,
  checkFiles,
  finishCheck,
  documentsOf
};
