package com.trendythreads.opsdesk.viewmodels.signin;

/// One row of the demo user list: name and role, as shown.
///
/// @param roleLabel the role in the user's language
public record DemoUserItem(String username, String displayName, String role, String roleLabel) {
}
