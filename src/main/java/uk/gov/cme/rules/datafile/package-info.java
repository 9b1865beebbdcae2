/** Data files the local authority keeps (the schools, the local authorities): reading and checking them. Plain Java. */
package uk.gov.cme.rules.datafile;
