-- 鄂汇办 codes already used on this terminal, by the code's random nonce, kept until the code
-- could no longer pass anyway (its expiry plus the clock-skew allowance, in epoch seconds).
-- Nothing personal: the nonce says nothing about whose code it was.
CREATE TABLE used_app_codes (
  nonce TEXT PRIMARY KEY,
  keep_until INTEGER NOT NULL
) STRICT;
CREATE INDEX used_app_codes_keep_until ON used_app_codes (keep_until);
