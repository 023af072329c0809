// @ts-nocheck
import { defineConfig } from 'vitest/config'
export default defineConfig({ test: { include: ['test/rules/kpi/**/*.test.ts'], environment: 'node', setupFiles: ['test/setup.ts'], env: { FC_SEED: '20261123' }, testTimeout: 60_000 } })
