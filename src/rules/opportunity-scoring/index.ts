export type { AppliedGate, DimensionContribution, OpportunityScore } from './_lib/evaluate'
export { compileScoringMatrix } from './compileScoringMatrix'
export type { QuickGrade, ScoringMatrixEvaluator } from './compileScoringMatrix'
export { forecastPipeline } from './forecastPipeline'
export type { ForecastGroup, ForecastInput, ForecastLine, PipelineForecast } from './forecastPipeline'
export { prioritizeOpportunity } from './prioritizeOpportunity'
export type { OpportunityPriority } from './prioritizeOpportunity'
export { scoreOpportunities } from './scoreOpportunities'
export { scoreOpportunity } from './scoreOpportunity'
export type { ScoringOptions } from './_lib/options'
// leads (线索管理): the follow-up check of the matrix's cadences
export { checkOpportunityFollowUp } from './checkOpportunityFollowUp'
export type {
  FollowedOpportunityInput,
  OpportunityContactInput,
  OpportunityFollowUp,
  OpportunityFollowUpReport,
} from './checkOpportunityFollowUp'
