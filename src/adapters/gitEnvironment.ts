/**
 * Variables that tell git which repository, index or pathspec reading to use.
 * git exports the first ones to its hooks, so planmark run from a hook would
 * otherwise read another repository than `--cwd`, and the pathspec ones would
 * turn a file named `prompts/*.md` into a glob.
 */
const inheritedGitVariables = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_LITERAL_PATHSPECS',
  'GIT_GLOB_PATHSPECS',
  'GIT_NOGLOB_PATHSPECS',
  'GIT_ICASE_PATHSPECS'
]

/**
 * The environment git runs in: this process's, without the variables that
 * would override the working directory's repository, plus `extra` (which
 * may set them on purpose, as a temporary index does).
 */
export function gitEnvironment(
  extra: Readonly<Record<string, string>> = {},
  base: NodeJS.ProcessEnv = process.env
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base }
  for (const name of inheritedGitVariables) delete env[name]
  return { ...env, ...extra }
}
