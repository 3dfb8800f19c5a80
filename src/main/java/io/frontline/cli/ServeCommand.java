package io.frontline.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Runs the HTTP service. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the decision service.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
