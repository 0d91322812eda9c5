-- The audit log names tables in the registry's vocabulary (api/entities.ts), the same names as
-- the contract and the History; entries written before it used SQL table names.
UPDATE `audit_log` SET `table_name` = CASE `table_name`
  WHEN 'org_units' THEN 'units'
  WHEN 'competency_categories' THEN 'categories'
  WHEN 'proficiency_levels' THEN 'proficiencyLevels'
  WHEN 'job_profiles' THEN 'jobProfiles'
  WHEN 'job_requirements' THEN 'jobRequirements'
  WHEN 'directory_terms' THEN 'terms'
  WHEN 'directory_services' THEN 'services'
  WHEN 'quality_criteria' THEN 'criteria'
  WHEN 'organization_checks' THEN 'checks'
  WHEN 'organization_contacts' THEN 'organizationContacts'
  WHEN 'organization_locations' THEN 'organizationLocations'
  WHEN 'organization_phones' THEN 'organizationPhones'
  WHEN 'organization_terms' THEN 'organizationTerms'
  WHEN 'partner_datasets' THEN 'partnerDatasets'
  WHEN 'recipient_keys' THEN 'recipientKeys'
  ELSE `table_name`
END;
