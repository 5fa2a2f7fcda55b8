-- What several instances on one database share besides the data (README, "Running several instances").
-- Portable SQL: the same file runs on H2 and PostgreSQL (bytea is an H2 alias of varbinary).

-- A previewed upload waiting for its administrator's confirmation, which may reach another instance.
-- id is unguessable; a row older than 30 minutes counts as gone; confirming deletes it, once.
create table pending_upload (
    id           varchar(64)    primary key,
    uploaded_by  varchar(200)   not null,
    file_name    varchar(1000)  not null,
    content      bytea          not null,
    checksums    varchar(100000) not null,
    data_version bigint         not null,
    created_at   timestamp      not null
);

-- One scheduled CBS refresh per fire time: the instance whose insert succeeds runs it, the others skip.
create table scheduled_refresh (
    slot       timestamp    primary key,
    instance   varchar(200) not null,
    started_at timestamp    not null
);

-- Rows locked (select ... for update) for the length of a cluster-wide critical section, e.g. 'import':
-- one import at a time over all instances, so release ids are committed in the order they are given.
create table cluster_lock (
    name varchar(40) primary key
);
insert into cluster_lock (name) values ('import');
