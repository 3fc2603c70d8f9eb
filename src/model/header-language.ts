/** A language whose UI wording a header matched: it sets the defaults for ambiguous numbers and dates. */
export type HeaderLanguage = 'en' | 'fr' | 'nl';
