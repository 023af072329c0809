import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // CI has 2 cores, and vitest's default (one worker fewer than the cores) would run the files one
    // at a time there: the main process only hands out files, so every core runs tests
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
})
