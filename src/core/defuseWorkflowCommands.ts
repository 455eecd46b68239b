/**
 * Text for a log a GitHub runner reads, with every line that would start a
 * workflow command (`::set-output`, `::add-mask::`, …) broken by a zero-width
 * space. planmark never means to issue one from its output, but document text
 * (a file name with a line break, say) could try. The text's start counts as
 * a line start, since a stream may be written in pieces.
 */
export function defuseWorkflowCommands(text: string): string {
  return text.replace(/(^|[\r\n])([ \t]*):(?=:)/g, '$1$2:\u200b')
}
