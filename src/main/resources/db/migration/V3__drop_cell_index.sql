-- Pages never query observations by cell: the whole table is read once into the in-memory snapshot.
-- The index only slowed every import down; the unique key (release, branch, month, measure) stays.
drop index ix_observation_cell;
