/** Search index inputs: glossary records in every language, cross-language labels, Latvian case forms. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryRecords } from '../../src/lib/search/glossary-records';
import { latvianForms } from '../../src/lib/search/inflect';

describe('Latvian case forms', () => {
  it('declines the head noun of a label by its ending', () => {
    expect(latvianForms('virpošana')).toEqual(expect.arrayContaining(['virpošanas', 'virpošanai', 'virpošanu', 'virpošanā']));
    expect(latvianForms('griešanas ātrums')).toEqual(expect.arrayContaining(['griešanas ātruma', 'griešanas ātrumam', 'griešanas ātrumu']));
    expect(latvianForms('pielaide')).toEqual(expect.arrayContaining(['pielaides', 'pielaidei', 'pielaidi']));
    expect(latvianForms('urbis')).toEqual(expect.arrayContaining(['urbim', 'urbī']));
  });
  it('leaves abbreviations and short words alone', () => {
    expect(latvianForms('CNC')).toEqual([]);
    expect(latvianForms('OPC UA')).toEqual([]);
    expect(latvianForms('ss')).toEqual([]);
  });
});

describe('glossary search records', () => {
  const records = glossaryRecords(join(import.meta.dirname, '../../src/content/glossary'), '/');

  it('has one record per term and language, linking the term’s anchor in that language', () => {
    const milling = records.filter((r) => r.url.endsWith('/glossary/#milling'));
    expect(milling.map((r) => [r.language, r.url])).toEqual([
      ['en', '/en/glossary/#milling'],
      ['de', '/de/glossary/#milling'],
      ['lt', '/lt/glossary/#milling'],
      ['lv', '/lv/glossary/#milling'],
      ['et', '/et/glossary/#milling'],
    ]);
    for (const r of milling) expect(r.filters).toEqual({ type: ['glossary'] });
  });

  it('carries the other languages’ names, so a term is found from any language', () => {
    const en = records.find((r) => r.url === '/en/glossary/#milling')!;
    expect(en.meta['title']).toBe('milling');
    expect(en.content).toContain('Deutsch: Fräsen');
    expect(en.content).toContain('Lietuvių: frezavimas');
    expect(en.meta['terms']!.split('|')).toEqual(['milling', 'fräsen', 'frezavimas', 'frēzēšana', 'freesimine']);
  });

  it('adds Latvian case forms to Latvian records only', () => {
    const lv = records.find((r) => r.url === '/lv/glossary/#turning')!;
    const lt = records.find((r) => r.url === '/lt/glossary/#turning')!;
    expect(lv.content).toContain('virpošanai');
    expect(lt.content).not.toContain('virpošanai');
    // Other languages contribute their labels only, which keeps each index small.
    expect(lt.content).toContain('Latviešu: virpošana.');
  });
});
