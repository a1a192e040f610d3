-- The DA-check rules changed: a change of circumstances re-opens the police and safeguarding
-- checks but no longer hides one already missed (docs/da-checks.md, check 1). Every stored
-- evaluation is done again, by the desk's background re-evaluation at its next start or by the
-- next command that reads them (a case with no evaluation date counts as run out).
UPDATE cases SET checks_as_of = NULL WHERE checks_as_of IS NOT NULL;
