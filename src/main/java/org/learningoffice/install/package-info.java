/** {@code install}: registers the service's webhook in Jira from {@code plugin-descriptor/}. */
package org.learningoffice.install;
