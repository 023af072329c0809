// Property tests run fast-check's default 100 cases each; FC_RUNS=10000 npm test runs more locally.
import fc from 'fast-check'

const runs = Number(process.env.FC_RUNS ?? '')
if (Number.isInteger(runs) && runs > 0) fc.configureGlobal({ numRuns: runs })
