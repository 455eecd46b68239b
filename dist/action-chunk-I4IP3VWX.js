import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/writeFileAtomic.ts
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function writeFileAtomic(path, content) {
  const current = await readFile(path, "utf8").catch(() => void 0);
  if (current === content) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return true;
}
var batchLength = 1 << 20;
function writeLinesAtomic(path, lines) {
  return mkdir(dirname(path), { recursive: true }).then(
    () => new Promise((resolve2, reject) => {
      const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
      const stream = createWriteStream(temporary);
      const fail = (error) => rm(temporary, { force: true }).then(() => reject(error), reject);
      stream.on("error", fail);
      const iterator = lines[Symbol.iterator]();
      const pump = () => {
        let batch = "";
        for (let next = iterator.next(); !next.done; next = iterator.next()) {
          batch += `${next.value}
`;
          if (batch.length < batchLength) continue;
          const more = stream.write(batch);
          batch = "";
          if (!more) return void stream.once("drain", pump);
        }
        stream.end(batch, () => rename(temporary, path).then(resolve2, fail));
      };
      pump();
    })
  );
}

// src/adapters/gitCommand.ts
import { execFile } from "node:child_process";

// src/adapters/gitEnvironment.ts
var inheritedGitVariables = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_NAMESPACE",
  "GIT_PREFIX",
  "GIT_LITERAL_PATHSPECS",
  "GIT_GLOB_PATHSPECS",
  "GIT_NOGLOB_PATHSPECS",
  "GIT_ICASE_PATHSPECS"
];
function gitEnvironment(extra = {}, base = process.env) {
  const env = { ...base };
  for (const name of inheritedGitVariables) delete env[name];
  return { ...env, ...extra };
}

// src/adapters/gitCommand.ts
function gitCommand(cwd, args, options = {}) {
  return new Promise((resolve2) => {
    const child = execFile(
      "git",
      args,
      {
        cwd,
        maxBuffer: 256 * 1024 * 1024,
        encoding: "utf8",
        env: gitEnvironment(options.env)
      },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : 1 : 0;
        resolve2({ code, stdout, stderr });
      }
    );
    child.stdin?.on("error", () => void 0);
    if (options.input === void 0) child.stdin?.end();
    else child.stdin?.end(options.input);
  });
}

// src/adapters/runGit.ts
async function runGit(cwd, args) {
  const result = await gitCommand(cwd, args);
  return result.code === 0 ? result.stdout : void 0;
}

// src/core/text/defuseAutolinks.ts
function defuseAutolinks(text) {
  return text.replace(/@(?=\w)/g, "@​").replace(/#(?=\d)/g, "#​").replace(/(?<![a-z\d])gh-(?=\d)/gi, "$&​").replace(/:\/\//g, ":​//").replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}​.`);
}

// src/core/text/escapeHtml.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/core/text/removeInvisible.ts
var invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function removeInvisible(text) {
  return text.replace(invisible, "");
}

// src/core/render/escapeMarkdown.ts
function escapeMarkdown(text) {
  return defuseAutolinks(
    escapeHtml(removeInvisible(text)).replace(/[\\`*_{}[\]()#+!|~]/g, "\\$&")
  ).replace(/\r\n|\r|\n|\u2028|\u2029/g, " ");
}

// src/adapters/checkOutputPath.ts
import { lstat, realpath as realpath2 } from "node:fs/promises";
import { join, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/adapters/isInsideFolder.ts
import { isAbsolute, relative, sep } from "node:path";
function isInsideFolder(folder, path) {
  const inside = relative(folder, path);
  return inside === "" || !(inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside));
}

// src/adapters/repositoryRoot.ts
import { realpath } from "node:fs/promises";
async function repositoryRoot(cwd) {
  const top = (await runGit(cwd, ["rev-parse", "--show-toplevel"]))?.trim();
  return realpath(top || cwd);
}

// src/adapters/outputPathError.ts
var OutputPathError = class extends Error {
  name = "OutputPathError";
};

// src/adapters/checkOutputPath.ts
async function checkOutputPath(cwd, path, what) {
  const root = await repositoryRoot(cwd);
  const target = resolve(await realpath2(cwd), path);
  const onPurpose = "a folder named on the command line (--out, --cache) may be anywhere";
  if (!isInsideFolder(root, target))
    throw new OutputPathError(
      `${what} ${path} is outside the repository (${root}): planmark writes only inside it, and ${onPurpose}.`
    );
  let current = root;
  for (const part of relative2(root, target).split(sep2).filter(Boolean)) {
    current = join(current, part);
    const info = await lstat(current).catch((error) => {
      if (error.code === "ENOENT") return void 0;
      throw error;
    });
    if (!info) break;
    const shown = relative2(root, current);
    if (info.isSymbolicLink())
      throw new OutputPathError(
        `${what} ${path} passes through the symbolic link ${shown}: planmark does not write through links, which could point outside the repository. Replace the link with a folder; ${onPurpose}.`
      );
    if (current !== target && !info.isDirectory())
      throw new OutputPathError(
        `${what} ${path} passes through ${shown}, which is not a folder: move that file or choose another folder.`
      );
  }
  return target;
}

// src/adapters/isShallowClone.ts
async function isShallowClone(cwd) {
  return (await runGit(cwd, ["rev-parse", "--is-shallow-repository"]))?.trim() === "true";
}

// src/adapters/gitBlobId.ts
import { createHash } from "node:crypto";
function gitBlobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

// src/adapters/gitHistory.ts
import { spawn } from "node:child_process";

// src/adapters/gitError.ts
var GitError = class extends Error {
  name = "GitError";
};

// src/adapters/gitHistory.ts
async function commitBefore(cwd, instant) {
  const commit = (await runGit(cwd, ["rev-list", "-1", `--before=${instant}`, "HEAD"]))?.trim();
  return commit || void 0;
}
async function filesAtCommit(cwd, commit, paths = ["."]) {
  const listing = await runGit(cwd, [
    "--literal-pathspecs",
    "ls-tree",
    "-r",
    "-z",
    commit,
    "--",
    ...paths
  ]);
  return (listing ?? "").split("\0").filter(Boolean).flatMap((entry) => {
    const match = /^\d+ blob ([0-9a-f]{40})\t(.*)$/s.exec(entry);
    return match?.[1] && match[2] !== void 0 ? [{ blobId: match[1], path: match[2] }] : [];
  });
}
function readBlobs(cwd, blobIds) {
  return new Promise((resolve2, reject) => {
    const git = spawn("git", ["cat-file", "--batch"], { cwd, env: gitEnvironment() });
    const chunks = [];
    git.stdout.on("data", (chunk) => chunks.push(chunk));
    git.on(
      "error",
      (error) => reject(new GitError(`git cat-file could not start: ${error.message}`))
    );
    git.on("close", (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file --batch exited with ${code}`));
      const output = Buffer.concat(chunks);
      const blobs = /* @__PURE__ */ new Map();
      let offset = 0;
      while (offset < output.length) {
        const headerEnd = output.indexOf(10, offset);
        const [id, type, size] = output.subarray(offset, headerEnd).toString("utf8").split(" ");
        if (type !== "blob" || !id || size === void 0) {
          offset = headerEnd + 1;
          continue;
        }
        const start = headerEnd + 1;
        blobs.set(id, output.subarray(start, start + Number(size)).toString("utf8"));
        offset = start + Number(size) + 1;
      }
      resolve2(blobs);
    });
    git.stdin.end(blobIds.map((id) => `${id}
`).join(""));
  });
}

export {
  writeFileAtomic,
  writeLinesAtomic,
  gitEnvironment,
  gitCommand,
  runGit,
  defuseAutolinks,
  escapeHtml,
  removeInvisible,
  escapeMarkdown,
  isInsideFolder,
  checkOutputPath,
  gitBlobId,
  GitError,
  commitBefore,
  filesAtCommit,
  readBlobs,
  isShallowClone
};
