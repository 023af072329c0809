export type {
  CertificationDecision,
  CertificationOptions,
  CourseStatus,
  CourseStatusKind,
  ExpiringCourse,
  MissingCourse,
} from './_lib/check'
export type { TrainingPolicies } from './_lib/policy'
export { checkCertification } from './checkCertification'
export { compileTrainingPolicy } from './compileTrainingPolicy'
export type { TrainingEvaluator } from './compileTrainingPolicy'
