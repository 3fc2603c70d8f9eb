import { formatAmount, formatDecimal, formatList, formatRatio, formatScore } from '../format/format-value.js';
import { sanitize } from '../format/text.js';
import type { Language } from '../model/language.js';
import type { Channel } from '../model/metrics.js';
import type { Report } from '../model/report.js';
import { counted, labelsFor, periodText } from './labels.js';
import { NARRATIVE_EN, type NarrativeText } from './narrative.en.js';
import { NARRATIVE_FR } from './narrative.fr.js';
import { type NarrativeFacts, narrativeFacts, type PricedDriver, type WatchFact } from './narrative-facts.js';

/*
 * The interpretation under the tables: the facts of narrative-facts.ts put into words, paragraph by
 * paragraph, so that a team can hand it on as it is. A sentence is written only when its fact is
 * there; nothing is inferred beyond the report.
 */

const NARRATIVE = { en: NARRATIVE_EN, fr: NARRATIVE_FR } satisfies Record<Language, NarrativeText>;

/** Brand names, the same in every language; an unknown channel keeps its key. */
const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  linkedin: 'LinkedIn',
  meta: 'Meta',
  'google-ads': 'Google Ads',
  x: 'X',
  tiktok: 'TikTok',
};

interface Wording {
  facts: NarrativeFacts;
  text: NarrativeText;
  language: Language;
}

function channelName(channel: string): string {
  return CHANNEL_NAMES[channel as Channel] ?? channel;
}

function channelList(channels: readonly string[], language: Language): string {
  return formatList(channels.map(channelName), language);
}

function money({ facts, language }: Wording, value: number): string {
  return formatAmount(value, facts.currency, language);
}

function measured(w: Wording): string[] {
  const { facts, text, language } = w;
  const { nouns } = labelsFor(language);
  const common = {
    files: counted(facts.files, nouns.file, language),
    rows: counted(facts.rows, nouns.row, language),
    profile: facts.profile,
    currency: facts.currency,
  };
  const period = facts.period && periodText(facts.period, language);
  const undated = facts.emptyWindow ? text.measuredEmptyWindow(common) : text.measuredNoPeriod(common);
  const sentences = [period ? text.measured({ ...common, period }) : undated];
  const { withData = [], costOnly = [] } = facts.channels ?? {};
  if (withData.length > 0) sentences.push(text.channelsWithData({ channels: channelList(withData, language) }));
  if (costOnly.length > 0) sentences.push(text.costOnly({ channels: channelList(costOnly, language) }));
  return sentences;
}

function pricedList(w: Wording, priced: readonly PricedDriver[]): string {
  const { nouns } = labelsFor(w.language);
  const items = priced.map((driver) =>
    w.text.pricedDriver({ count: counted(driver.count, nouns[driver.driver], w.language), unit: money(w, driver.unitValue) }),
  );
  return formatList(items, w.language);
}

function valueSentence(w: Wording): string {
  const { revenue, priced } = w.facts.hard;
  const pricedValue = priced.reduce((sum, driver) => sum + driver.value, 0);
  if (revenue !== 0 && priced.length > 0) {
    return w.text.valueMixed({ revenue: money(w, revenue), priced: money(w, pricedValue), drivers: pricedList(w, priced) });
  }
  if (revenue !== 0) return w.text.valueRevenueOnly;
  if (priced.length > 0) return w.text.valuePricedOnly({ drivers: pricedList(w, priced) });
  return w.text.valueNone;
}

function costSentences(w: Wording): string[] {
  const { hard } = w.facts;
  if (hard.roi === null)
    return hard.value === 0 ? [w.text.hardNoCost] : [w.text.hardNoCost, w.text.valueFound({ value: money(w, hard.value) })];
  const result = w.text.hardResult({
    cost: money(w, hard.cost),
    media: money(w, hard.mediaSpend),
    other: money(w, hard.otherCosts),
    value: money(w, hard.value),
    roi: formatRatio(hard.roi, w.language),
  });
  return [result];
}

function hardResult(w: Wording): string[] {
  const { best, worst } = w.facts.hard;
  const sentences = [...costSentences(w), valueSentence(w)];
  if (best && worst) {
    const { language } = w;
    sentences.push(
      w.text.bestWorst({
        best: channelName(best.channel),
        bestRoi: formatRatio(best.roi, language),
        worst: channelName(worst.channel),
        worstRoi: formatRatio(worst.roi, language),
      }),
    );
  }
  return sentences;
}

function softResult(w: Wording): string[] {
  const { facts, text, language } = w;
  const { index, strongest, weakest, missing } = facts.soft;
  // With no row in the window there is nothing to score, which says nothing about the files' columns.
  if (facts.emptyWindow) return [];
  if (index === null || strongest === null) return [text.softNone];
  // Compared as printed (rounded), so that an index shown as 50 never reads as above or below 50.
  const shown = Math.round(index);
  const position = shown > 50 ? text.softAbove : shown < 50 ? text.softBelow : text.softAt;
  const sentences = [text.softResult({ index: formatScore(index, language), position })];
  sentences.push(
    weakest
      ? text.softExtremes({
          strongest: text.subScores[strongest.key],
          strongScore: formatScore(strongest.score, language),
          weakest: text.subScores[weakest.key],
          weakScore: formatScore(weakest.score, language),
        })
      : text.softSingle({ name: text.subScores[strongest.key] }),
  );
  if (missing.length > 0)
    sentences.push(
      text.softMissing({
        names: formatList(
          missing.map((key) => text.subScores[key]),
          language,
        ),
      }),
    );
  return sentences;
}

function timeSentences(w: Wording, report: Report): string[] {
  const { text, language } = w;
  const sentences: string[] = [];
  const { payback, carryover } = report;
  if (payback?.reached) sentences.push(text.paybackReached({ period: payback.reached }));
  else if (payback?.projected) {
    sentences.push(
      text.paybackProjected({ period: payback.projected, gap: money(w, payback.gap ?? 0), trend: money(w, payback.trendPerPeriod ?? 0) }),
    );
  } else if (payback && payback.method !== 'not-projected:no-cost') sentences.push(text.paybackNotProjected);
  const total = carryover?.total;
  if (carryover && total && total.roi !== null && total.longTermRoi !== null && total.pendingValue) {
    const unit = text.units[carryover.unit];
    sentences.push(
      text.carryover({
        longTerm: formatRatio(total.longTermRoi, language),
        immediate: formatRatio(total.roi, language),
        decay: formatDecimal(carryover.decay, language),
        unit,
      }),
    );
  }
  return sentences;
}

function adoptionSentence({ text, language }: Wording, report: Report): string[] {
  const { adoption } = report;
  if (!adoption) return [];
  const p = {
    score: formatScore(adoption.score, language),
    respondents: counted(adoption.respondents, labelsFor(language).nouns.respondent, language),
  };
  return [adoption.lowSample ? text.adoptionLowSample(p) : text.adoption(p)];
}

function watched({ text, language }: Wording, watch: WatchFact): string {
  const channels = channelList(watch.channels, language);
  if (watch.code === 'too-early')
    return watch.channels.length > 0 ? text.tooEarly({ channels, one: watch.channels.length === 1 }) : text.tooEarlyUnnamed;
  return watch.channels.length > 0 ? text.fatigue({ channels }) : text.fatigueUnnamed;
}

function limits({ facts, text, language }: Wording): string[] {
  const sentences = [text.limits];
  if (facts.warnings > 0) sentences.push(text.warnings({ count: counted(facts.warnings, labelsFor(language).nouns.warning, language) }));
  return sentences;
}

/** Paragraphs of plain text (input names sanitized), in the report's language. */
export function narrative(report: Report, language: Language): string[] {
  const w: Wording = { facts: narrativeFacts(report), text: NARRATIVE[language], language };
  const paragraphs = [
    measured(w),
    hardResult(w),
    timeSentences(w, report),
    [...softResult(w), ...adoptionSentence(w, report)],
    ...w.facts.watch.map((watch) => [watched(w, watch)]),
    limits(w),
  ];
  return paragraphs.filter((sentences) => sentences.length > 0).map((sentences) => sanitize(sentences.join(' ')));
}
