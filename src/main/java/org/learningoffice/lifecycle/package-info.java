/** What runs while the service is up, and the order it starts and stops in. */
package org.learningoffice.lifecycle;
