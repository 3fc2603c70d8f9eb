import { LOADER_KEYS, type ProfileIssue } from '../json/key-issues.js';
import { describeIssues } from '../json/zod-issues.js';
import { type Profile, profileSchema } from '../model/profile.js';

/*
 * Validation of a merged profile with zod. It lives apart from the loader because zod is the
 * slowest module to load, and a run on built-in profiles alone (checked by the test suite) needs none.
 */

export type Checked = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

export function checkProfile(merged: unknown): Checked {
  const result = profileSchema.safeParse(merged);
  return result.success
    ? { ok: true, profile: result.data }
    : { ok: false, issues: describeIssues(profileSchema, result.error.issues, merged, LOADER_KEYS) };
}
