// Builds the package once before the tests when dist/ is missing or older than the sources, so the
// CLI tests run the built command on a fresh clone too (`npm install && npm test`).
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newest(dir: string): number {
  return readdirSync(dir).reduce((latest, name) => {
    const path = join(dir, name)
    const stat = statSync(path)
    return Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs)
  }, 0)
}

export default function setup(): void {
  const built = [
    'dist/cli.js',
    'dist/index.js',
    'schemas/sales-policy.schema.json',
    'schemas/results/opportunity-score.schema.json', // contract: the result schemas
  ]
  const stale = built.some((file) => !existsSync(file) || statSync(file).mtimeMs < newest('src'))
  if (stale) execSync('npm run build --silent', { stdio: 'inherit' })
}
