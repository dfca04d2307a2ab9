package com.trendythreads.opsdesk.viewmodels.session;

/// Signs a user in and opens everything the session needs. Blocking: call it from a background task.
public interface SessionOpener {

    /// @param demo whether the URL is the in-process demo platform (shown in the title and a badge)
    /// @throws SignInException when nothing was opened
    UserSession open(String platformUrl, String username, char[] password, boolean demo);
}
