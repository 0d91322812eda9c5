import { expect, it } from 'vitest';
import { openErrorText } from '../../electron/main/i18n';
import ar from '../../renderer/src/i18n/ar.json';
import fr from '../../renderer/src/i18n/fr.json';

/** Every refusal the installation's opener can give for an existing file (db/core/open.ts, migrate.ts). */
const REFUSALS = ['notADatabase', 'notAppDatabase', 'databaseTooNew', 'migrationChanged', 'migrationHistory'];
const ARABIC = /[\u0600-\u06FF]/;

it.each(REFUSALS)('errors.%s has its own sentence, French and Arabic, in the open-failure dialog and the interface', (key) => {
  const generic = openErrorText(undefined, '/data/sas.sqlite', 'detail').body.split('\n\n');
  const [textFr, textAr, where] = openErrorText(`errors.${key}`, '/data/sas.sqlite', 'detail').body.split('\n\n');
  expect(textFr).not.toBe(generic[0]);
  expect(textFr).not.toMatch(ARABIC);
  expect(textAr).not.toBe(generic[1]);
  expect(textAr).toMatch(ARABIC);
  expect(where).toBe('/data/sas.sqlite\ndetail');

  const interfaceFr = (fr.errors as Record<string, unknown>)[key];
  const interfaceAr = (ar.errors as Record<string, unknown>)[key];
  expect(interfaceFr).toEqual(expect.stringMatching(/\w/));
  expect(interfaceAr).toEqual(expect.stringMatching(ARABIC));
});
