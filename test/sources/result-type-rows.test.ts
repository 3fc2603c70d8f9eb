import { describe, expect, it } from 'vitest';
import { resultKind } from '../../src/sources/result-type-rows.js';

describe('what a Meta Result type says the Results are', () => {
  it.each([
    ['Website purchases', 'purchase'],
    ['Meta purchases', 'purchase'],
    ['Achats sur le site web', 'purchase'],
    ['Website registrations completed', 'conversion'],
    ['Inscriptions terminées', 'conversion'],
    ['Subscriptions', 'conversion'],
    ['Trials started', 'conversion'],
    ['Custom conversions', 'conversion'],
    ['Link clicks', 'other'],
    ['Clics sur un lien', 'other'],
    ['Leads', 'lead'],
    ['Prospects', 'lead'],
    ['On-Facebook leads', 'lead'],
    ['Messaging conversations started', 'other'],
    ['ThruPlays', 'other'],
    ['Reach', 'other'],
    ['', 'other'],
  ])('%s: %s', (type, kind) => {
    expect(resultKind(type)).toBe(kind);
  });
});
