import { UNITS_PER_ONE } from '../model/exact.js';
import type { SurveyAnswer } from '../model/records.js';
import { type AliasTable, bindColumns, rolesByColumn } from './bind-columns.js';
import { HandWrittenFold } from './hand-written.js';
import type { Source, SourceOutput } from './source.js';

type SurveyRole = 'date' | 'respondent' | 'team' | 'comfort' | 'posture' | 'dailyUse' | 'comment';
type ScoreRole = Extract<SurveyRole, 'comfort' | 'posture' | 'dailyUse'>;

/** The team survey (METRICS.md *Team survey*): how far a team has taken up the methods. */
const COLUMNS: AliasTable<SurveyRole> = {
  date: { en: ['date'], fr: ['date'] },
  respondent: { en: ['respondent'], fr: ['répondant', 'repondant'] },
  team: { en: ['team'], fr: ['équipe', 'equipe'] },
  comfort: { en: ['comfort'], fr: ['aisance'] },
  posture: { en: ['posture'], fr: ['posture'] },
  dailyUse: { en: ['daily_use', 'daily use', 'dailyuse'], fr: ['usage_quotidien', 'usage quotidien'] },
  comment: { en: ['comment'], fr: ['commentaire'] },
};

const SCORES: readonly ScoreRole[] = ['comfort', 'posture', 'dailyUse'];
const LOWEST = 1;
const HIGHEST = 5;

export const teamSurvey: Source = {
  id: 'team-survey',
  label: 'team survey',
  match(headers) {
    const binding = bindColumns(headers, COLUMNS);
    const { index } = binding;
    if (index.date === undefined || index.respondent === undefined || SCORES.some((role) => index[role] === undefined)) return undefined;
    return {
      confidence: binding.matched / binding.total,
      language: binding.language,
      numericColumns: SCORES.map((role) => index[role]!),
      roles: rolesByColumn(binding),
    };
  },
  open(headers, match, context) {
    return new SurveyFold(headers, bindColumns(headers, COLUMNS, match.language), context);
  },
};

class SurveyFold extends HandWrittenFold<SurveyRole> {
  private readonly answers: SurveyAnswer[] = [];

  protected readRow(cells: readonly string[], line: number): void {
    const { index } = this.binding;
    const date = this.date(cells, index.date!, line, true)!;
    const respondent = cells[index.respondent!]!.trim();
    if (respondent === '') this.fail('INPUT_MISSING_VALUE', { column: this.headers[index.respondent!]!.trim() }, line, index.respondent!);
    const [comfort, posture, dailyUse] = SCORES.map((role) => this.score(cells, index[role]!, line)) as [number, number, number];
    const team = index.team === undefined ? null : cells[index.team]!.trim() || null;
    this.answers.push({ file: this.context.file, line, date, respondent, team, comfort, posture, dailyUse });
  }

  /** A 1–5 answer: a blank is a missing answer, not a 0, and anything outside the scale is a typo. */
  private score(cells: readonly string[], column: number, line: number): number {
    const units = this.number(cells, column, line);
    const name = this.headers[column]!.trim();
    if (units === null) return this.fail('INPUT_MISSING_VALUE', { column: name }, line, column);
    const value = units / UNITS_PER_ONE;
    if (value < LOWEST || value > HIGHEST) {
      return this.fail('INPUT_OUT_OF_RANGE', { column: name, value: cells[column]!.trim(), min: LOWEST, max: HIGHEST }, line, column);
    }
    return value;
  }

  finish(): SourceOutput {
    const dates = this.resolveDates();
    const survey: SurveyAnswer[] = [];
    for (const answer of this.answers) {
      const date = dates.iso(answer.date);
      if (typeof date !== 'string') {
        this.context.policy.reject(date);
        continue;
      }
      survey.push({ ...answer, date });
    }
    return {
      observations: [],
      spendEntries: [],
      survey,
      warnings: dates.warning ? [dates.warning] : [],
      rows: survey.length,
      totalsRowsSkipped: 0,
      dateFormat: dates.format,
      currencies: [],
    };
  }
}
