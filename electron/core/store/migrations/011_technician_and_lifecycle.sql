-- The technician's PIN as a memory-hard hash (scrypt, salted, its cost kept beside it so a later
-- version can raise the cost without losing PINs already set), and the wrong tries with the
-- lockout they led to: kept here, so that restarting the kiosk gives a guesser no fresh tries.
CREATE TABLE technician_access (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pin_hash BLOB,
  pin_salt BLOB,
  scrypt_n INTEGER,
  scrypt_r INTEGER,
  scrypt_p INTEGER,
  pin_set_at TEXT,
  wrong_tries INTEGER NOT NULL DEFAULT 0 CHECK (wrong_tries >= 0),
  locked_until TEXT,
  CHECK ((pin_hash IS NULL) = (pin_salt IS NULL) AND (pin_hash IS NULL) = (scrypt_n IS NULL))
) STRICT;
INSERT INTO technician_access (id) VALUES (1);

-- What the lifecycle keeps across restarts: maintenance a technician turned on, and the
-- platform's last word on this terminal's signed requests (revoked, or not known to it).
CREATE TABLE lifecycle (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  maintenance INTEGER NOT NULL DEFAULT 0 CHECK (maintenance IN (0, 1)),
  platform_verdict TEXT CHECK (platform_verdict IN ('revoked', 'unknownTerminal'))
) STRICT;
INSERT INTO lifecycle (id) VALUES (1);
