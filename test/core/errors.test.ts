import { describe, expect, it } from 'vitest'
import { parseAmount, policyInForce, SalesRulesError } from '../../src/index'
import { catchError } from '../helpers'

describe('SalesRulesError', () => {
  it('is an Error named SalesRulesError whose message lists the code, then each issue with its path', () => {
    const error = catchError(() => parseAmount('12abc'))
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('SalesRulesError')
    expect(error.message).toBe(
      'INVALID_INPUT: Expected a decimal number, as a string such as "12.50" or a finite number',
    )
    const many = catchError(() =>
      policyInForce([{ id: 'p', version: '1', effectiveFrom: '2026-13-01', effectiveTo: 'x' }], '2026-01-01'),
    )
    expect(many.message).toBe(
      `INVALID_POLICY: ${many.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
    expect(many.message.startsWith('INVALID_POLICY: versions.0.effectiveFrom: ')).toBe(true)
  })

  it('keeps its code and issues as given', () => {
    const issues = [{ path: ['a', 0], message: 'bad', code: 'x' }]
    const error = new SalesRulesError('INVALID_INPUT', issues)
    expect([error.code, error.issues, error.message]).toEqual([
      'INVALID_INPUT',
      issues,
      'INVALID_INPUT: a.0: bad',
    ])
  })
})
