-- Who imported a release (an administrator's name, "scheduled CBS refresh", "bundled data"), and the
-- source's own "last modified" stamp (CBS TableInfos.Modified) so that a scheduled refresh can see
-- that nothing is new without downloading the whole table. Both are unknown for older releases.
alter table data_release add column imported_by varchar(200);
alter table data_release add column source_modified timestamp;
