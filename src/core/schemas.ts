import { Ajv2020 } from 'ajv/dist/2020.js'
import agentPerformanceSchema from '../../schemas/agent-performance.schema.json' with { type: 'json' }
import analysisSchema from '../../schemas/analysis.schema.json' with { type: 'json' }
import checklistSchema from '../../schemas/checklist.schema.json' with { type: 'json' }
import commentArtifactSchema from '../../schemas/comment-artifact.schema.json' with { type: 'json' }
import commonSchema from '../../schemas/common.schema.json' with { type: 'json' }
import evidenceLedgerSchema from '../../schemas/evidence-ledger.schema.json' with { type: 'json' }
import configSchema from '../../schemas/config.schema.json' with { type: 'json' }
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' }
import plansSchema from '../../schemas/plans.schema.json' with { type: 'json' }
import promptEffectivenessSchema from '../../schemas/prompt-effectiveness.schema.json' with { type: 'json' }
import promptSchema from '../../schemas/prompt.schema.json' with { type: 'json' }
import rollupSchema from '../../schemas/rollup.schema.json' with { type: 'json' }
import reviewSchema from '../../schemas/review.schema.json' with { type: 'json' }
import taskAnalyticsSchema from '../../schemas/task-analytics.schema.json' with { type: 'json' }

const schemas = {
  plan: planSchema,
  analysis: analysisSchema,
  review: reviewSchema,
  prompt: promptSchema,
  checklist: checklistSchema,
  config: configSchema,
  plans: plansSchema,
  'agent-performance': agentPerformanceSchema,
  'task-analytics': taskAnalyticsSchema,
  'prompt-effectiveness': promptEffectivenessSchema,
  'comment-artifact': commentArtifactSchema,
  'evidence-ledger': evidenceLedgerSchema,
  rollup: rollupSchema
} as const

/** The name of a schema in `schemas/`, without `.schema.json`. */
export type SchemaName = keyof typeof schemas

let ajv: Ajv2020 | undefined

/** The compiled validator of a schema in `schemas/` (Ajv is set up on first use: start-up does not pay for it). */
export function schemaValidator(name: SchemaName) {
  ajv ??= new Ajv2020({ allErrors: true, strict: true }).addSchema([
    commonSchema,
    ...Object.values(schemas)
  ])
  const validate = ajv.getSchema(schemas[name].$id)
  if (!validate) throw new Error(`No schema registered for ${name}`)
  return validate
}
