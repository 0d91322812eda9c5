import type { Sqlite } from '../../core/open';
import { newId } from '../../core/ids';
import { DEFAULT_FRAMEWORK, DEFAULT_PROFICIENT_LEVEL, DEFAULT_SCALE } from '../competencies/default-framework';

/**
 * Gives a new database its settings row (with a fresh installation id), the default
 * proficiency scale and the default competency framework, in one transaction.
 */
export function ensureInstallation(db: Sqlite): void {
  if (db.prepare('SELECT 1 FROM settings WHERE id = 1').get()) return;
  db.transaction(() => {
    db.prepare('INSERT INTO settings (id, installation_id, proficient_level) VALUES (1, ?, ?)').run(newId(), DEFAULT_PROFICIENT_LEVEL);
    const level = db.prepare(
      'INSERT INTO proficiency_levels (level, name_fr, name_ar, descriptor_fr, descriptor_ar) VALUES (?, ?, ?, ?, ?)',
    );
    for (const l of DEFAULT_SCALE) level.run(l.level, l.nameFr, l.nameAr, l.descriptorFr, l.descriptorAr);
    const cat = db.prepare('INSERT INTO competency_categories (id, code, name_fr, name_ar, position) VALUES (?, ?, ?, ?, ?)');
    const cmp = db.prepare(
      'INSERT INTO competencies (id, category_id, code, name_fr, name_ar, description_fr, description_ar) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    DEFAULT_FRAMEWORK.forEach((c, i) => {
      const catId = newId();
      cat.run(catId, c.code, c.fr, c.ar, i);
      for (const k of c.competencies) cmp.run(newId(), catId, k.code, k.fr, k.ar, k.descFr, k.descAr);
    });
  }).immediate();
}
