import { keysAtHand } from '../backup/keys';
import { DomainError } from '../../core/errors';
import { schemaVersionOf } from '../../core/migrate';
import { APP_VERSION } from '../../core/version';
import type { HandlerGroup } from '../../dispatch/types';
import { databaseHoldsData, generateDemo } from '../demo/generate';
import { readSettings, writeSettings } from './settings-service';

export const settingsHandlers: HandlerGroup<'app.info' | 'settings.get' | 'settings.update' | 'settings.setup' | 'demo.load'> = {
  'app.info': (_input, ctx) => {
    const s = readSettings(ctx);
    return {
      appVersion: APP_VERSION,
      schemaVersion: schemaVersionOf(ctx.sqlite),
      setupDone: s.setupDone,
      language: s.language,
      readOnly: ctx.readOnly,
      isEmpty: !databaseHoldsData(ctx),
    };
  },

  'settings.get': (_input, ctx) => readSettings(ctx),

  'settings.update': (values, ctx) => writeSettings(ctx, values),

  // The first-run screen's call, once: afterwards settings change through settings.update (audited field by field).
  'settings.setup': (values, ctx) => {
    if (readSettings(ctx).setupDone) throw new DomainError('conflict', 'errors.alreadySetUp');
    return writeSettings(ctx, values, 'setup_done = 1');
  },

  'demo.load': ({ scale }, ctx) => {
    if (databaseHoldsData(ctx)) throw new DomainError('conflict', 'errors.demoNeedsEmpty');
    // The demo's attestations are signed when this process already holds the keys (the shells ask for them first).
    return generateDemo(ctx, { scale, keys: ctx.installation ? keysAtHand(ctx.installation.keyStore) : null });
  },
};
