-- nDelius reference codes used at the duty desk (contact types, outcomes with their flags,
-- enforcement actions, register types). Codes and descriptions as the HMPPS services use them.

INSERT INTO register_type (code, description, kind) VALUES
    ('RLRH', 'Low RoSH', 'ROSH'),
    ('RMRH', 'Medium RoSH', 'ROSH'),
    ('RHRH', 'High RoSH', 'ROSH'),
    ('RVHR', 'Very High RoSH', 'ROSH'),
    ('MAPP', 'MAPPA', 'MAPPA'),
    ('ADVP', 'Domestic Abuse Perpetrator', 'DA'),
    ('REG30', 'Domestic Abuse History', 'DA'),
    ('RCPR', 'Child Protection', 'CHILD'),
    ('RCCO', 'Child Concerns', 'CHILD'),
    ('RCHD', 'Risk to Children', 'CHILD'),
    ('RMDO', 'Mental Health Issues', 'OTHER'),
    ('ALSH', 'Suicide/Self Harm', 'OTHER'),
    ('RVLN', 'Vulnerability Issue', 'OTHER'),
    ('RPIR', 'Public Interest', 'OTHER'),
    ('RVAD', 'Adult at Risk', 'OTHER'),
    ('STRG', 'Street Gangs', 'OTHER'),
    ('RTAO', 'Terrorism Act Offender', 'OTHER'),
    ('SPO', 'Stalking', 'OTHER'),
    ('INLL', 'Lifer', 'OTHER');

INSERT INTO contact_type (code, description, category, appointment, national_standard, location_required) VALUES
    ('COAP', 'Planned Office Visit (NS)', 'Appointments', 1, 1, 1),
    ('COAI', 'Initial Appointment - In office (NS)', 'Appointments', 1, 1, 1),
    ('CODI', 'Initial Appointment - On doorstep', 'Appointments', 1, 0, 0),
    ('COHV', 'Initial Appointment - Home visit (NS)', 'Appointments', 1, 1, 0),
    ('COVI', 'Initial Appointment - By video', 'Appointments', 1, 0, 0),
    ('COPT', 'Planned Telephone Contact (NS)', 'Appointments', 1, 1, 0),
    ('COVC', 'Planned Video Contact (NS)', 'Appointments', 1, 1, 0),
    ('CHVS', 'Home Visit to Case (NS)', 'Appointments', 1, 1, 0),
    ('COOO', 'Planned Contact - other than office (NS)', 'Appointments', 1, 1, 0),
    ('CODC', 'Planned Doorstep Contact (NS)', 'Appointments', 1, 1, 0),
    ('C084', '3 Way Meeting (NS)', 'Appointments', 1, 1, 0),
    ('COSR', 'Interview for Report / Other', 'Appointments', 1, 0, 0),
    ('COUP', 'Unplanned contact from person on probation', 'Appointments', 1, 0, 0),
    ('ESPCHI', 'E-supervision check-in', 'Appointments', 0, 0, 0),
    ('C369', 'Police intelligence enquiries - requested', 'Communication and information sharing with others', 0, 0, 0),
    ('C515', 'Police intelligence enquiries - response received', 'Communication and information sharing with others', 0, 0, 0),
    ('C204', 'Police liaison', 'Communication and information sharing with others', 0, 0, 0),
    ('C203', 'Health and social service liaison', 'Communication and information sharing with others', 0, 0, 0),
    ('CT3A', 'Telephone contact from other', 'Communication and information sharing with others', 0, 0, 0),
    ('CT3B', 'Telephone contact to other', 'Communication and information sharing with others', 0, 0, 0),
    ('CIEA', 'Information from external agency', 'Communication and information sharing with others', 0, 0, 0),
    ('CIEB', 'Information to external agency', 'Communication and information sharing with others', 0, 0, 0),
    ('CTOA', 'Telephone contact from person on probation', 'Communication with PoP', 0, 0, 0),
    ('CTOB', 'Telephone contact to person on probation', 'Communication with PoP', 0, 0, 0),
    ('CIOA', 'Information from person on probation', 'Communication with PoP', 0, 0, 0),
    ('CIOB', 'Information to person on probation', 'Communication with PoP', 0, 0, 0),
    ('SFGC', 'Safeguarding enquiries requested', 'Safeguarding and victim liaison', 0, 0, 0),
    ('SFRR', 'Safeguarding enquiries - response received', 'Safeguarding and victim liaison', 0, 0, 0),
    ('C157', 'Safeguarding - child related contact', 'Safeguarding and victim liaison', 0, 0, 0),
    ('C078', 'Safeguarding - child protection meeting', 'Safeguarding and victim liaison', 0, 0, 0),
    ('C159', 'Safeguarding - CP core group meeting', 'Safeguarding and victim liaison', 0, 0, 0),
    ('CCCP', 'Safeguarding case conference', 'Safeguarding and victim liaison', 0, 0, 0),
    ('EASS', 'Safeguarding assessment', 'Safeguarding and victim liaison', 0, 0, 0),
    ('CVIC', 'Victim liaison contact', 'Safeguarding and victim liaison', 0, 0, 0),
    ('DAD1', 'Disclosure considered', 'Safeguarding and victim liaison', 0, 0, 0),
    ('DAD2', 'Disclosure response / completion', 'Safeguarding and victim liaison', 0, 0, 0),
    ('ERFM', 'MARAC referral', 'Multi-agency working', 0, 0, 0),
    ('C005', 'MARAC meeting', 'Multi-agency working', 0, 0, 0),
    ('C150', 'MARAC - perpetrated DV incident', 'Multi-agency working', 0, 0, 0),
    ('C151', 'MARAC - victim of DV incident', 'Multi-agency working', 0, 0, 0),
    ('CCMR', 'MAPPA referral', 'Multi-agency working', 0, 0, 0),
    ('C200', 'MAPPA information', 'Multi-agency working', 0, 0, 0),
    ('C507', 'Referral - children and families of PoP', 'Referrals', 0, 0, 0),
    ('CGRF', 'Referral', 'Referrals', 0, 0, 0),
    ('CARR', 'Arrest incident', 'Non-compliance and enforcement', 0, 0, 0),
    ('BRED', 'Other enforcement action', 'Non-compliance and enforcement', 0, 0, 0),
    ('C326', 'Internal communications', 'Sentence management', 0, 0, 0),
    ('CSPO', 'Consultation with manager', 'Sentence management', 0, 0, 0),
    ('MO1', 'Management oversight', 'Sentence management', 0, 0, 0),
    ('CTPJ', 'Professional judgement', 'Sentence management', 0, 0, 0),
    ('CRCO', 'Case reviewed by case manager', 'Sentence management', 0, 0, 0),
    ('C201', 'Comment', 'Sentence management', 0, 0, 0),
    ('C280', 'Suicide or self harm information', 'Sentence management', 0, 0, 0),
    ('CNDC', 'Sensitive information contact', 'Sentence management', 0, 0, 0),
    ('AAM10', 'Critical communications', 'Sentence management', 0, 0, 0);

-- attended / compliant_acceptable: 1 yes, 0 no, NULL not applicable or pending.
-- counts_as_ftc follows the digital service's rolling-12-month count (UAAB + AFTC); ATSH is
-- enforceable but is not counted there.
INSERT INTO contact_outcome (code, description, attended, compliant_acceptable, enforceable, action_required, counts_as_ftc, allowed_in_future) VALUES
    ('ATTC', 'Attended - Complied', 1, 1, 0, 0, 0, 0),
    ('AFTC', 'Attended - Failed To Comply', 1, 0, 1, 1, 1, 0),
    ('ATSH', 'Attended - Sent Home (behaviour)', 1, 0, 1, 1, 0, 0),
    ('ATSS', 'Attended - Sent Home (service issues)', 1, 1, 0, 0, 0, 0),
    ('AFDA', 'Attended - FTC Deemed Acceptable', 1, 1, 0, 0, 0, 0),
    ('AFTA', 'Failed To Attend', 0, NULL, 1, 1, 0, 0),
    ('UAAB', 'Unacceptable Absence', 0, 0, 1, 1, 1, 0),
    ('AACL', 'Acceptable Absence - Court/Legal', 0, 1, 0, 0, 0, 1),
    ('AAEM', 'Acceptable Absence - Employment', 0, 1, 0, 0, 0, 1),
    ('AAFC', 'Acceptable Absence - Family/Childcare', 0, 1, 0, 0, 0, 1),
    ('AAHO', 'Acceptable Absence - Holiday', 0, 1, 0, 0, 0, 1),
    ('AAME', 'Acceptable Absence - Medical', 0, 1, 0, 0, 0, 1),
    ('AARE', 'Acceptable Absence - Religious', 0, 1, 0, 0, 0, 1),
    ('AARC', 'Acceptable Absence - RIC', 0, 1, 0, 0, 0, 1),
    ('CO05', 'Acceptable Absence - Professional Judgement Decision', 0, 1, 0, 0, 0, 0),
    ('CO10', 'Acceptable Failure - None in following 12 months', 0, 1, 0, 0, 0, 0),
    ('AAM11', 'Acceptable - Critical Communications - no breach', 0, 1, 0, 0, 0, 0),
    ('RSSR', 'Rescheduled - Service Request', NULL, NULL, 0, 0, 0, 1),
    ('RSOF', 'Rescheduled - PoP Request', NULL, NULL, 0, 0, 0, 1),
    ('RSSL', 'Rescheduled', NULL, NULL, 0, 0, 0, 1),
    ('APPW', 'Appointment withdrawn', NULL, NULL, 0, 0, 0, 1),
    ('SFG1', 'Response received - known to social services', NULL, NULL, 0, 1, 0, 0),
    ('SFG2', 'Response received - not known to social services', NULL, NULL, 0, 0, 0, 0);

-- Appointment types take the appointment outcomes. A telephone contact cannot "send home";
-- an unplanned walk-in has, by definition, attended.
INSERT INTO contact_type_outcome (type_code, outcome_code)
SELECT t.code, o.code
  FROM contact_type t, contact_outcome o
 WHERE t.appointment = 1
   AND o.code NOT IN ('SFG1', 'SFG2')
   AND NOT (t.code = 'COPT' AND o.code IN ('ATSH', 'ATSS'))
   AND NOT (t.code = 'COUP' AND (o.attended IS NOT 1));

INSERT INTO contact_type_outcome (type_code, outcome_code) VALUES
    ('SFRR', 'SFG1'),
    ('SFRR', 'SFG2');

INSERT INTO enforcement_action (code, description) VALUES
    ('IBR', 'Breach/Recall initiated'),
    ('ROM', 'Refer to Offender Manager'),
    ('NFA', 'No further action'),
    ('EA12', 'Decision pending response from person on probation'),
    ('LCL', 'Licence compliance letter sent'),
    ('EA02', 'First warning letter sent'),
    ('EA03', 'Second warning letter sent'),
    ('EA08', 'Breach letter sent'),
    ('EA05', 'Other enforcement letter sent'),
    ('BRE', 'Breach requested / actioned'),
    ('EA09', 'Send confirmation of breach'),
    ('EA10', 'Breach confirmation sent'),
    ('EA11', 'Recall requested'),
    ('IMB', 'Immediate breach or recall'),
    ('WLS', 'Enforcement letter requested'),
    ('EA06', 'Withdraw warning letter'),
    ('EA07', 'Withdrawal of warning'),
    ('C173', 'Breach action - decision pending response'),
    ('EA13', 'YOT OM notified');
