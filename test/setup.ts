// Property tests run fast-check's default 100 cases each; FC_RUNS=10000 npm test runs more locally.
// FC_SEED fixes the seed (the mutation-testing run does, so that results repeat).
import fc from 'fast-check'

const runs = Number(process.env.FC_RUNS ?? '')
const seed = Number(process.env.FC_SEED ?? '')
fc.configureGlobal({
  ...(Number.isInteger(runs) && runs > 0 ? { numRuns: runs } : {}),
  ...(Number.isInteger(seed) && process.env.FC_SEED ? { seed } : {}),
})
