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
    // the files of a worker share one module graph instead of importing the library anew each (the imports
    // were over half of `npm test`: 174 s of import time against 32 s shared, on the same 2 cores). No test
    // relies on a fresh module: the one that mocks zod resets the modules and unmocks it after, the one that
    // puts a key on Object.prototype deletes it in `finally`, and the CLI runner restores LANG; the suite
    // passes with the files shuffled (`--sequence.shuffle.files`)
    isolate: false,
  },
})
