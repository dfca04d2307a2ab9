-- When an entry was first sent without a definite answer (a timeout, a dropped connection, a 5xx): from
-- then on the platform may hold it, and a retry is only safe while the platform still remembers its
-- idempotency key (x-idempotency-retention). NULL: never sent, or the user chose to send it again.
ALTER TABLE outbox ADD COLUMN first_sent_at TIMESTAMP WITH TIME ZONE;
