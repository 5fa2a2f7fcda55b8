#!/usr/bin/env python3
"""Writes the malformed-upload corpus: every file, corpus.tsv (file, where, message fragment) and README.md.

Run from this folder: python3 generate.py. The files are committed; this script says how each was made.
"""
import json, os, copy

HERE = os.path.dirname(os.path.abspath(__file__))
CBS = os.path.join(HERE, '..', 'cbs', '85806NED')
BOM = '\ufeff'
H = ('sbi_code,sbi_title,period,production_index,production_index_sa,yoy_calendar_adjusted_pct,mom_sa_pct,'
     'turnover_yoy_pct,provisional,published,published_exact,source')
ROW = '20,Vervaardiging van chemische producten,2025-11,95.1,94.0,-3.1,0.4,-5.0,false,2026-01-09,true,cbs.nl test'
ROW2 = '20,Vervaardiging van chemische producten,2025-12,96.0,95.2,-2.0,1.3,-4.1,true,2026-01-09,true,cbs.nl test'
PH = 'sbi_code,period,producer_confidence,published,source'
PROW = 'C,2025-11,-3.2,2025-11-28,cbs.nl news'

def row(**changes):
    cols = H.split(',')
    values = ROW.split(',')
    for k, v in changes.items():
        values[cols.index(k)] = v
    return ','.join(values)

def csv(*lines, end='\n'):
    return (end.join(lines) + end).encode('utf-8')

def export():
    pages = {'TableInfos': ['TableInfos'], 'DataProperties': ['DataProperties'],
             'BedrijfstakkenBranchesSBI2008': ['BedrijfstakkenBranchesSBI2008'],
             'Perioden': ['Perioden', 'Perioden.skip-5'],
             'TypedDataSet': ['TypedDataSet', 'TypedDataSet.skip-8', 'TypedDataSet.skip-16']}
    root = {}
    for name, files in pages.items():
        rows = []
        for f in files:
            rows += json.load(open(os.path.join(CBS, f + '.json')))['value']
        root[name] = {'value': rows}
    rows = [r for r in root['TypedDataSet']['value'] if 'MM' in r['Perioden']
            and r.get('SeizoengecorrigeerdeProductie_3') is not None][:4]
    root['TypedDataSet']['value'] = rows
    return root

BASE = export()

def js(root):
    return json.dumps(root, ensure_ascii=False, indent=1).encode('utf-8')

def with_export(change):
    root = copy.deepcopy(BASE)
    change(root)
    return js(root)

def typed(root):
    return root['TypedDataSet']['value']

def set_value(raw):
    """The export with the first figure of the first row replaced by raw JSON text."""
    text = js(BASE).decode('utf-8')
    first = typed(BASE)[0]
    old = '"SeizoengecorrigeerdeProductie_3": ' + json.dumps(first['SeizoengecorrigeerdeProductie_3'])
    assert old in text, old
    return text.replace(old, '"SeizoengecorrigeerdeProductie_3": ' + raw, 1).encode('utf-8')

CORPUS = []  # (file, bytes, what, where, message fragment)

def add(name, content, what, where, fragment):
    CORPUS.append((name, content, what, where, fragment))

# --- CSV: the file as a whole ---
add('empty.csv', b'', 'zero bytes', 'file', 'is empty')
add('whitespace-only.csv', b'  \n\r\n\t\n', 'blanks and line ends only', 'file', 'is empty')
add('bom-only-garbage.csv', (BOM + 'garbage \x01\x02 not a csv\n').encode('utf-8'), 'a BOM followed by text that is no known header', 'line 1', 'not the header of a known CSV')
add('bom-twice.csv', (BOM + BOM + H + '\n' + ROW + '\n').encode('utf-8'), 'two BOMs: the second sticks to the first column name', 'line 1', 'required column is missing')
add('header-only.csv', csv(H), 'the production header and no row', 'file', 'holds no figures')
add('header-only-crlf.csv', csv(H, end='\r\n'), 'header only, CRLF', 'file', 'holds no figures')
add('header-only-confidence.csv', csv(PH), 'the producer-confidence header and no row', 'file', 'holds no figures')
add('no-figures.csv', csv(H, row(production_index='', production_index_sa='', yoy_calendar_adjusted_pct='', mom_sa_pct='', turnover_yoy_pct='')), 'rows whose measure columns are all empty', 'file', 'holds no figures')
add('unknown-header.csv', csv('name,amount', 'a,1'), 'a CSV of another kind', 'line 1', 'not the header of a known CSV')
add('excel-sep-line.csv', csv('sep=,', H, ROW), 'Excel\'s "sep=," first line', 'line 1', 'not the header of a known CSV')
add('utf16le.csv', ('\ufeff' + H + '\n' + ROW + '\n').encode('utf-16-le'), 'UTF-16 (as Excel saves "Unicode text")', 'line 1', 'not UTF-8')
add('latin1.csv', (H + '\n' + row(sbi_title='Vervaardiging van caf\xe9ine') + '\n').encode('latin-1'), 'a Latin-1 byte (é as 0xE9)', 'line 2', 'not UTF-8')
add('binary-png.csv', bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) + b'IHDR' + bytes(range(128, 256)), 'a PNG image named .csv', 'line', 'not UTF-8')
add('overlong-utf8.csv', csv(H) + b'20,Chemie \xc0\xaf,2025-11,1,1,1,1,1,false,2026-01-09,true,x\n', 'an overlong UTF-8 sequence', 'line 2', 'not UTF-8')
add('utf8-surrogate.csv', csv(H) + b'20,\xed\xa0\x80,2025-11,1,1,1,1,1,false,2026-01-09,true,x\n', 'an encoded UTF-16 surrogate (CESU-8)', 'line 2', 'not UTF-8')

# --- CSV: structure ---
add('unterminated-quote-end.csv', csv(H, ROW, row(source='"cbs.nl test')), 'a quote opened in the last field and never closed', 'file', 'not a readable CSV')
add('unterminated-quote-middle.csv', csv(H, row(sbi_title='"Chemie'), ROW2, ROW2.replace('2025-12', '2025-10')), 'a quote opened in line 2 swallows the rest', 'file', 'not a readable CSV')
add('semicolon-delimiter.csv', csv(H.replace(',', ';'), ROW.replace(',', ';')), '";" as delimiter (Dutch Excel)', 'line 1', 'required column is missing')
add('semicolon-decimal-comma.csv', csv(H.replace(',', ';'), ROW.replace(',', ';').replace('95.1', '95,1')), '";" and decimal commas', 'line 1', 'required column is missing')
add('tab-delimited.csv', csv(H.replace(',', '\t'), ROW.replace(',', '\t')), 'tabs as delimiter', 'line 1', 'required column is missing')
add('decimal-comma.csv', csv(H, row(production_index='"95,1"')), 'a decimal comma in a quoted field', 'line 2', 'is not a number')
add('too-many-fields.csv', csv(H, ROW + ',extra'), 'a row with a field more than the header', 'line 2', 'has 13 fields')
add('too-few-fields.csv', csv(H, ','.join(ROW.split(',')[:8])), 'a row with fields missing', 'line 2', 'has 8 fields')
add('missing-column.csv', csv(H.replace(',published,', ','), ROW.replace(',2026-01-09,', ',')), 'no published column', 'line 1', 'required column is missing')
add('duplicate-header.csv', csv(H + ',period', ROW + ',2025-11'), 'the column period twice (commons-csv took either silently)', 'line 1', 'not a usable header')
add('empty-header-name.csv', csv(H + ',', ROW + ','), 'a header ending in a comma (a nameless column)', 'line 1', 'not a usable header')
add('lone-cr-splits-row.csv', csv(H, ROW.replace('Vervaardiging van', 'Vervaardiging\rvan')), 'a lone CR inside an unquoted field ends the record there', 'line 2', 'fields')
add('one-mb-line.csv', csv(H, row(production_index='9' * (1 << 20))), 'one line of 1 MB: a number of a million digits (took 30 s to parse before the length check)', 'line 2', 'too long for a number')
add('one-mb-garbage-line.csv', csv(H, 'x' * (1 << 20)), 'one line of 1 MB without a delimiter', 'line 2', 'has 1 fields')

# --- CSV: values ---
for name, value, fragment in [
        ('nan', 'NaN', 'is not a number'), ('infinity', 'Infinity', 'is not a number'),
        ('minus-infinity', '-Infinity', 'is not a number'), ('1e400', '1e400', 'too large'),
        ('1e-400', '1e-400', 'more than 4 decimals'), ('exponent-overflow', '1e-9999999999', 'is not a number'),
        ('huge-integer', '12345678901234567890', 'too large'), ('41-digits', '9' * 41, 'too long for a number'), ('eleven-digits', '10000000000', 'too large'),
        ('five-decimals', '95.12345', 'more than 4 decimals'), ('hex', '0x1F', 'is not a number'),
        ('thousands-separator', '"1,234.5"', 'is not a number'), ('percent-sign', '-3.1%', 'is not a number'),
        ('dash-for-missing', '-', 'is not a number'), ('double-minus', '--3.1', 'is not a number')]:
    add('number-' + name + '.csv', csv(H, row(production_index=value)), 'production_index ' + value, 'line 2', fragment)
add('duplicate-cell.csv', csv(H, ROW, row(production_index='95.2')), 'the same branch, month, measure and release twice with different values', 'line 3', 'contradicts')
add('duplicate-cell-other-source.csv', csv(H, ROW, row(yoy_calendar_adjusted_pct='-2.9', source='another source')), 'the same figure of one release from two sources that disagree', 'line 3', 'contradicts')
for name, value, fragment in [('month-13', '2025-13', 'not a month'), ('month-00', '2025-00', 'not a month'),
                              ('year-0000', '0000-01', 'out of range'), ('year-9999', '9999-12', 'out of range'),
                              ('month-short', '2025-1', 'not a month'), ('month-dutch', 'nov 2025', 'not a month'),
                              ('month-cbs-key', '2025MM11', 'not a month'), ('month-with-day', '2025-11-01', 'not a month')]:
    add('period-' + name + '.csv', csv(H, row(period=value)), 'period ' + value, 'line 2', fragment)
for name, value, fragment in [('feb-30', '2026-02-30', 'not a date'), ('year-0000', '0000-01-09', 'out of range'),
                              ('dutch-order', '09-01-2026', 'not a date'), ('missing', '', 'release date is missing')]:
    add('published-' + name + '.csv', csv(H, row(published=value)), 'published ' + (value or '(empty)'), 'line 2', fragment)
add('provisional-ja.csv', csv(H, row(provisional='ja')), 'provisional "ja"', 'line 2', 'must be true or false')
add('missing-source.csv', csv(H, row(source='')), 'a row without source', 'line 2', 'needs its source')
add('source-too-long.csv', csv(H, row(source='s' * 600)), 'a source of 600 characters (the column holds 500)', 'line 2', 'at most 500 fit')
add('sources-together-too-long.csv', csv(H, *[row(period='20%02d-%02d' % (21 + i // 12, 1 + i % 12), source='source %02d ' % i + 'x' * 480) for i in range(10)]), 'ten sources of 490 characters in one release (its source column holds 4000)', 'line', 'together exceed 4000')
add('sbi-code-too-long.csv', csv(H, row(sbi_code='2' * 41)), 'an SBI code of 41 characters', 'line 2', 'at most 40 fit')
add('sbi-title-too-long.csv', csv(H, row(sbi_title='t' * 201)), 'a branch title of 201 characters', 'line 2', 'at most 200 fit')
add('unknown-branch.csv', csv(H, row(sbi_code='', sbi_title='Nergens bekend')), 'no code and an unknown title', 'line 2', 'not a known branch')
add('nul-bytes.csv', csv(H, row(period='2025-11\x00')), 'a NUL byte after the month', 'line 2', 'not a month')
add('script-in-period.csv', csv(H, row(period='<script>alert(1)</script>')), 'markup where the month belongs (the refusal page must escape it)', 'line 2', 'not a month')
add('confidence-nan.csv', csv(PH, PROW.replace('-3.2', 'NaN')), 'producer confidence NaN', 'line 2', 'is not a number')
add('confidence-month-13.csv', csv(PH, PROW.replace('2025-11,', '2025-13,')), 'producer confidence in month 13', 'line 2', 'not a month')

# --- a CBS table with titles in place of keys (cbsodata, StatLine) ---
TH = ('ID;BedrijfstakkenBranchesSBI2008;Perioden;Productie_1;SeizoengecorrigeerdeProductie_3;'
      'KalendergecorrigeerdeProductie_14;TotaleOmzet_15;OntwSeizoengecorrigeerdeProductie_21')
# chemicals, 2024 december, as in cbs-85806NED-table-2025-04-10.csv
TROW = '8545;20 Chemische industrie;2024 december;74.2;79.0;-10.8;-6.2;-4.0'
add('table-no-date.csv', (BOM + TH + '\n' + TROW + '\n').encode('utf-8'), 'a valid table, but neither form nor file name gives its release date', 'file', 'states no release date')
add('table-decimal-comma.csv', (BOM + TH + '\n' + TROW.replace('74.2', '74,2') + '\n').encode('utf-8'), 'a table with a decimal comma', 'line 2', 'is not a number')
add('table-period-unknown.csv', (BOM + TH + '\n' + TROW.replace('2024 december', '2024 decembre') + '\n').encode('utf-8'), 'a table period that is no CBS title', 'line 2', 'is not a period')
add('table-renumbered-topic.csv', (BOM + TH.replace('KalendergecorrigeerdeProductie_14', 'KalendergecorrigeerdeProductie_15') + '\n' + TROW + '\n').encode('utf-8'), 'a table whose topic key CBS would have renumbered', 'line 1', 'renumbered')
add('table-too-few-fields.csv', (BOM + TH + '\n' + TROW.rsplit(';', 2)[0] + '\n').encode('utf-8'), 'a table row with fields missing', 'line 2', 'has 6 fields')

# --- JSON ---
full = js(BASE)
add('truncated.json', full[:len(full) // 2], 'an export cut in half', 'line', 'not readable as JSON')
add('truncated-in-string.json', full[:full.index(b'Industrie') + 4], 'cut inside a string', 'line', 'not readable as JSON')
add('null-root.json', b'null', 'the literal null (not JSON-looking, so read as a CSV)', 'line 1', 'not the header of a known CSV')
add('null-root-bom.json', (BOM + 'null').encode('utf-8'), 'a BOM and null', 'line 1', 'not the header of a known CSV')
add('null-root-object-member.json', b'{"TableInfos": null, "DataProperties": null}', 'entity sets that are null', 'TableInfos', 'is not a list of rows')
add('array-root.json', b'[' + full + b']', 'the export inside an array', 'file', 'expected a JSON object')
add('empty-array.json', b'[]', 'an empty array', 'file', 'expected a JSON object')
add('string-root.json', b'"TypedDataSet"', 'a string', 'line 1', 'not the header of a known CSV')
add('number-root.json', b'85806', 'a number (read as a CSV line: no known header)', 'line 1', 'not the header of a known CSV')
add('empty-object.json', b'{}', 'an object without entity sets', 'TableInfos', 'is missing from the file')
for s in ['TableInfos', 'DataProperties', 'BedrijfstakkenBranchesSBI2008', 'Perioden', 'TypedDataSet']:
    add('missing-' + s + '.json', with_export(lambda r, s=s: r.pop(s)), 'no ' + s, s, 'is missing from the file')
add('entity-set-string.json', with_export(lambda r: r.update(TypedDataSet='rows')), 'TypedDataSet is a string', 'TypedDataSet', 'is not a list of rows')
add('entity-set-no-value.json', with_export(lambda r: r.update(TypedDataSet={'rows': []})), 'TypedDataSet is an object without "value"', 'TypedDataSet', 'is not a list of rows')
add('entity-set-empty.json', with_export(lambda r: r.update(TypedDataSet={'value': []})), 'TypedDataSet holds no rows', 'TypedDataSet', 'holds no monthly value')
add('tableinfos-empty.json', with_export(lambda r: r.update(TableInfos={'value': []})), 'TableInfos holds no row', 'TableInfos', 'is empty')
add('rows-are-numbers.json', with_export(lambda r: r.update(TypedDataSet={'value': [1, 2, 3]})), 'TypedDataSet rows are numbers', 'TypedDataSet row 1', 'not listed in Perioden')
add('all-values-null.json', with_export(lambda r: [row.update({k: None for k in row if k[0].isupper() and '_' in k}) for row in typed(r)]), 'every figure null', 'TypedDataSet', 'holds no monthly value')
add('wrong-table.json', with_export(lambda r: r['TableInfos']['value'][0].update(Identifier='83837NED')), 'an export of another CBS table', 'TableInfos', 'expected 85806NED')
add('modified-not-a-date.json', with_export(lambda r: r['TableInfos']['value'][0].update(Modified='gisteren')), 'Modified is no date', 'TableInfos', 'not a date-time')
add('modified-year-0000.json', with_export(lambda r: r['TableInfos']['value'][0].update(Modified='0000-03-10T02:00:00')), 'Modified in the year 0', 'TableInfos', 'out of range')
add('no-known-topic.json', with_export(lambda r: r.update(DataProperties={'value': [p for p in r['DataProperties']['value'] if p.get('Type') != 'Topic']})), 'DataProperties without our measures', 'DataProperties', 'none of the')
add('unknown-branch-key.json', with_export(lambda r: typed(r)[0].update(BedrijfstakkenBranchesSBI2008='123456    ')), 'a row of a branch key not in the branch list', 'TypedDataSet', 'is not listed in BedrijfstakkenBranchesSBI2008')
add('period-month-13.json', with_export(lambda r: (r['Perioden']['value'].append({'Key': '2025MM13', 'Title': '2025 dertiende maand', 'Status': 'Definitief'}), typed(r)[0].update(Perioden='2025MM13'))), 'period 2025MM13', 'TypedDataSet', 'is not listed in Perioden')
add('period-year-0000.json', with_export(lambda r: (r['Perioden']['value'].append({'Key': '0000MM01', 'Title': '0000 januari', 'Status': 'Definitief'}), typed(r)[0].update(Perioden='0000MM01'))), 'period 0000MM01', 'TypedDataSet', 'is not listed in Perioden')
add('duplicate-cell.json', with_export(lambda r: typed(r).append(dict(typed(r)[0], ID=99, SeizoengecorrigeerdeProductie_3=1.5))), 'the same branch and month twice', 'TypedDataSet ID 99', 'was already given')
add('branch-title-too-long.json', with_export(lambda r: [b.update(Title=b['Title'] + ' en' * 100) for b in r['BedrijfstakkenBranchesSBI2008']['value']]), 'branch titles of more than 300 characters', 'TypedDataSet', 'at most 200 fit')
add('value-string.json', set_value('"95.1"'), 'a figure as a string', 'TypedDataSet', 'expected a number')
add('value-boolean.json', set_value('true'), 'a figure as true', 'TypedDataSet', 'expected a number')
add('value-object.json', set_value('{"v": 1}'), 'a figure as an object', 'TypedDataSet', 'expected a number')
add('value-1e400.json', set_value('1e400'), 'a figure of 1e400', 'TypedDataSet', 'too large')
add('value-huge-integer.json', set_value('123456789012345678901234567890'), 'a figure of 30 digits', 'TypedDataSet', 'too large')
add('value-five-decimals.json', set_value('95.12345'), 'a figure with five decimals', 'TypedDataSet', 'more than 4 decimals')
add('value-exponent-overflow.json', set_value('1e-9999999999'), 'an exponent beyond BigDecimal (Jackson threw NumberFormatException)', 'file', 'out of any range')
add('value-2000-digits.json', set_value('9' * 2000), 'a number of 2000 digits (beyond Jackson\'s limit of 1000)', 'file', 'not readable as JSON')
add('value-nan.json', set_value('NaN'), 'the token NaN', 'line', 'not readable as JSON')
add('value-infinity.json', set_value('Infinity'), 'the token Infinity', 'line', 'not readable as JSON')
add('value-leading-zero.json', set_value('095.1'), 'a number with a leading zero', 'line', 'not readable as JSON')
add('duplicate-key-root.json', full[:-1] + b', "TypedDataSet": {"value": []}}', 'the entity set TypedDataSet twice', 'line', 'Duplicate field')
add('duplicate-key-row.json', set_value('95.1, "SeizoengecorrigeerdeProductie_3": 12.0'), 'one figure twice in a row', 'line', 'Duplicate field')
add('trailing-garbage.json', full + b' x', 'text after the object', 'line', 'not readable as JSON')
add('two-documents.json', full + full, 'two exports in one file', 'line', 'not readable as JSON')
add('comments.json', b'// export\n' + full, 'a // comment', 'line 1', 'not the header of a known CSV')
add('single-quotes.json', b"{'TableInfos': []}", 'single-quoted names', 'line 1', 'not readable as JSON')
add('latin1.json', full.replace('Industrie; productie'.encode(), 'Industri\xeb; productie'.encode('latin-1'), 1), 'a Latin-1 byte in a string', 'line', 'not UTF-8')
add('nested-10000-arrays.json', b'[' * 10000 + b']' * 10000, '10 000 nested arrays', 'file', 'not readable as JSON')
add('nested-10000-in-object.json', b'{"TableInfos": ' + b'[' * 10000 + b']' * 10000 + b'}', '10 000 nested arrays inside the object', 'file', 'not readable as JSON')
add('nested-objects.json', b'{"a":' * 5000 + b'1' + b'}' * 5000, '5000 nested objects', 'file', 'not readable as JSON')

assert len({c[0] for c in CORPUS}) == len(CORPUS)
for name, content, *_ in CORPUS:
    open(os.path.join(HERE, name), 'wb').write(content)
with open(os.path.join(HERE, 'corpus.tsv'), 'w', encoding='utf-8') as out:
    out.write('# file\twhere (start of)\tmessage contains\n')
    for name, _, what, where, fragment in CORPUS:
        out.write('%s\t%s\t%s\n' % (name, where, fragment))
with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as out:
    out.write('''# Malformed uploads (test corpus)

Files an administrator might upload by mistake or on purpose. Every one must be refused at
`/admin/upload` with a 4xx page whose problem list names the place and the problem, and must change
nothing (`MalformedUploadTest`, which also reads each through `UploadReader` directly). The files are
written by `generate.py` (run it here to rewrite them); `corpus.tsv` holds, per file, the start of the
expected `where` and a fragment of the expected message. Not in this folder, made by the test: a file one
byte over the upload limit (413).

Accepted, so not in the corpus (`MalformedUploadTest.acceptedOddities`): a UTF-8 BOM before a valid CSV or
JSON file; CRLF line ends, and a mix of CRLF and LF lines in an otherwise valid file (RFC 4180 allows CRLF,
and a file edited on two systems gets both; the content is unambiguous); a last line without a line end;
blank lines between rows.

| file | what it is | where | message contains |
|---|---|---|---|
''')
    for name, content, what, where, fragment in CORPUS:
        out.write('| `%s` | %s (%d bytes) | %s | %s |\n' % (name, what.replace('|', '\\|'), len(content), where, fragment.replace('|', '\\|')))
print(len(CORPUS), 'files')
