-- CPR numbers and handover content encrypted at rest (PersonalDataCipher). The number moves to cpr_cipher
-- ('<key id>:<base64>', AES-256-GCM); content (JSON holding the number and any art. 9 health information) stays in
-- its column but encrypted, in handover_revision too; a person key 'cpr:<10 digits>' becomes 'cpr:<blind index>'.
-- The Java migration V202612060111 does the encrypting (the keys are in the application's configuration), and
-- V202612060112 drops the clear column.
ALTER TABLE handover.handover ADD COLUMN cpr_cipher text;
