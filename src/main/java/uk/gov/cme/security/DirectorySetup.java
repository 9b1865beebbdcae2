package uk.gov.cme.security;

/** Creates the users and groups a profile needs (demo accounts, or the first administrator). */
public interface DirectorySetup {

  void apply();
}
