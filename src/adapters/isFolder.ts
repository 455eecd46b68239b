import { stat } from 'node:fs/promises'

/** Whether `path` is an existing folder (following links). */
export async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true
}
