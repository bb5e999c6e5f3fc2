// Logistic-regression weights for paraphrase.ts, written by `npx tsx eval/paraphrase.ts --train`
// from the tune fold of MRPC dev only (features in FEATURE_NAMES order). The L2 penalty and the
// threshold were chosen on out-of-fold scores within that fold (5-fold, 3 splits): the threshold is the one
// with the best F1 among those keeping accuracy ≥ 0.75 (l2 1; cross-validated tune
// accuracy 0.764, F1 0.838).
export const PARAPHRASE_WEIGHTS: readonly number[] = [4.4329, -2.2286, 0.2889, -0.7099, 3.4659, -1.9296, -0.7678, 0.0598];
export const PARAPHRASE_BIAS = -1.5659;
export const PARAPHRASE_THRESHOLD = 0.48;
