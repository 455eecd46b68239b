import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'

const require = createRequire(import.meta.url)
const specId = 'https://api.github.com/openapi.json'

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: object
  $ref?: string
}

interface Operation {
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> }
}

interface Route {
  template: string
  method: string
  pattern: RegExp
  names: string[]
  literals: number
  operation: Operation
}

/** A request matched against GitHub's published OpenAPI description. */
export interface CheckedRequest {
  /** The path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route: string
  params: Record<string, string>
  /** What does not conform; empty when the request is one GitHub documents. */
  violations: string[]
}

/**
 * Checks REST requests against `@octokit/openapi`'s description of
 * api.github.com: the method and path must be a documented operation, every
 * path and query parameter documented and of its type, required ones present,
 * and the JSON body valid against the operation's request schema.
 */
export class OpenApiValidator {
  private readonly routes: Route[] = []
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
  private readonly compiled = new Map<object, ValidateFunction>()
  private readonly spec: {
    paths: Record<string, Record<string, Operation>>
    components: { parameters: Record<string, Parameter> }
  }

  constructor() {
    const path = require.resolve('@octokit/openapi/generated/api.github.com.json')
    this.spec = JSON.parse(readFileSync(path, 'utf8'))
    this.ajv.addSchema({ $id: specId, components: withoutNullable(this.spec.components) })
    for (const [template, methods] of Object.entries(this.spec.paths)) {
      const names: string[] = []
      const source = template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{(\w+)\\?\}/g, (_, name: string) => {
          names.push(name)
          return '([^/]+)'
        })
      const literals = template.split('/').filter((part) => part && !part.startsWith('{')).length
      for (const [method, operation] of Object.entries(methods)) {
        if (method === 'parameters') continue
        this.routes.push({
          template,
          method: method.toUpperCase(),
          pattern: new RegExp(`^${source}$`),
          names,
          literals,
          operation
        })
      }
    }
  }

  /** Matches and checks one request; `body` is the raw request body. */
  check(method: string, url: URL, body: string): CheckedRequest {
    const candidates = this.routes
      .filter((route) => route.method === method && route.pattern.test(url.pathname))
      .sort((a, b) => b.literals - a.literals)
    const route = candidates[0]
    if (!route)
      return {
        route: '',
        params: {},
        violations: [`${method} ${url.pathname} is not an operation of GitHub's REST API`]
      }
    const match = route.pattern.exec(url.pathname) as RegExpExecArray
    const params: Record<string, string> = {}
    route.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] ?? '')
    })
    const violations: string[] = []
    const parameters = (route.operation.parameters ?? []).map((parameter) =>
      parameter.$ref ? this.resolveParameter(parameter.$ref) : parameter
    )
    for (const [name, value] of url.searchParams) {
      const parameter = parameters.find((p) => p.in === 'query' && p.name === name)
      if (!parameter) violations.push(`query parameter ${name} is not documented`)
      else this.checkValue(parameter, value, violations)
    }
    for (const parameter of parameters) {
      if (parameter.in === 'path')
        this.checkValue(parameter, params[parameter.name] ?? '', violations)
      if (parameter.in === 'query' && parameter.required && !url.searchParams.has(parameter.name))
        violations.push(`query parameter ${parameter.name} is required`)
    }
    const requestBody = route.operation.requestBody
    if (requestBody) {
      const schema = requestBody.content['application/json']?.schema
      if (!body) {
        if (requestBody.required) violations.push('the request body is required')
      } else if (schema) {
        let data: unknown
        try {
          data = JSON.parse(body)
        } catch {
          violations.push('the request body is not JSON')
        }
        const validate = this.validatorOf(schema)
        if (data !== undefined && !validate(data))
          violations.push(
            ...(validate.errors ?? []).map(
              (error) => `body${error.instancePath} ${error.message ?? 'is invalid'}`
            )
          )
      }
    } else if (body) violations.push(`${method} ${route.template} takes no request body`)
    return { route: route.template, params, violations }
  }

  private resolveParameter(ref: string): Parameter {
    const name = ref.replace('#/components/parameters/', '')
    return this.spec.components.parameters[name] as Parameter
  }

  private checkValue(parameter: Parameter, raw: string, violations: string[]): void {
    if (!parameter.schema) return
    const type = (parameter.schema as { type?: string }).type
    const value =
      type === 'integer' || type === 'number'
        ? Number(raw)
        : type === 'boolean'
          ? raw === 'true'
          : raw
    const validate = this.validatorOf(parameter.schema)
    if (!validate(value))
      violations.push(
        `${parameter.in} parameter ${parameter.name}=${raw} ${validate.errors?.[0]?.message ?? 'is invalid'}`
      )
  }

  private validatorOf(schema: object): ValidateFunction {
    let validate = this.compiled.get(schema)
    if (!validate) {
      const rewritten = withoutNullable(
        JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${specId}#/components/`))
      ) as object
      validate = this.ajv.compile(rewritten)
      this.compiled.set(schema, validate)
    }
    return validate
  }
}

/** OpenAPI 3.0's `nullable: true` as JSON Schema (a `null` type, or `anyOf` with `null`). */
function withoutNullable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullable)
  if (typeof value !== 'object' || value === null) return value
  const { nullable, ...rest } = value as Record<string, unknown>
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, child]) => [key, withoutNullable(child)])
  )
  if (nullable !== true) return converted
  if (typeof converted.type === 'string') return { ...converted, type: [converted.type, 'null'] }
  return { anyOf: [converted, { type: 'null' }] }
}
