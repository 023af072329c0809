import { describe, expect, it } from 'vitest'
import {
  checkCertification,
  compileTrainingPolicy,
  explain,
  parseSalesPolicy,
  type TrainingPolicyInput,
  type TrainingResultInput,
} from '../../../src/index'
import { examplePolicy } from '../../fixtures/policy'
import { newRep, trainingPolicy } from '../../fixtures/training'
import { catchError } from '../../helpers'

const policy = trainingPolicy
const rep = { id: 'E-7', role: 'sales-rep' }
const manager = { id: 'M-2', role: 'sales-manager' }

describe('checkCertification', () => {
  it('a score exactly at the 90 % pass mark passes; just below it does not', () => {
    // product-knowledge 0.9 ≥ 0.9 → passed; every course valid → may work
    const ok = checkCertification(policy, rep, newRep, { asOf: '2026-02-01' })
    expect(ok.mayWork).toBe(true)
    expect(ok.courses.map((c) => [c.course, c.status])).toEqual([
      ['safety', 'valid'],
      ['sales-process', 'valid'],
      ['product-knowledge', 'valid'],
      ['crm', 'valid'],
    ])
    expect(ok.courses[2]?.score?.toString()).toBe('0.9')
    // 0.8999 < 0.9: failed, with its best score
    const below = newRep.map((r) => (r.course === 'product-knowledge' ? { ...r, score: '0.8999' } : r))
    const no = checkCertification(policy, rep, below, { asOf: '2026-02-01' })
    expect(no.mayWork).toBe(false)
    expect(no.missing).toEqual([
      {
        course: 'product-knowledge',
        label: { en: 'Product knowledge exam', 'zh-CN': '产品知识考核' },
        reason: 'failed',
      },
    ])
    expect(no.courses[2]?.score?.toString()).toBe('0.8999')
  })

  it('a pass valid for 12 months runs through the day before its anniversary, and is expiring 30 days before', () => {
    // passed 2026-01-15 → valid through 2027-01-14
    const at = (asOf: string) => checkCertification(policy, rep, newRep, { asOf }).courses[2]
    expect([at('2026-12-14')?.status, at('2026-12-14')?.daysLeft]).toEqual(['valid', 31])
    expect([at('2026-12-15')?.status, at('2026-12-15')?.daysLeft]).toEqual(['expiring', 30])
    expect(at('2026-12-15')?.validUntil).toBe('2027-01-14')
  })

  it('a certificate ending on the day of the check is still valid that day (expiring, 0 days left), expired the next', () => {
    const results = [
      ...newRep,
      { course: 'sales-certificate', date: '2025-06-30', passed: true, validUntil: '2026-06-30' },
    ]
    const lastDay = checkCertification(policy, manager, results, { asOf: '2026-06-30' })
    expect(lastDay.mayWork).toBe(true)
    expect(lastDay.expiring).toEqual([
      {
        course: 'sales-certificate',
        label: { en: 'Sales qualification certificate', 'zh-CN': '相关资格证书' },
        validUntil: '2026-06-30',
        daysLeft: 0,
      },
    ])
    const dayAfter = checkCertification(policy, manager, results, { asOf: '2026-07-01' })
    expect(dayAfter.mayWork).toBe(false)
    expect(dayAfter.missing.map((m) => [m.course, m.reason])).toEqual([['sales-certificate', 'expired']])
    expect(dayAfter.courses[4]?.daysLeft).toBe(-1)
  })

  it('renewal: a new pass replaces an expired one', () => {
    const renewed = [...newRep, { course: 'product-knowledge', date: '2027-01-20', score: '0.95' }]
    // 2027-01-15 .. 2027-01-19 expired, from 01-20 valid through 2028-01-19
    expect(
      checkCertification(policy, rep, renewed, { asOf: '2027-01-19' }).missing.map((m) => m.reason),
    ).toEqual(['expired'])
    const after = checkCertification(policy, rep, renewed, { asOf: '2027-01-20' })
    expect([after.mayWork, after.courses[2]?.passedOn, after.courses[2]?.validUntil]).toEqual([
      true,
      '2027-01-20',
      '2028-01-19',
    ])
  })

  it('safety training comes first: an exam taken before it does not count, a retake after it does', () => {
    const early = [
      { course: 'sales-process', date: '2026-01-05', score: '0.95' },
      { course: 'safety', date: '2026-01-12', passed: true },
      { course: 'product-knowledge', date: '2026-01-15', score: '0.9' },
      { course: 'crm', date: '2026-01-16', score: '1' },
    ]
    const no = checkCertification(policy, rep, early, { asOf: '2026-02-01' })
    expect(no.missing.map((m) => [m.course, m.reason])).toEqual([['sales-process', 'prerequisite']])
    const retaken = [...early, { course: 'sales-process', date: '2026-01-20', score: '0.91' }]
    expect(checkCertification(policy, rep, retaken, { asOf: '2026-02-01' }).mayWork).toBe(true)
    // no safety training at all: may not work, never taken
    const none = checkCertification(policy, rep, newRep.slice(1), { asOf: '2026-02-01' })
    expect(none.missing.map((m) => [m.course, m.reason])).toEqual([
      ['safety', 'never-taken'],
      ['sales-process', 'prerequisite'],
      ['product-knowledge', 'prerequisite'],
      ['crm', 'prerequisite'],
    ])
  })

  it('results after the day of the check do not count yet', () => {
    const result = checkCertification(policy, rep, newRep, { asOf: '2026-01-15' })
    // crm on 01-16 is after 01-15
    expect(result.missing.map((m) => [m.course, m.reason])).toEqual([['crm', 'never-taken']])
    expect(explain(result)[1]).toBe(
      'CRM use exam: the result of 2026-01-16 is after the day of the check and does not count yet',
    )
  })

  it('encodes the handbook in examples/policy.json: 90 % on the pre-job exams, safety first', () => {
    const document = parseSalesPolicy(examplePolicy())
    const training = document.training as TrainingPolicyInput
    expect(checkCertification(training, rep, newRep, { asOf: '2026-02-01' }).mayWork).toBe(true)
    const below = newRep.map((r) => (r.course === 'crm' ? { ...r, score: '0.89' } : r))
    expect(
      checkCertification(training, rep, below, { asOf: '2026-02-01' }).missing.map((m) => m.course),
    ).toEqual(['crm'])
  })

  it('says "1 required course is", not "1 required courses are" (English plural)', () => {
    // safety, sales process and product knowledge (exactly 90 %) pass; only the CRM exam is missing
    const results: TrainingResultInput[] = [
      ...newRep.slice(0, 2),
      { course: 'product-knowledge', date: '2026-01-15', score: '0.9' },
    ]
    const decision = checkCertification(policy, rep, results, { asOf: '2026-02-01' })
    expect(decision.mayWork).toBe(false)
    expect(explain(decision, { locale: 'en' }).at(-1)).toBe(
      '1 required course is not valid: may not work yet',
    )
  })

  it('explains the decision in both languages', () => {
    const results: TrainingResultInput[] = [
      ...newRep.slice(0, 2),
      { course: 'product-knowledge', date: '2026-01-15', score: '0.85' },
    ]
    const decision = checkCertification(policy, rep, results, { asOf: '2026-02-01' })
    expect(explain(decision, { locale: 'en' })).toEqual([
      'E-7 (Sales representative) on 2026-02-01',
      'Safety training: passed on 2026-01-12, no expiry',
      'Sales process exam: passed on 2026-01-14, no expiry',
      'Product knowledge exam: not passed, best score 85% below the pass mark 90%',
      'CRM use exam: never taken',
      '2 required courses are not valid: may not work yet',
    ])
    expect(explain(decision, { locale: 'zh-CN' })).toEqual([
      'E-7（销售代表），2026-02-01',
      '安全教育培训：2026-01-12 通过，长期有效',
      '销售流程考核：2026-01-14 通过，长期有效',
      '产品知识考核：未通过，最高成绩 85% 低于合格线 90%',
      'CRM使用考核：未参加',
      '2 门必修课程无效：暂不得上岗',
    ])
  })

  it('picks the version in force on asOf and stamps it', () => {
    const v1 = { ...policy, version: '1', effectiveTo: '2026-06-30' }
    const v2 = {
      ...policy,
      version: '2',
      effectiveFrom: '2026-07-01',
      courses: policy.courses.map((c) => (c.id === 'crm' ? { ...c, passMark: '0.95' } : c)),
    }
    const evaluator = compileTrainingPolicy([v1, v2])
    expect(evaluator.checkCertification(rep, newRep, { asOf: '2026-06-30' }).policy.version).toBe('1')
    // crm scored 1 ≥ 0.95: still passes under version 2
    expect(evaluator.checkCertification(rep, newRep, { asOf: '2026-07-01' }).policy.version).toBe('2')
    const error = catchError(() => evaluator.checkCertification(rep, newRep, { asOf: '2025-12-31' }))
    expect([error.code, error.issues[0]?.path]).toEqual(['NO_POLICY_IN_FORCE', ['options', 'asOf']])
  })

  it('rejects bad inputs at their paths', () => {
    const asOf = { asOf: '2026-02-01' }
    const cases: [unknown, unknown, string, (string | number)[]][] = [
      [{ id: 'E', role: 'ceo' }, newRep, 'training.unknown-role', ['person', 'role']],
      [
        rep,
        [{ course: 'golf', date: '2026-01-01', passed: true }],
        'training.unknown-course',
        ['results', 0, 'course'],
      ],
      [
        rep,
        [{ course: 'crm', date: '2026-01-01', passed: true }],
        'training.score-required',
        ['results', 0, 'score'],
      ],
      [rep, [{ course: 'safety', date: '2026-01-01' }], 'training.passed-required', ['results', 0, 'passed']],
      [
        rep,
        [{ course: 'safety', date: '2026-01-01', passed: true, score: '1' }],
        'training.score-without-mark',
        ['results', 0, 'score'],
      ],
      [
        rep,
        [{ course: 'safety', date: '2026-01-02', passed: true, validUntil: '2026-01-01' }],
        'training.valid-before-date',
        ['results', 0, 'validUntil'],
      ],
      [
        rep,
        [{ course: 'crm', date: '2026-01-01', score: '90' }],
        'decimal.above-max',
        ['results', 0, 'score'],
      ],
    ]
    for (const [person, results, code, path] of cases) {
      const error = catchError(() => checkCertification(policy, person as never, results as never, asOf))
      expect([error.code, error.issues[0]?.code, error.issues[0]?.path], code).toEqual([
        'INVALID_INPUT',
        code,
        path,
      ])
    }
  })

  it('rejects a bad policy at its path', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [
        { ...policy, roles: [{ role: 'r', label: 'r', required: ['golf'] }] },
        'training.unknown-course',
        ['roles', 0, 'required', 0],
      ],
      [
        {
          ...policy,
          courses: [
            { id: 'a', label: 'a', prerequisites: ['b'] },
            { id: 'b', label: 'b', prerequisites: ['a'] },
          ],
          roles: [{ role: 'r', label: 'r', required: ['a'] }],
        },
        'training.prerequisite-cycle',
        ['courses', 0, 'prerequisites'],
      ],
    ]
    for (const [bad, code, path] of cases) {
      const error = catchError(() => checkCertification(bad as never, rep, [], { asOf: '2026-02-01' }))
      expect([error.code, error.issues[0]?.code, error.issues[0]?.path], code).toEqual([
        'INVALID_POLICY',
        code,
        path,
      ])
    }
  })

  it('does not mutate its input', () => {
    const results = structuredClone(newRep)
    checkCertification(policy, rep, results, { asOf: '2026-02-01' })
    expect(results).toEqual(newRep)
  })
})
