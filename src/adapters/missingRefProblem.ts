import { runGit } from './runGit.js'

/**
 * Why `ref` names no commit here, in words a person can act on, or undefined
 * when it does name one (then a missing merge base is a history problem):
 * `origin/main` with no `origin` remote says there is no such remote and
 * which there are, instead of advising to fetch history that cannot come.
 */
export async function missingRefProblem(cwd: string, ref: string): Promise<string | undefined> {
  if ((await runGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) !== undefined)
    return undefined
  const remotes = ((await runGit(cwd, ['remote'])) ?? '').split('\n').filter(Boolean)
  const slash = ref.indexOf('/')
  const remote = slash > 0 ? ref.slice(0, slash) : undefined
  if (remote !== undefined && !remotes.includes(remote) && !ref.startsWith('refs/'))
    return `${ref} names no commit: this repository has no remote named ${remote} (${remotes.length > 0 ? `its remotes: ${remotes.join(', ')}` : 'it has no remote'}). Add it (git remote add ${remote} URL, then git fetch ${remote}), or name a local branch such as --base main.`
  if (remote !== undefined && remotes.includes(remote))
    return `${ref} names no commit here: fetch it (git fetch ${remote} ${ref.slice(slash + 1)}).`
  return `${ref} names no commit in this repository: name a branch, tag or commit that exists (git branch -a lists the branches).`
}
