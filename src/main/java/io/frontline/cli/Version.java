package io.frontline.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Frontline.class.getPackage().getImplementationVersion();
        return new String[] {"frontline " + (v == null ? "(development build)" : v)};
    }
}
