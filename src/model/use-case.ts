/**
 * What a team uses social media for. Kept apart from the profile schema so that code needing only
 * the list (the CLI's choices) does not load zod.
 */
export const USE_CASE_IDS = ['social-selling', 'recruitment', 'customer-relations', 'communication', 'training'] as const;
export type UseCase = (typeof USE_CASE_IDS)[number];
