-- Structural sharing between releases (issue 18). A release that publishes a whole table repeats every
-- figure of the release before it but the few months CBS revised: sixty monthly full tables are about five
-- million figures, of which a few hundred thousand differ from the release before. A series row may now say
-- which months its release published as a range (held_from .. held_to, first days of months, both included,
-- less the months in held_absent: cells CBS left empty) and hold in its arrays only the months whose figure
-- differs from the one the previous release in release order published for that month; every other month of
-- the range has that previous figure. Rows without a range (held_from null: every row stored before V10)
-- hold every figure of their release in the arrays, as before. An import dated before releases already stored writes
-- into the next of them the figures it would otherwise inherit from the new one (ImportService), so that a
-- row never changes meaning. Additive: no stored row is converted, and the same file runs on H2 and
-- PostgreSQL.
alter table observation_series add column held_from date;
alter table observation_series add column held_to date;
alter table observation_series add column held_absent date array;
alter table observation_series drop constraint ck_observation_series_parallel;
alter table observation_series add constraint ck_observation_series_parallel check (
    (cardinality(period_months) > 0 or held_from is not null)
    and (held_from is null) = (held_to is null)
    and (held_from is null or held_from <= held_to)
    and (held_absent is null or held_from is not null)
    and cardinality(amounts) = cardinality(period_months)
    and cardinality(provisional) = cardinality(period_months)
    and cardinality(sources) = cardinality(period_months)
    and (revised_provisional is null or cardinality(revised_provisional) = cardinality(period_months)));
