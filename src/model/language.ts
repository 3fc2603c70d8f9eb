/** The languages a report is written in: its titles, sentences, numbers and dates. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
