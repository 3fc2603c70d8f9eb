import type { Problem } from './problem.js';
import type { AudienceReading, Observation, SentimentReading, SpendEntry, SurveyAnswer } from './records.js';
import type { FileRead } from './report.js';

/** What the readers hand to the report: every record of every file, with the files' facts and warnings. */
export interface IngestedData {
  observations: readonly Observation[];
  spendEntries: readonly SpendEntry[];
  /** Levels and answers: from outcomes, survey and suite files; absent when there are none. */
  audience?: readonly AudienceReading[];
  sentiment?: readonly SentimentReading[];
  survey?: readonly SurveyAnswer[];
  files: readonly FileRead[];
  warnings: readonly Problem[];
}
