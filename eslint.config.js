import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Modules that perform I/O or depend on a runtime; the pure core must not import them. */
const sideEffectModules = [
  'fs',
  'fs/*',
  'node:*',
  'child_process',
  'path',
  'os',
  'http',
  'https',
  'net',
  'process',
  '@actions/*',
  'tinyglobby',
  '**/adapters/**',
  '**/cli/**',
  '**/action/**',
  '**/pipeline/**'
]

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'examples/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' }
    }
  },
  {
    // Inputs and document text never reach a shell: processes get argument arrays.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='shell'][value.value!=false]",
          message: 'Never run a shell: pass an argument array to execFile or spawn.'
        },
        {
          selector:
            'ImportSpecifier[imported.name=/^(exec|execSync)$/], MemberExpression[property.name=/^(exec|execSync)$/][object.name=/child_process/]',
          message: 'exec runs a shell: use execFile or spawn with an argument array.'
        }
      ]
    }
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: sideEffectModules,
              message: 'src/core is pure: move side effects to src/adapters.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: pass values in through Options.' },
        { name: 'fetch', message: 'src/core is pure: no network.' },
        { name: 'console', message: 'src/core is pure: return messages instead of logging.' }
      ]
    }
  }
)
