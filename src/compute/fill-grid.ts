import { unitsToMoney } from '../model/exact.js';
import type { IngestedData } from '../model/ingested.js';
import { METRIC_INDEX } from '../model/metrics.js';
import type { Dimension, SharedCosts } from '../model/report.js';
import { addMonthlySpend, allocateSharedCost, type MonthlySpend } from './allocate-shared.js';
import { type Cell, CellGrid } from './cells.js';
import { timeDimensionOf } from './group-key.js';

/** Campaign labels for costs that belong to no campaign of an export. */
const NO_CAMPAIGN = '(none)';
const SHARED_CAMPAIGN = '(shared)';

/** Every record and cost in its cells, with the shared costs allocated (METRICS.md *Shared costs*). */
export function fillGrid(data: IngestedData, groupBy: readonly Dimension[]): { cells: Cell[]; sharedCosts: SharedCosts } {
  const byCampaign = groupBy.includes('campaign');
  const grid = new CellGrid(timeDimensionOf(groupBy));
  const spend: MonthlySpend = new Map();
  const campaignOf = (name: string | null) => (byCampaign ? name || NO_CAMPAIGN : null);
  const shared = data.spendEntries.filter((entry) => entry.channel === 'all');
  // Media spend by month is only needed to share costs out: without shared lines it is not worked out.
  const tallySpend = shared.length > 0 ? addMonthlySpend : () => undefined;
  for (const observation of data.observations) {
    grid.addObservation({ ...observation, campaign: campaignOf(observation.campaign) });
    tallySpend(spend, observation.channel, observation.start, observation.end, observation.sums[METRIC_INDEX.spend]!);
  }
  for (const entry of data.spendEntries) {
    if (entry.channel === 'all') continue;
    const media = entry.category === 'media';
    grid.addCost(entry.channel, campaignOf(entry.campaign), media, entry.start, entry.end, entry.amount);
    if (media) tallySpend(spend, entry.channel, entry.start, entry.end, entry.amount);
  }
  for (const reading of data.sentiment ?? []) {
    grid.addSentiment(reading.channel, campaignOf(reading.campaign), reading.date, reading.sentiment, reading.weight);
  }
  let allocated = 0;
  let unallocated = 0;
  for (const entry of shared) {
    for (const piece of allocateSharedCost(entry, spend)) {
      grid.addCost(piece.channel, byCampaign ? SHARED_CAMPAIGN : null, entry.category === 'media', piece.start, piece.end, piece.amount);
      if (piece.channel === 'all') unallocated += piece.amount;
      else allocated += piece.amount;
    }
  }
  return {
    cells: grid.all(),
    sharedCosts: { lines: shared.length, allocated: unitsToMoney(allocated), unallocated: unitsToMoney(unallocated) },
  };
}
