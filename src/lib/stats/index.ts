// The statistics of DESIGN.md as TypeScript definitions: used where a figure is made in the browser (intervals,
// p-values, Benjamini–Hochberg) and as the independent reference the SQL in src/lib/db is tested against.
export { ratePer10k, RATE_BASE } from './rate';
export { poissonInterval, poissonRateInterval, type PoissonInterval } from './poisson-interval';
export { griesDP, type Dispersion } from './gries-dp';
export { logLikelihood, g2Significance, type LogLikelihood } from './log-likelihood';
export { logRatio, type LogRatio } from './log-ratio';
export { rateRatio, type RateRatio } from './rate-ratio';
export { logOdds, informativePrior, type LogOdds } from './log-odds';
export { benjaminiHochberg } from './benjamini-hochberg';
export { chiSquareSurvival, chiSquareQuantile, gammaP, gammaQ, gammaPInverse, logGamma } from './gamma';
export { normalQuantile, normalSurvival, normalTwoSided } from './normal';
export { quantile, quantileSorted, median, interpolate } from './quantile';
export { mannWhitney, midRanks, exactUCdf, type MannWhitney } from './mann-whitney';
export { bootstrapMedianDifference, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, type BootstrapInterval } from './bootstrap';
