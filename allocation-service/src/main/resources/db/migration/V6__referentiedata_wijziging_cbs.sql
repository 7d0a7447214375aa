-- An update from CBS records what exactly was read, so that a distribution can be traced to a table edition:
-- the table (86092NED…), the report year, whether CBS called it provisional or final, and the date of the file
-- (the table's "Gewijzigd op" / OData TableInfos.Modified, given by whoever loads it). Null for other changes, and
-- for status and date when neither the file nor the caller stated them.
alter table referentiedata_wijziging
    add column cbs_tabel     varchar(20),
    add column verslagjaar   integer,
    add column cbs_status    varchar(20),   -- VOORLOPIG, DEFINITIEF
    add column bestandsdatum date;
