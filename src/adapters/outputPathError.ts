/** An output or cache path that leaves the repository or passes through a symbolic link. */
export class OutputPathError extends Error {
  override name = 'OutputPathError'
}
