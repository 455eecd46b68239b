import fc from 'fast-check'

const box = fc.constantFrom('[ ]', '[x]', '[X]', '[/]', '[~]', '[-]', '[P]', '[]', '[xx]', '\\[x]')
const marker = fc.constantFrom('-', '*', '+', '1.', '2.', '5.', '1)', '10.')
const indent = fc.constantFrom('', '  ', '   ', '    ', '      ', '        ', '\t')
const gap = fc.constantFrom(' ', '  ', '\t', '')
const words = fc.constantFrom(
  'step',
  'Write tests',
  '`[x] code`',
  '**Expected Outcome**: ok',
  '21/21 ✅',
  'ünïcödé 日本語',
  '',
  '<!-- id -->'
)

const taskLine = fc
  .tuple(indent, marker, gap, box, gap, words)
  .map(([i, m, g1, b, g2, w]) => `${i}${m}${g1}${b}${g2}${w}`)
const paragraph = fc.constantFrom('**Steps**:', 'Some text.', 'Progress: 3/4', '**Agent**: x')
const fenced = taskLine.map((line) => `\`\`\`\n${line}\n\`\`\``)
const indentedCode = taskLine.map((line) => `\n    ${line.trimStart()}\n`)
const html = taskLine.map((line) => `<div>\n${line}\n</div>`)
const quote = taskLine.map((line) => `> ${line}`)
const table = taskLine.map((line) => `| a | b |\n|---|---|\n| ${line.replace(/\|/g, '')} | x |`)
const heading = fc.constantFrom(
  '## Phase 1: Build ✅',
  '### Success Criteria',
  '# EXECUTION PLAN: x'
)

const block = fc.oneof(
  { weight: 6, arbitrary: taskLine },
  { weight: 2, arbitrary: paragraph },
  { weight: 1, arbitrary: fenced },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: heading },
  { weight: 1, arbitrary: fc.constant('') }
)

/** Markdown documents built from the pieces real plans are made of, in any order, with any line ending. */
export const markdownDocument = fc
  .tuple(fc.array(block, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([blocks, eol, frontMatter]) => {
    const body = blocks.join('\n').replace(/\n/g, eol)
    return frontMatter ? `---${eol}type: plan${eol}tasks: "- [x] no"${eol}---${eol}${body}` : body
  })
