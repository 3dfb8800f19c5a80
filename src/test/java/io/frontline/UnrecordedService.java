package io.frontline;

import io.frontline.config.FrontlineConfig;
import io.frontline.decide.DecisionLog;

/**
 * frontline with decisions left out of its review log, to measure what recording them costs. Test code only:
 * the service itself has no way to run like this.
 */
public final class UnrecordedService {
    private UnrecordedService() {}

    public static Service start(FrontlineConfig config) {
        return Service.start(config, recorder -> DecisionLog.NONE);
    }
}
