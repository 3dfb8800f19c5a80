package io.frontline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code frontline} command: {@code serve} runs the service, {@code check} checks a policy, {@code verify-log}
 * checks the review log, {@code backtest} replays logged decisions through a candidate policy.
 */
@Command(name = "frontline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Decides transactions and customer-service contacts against fraud.",
        subcommands = {ServeCommand.class, CheckCommand.class, VerifyLogCommand.class, BacktestCommand.class,
                CommandLine.HelpCommand.class})
public final class Frontline implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Frontline()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
