export { analyzeDistribution, hasErrorFinding } from './analyze';
export { routeOf, type DoctorInput, type Route } from './context';
export { distributionForHost, hostMatch } from './hostMatch';
export { DOCTOR_VARIABLES, type DoctorVariable } from './variables';
export type * from './types';
