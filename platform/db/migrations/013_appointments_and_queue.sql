-- 预约 / 取号: each hall's window groups (the windows of one group serve the same items), its
-- opening hours, time-slot capacity, bookings, and the queue tickets of its calling system.
-- A hall is the (region, hall name) terminals are enrolled under. Holidays are not here: the
-- statutory calendar is a data file (platform/appointments/holidays-cn.json).

CREATE TABLE halls (
  id uuid PRIMARY KEY,
  region_code text NOT NULL,
  name text NOT NULL,
  slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  booking_days integer NOT NULL CHECK (booking_days BETWEEN 1 AND 60),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);

-- workday: Monday to Friday and the 调休 weekends worked; weekend: Saturday and Sunday (no row: closed).
CREATE TABLE hall_hours (
  hall_id uuid NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  day_kind text NOT NULL CHECK (day_kind IN ('workday', 'weekend')),
  opens time NOT NULL,
  closes time NOT NULL CHECK (closes > opens),
  PRIMARY KEY (hall_id, day_kind)
);

CREATE TABLE window_groups (
  hall_id uuid NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  code text NOT NULL,
  name text NOT NULL,
  -- Bookings one slot of this group takes; walk-ins are not counted against it.
  slot_capacity integer NOT NULL CHECK (slot_capacity BETWEEN 0 AND 1000),
  windows text[] NOT NULL,
  PRIMARY KEY (hall_id, code)
);

-- An item is served by one group of a hall.
CREATE TABLE group_items (
  hall_id uuid NOT NULL,
  group_code text NOT NULL,
  item_code text NOT NULL,
  item_name text NOT NULL,
  PRIMARY KEY (hall_id, item_code),
  FOREIGN KEY (hall_id, group_code) REFERENCES window_groups (hall_id, code) ON DELETE CASCADE
);

-- How many bookings hold one slot: the row a booking locks, so the last place goes to one of two.
CREATE TABLE slot_counts (
  hall_id uuid NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  group_code text NOT NULL,
  starts_at timestamptz NOT NULL,
  booked integer NOT NULL CHECK (booked >= 0),
  PRIMARY KEY (hall_id, group_code, starts_at)
);

-- Only what the hall needs: who (a hash of the ID number, as card_reads), what, when, and the
-- code on the booking's QR. No name, no phone.
CREATE TABLE bookings (
  id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE,
  hall_id uuid NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  group_code text NOT NULL,
  item_code text NOT NULL,
  starts_at timestamptz NOT NULL,
  holder_hash bytea NOT NULL,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  status text NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked_in')),
  created_at timestamptz NOT NULL DEFAULT now(),
  changed_at timestamptz NOT NULL DEFAULT now()
);
-- One live booking per person and slot of a hall.
CREATE UNIQUE INDEX bookings_one_per_slot ON bookings (holder_hash, hall_id, starts_at) WHERE status = 'booked';
CREATE INDEX bookings_by_holder ON bookings (holder_hash, starts_at);

-- The last number given per hall, day and group: a ticket's number is taken from it atomically.
CREATE TABLE ticket_counters (
  hall_id uuid NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  day date NOT NULL,
  group_code text NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (hall_id, day, group_code)
);

-- The simulated calling system's queue (platform/queue/simulated-calling.ts).
CREATE TABLE queue_tickets (
  id uuid PRIMARY KEY,
  hall_id uuid NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  day date NOT NULL,
  group_code text NOT NULL,
  seq integer NOT NULL,
  priority integer NOT NULL,
  elder boolean NOT NULL,
  booking_id uuid REFERENCES bookings (id),
  issued_at timestamptz NOT NULL DEFAULT now(),
  called_at timestamptz,
  called_window text,
  UNIQUE (hall_id, day, group_code, seq)
);
CREATE INDEX queue_tickets_waiting ON queue_tickets (hall_id, day, group_code) WHERE called_at IS NULL;
CREATE UNIQUE INDEX queue_tickets_one_per_booking ON queue_tickets (booking_id) WHERE booking_id IS NOT NULL;
