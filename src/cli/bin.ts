// The `sales-rules` command (dist/cli.js): runs `main` on the process's arguments, standard streams and exit
// code. Kept apart from `main` so that the tests can run the command in-process.
import { main } from './index'

process.exitCode = await main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
)
