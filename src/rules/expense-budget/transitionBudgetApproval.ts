import * as z from 'zod'
import { DateSchema, fail, IdSchema, parseWith } from '../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../core/trace'
import {
  BUDGET_APPROVAL_ACTIONS,
  BudgetApprovalSchema,
  type BudgetApproval,
  type BudgetApprovalInput,
} from '../../models/expense'
import { once } from '../../core/once'

/**
 * A move of a budget's approval: the action, who makes it and when.
 *
 * @group Expense budget
 */
export interface BudgetApprovalMove {
  /** `submit`, `pass`, `approve` or `return`. */
  readonly action: 'submit' | 'pass' | 'approve' | 'return'
  /** The role making it (one of the approval's roles). */
  readonly role: string
  /** Who (a person's id). */
  readonly by: string
  /** The day, not before the last move. */
  readonly on: string
  /** Why; required to `return` a budget for changes. */
  readonly reason?: string | undefined
}

const MoveSchema = once(() =>
  z.strictObject({
    action: z.literal(BUDGET_APPROVAL_ACTIONS),
    role: IdSchema(),
    by: IdSchema(),
    on: DateSchema(),
    reason: z.string().min(1).max(2000).optional(),
  }),
)

/**
 * A budget's approval after a move.
 *
 * @group Expense budget
 */
export interface BudgetApprovalTransition {
  /** The approval after the move (its state and history), to store in the budget's `approval`. */
  readonly approval: BudgetApproval
  /** The state before. */
  readonly from: BudgetApproval['state']
  /** The state after. */
  readonly to: BudgetApproval['state']
  /** How the move was decided. */
  readonly trace: readonly TraceStep[]
}

type State = BudgetApproval['state']
type Action = BudgetApproval['history'][number]['action']
type RoleKey = keyof BudgetApproval['roles']

/** The handbook's moves: from a state, an action leads to a state and is made by a role. */
const MOVES: Readonly<Record<State, Partial<Record<Action, { to: State; by: RoleKey }>>>> = {
  draft: { submit: { to: 'finance-review', by: 'preparer' } },
  'finance-review': {
    pass: { to: 'management-approval', by: 'finance' },
    return: { to: 'draft', by: 'finance' },
  },
  'management-approval': {
    approve: { to: 'in-force', by: 'management' },
    return: { to: 'draft', by: 'management' },
  },
  'in-force': {},
}

const STATE_LABEL: Readonly<Record<State, LocalizedText>> = {
  draft: { en: 'draft', 'zh-CN': '草案' },
  'finance-review': { en: 'finance review', 'zh-CN': '财务审核' },
  'management-approval': { en: 'management approval', 'zh-CN': '管理层审批' },
  'in-force': { en: 'in force', 'zh-CN': '执行' },
}

/**
 * Moves a budget's approval one step (预算审批流程): the sales department drafts and submits it
 * (编制草案, 提交财务部门审核), finance passes it to management or returns it for changes (提出修改意见),
 * and management approves it (报公司管理层审批后执行) or returns it. A pure function: it returns the new
 * approval with the move added to its history; store it in the budget's `approval`. Only a budget whose
 * approval is `in-force` is used by {@link checkExpense}, {@link budgetVariance} and
 * {@link compileExpenseBudget}.
 *
 * @param approval - The current approval; see {@link BudgetApprovalInput}.
 * @param move - The move; see {@link BudgetApprovalMove}.
 * @returns The approval after the move, the states before and after, and a trace.
 * @throws {SalesRulesError} `INVALID_INPUT` for a bad approval or move, a move the state does not allow
 * (`budget.transition-refused` at `move.action`), a role that may not make it (`budget.transition-role` at
 * `move.role`), a return without a reason (`budget.transition-reason`), or a day before the last move
 * (`budget.transition-date` at `move.on`).
 *
 * @example
 * const draft = { state: 'draft' as const }
 * const submitted = transitionBudgetApproval(draft, {
 *   action: 'submit',
 *   role: 'sales',
 *   by: 'E7',
 *   on: '2026-03-02',
 * })
 * submitted.to //=> 'finance-review'
 * const passed = transitionBudgetApproval(submitted.approval, {
 *   action: 'pass',
 *   role: 'finance',
 *   by: 'F1',
 *   on: '2026-03-05',
 * })
 * const approved = transitionBudgetApproval(passed.approval, {
 *   action: 'approve',
 *   role: 'management',
 *   by: 'GM',
 *   on: '2026-03-09',
 * })
 * approved.approval.state //=> 'in-force'
 *
 * @group Expense budget
 */
export function transitionBudgetApproval(
  approval: BudgetApprovalInput,
  move: BudgetApprovalMove,
): BudgetApprovalTransition {
  const current = parseWith(BudgetApprovalSchema(), approval, 'INVALID_INPUT', ['approval'])
  const next = parseWith(MoveSchema(), move, 'INVALID_INPUT', ['move'])
  const rule = MOVES[current.state][next.action]
  if (rule === undefined)
    fail('INVALID_INPUT', 'budget.transition-refused', ['move', 'action'], {
      state: current.state,
      action: next.action,
    })
  const expected = current.roles[rule.by]
  if (next.role !== expected)
    fail('INVALID_INPUT', 'budget.transition-role', ['move', 'role'], {
      expected,
      action: next.action,
      role: next.role,
    })
  if (next.action === 'return' && next.reason === undefined)
    fail('INVALID_INPUT', 'budget.transition-reason', ['move', 'reason'])
  const last = current.history.at(-1)
  if (last !== undefined && next.on < last.on)
    fail('INVALID_INPUT', 'budget.transition-date', ['move', 'on'], { on: next.on, last: last.on })
  const entry = {
    action: next.action,
    from: current.state,
    to: rule.to,
    role: next.role,
    by: next.by,
    on: next.on,
    ...(next.reason === undefined ? {} : { reason: next.reason }),
  }
  return {
    approval: { state: rule.to, roles: { ...current.roles }, history: [...current.history, entry] },
    from: current.state,
    to: rule.to,
    trace: [
      step('budget.transition', {
        role: next.role,
        by: next.by,
        from: STATE_LABEL[current.state],
        to: STATE_LABEL[rule.to],
        on: next.on,
      }),
    ],
  }
}
