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
