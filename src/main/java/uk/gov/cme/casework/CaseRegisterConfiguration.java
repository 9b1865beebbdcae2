package uk.gov.cme.casework;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * Spring Data JDBC settings of the case register.
 *
 * <p>Its tables carry the prefix {@value #TABLE_PREFIX}: {@code CmeCase} is {@code cme_case},
 * {@code Referral} {@code cme_referral}, {@code Enquiry} {@code cme_enquiry}, {@code CaseEvent}
 * {@code cme_case_event}. A referral's or an enquiry's column pointing to its case is {@code case_id}
 * (the owner's table name without the prefix, then {@code _id}).
 *
 * <p>The naming strategy derives these names rather than {@code @Table("cme_...")} or
 * {@code @MappedCollection(idColumn = ...)} spelling them out, because Spring Data JDBC quotes an
 * explicit name as written ({@code "cme_case"}), which H2 (upper case) and PostgreSQL (lower case)
 * cannot both find, whereas a derived name takes each database's letter case.
 */
@Configuration(proxyBeanMethods = false)
class CaseRegisterConfiguration {

  static final String TABLE_PREFIX = "cme_";

  @Bean
  NamingStrategy caseRegisterNamingStrategy() {
    return new NamingStrategy() {
      @Override
      public String getTableName(Class<?> type) {
        String name = NamingStrategy.super.getTableName(type);
        return name.startsWith(TABLE_PREFIX) ? name : TABLE_PREFIX + name;
      }

      @Override
      public String getReverseColumnName(RelationalPersistentEntity<?> owner) {
        return reverseColumn(owner.getType());
      }

      @Override
      public String getReverseColumnName(RelationalPersistentProperty property) {
        return reverseColumn(property.getOwner().getType());
      }

      private String reverseColumn(Class<?> owner) {
        return getTableName(owner).substring(TABLE_PREFIX.length()) + "_id";
      }
    };
  }
}
