import { defineConfig } from 'vitest/config'

// vitest's 5-second default is a wall-clock bet that a busy 2-core runner loses
// (tests that run git or the CLI several times). Properties carry their own
// budget and timeout (__tests__/helpers/propertyBudget.ts); this floor is for
// the rest, so that load slows the suite without failing it.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 30_000 }
})
