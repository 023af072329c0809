import { describe, expect, it } from 'vitest'
import { explain, requiredContractApprovals } from '../../../src/index'
import { creditPolicy, handbookPolicy } from '../../fixtures/order'
import { catchError } from '../../helpers'

const contract = { id: 'HT-2026-018', date: '2026-06-01', currency: 'CNY', amount: '80000' }
const roles = (list: readonly { role: string }[]) => list.map((s) => s.role)

describe('requiredContractApprovals', () => {
  it('runs the JSDoc example', () => {
    const policy = {
      id: 'orders',
      version: '1',
      effectiveFrom: '2026-01-01',
      currency: 'CNY',
      paymentTerms: [{ id: 'prepaid', label: '先款后货', kind: 'prepaid' as const }],
      paymentConfirmers: ['finance'],
      contracts: {
        chain: [
          { role: 'sales-manager', label: '销售部经理' },
          { role: 'audit', label: '审计部' },
        ],
        templateDeviation: [
          { role: 'sales-vp', label: '销售副总' },
          { role: 'head-office', label: '总公司' },
        ],
        types: [
          {
            id: 'exclusive',
            label: '包销',
            approvers: [
              { role: 'branch-gm', label: '分公司总经理' },
              { role: 'sales-vp', label: '销售副总' },
            ],
          },
        ],
      },
    }
    const decision = requiredContractApprovals(policy, { ...contract, type: 'exclusive' })
    expect(roles(decision.chain)).toEqual(['sales-manager', 'audit'])
    expect(roles(decision.parallel)).toEqual(['branch-gm', 'sales-vp'])
    expect(decision.sealRequired).toBe(true)
  })

  it('every contract, however small, is verified by the sales manager and approved by audit (10.1), sealed (10.2)', () => {
    const d = requiredContractApprovals(handbookPolicy, { ...contract, amount: '0.01' })
    expect([d.autoApproved, d.requiredRole, roles(d.chain), d.parallel, d.sealRequired]).toEqual([
      false,
      'audit',
      ['sales-manager', 'audit'],
      [],
      true,
    ])
    expect(d.policy).toEqual({ id: 'order-release', version: '2026.1', effectiveFrom: '2026-04-01' })
    expect(explain(d, { locale: 'zh-CN' })).toEqual([
      '所有合同均须审核，依次 2 步',
      '第 1 步：销售部经理（核实）',
      '第 2 步：审计部（核定）',
      '合同采用公司统一蓝本',
      '合同须加盖公司合同章方为有效',
      '依次审核 2 步，并行批准 0 项',
    ])
  })

  it('a change to the standard template adds 销售副总 and 总公司 (10.4–10.5)', () => {
    const d = requiredContractApprovals(handbookPolicy, { ...contract, deviations: ['payment clause 5'] })
    expect(d.parallel.map((p) => [p.role, p.reason])).toEqual([
      ['sales-vp', 'template-deviation'],
      ['head-office', 'template-deviation'],
    ])
    expect(explain(d)[3]).toBe(
      'Changes to the standard template (1): approved by Sales vice-president, Head office',
    )
  })

  it('包销 with a modified template: the vice-president approves for each reason (10.8)', () => {
    const d = requiredContractApprovals(handbookPolicy, {
      ...contract,
      type: 'exclusive-distribution',
      deviations: ['territory', 'price'],
    })
    expect(d.parallel.map((p) => [p.role, p.reason])).toEqual([
      ['sales-vp', 'template-deviation'],
      ['head-office', 'template-deviation'],
      ['branch-gm', 'contract-type'],
      ['sales-vp', 'contract-type'],
    ])
    expect(explain(d, { locale: 'zh-CN' })[4]).toBe('包销合同还须经分公司总经理、销售副总批准')
  })

  it('with a review threshold, an amount equal to it is not reviewed; one cent above is', () => {
    const policy = {
      ...handbookPolicy,
      contracts: { ...handbookPolicy.contracts, above: '100000', sealRequired: false },
    }
    const at = (amount: string) => requiredContractApprovals(policy, { ...contract, amount })
    const equal = at('100000')
    expect([equal.autoApproved, equal.requiredRole, equal.chain, equal.sealRequired]).toEqual([
      true,
      null,
      [],
      false,
    ])
    expect(explain(equal)).toEqual([
      'Amount 100000 is not above 100000: no review chain',
      'The contract follows the standard template',
      'No review or approval is needed',
    ])
    expect(roles(at('100000.01').chain)).toEqual(['sales-manager', 'audit'])
  })

  it('errors: unknown type, another currency, no contracts section, no version in force', () => {
    const code = (f: () => unknown) => {
      const e = catchError(f)
      return [e.code, e.issues[0]?.path, e.issues[0]?.code]
    }
    expect(code(() => requiredContractApprovals(handbookPolicy, { ...contract, type: 'agency' }))).toEqual([
      'INVALID_INPUT',
      ['contract', 'type'],
      'contract.unknown-type',
    ])
    expect(code(() => requiredContractApprovals(handbookPolicy, { ...contract, currency: 'HKD' }))).toEqual([
      'INVALID_INPUT',
      ['contract', 'currency'],
      'contract.currency',
    ])
    expect(code(() => requiredContractApprovals([creditPolicy], contract))).toEqual([
      'INVALID_POLICY',
      [0, 'contracts'],
      'contract.no-review',
    ])
    expect(
      code(() => requiredContractApprovals(handbookPolicy, { ...contract, date: '2026-03-31' })),
    ).toEqual(['NO_POLICY_IN_FORCE', ['contract', 'date'], 'versions.none-in-force'])
    expect(
      code(() => requiredContractApprovals(handbookPolicy, { ...contract, sealed: true } as never)),
    ).toEqual(['INVALID_INPUT', ['contract', 'sealed'], 'key.unknown'])
  })
})
