-- Fingerprints of the bundled data files already imported, so that a start with the same files
-- skips reading them (their releases are stored once anyway, by content checksum).
create table bundled_file (
    name        varchar(200) primary key,
    sha256      varchar(64)  not null,
    imported_at timestamp    not null
);
