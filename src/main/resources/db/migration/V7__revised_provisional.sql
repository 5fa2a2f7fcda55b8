-- CBS calls a period's figures definitief, voorlopig (*) or nader voorlopig (**: revised once and still
-- provisional). observation_series kept two states (provisional); this array, parallel to the others, says
-- which provisional figures are nader voorlopig. Null in a row with none of them, and in the rows stored
-- before V7, whose imports took nader voorlopig for definitief (which is what those rows say).
-- Additive, so no stored figure is converted: the same file runs on H2 and PostgreSQL.
alter table observation_series add column revised_provisional boolean array;
alter table observation_series drop constraint ck_observation_series_parallel;
alter table observation_series add constraint ck_observation_series_parallel check (
    cardinality(period_months) > 0
    and cardinality(amounts) = cardinality(period_months)
    and cardinality(provisional) = cardinality(period_months)
    and cardinality(sources) = cardinality(period_months)
    and (revised_provisional is null or cardinality(revised_provisional) = cardinality(period_months)));
