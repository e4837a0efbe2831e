import type { Migration } from 'kysely';
import * as init from './0001_init.ts';
import * as reciproCycle from './0002_recipro_cycle.ts';
import * as valuesAnswers from './0003_values_answers.ts';
import * as analytics from './0004_analytics.ts';
import * as load from './0005_load.ts';
import * as rituals from './0006_rituals.ts';
import * as chatSummaries from './0007_chat_summaries.ts';
import * as dayTotalsIndex from './0008_day_totals_covering_index.ts';
import * as checkinSchedules from './0009_checkin_schedules.ts';
import * as formerMembers from './0010_former_members.ts';
import * as account from './0011_account.ts';
import * as membership from './0012_membership.ts';
import * as ownRecord from './0013_own_record.ts';
import * as updates from './0014_updates.ts';
import * as chatRhythm from './0015_chat_rhythm.ts';
import * as guidedRepair from './0016_guided_repair.ts';
import * as updateDelivery from './0017_update_delivery.ts';
import * as questions from './0018_questions.ts';
import * as firstRun from './0019_first_run.ts';
import * as actRequestKeys from './0020_act_request_keys.ts';
import * as circleVersions from './0021_circle_versions.ts';
import * as requestKeys from './0022_request_keys.ts';
import * as userLocale from './0023_user_locale.ts';
import * as reports from './0024_reports.ts';

/**
 * Every migration, in order. Forward-only: a migration is never edited once released, only
 * followed by a new one. Names sort in the order they run.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_init': init,
  '0002_recipro_cycle': reciproCycle,
  '0003_values_answers': valuesAnswers,
  '0004_analytics': analytics,
  '0005_load': load,
  '0006_rituals': rituals,
  '0007_chat_summaries': chatSummaries,
  '0008_day_totals_covering_index': dayTotalsIndex,
  '0009_checkin_schedules': checkinSchedules,
  '0010_former_members': formerMembers,
  '0011_account': account,
  '0012_membership': membership,
  '0013_own_record': ownRecord,
  '0014_updates': updates,
  '0015_chat_rhythm': chatRhythm,
  '0016_guided_repair': guidedRepair,
  '0017_update_delivery': updateDelivery,
  '0018_questions': questions,
  '0019_first_run': firstRun,
  '0020_act_request_keys': actRequestKeys,
  '0021_circle_versions': circleVersions,
  '0022_request_keys': requestKeys,
  '0023_user_locale': userLocale,
  '0024_reports': reports,
};
