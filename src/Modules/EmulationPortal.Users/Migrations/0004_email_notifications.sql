-- Whether the person gets notifications by e-mail as well as in the admin. On by default: an account
-- with an address hears of its reviews without anyone having to think of it.
ALTER TABLE users ADD COLUMN email_notifications BOOLEAN NOT NULL DEFAULT TRUE;
