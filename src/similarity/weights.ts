// Logistic-regression weights for paraphrase.ts, fitted on the tune fold of MRPC dev by
// `npx tsx eval/paraphrase.ts --train` (features in FEATURE_NAMES order). The threshold is the
// one with the best tune-fold accuracy.
export const PARAPHRASE_WEIGHTS: readonly number[] = [2.2731, 0.5086, -0.2154, -2.9002, 4.3034, 0.1232, -0.5429, 0.0947, 0.2227, 3.5343, -4.3493];
export const PARAPHRASE_BIAS = -4.1993;
export const PARAPHRASE_THRESHOLD = 0.58;
