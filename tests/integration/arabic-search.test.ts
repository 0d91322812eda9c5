import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, count, openTemp, tempDir } from './helpers';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('Arabic search ignores the article and attached particles', () => {
  it('in the directory and in the staff list, both ways, on the demo commune', () => {
    const ctx = openTemp();
    call(ctx, 'demo.load', {});
    const orgs = (query: string) => call(ctx, 'organizations.search', { query, limit: 1000 });
    for (const [bare, withArticle] of [
      ['إعاقة', 'الإعاقة'],
      ['نساء', 'النساء'],
    ]) {
      const a = orgs(bare);
      expect(a.total, bare).toBeGreaterThan(0);
      expect(ids(a.rows)).toEqual(ids(orgs(withArticle).rows));
    }
    // Several words, some with their article: every word must match, whatever its form.
    const two = orgs('جمعية الإعاقة');
    expect(two.total).toBeGreaterThan(0);
    expect(ids(two.rows)).toEqual(ids(orgs('الجمعية إعاقة').rows));
    const staff = (query: string) => call(ctx, 'staff.list', { query, limit: 1000, status: 'all' });
    expect(staff('إدريسي').total).toBeGreaterThan(0);
    expect(ids(staff('إدريسي').rows)).toEqual(ids(staff('الإدريسي').rows));
    // A particle that is the word's own first letter is not removed: "ريم" does not find "كريم".
    const rim = staff('ريم').rows.map((r) => r.nameAr);
    expect(rim.filter((n) => n.includes('كريم') && !/(^|\s)ريم/.test(n))).toEqual([]);
  });

  it('rebuilds the indexes of a database whose indexes an older folding built, on the first writable open', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const first = openTemp(file);
    call(first, 'demo.load', {});
    const staffCount = count(first, 'staff');
    // As an older version left it: an index without the articles removed (here: emptied) and version 0.
    first.sqlite.exec('DELETE FROM staff_search; DELETE FROM organization_search; UPDATE settings SET search_fold_version = 0');
    first.sqlite.close();

    const reopened = openTemp(file);
    expect(count(reopened, 'staff_search')).toBe(staffCount);
    expect(count(reopened, 'organization_search')).toBe(count(reopened, 'organizations'));
    expect(call(reopened, 'staff.list', { query: 'إدريسي', status: 'all' }).total).toBeGreaterThan(0);
    expect(call(reopened, 'organizations.search', { query: 'إعاقة' }).total).toBeGreaterThan(0);
  });
});
