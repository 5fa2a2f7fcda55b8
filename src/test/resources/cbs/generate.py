#!/usr/bin/env python3
"""Rewrites the CBS fixtures of this folder to the real shape of 85806NED's metadata (cbs-odata-format.md
section 9): the 24 real topic keys under CBS's group titles, TopicGroup rows with an empty Key, the
month-on-month topic directly under "Ontwikkeling t.o.v. de vorige periode", Perioden rows with Status
(Definitief, NaderVoorlopig, Voorlopig), data rows with every topic key. The figures in the data rows are
kept as they were (real CBS figures, see 85806NED/README.md); only their keys are renamed to the real ones.

Run from this folder: python3 generate.py. The files are committed; this script says how they were made.
"""
import json, os, copy

HERE = os.path.dirname(os.path.abspath(__file__))

# (key, title, unit) in CBS's order; numbering and keys as in the real table download of April 2025.
# Titles: the four printed on the StatLine page (snapshot A) are real; the others follow the keys' words.
INDEX_PRODUCTION = [('Productie_1', 'Productie', '2021=100'),
                    ('KalendergecorrigeerdeProductie_2', 'Kalendergecorrigeerde productie', '2021=100'),
                    ('SeizoengecorrigeerdeProductie_3', 'Seizoengecorrigeerde productie', '2021=100')]
INDEX_TURNOVER = [('TotaleOmzet_4', 'Totale omzet', '2021=100'), ('OmzetBinnenland_5', 'Omzet binnenland', '2021=100'),
                  ('OmzetBuitenland_6', 'Omzet buitenland', '2021=100'),
                  ('KalendergecorrigeerdeOmzetTotaal_7', 'Kalendergecorrigeerde omzet totaal', '2021=100'),
                  ('KalendergecorrigeerdeOmzetBinnenland_8', 'Kalendergecorrigeerde omzet binnenland', '2021=100'),
                  ('KalendergecorrigeerdeOmzetBuitenland_9', 'Kalendergecorrigeerde omzet buitenland', '2021=100'),
                  ('SeizoengecorrigeerdeOmzetTotaal_10', 'Seizoengecorrigeerde omzet totaal', '2021=100'),
                  ('SeizoengecorrigeerdeOmzetBinnenland_11', 'Seizoengecorrigeerde omzet binnenland', '2021=100'),
                  ('SeizoengecorrigeerdeOmzetBuitenland_12', 'Seizoengecorrigeerde omzet buitenland', '2021=100')]
YEAR_PRODUCTION = [('Productie_13', 'Productie', '%'),
                   ('KalendergecorrigeerdeProductie_14', 'Kalendergecorrigeerde productie', '%')]
YEAR_TURNOVER = [('TotaleOmzet_15', 'Totale omzet', '%'), ('OmzetBinnenland_16', 'Omzet binnenland', '%'),
                 ('OmzetBuitenland_17', 'Omzet buitenland', '%'),
                 ('KalendergecorrigeerdeOmzetTotaal_18', 'Kalendergecorrigeerde omzet totaal', '%'),
                 ('KalendergecorrigeerdeOmzetBinnenland_19', 'Kalendergecorrigeerde omzet binnenland', '%'),
                 ('KalendergecorrigeerdeOmzetBuitenland_20', 'Kalendergecorrigeerde omzet buitenland', '%')]
PERIOD_PRODUCTION = [('OntwSeizoengecorrigeerdeProductie_21', 'Seizoengecorrigeerde productie ', '%')]
PERIOD_TURNOVER = [('SeizoengecorrigeerdeOmzetTotaal_22', 'Seizoengecorrigeerde omzet totaal', '%'),
                   ('SeizoengecorrigeerdeOmzetBinnenland_23', 'Seizoengecorrigeerde omzet binnenland', '%'),
                   ('SeizoengecorrigeerdeOmzetBuitenland_24', 'Seizoengecorrigeerde omzet buitenland', '%')]
KEYS = [k for group in (INDEX_PRODUCTION, INDEX_TURNOVER, YEAR_PRODUCTION, YEAR_TURNOVER, PERIOD_PRODUCTION,
                        PERIOD_TURNOVER) for k, _, _ in group]
# the old fixture's placeholder for turnover year on year, and its real key
RENAMED = {'TotaleOmzet_17': 'TotaleOmzet_15'}


def dimension(id_, type_, key, title):
    return {'odata.type': 'Cbs.OData.' + type_, 'ID': id_, 'Position': id_, 'ParentID': None, 'Type': type_,
            'Key': key, 'Title': title, 'Description': None}


def data_properties():
    rows = [dimension(0, 'Dimension', 'BedrijfstakkenBranchesSBI2008', 'Bedrijfstakken/branches (SBI 2008)'),
            dimension(1, 'TimeDimension', 'Perioden', 'Perioden')]
    ids = iter(range(2, 100))

    def group(title, parent, position):
        row = {'odata.type': 'Cbs.OData.TopicGroup', 'ID': next(ids), 'Position': position, 'ParentID': parent,
               'Type': 'TopicGroup', 'Key': '', 'Title': title, 'Description': None}
        rows.append(row)
        return row['ID']

    def topics(parent, items):
        for position, (key, title, unit) in enumerate(items):
            rows.append({'odata.type': 'Cbs.OData.Topic', 'ID': next(ids), 'Position': position, 'ParentID': parent,
                         'Type': 'Topic', 'Key': key, 'Title': title, 'Description': None, 'Datatype': 'Double',
                         'Unit': unit, 'Decimals': 1, 'Default': 'Impossible',
                         'PresentationType': 'Absolute' if unit != '%' else 'Relative'})

    index = group('Indexcijfers', None, 2)
    topics(group('Productie', index, 0), INDEX_PRODUCTION)
    topics(group('Omzet', index, 1), INDEX_TURNOVER)
    year = group('Ontwikkeling t.o.v. een jaar eerder', None, 3)
    topics(group('Productie', year, 0), YEAR_PRODUCTION)
    topics(group('Omzet', year, 1), YEAR_TURNOVER)
    period = group('Ontwikkeling t.o.v. de vorige periode', None, 4)
    topics(period, PERIOD_PRODUCTION)  # directly, no "Productie" group between (section 9)
    topics(group('Omzet', period, 1), PERIOD_TURNOVER)
    return rows


def write(path, doc):
    with open(os.path.join(HERE, path), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write('\n')


def read(path):
    return json.load(open(os.path.join(HERE, path), encoding='utf-8'))


def full_rows(path):
    """Every data row with all 24 topic keys, the figures kept, placeholder keys renamed."""
    doc = read(path)
    rows = []
    for old in doc['value']:
        row = {k: old[k] for k in ('ID', 'BedrijfstakkenBranchesSBI2008', 'Perioden')}
        values = {RENAMED.get(k, k): v for k, v in old.items() if k not in row}
        for key in KEYS:
            row[key] = values.get(key)
        rows.append(row)
    doc['value'] = rows
    write(path, doc)


STATUS = {'2024MM12': 'Definitief', '2025MM08': 'NaderVoorlopig', '2025MM09': 'NaderVoorlopig'}


def periods(path):
    doc = read(path)
    for row in doc['value']:
        if row['Key'] in STATUS:
            row['Status'] = STATUS[row['Key']]
            mark = {'Definitief': '', 'NaderVoorlopig': '**', 'Voorlopig': '*'}[row['Status']]
            row['Title'] = row['Title'].rstrip('*') + mark
    write(path, doc)


def main():
    listing = data_properties()
    write('85806NED/DataProperties.json', {'odata.metadata': '{base}/$metadata#Cbs.OData.WebAPI.DataProperties',
                                           'value': listing})
    # a second topic that also reads as mom_sa (made-up key): the reader cannot tell which to use
    duplicate = copy.deepcopy(listing)
    period_id = next(r['ID'] for r in listing if r['Title'] == 'Ontwikkeling t.o.v. de vorige periode')
    duplicate.append({'odata.type': 'Cbs.OData.Topic', 'ID': 99, 'Position': 2, 'ParentID': period_id,
                      'Type': 'Topic', 'Key': 'SeizoengecorrigeerdeProductieMaand_22',
                      'Title': 'Seizoengecorrigeerde productie (%)', 'Description': None, 'Datatype': 'Double',
                      'Unit': '%', 'Decimals': 1, 'Default': 'Impossible', 'PresentationType': 'Relative'})
    write('85806NED-invalid/DataProperties-duplicate.json',
          {'odata.metadata': '{base}/$metadata#Cbs.OData.WebAPI.DataProperties', 'value': duplicate})
    # the listing without the month-on-month topic: one of our five measures cannot be placed
    without_mom = [r for r in listing if r['Key'] != 'OntwSeizoengecorrigeerdeProductie_21']
    write('85806NED-invalid/DataProperties-no-mom.json',
          {'odata.metadata': '{base}/$metadata#Cbs.OData.WebAPI.DataProperties', 'value': without_mom})
    # only the dimensions and the index of total turnover, which is none of our measures
    turnover = next(r for r in listing if r['Key'] == 'TotaleOmzet_4')
    groups = [r for r in listing if r['ID'] in (turnover['ParentID'],)]
    groups += [r for r in listing if r['ID'] == groups[0]['ParentID']]
    write('85806NED-invalid/DataProperties-no-measures.json',
          {'odata.metadata': '{base}/$metadata#Cbs.OData.WebAPI.DataProperties',
           'value': listing[:2] + sorted(groups, key=lambda r: r['ID']) + [turnover]})
    for page in ('85806NED/TypedDataSet.json', '85806NED/TypedDataSet.skip-8.json',
                 '85806NED/TypedDataSet.skip-16.json', '85806NED-revised/TypedDataSet.json',
                 '85806NED-invalid/TypedDataSet-not-numeric.json'):
        full_rows(page)
    for page in ('85806NED/Perioden.json', '85806NED/Perioden.skip-5.json'):
        periods(page)


if __name__ == '__main__':
    main()
