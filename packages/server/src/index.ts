export {
  ConfigError,
  ENV_VARIABLES,
  parseConfig,
  type Config,
  type ConfigOverrides,
} from './config.ts';
export { openDatabase, type Db } from './db/database.ts';
export { migrateToLatest } from './db/migrate.ts';
export { backupSqlite, BackupError, restoreSqlite, type BackupSummary } from './db/backup.ts';
export { createRecipro, startRecipro, type Recipro } from './server.ts';
export {
  describeApi,
  undocumentedResponses,
  type OpenApiDocument,
  type OpenApiOperation,
} from './openapi.ts';
export { passwordResetLink, RESET_MINUTES } from './services/password-reset.ts';
export type { Clock } from './clock.ts';
export {
  seedDemoCircle,
  type DemoActColumns,
  type DemoCircleInput,
  type DemoMemberInput,
  type SeededDemoCircle,
} from './repositories/demo-seed.ts';
