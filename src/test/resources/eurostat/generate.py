#!/usr/bin/env python3
"""Writes the JSON-stat 2.0 fixtures of the fake Eurostat API (FakeEurostatServer) from the bundled files.

Every number comes from src/main/resources/data/eurostat/sts_inpr_m_<NACE>.csv (SOURCES.md H); nothing is
invented. The answer "as of a later day" differs from the bundled release only in Eurostat's status flag "p"
(provisional) on the two latest months, which SOURCES.md H says are provisional; so a refresh finds 12 figures
whose state changed and stores them as a new release. The malformed answers are that answer, broken one way each.

Run from this folder: python3 generate.py
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', '..', 'main', 'resources', 'data', 'eurostat')
NACE = ['C17', 'C20']
GEO = ['DE', 'EU27_2020', 'NL']
UPDATED = '2026-03-16T23:00:00+0100'


def read(nace):
    with open(os.path.join(DATA, 'sts_inpr_m_%s.csv' % nace), newline='') as f:
        rows = list(csv.reader(f))
    months = rows[0][6:]
    return months, {r[5]: r[6:] for r in rows[1:]}


def answer():
    months = None
    values, status = {}, {}
    cube = {}
    for nace in NACE:
        months, by_geo = read(nace)
        cube[nace] = by_geo
    position = 0
    for nace in NACE:
        for geo in GEO:
            for i, month in enumerate(months):
                cell = cube[nace][geo][i]
                if cell != '':
                    # a JSON number token printed as the file prints it (85.8, 80.0): checked, not assumed
                    assert repr(float(cell)) == cell, cell
                    values[str(position)] = float(cell)
                    if i >= len(months) - 2:
                        status[str(position)] = 'p'
                position += 1

    def dim(label, codes, labels=None):
        return {'label': label, 'category': {'index': {c: i for i, c in enumerate(codes)},
                                             'label': {c: (labels or {}).get(c, c) for c in codes}}}
    return {
        'version': '2.0', 'class': 'dataset',
        'label': 'Production in industry - monthly data',
        'source': 'ESTAT', 'updated': UPDATED,
        'value': values, 'status': status,
        'id': ['freq', 'indic_bt', 'nace_r2', 's_adj', 'unit', 'geo', 'time'],
        'size': [1, 1, len(NACE), 1, 1, len(GEO), len(months)],
        'dimension': {
            'freq': dim('Time frequency', ['M'], {'M': 'Monthly'}),
            'indic_bt': dim('Economical indicator for structural business statistics', ['PRD'], {'PRD': 'Production (volume)'}),
            'nace_r2': dim('Statistical classification of economic activities in the European Community (NACE Rev. 2)', NACE),
            's_adj': dim('Seasonal adjustment', ['SCA'], {'SCA': 'Seasonally and calendar adjusted data'}),
            'unit': dim('Unit of measure', ['I21'], {'I21': 'Index, 2021=100'}),
            'geo': dim('Geopolitical entity (reporting)', GEO),
            'time': dim('Time', months),
        },
        'extension': {'lang': 'EN', 'id': 'STS_INPR_M', 'agencyId': 'ESTAT',
                      'status': {'label': {'p': 'provisional'}}},
    }


def dump(obj, name):
    text = json.dumps(obj, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, name), 'w') as f:
        f.write(text + '\n')
    return text


good = dump(answer(), 'sts_inpr_m.json')

with open(os.path.join(HERE, 'malformed-truncated.json'), 'w') as f:
    f.write(good[: len(good) // 2])

wrong_unit = answer()
wrong_unit['dimension']['unit'] = {'label': 'Unit of measure', 'category': {'index': {'I15': 0}, 'label': {'I15': 'Index, 2015=100'}}}
dump(wrong_unit, 'malformed-unit-i15.json')

text_value = answer()
first = sorted(text_value['value'], key=int)[0]
text_value['value'][first] = '85,8'
dump(text_value, 'malformed-value-text.json')

wrong_size = answer()
wrong_size['size'][5] = 2
dump(wrong_size, 'malformed-size.json')

error = {'error': [{'status': 400, 'id': 100, 'label': 'No results found'}]}
dump(error, 'malformed-error.json')
