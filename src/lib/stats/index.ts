// The statistics of DESIGN.md, defined once: import them from here.
export { ratePer10k, RATE_BASE } from './rate';
export { poissonInterval, poissonRateInterval, type PoissonInterval } from './poisson-interval';
export { griesDP, type Dispersion } from './gries-dp';
export { logLikelihood, type LogLikelihood } from './log-likelihood';
export { logRatio, type LogRatio } from './log-ratio';
export { logOdds, informativePrior, type LogOdds } from './log-odds';
export { benjaminiHochberg } from './benjamini-hochberg';
export { chiSquareSurvival, chiSquareQuantile, gammaP, gammaQ, gammaPInverse, logGamma } from './gamma';
export { normalQuantile, normalSurvival, normalTwoSided } from './normal';
