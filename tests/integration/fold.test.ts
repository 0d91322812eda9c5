import { describe, expect, it } from 'vitest';
import { fold, ftsQuery, searchFold } from '../../db/search/fold';

describe('fold: French', () => {
  it('removes accents and case, so "Naïma", "NAIMA" and "naïma" meet', () => {
    expect(fold('Naïma')).toBe('naima');
    expect(fold('NAÏMA')).toBe('naima');
    expect(fold('Saâdia Chraïbi')).toBe('saadia chraibi');
    expect(fold('Éléonore Ç')).toBe('eleonore c');
  });

  it('expands the œ and æ ligatures, in either case', () => {
    expect(fold('Œuvre sociale')).toBe('oeuvre sociale');
    expect(fold('cœur')).toBe('coeur');
    expect(fold('Lætitia')).toBe('laetitia');
  });

  it('splits names on hyphens and apostrophes and squeezes spaces', () => {
    expect(fold('Ben-Ali')).toBe('ben ali');
    expect(fold("  L'Houssaine   Aït-Ali ")).toBe('l houssaine ait ali');
  });
});

describe('fold: Arabic', () => {
  it('removes tashkeel and tatweel', () => {
    expect(fold('أَحْمَد')).toBe(fold('احمد'));
    expect(fold('مُحَمَّد')).toBe('محمد');
    expect(fold('محـــمد')).toBe('محمد');
  });

  it('maps the alef forms أ إ آ ٱ to ا', () => {
    expect(fold('أحمد')).toBe('احمد');
    expect(fold('إدريس')).toBe('ادريس');
    expect(fold('آيت')).toBe('ايت');
    expect(fold('ٱلله')).toBe('الله');
  });

  it('maps ة to ه and ى to ي, so "فاطمة" typed "فاطمه" meets', () => {
    expect(fold('فاطمة')).toBe(fold('فاطمه'));
    expect(fold('مصطفى')).toBe('مصطفي');
    expect(fold('سلمى')).toBe(fold('سلمي'));
  });

  it('turns Arabic-Indic and Eastern Arabic-Indic digits into 0-9', () => {
    expect(fold('١٢٠٤٠٠٠')).toBe('1204000');
    expect(fold('۱۲۳')).toBe('123');
  });

  it('keeps different names apart', () => {
    expect(fold('حسن')).not.toBe(fold('حسين'));
    expect(fold('Karim')).not.toBe(fold('Karima'));
  });
});

describe('ftsQuery', () => {
  it('makes every typed word a prefix that must appear', () => {
    expect(ftsQuery('fat zah')).toBe('"fat"* AND "zah"*');
    expect(ftsQuery('BÉNALI')).toBe('"benali"*');
    expect(ftsQuery('أحمد')).toBe('"احمد"*');
  });

  it('gives nothing to search for punctuation or blanks, and cannot be broken by quotes', () => {
    expect(ftsQuery('  ')).toBeNull();
    expect(ftsQuery('-- ; ""')).toBeNull();
    expect(ftsQuery('a"b')).toBe('"a"* AND "b"*');
  });

  it('keeps at most 12 words', () => {
    expect(ftsQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))?.split(' AND ')).toHaveLength(12);
  });
});

describe('searchFold: the Arabic article and attached particles', () => {
  it('removes ال and the particles written before it, in the text and in the query', () => {
    expect(searchFold('الإعاقة')).toBe(searchFold('إعاقة'));
    expect(searchFold('النساء')).toBe('نساء');
    expect(searchFold('الإدريسي')).toBe(searchFold('إدريسي'));
    expect(searchFold('والتنمية بالمدينة للتنمية')).toBe('تنميه مدينه تنميه');
    expect(searchFold('وبالإعاقة فالأطفال كالنساء')).toBe('اعاقه اطفال نساء');
  });

  it('keeps a first letter that is part of the word: no false match for وليد, بركان, كريم, فاطمة', () => {
    for (const name of ['وليد', 'بركان', 'كريم', 'فاطمة', 'لبنى']) expect(searchFold(name)).toBe(fold(name));
    expect(ftsQuery('ريم')).toBe('"ريم"*');
    // Too short to be an article and a word: kept as typed.
    expect(searchFold('ال')).toBe('ال');
  });

  it('leaves French untouched, and asks for the word with or without its article', () => {
    expect(searchFold('Association Al Amal')).toBe('association al amal');
    expect(ftsQuery('جمعية الإعاقة')).toBe('"جمعيه"* AND ("اعاقه"* OR "الاعاقه"*)');
  });
});
