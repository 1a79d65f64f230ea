import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { errorsByPath } from "../api/client";
import { users } from "../api/endpoints";
import type { User } from "../api/types";
import { TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { formatDateTime } from "../format";
import { ROLE_LABEL } from "../labels";

/** One login with its admin actions: deactivate and reset password. */
export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const queryClient = useQueryClient();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["users"] });
  const deactivate = useMutation({
    mutationFn: () => users.deactivate(user.id),
    onSuccess: () => {
      setDone(`${user.name} can no longer sign in.`);
      refresh();
    },
  });
  const reset = useMutation({
    mutationFn: () => users.resetPassword(user.id, password),
    onSuccess: () => {
      setResetting(false);
      setPassword("");
      setDone(`The password for ${user.name} was reset.`);
    },
  });
  const onReset = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };
  const failure = deactivate.error ?? (errorsByPath(reset.error)["/password"] ? null : reset.error);

  return (
    <tr>
      <td>
        <strong>{user.name}</strong>
        <div className="muted">{user.email}</div>
      </td>
      <td>{ROLE_LABEL[user.role]}</td>
      <td>
        <span className={user.active ? "badge badge-ok" : "badge badge-muted"}>
          {user.active ? "active" : "deactivated"}
        </span>
      </td>
      <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "never"}</td>
      <td>
        {failure && <ProblemNotice error={failure} />}
        {done && (
          <p className="notice notice-ok" role="status">
            {done}
          </p>
        )}
        {resetting ? (
          <form onSubmit={onReset} aria-label={`Reset password for ${user.name}`}>
            <TextField
              label="New password"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={errorsByPath(reset.error)["/password"]}
            />
            <div className="actions">
              <button type="submit" className="primary" disabled={!password || reset.isPending}>
                Set password
              </button>
              <button type="button" onClick={() => setResetting(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <div className="actions">
            <button
              type="button"
              onClick={() => setResetting(true)}
              aria-label={`Reset password for ${user.name}`}
            >
              Reset password
            </button>
            {user.active && !isSelf && (
              <button
                type="button"
                className="danger"
                aria-label={`Deactivate ${user.name}`}
                disabled={deactivate.isPending}
                onClick={() => {
                  if (window.confirm(`Deactivate ${user.name}? They will no longer be able to sign in.`))
                    deactivate.mutate();
                }}
              >
                Deactivate
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
