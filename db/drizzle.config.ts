import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new SQL migration from the schema. Migrations are committed
// and never edited once they have landed (docs/ARCHITECTURE.md §3).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
