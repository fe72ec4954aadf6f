#pragma once

namespace confab::server {

// What one user may make the server store, so a single account cannot grow the database (and
// every reply built from it) without end. Filled from ServerConfig; enforced by the stores on
// the database thread, inside the transaction that would pass the limit.
struct Quotas
{
    int conversationsPerUser = 5000;     // conversations a user may create (direct and group)
    int membersPerRequest = 256;         // user ids in one create_conversation or add_members
    int membersPerConversation = 1000;   // members a conversation may have in total
    int notificationsPerUser = 1000;     // kept per user; the oldest go first
    int reactionsPerMessage = 50;        // distinct emoji on one message
    int reactionsPerUserPerMessage = 20; // emoji one user may put on one message
    int tokensPerUser = 50;              // live sign-ins; the oldest is dropped for a new one
};

} // namespace confab::server
