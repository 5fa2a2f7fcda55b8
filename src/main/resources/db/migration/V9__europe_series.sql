-- Eurostat's production volume per country and NACE division (dataset sts_inpr_m: indic_bt=PRD, s_adj=SCA,
-- unit=I21, monthly), kept beside CBS's figures and never mixed into them: one row per release, division and
-- country, with the months, amounts and Eurostat's status flags as parallel arrays, as observation_series keeps
-- CBS's. Its releases are rows of data_release with dataset EUROSTAT_PRODUCTION (provenance, checksum, asof).
-- geo is Eurostat's code (NL, DE, EU27_2020, EL, ...), nace its NACE Rev. 2 code (C, C20, ...). flags holds
-- Eurostat's status per figure (p: provisional, e: estimated, ...; null where it gave none); the column is null
-- when the source gave no status at all (the bundled files). A month without a figure is absent.
-- Portable SQL: the same file runs on H2 and PostgreSQL.
create table europe_series (
    release_id    bigint              not null references data_release (id),
    nace          varchar(20)         not null,
    geo           varchar(20)         not null,
    period_months date array          not null,
    amounts       decimal(14,4) array not null,
    flags         varchar(8) array,
    constraint pk_europe_series primary key (release_id, nace, geo),
    constraint ck_europe_series_parallel check (
        cardinality(period_months) > 0
        and cardinality(amounts) = cardinality(period_months)
        and (flags is null or cardinality(flags) = cardinality(period_months)))
);
