import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { NewUserForm } from "../admin/NewUserForm";
import { UserRow } from "../admin/UserRow";
import { users } from "../api/endpoints";
import { useMe } from "../auth/session";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";

/** The clinic's logins: create, deactivate, reset password. */
export function UsersPage() {
  usePageTitle("Users");
  const me = useMe();
  const [created, setCreated] = useState<string | null>(null);
  const list = useQuery({ queryKey: ["users"], queryFn: users.list });
  return (
    <>
      <h1>Users</h1>
      {created && (
        <p className="notice notice-ok" role="status">
          Created a login for {created}.
        </p>
      )}
      <NewUserForm onCreated={setCreated} />
      {list.isError && <ProblemNotice error={list.error} />}
      {list.isPending && <p className="loading">Loading users…</p>}
      {list.data && (
        <div className="table-wrap">
          <table>
            <caption className="muted">{list.data.items.length} logins</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === me.id} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
