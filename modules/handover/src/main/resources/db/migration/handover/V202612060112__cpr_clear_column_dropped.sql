-- Every CPR number is in cpr_cipher now (V202612060111); the clear column goes.
ALTER TABLE handover.handover DROP COLUMN cpr;
