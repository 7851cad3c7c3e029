package org.learningoffice.app;

import com.google.inject.Guice;
import java.time.Clock;
import org.learningoffice.classify.ClassifyModule;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.InMemoryClassifyEdgesModule;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates commands for picocli; {@link ClassifyCommand} is wired (and its model trained) only when
 * picocli first needs it, so other commands do not pay for training.
 */
final class LazyClassifyFactory implements IFactory {
  private final IFactory defaults = CommandLine.defaultFactory();

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == ClassifyCommand.class) {
      return type.cast(
          Guice.createInjector(
                  new CoreModule(Clock.systemUTC()),
                  new ClassifyModule(ClassifySettings.defaults()),
                  new InMemoryClassifyEdgesModule())
              .getInstance(ClassifyCommand.class));
    }
    return defaults.create(type);
  }
}
