// GoRules ZEN (the Rust engine behind @gorules/zen-engine) as a peer: a decision table with the first-hit
// policy, built from rows of cell expressions. It is not a dev dependency: the npm registry this project
// installs from serves only its Linux x64 binaries, so a lock file with it fails `npm ci` ("Missing:
// @gorules/zen-engine-darwin-arm64@ from lock file", checked again in December 2026). Install it by hand to
// compare, outside the project so its lock file stays as it is: `mkdir /tmp/zen && cd /tmp/zen && npm init -y
// && npm i @gorules/zen-engine@0.54.0`, then `NODE_PATH=/tmp/zen/node_modules npm run bench` (Node's
// `require` searches NODE_PATH last). Without it the ZEN rows are skipped.
import { createRequire } from 'node:module'

/** The part of ZEN's decision API the bench uses. */
export interface ZenDecision {
  evaluate(context: object): Promise<{ result: unknown }>
}
interface ZenModule {
  ZenEngine: new () => { createDecision(content: Buffer): ZenDecision }
}

function loadZen(): ZenModule | undefined {
  try {
    return createRequire(import.meta.url)('@gorules/zen-engine') as ZenModule
  } catch {
    return undefined
  }
}
const zenModule = loadZen()

/** The version of @gorules/zen-engine the bench found, or `undefined` when it is not installed. */
export function zenVersion(): string | undefined {
  if (zenModule === undefined) return undefined
  try {
    return (createRequire(import.meta.url)('@gorules/zen-engine/package.json') as { version: string }).version
  } catch {
    return 'unknown'
  }
}

/** A first-hit decision table from an input node through the table to an output node. */
export function zenTable(
  inputs: readonly { readonly field: string }[],
  output: string,
  rows: readonly { readonly cells: readonly string[]; readonly out: string }[],
): ZenDecision | undefined {
  if (zenModule === undefined) return undefined
  const content = {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'request', position: { x: 0, y: 0 } },
      {
        id: 'table',
        type: 'decisionTableNode',
        name: 'table',
        position: { x: 200, y: 0 },
        content: {
          hitPolicy: 'first',
          inputs: inputs.map((c, i) => ({ id: `i${i}`, name: c.field, field: c.field })),
          outputs: [{ id: 'o', name: output, field: output }],
          rules: rows.map((r, k) => ({
            _id: `r${k}`,
            ...Object.fromEntries(r.cells.map((cell, i) => [`i${i}`, cell])),
            o: r.out,
          })),
        },
      },
      { id: 'out', type: 'outputNode', name: 'response', position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'in', targetId: 'table', type: 'edge' },
      { id: 'e2', sourceId: 'table', targetId: 'out', type: 'edge' },
    ],
  }
  return new zenModule.ZenEngine().createDecision(Buffer.from(JSON.stringify(content)))
}

/**
 * ZEN's batch use: every context of a chunk evaluated at once (`Promise.all`, which the native engine runs
 * off the JavaScript thread), chunk after chunk. Returns the outputs.
 */
export async function zenBatch<T>(
  decision: ZenDecision,
  contexts: readonly object[],
  chunk = 1000,
): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < contexts.length; i += chunk) {
    const results = await Promise.all(contexts.slice(i, i + chunk).map((c) => decision.evaluate(c)))
    for (const r of results) out.push(r.result as T)
  }
  return out
}
