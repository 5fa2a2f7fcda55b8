-- A release's figures, one row per series (release, branch, measure) instead of one row per figure.
-- A figure is still keyed by (branch, month, measure, release): the row's key and its place in
-- period_months. The four arrays run in parallel, months ascending: the i-th month's amount, whether
-- CBS marked it provisional, and its own source (null: the release's). A month without a figure is
-- absent, never stored as a number.
-- Why: a full CBS table is about 83 000 figures (40 branches, 420 months, 5 measures). As rows, with
-- their key and foreign keys (four index entries each), H2 took over three seconds to store one, several
-- times the parse (docs/benchmarks.md). As about 200 series rows it is one short batch, in the same
-- single transaction and under the same foreign keys.
-- Portable SQL: the same file runs on H2 and PostgreSQL.
create table observation_series (
    release_id    bigint              not null references data_release (id),
    branch_code   varchar(40)         not null references branch (code),
    measure       varchar(32)         not null,
    period_months date array          not null,
    amounts       decimal(14,4) array not null,
    provisional   boolean array       not null,
    sources       varchar(500) array  not null,
    constraint pk_observation_series primary key (release_id, branch_code, measure),
    constraint ck_observation_series_parallel check (
        cardinality(period_months) > 0
        and cardinality(amounts) = cardinality(period_months)
        and cardinality(provisional) = cardinality(period_months)
        and cardinality(sources) = cardinality(period_months))
);

insert into observation_series (release_id, branch_code, measure, period_months, amounts, provisional, sources)
select release_id, branch_code, measure,
       array_agg(period_month order by period_month),
       array_agg(amount order by period_month),
       array_agg(provisional order by period_month),
       array_agg(source order by period_month)
from observation
group by release_id, branch_code, measure;

drop table observation;
