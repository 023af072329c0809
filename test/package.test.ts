// The package's metadata and its changelog: what npm and a reader of the release see.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, any>
const changelog = readFileSync('CHANGELOG.md', 'utf8')

describe('package.json', () => {
  it('builds before packing, so a fresh clone packs dist/ and schemas/', () => {
    expect(pkg.scripts.prepack).toBe('npm run build')
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'schemas']))
  })

  it('says where the code, the home page and the issues are', () => {
    expect([pkg.repository, pkg.homepage, pkg.bugs]).toEqual([
      { type: 'git', url: 'git+https://github.com/sales-rules/sales-rules.git' },
      'https://github.com/sales-rules/sales-rules#readme',
      { url: 'https://github.com/sales-rules/sales-rules/issues' },
    ])
  })
})

describe('CHANGELOG.md', () => {
  it('has the work in progress, then released versions with dates, newest first', () => {
    const headings = changelog.match(/^## .*$/gm) ?? []
    expect(headings[0]).toBe('## [Unreleased]')
    expect(headings.slice(1).every((h) => /^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/.test(h))).toBe(true)
    expect(headings).toContain('## [0.1.0] - 2026-12-01')
  })

  it('records the strictness as breaking, with the minor version bumped (below 1.0)', () => {
    const unreleased = changelog.slice(0, changelog.indexOf('## [0.1.0]'))
    expect(unreleased).toContain('**BREAKING: unknown keys are errors.**')
    expect(pkg.version).toBe('0.2.0')
  })
})
