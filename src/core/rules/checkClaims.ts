import type { Nodes } from 'mdast'
import type { Extraction } from '../Extraction.js'
import { readFieldsDeep } from '../tree/readFieldsDeep.js'
import type { CheckboxCounts } from '../types/generated.js'
import type { TaskAt } from './walkTasks.js'

// Only a mark of done is a claim: a count in an unchecked item (`All tests pass (27/27)`) is the target.
const doneClaim = /✅/

/**
 * `claim-contradiction`: text that claims a state the checkboxes deny. An
 * unchecked item whose text marks it done (`Tests green ✅`), and a `Progress`
 * field (`Progress: 8/10`) that disagrees with the document's checked boxes.
 */
export function checkClaims(
  tasks: readonly TaskAt[],
  nodes: readonly Nodes[],
  counts: CheckboxCounts,
  extraction: Extraction
): void {
  for (const { task, pointer } of tasks) {
    const claim = doneClaim.exec(task.text)
    if (task.state !== 'unchecked' || !claim) continue
    extraction.report(
      'claim-contradiction',
      extraction.placeOf(pointer),
      `Expected a checked box for an item whose text claims it is done (\`${claim[0]}\`), found \`[ ]\``,
      {
        expected: '[x]',
        actual: '[ ]'
      }
    )
  }
  const total = counts.checked + counts.unchecked
  for (const field of readFieldsDeep(nodes, extraction.source)) {
    if (field.key !== 'progress' && field.key !== 'overall progress') continue
    // A count starts where a run of digits starts: otherwise each digit of a long run is tried again.
    const stated = /(?<!\d)(\d+)\s*(?:\/|of)\s*(\d+)/.exec(field.text)
    if (!stated || (Number(stated[1]) === counts.checked && Number(stated[2]) === total)) continue
    extraction.report(
      'claim-contradiction',
      field.place,
      `Expected progress ${counts.checked}/${total} (the checked boxes), found \`${stated[0]}\``,
      {
        expected: `${counts.checked}/${total}`,
        actual: stated[0]
      }
    )
  }
}
