-- CPR numbers encrypted at rest (PersonalDataCipher): the encrypted number ('<key id>:<base64>', AES-256-GCM) and its
-- blind index (HMAC-SHA256 under jobbro.encryption.index-key), which lookups and the unique indexes compare instead
-- of the number. Nullable until the next migration (a Java one: the keys live in the application's configuration,
-- never in SQL) has filled them from the clear column; V202612060102 then drops that column.
ALTER TABLE caseload.case_file
    ADD COLUMN cpr_cipher text,
    ADD COLUMN cpr_index  bytea;
