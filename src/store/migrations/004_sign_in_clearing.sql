-- A successful sign-in clears an account's failed sign-ins from the account's lock, but the failures
-- still count against the addresses they came from (issue 13): so they are marked, not deleted.
ALTER TABLE failed_sign_ins ADD COLUMN cleared {{flag}};

CREATE INDEX failed_sign_ins_by_user_and_client ON failed_sign_ins (user_name, client, at);
