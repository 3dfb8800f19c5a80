package io.frontline.detect;

/** Keeps the API's changes to the intel lists across restarts. */
public interface ListOverlayStore {
    /** Keeps nothing: changes last until the process stops (tests, scenario runs, policy checks). */
    ListOverlayStore NONE = new ListOverlayStore() {
        @Override
        public IntelLists.Overlay load(String list) {
            return IntelLists.Overlay.empty();
        }

        @Override
        public void save(String list, IntelLists.Overlay overlay) {
        }
    };

    IntelLists.Overlay load(String list);

    /** Durably stores the list's whole overlay before returning. */
    void save(String list, IntelLists.Overlay overlay);
}
