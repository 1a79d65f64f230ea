import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError, errorsByPath } from "../api/client";
import { users } from "../api/endpoints";
import type { NewUser } from "../api/types";
import { SelectField, TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { optionsOf, ROLE_LABEL } from "../labels";
import { PatientPicker } from "./PatientPicker";

const ROLE_OPTIONS = optionsOf(ROLE_LABEL);

const BLANK: NewUser = { email: "", name: "", role: "nurse", password: "", patientId: "" };

/** Checks what can be checked before sending; the server has the final word on password strength. */
function checkNewUser(user: NewUser): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!user.email.trim()) errors["/email"] = "Enter the email address the person signs in with.";
  if (!user.name.trim()) errors["/name"] = "Enter the person's name.";
  if (!user.password) errors["/password"] = "Enter a starting password.";
  if (user.role === "patient" && !user.patientId)
    errors["/patientId"] = "Choose the patient this login belongs to.";
  return errors;
}

/** Creates a login with a role; a patient login is linked to that patient's record. */
export function NewUserForm({ onCreated }: { onCreated: (name: string) => void }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<NewUser>(BLANK);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (body: NewUser) => users.create(body),
    onSuccess: (created) => {
      queryClient.invalidateQueries({ queryKey: ["users"] });
      setUser(BLANK);
      onCreated(created.name);
    },
  });
  const serverErrors = errorsByPath(create.error);
  const errors = { ...serverErrors, ...clientErrors };
  const set =
    <K extends keyof NewUser>(key: K) =>
    (value: NewUser[K]) =>
      setUser({ ...user, [key]: value });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkNewUser(user);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const { patientId, ...rest } = user;
    create.mutate({
      ...rest,
      email: rest.email.trim(),
      name: rest.name.trim(),
      ...(rest.role === "patient" ? { patientId } : {}),
    });
  };

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">New user</h2>
      {create.error instanceof ApiError && Object.keys(serverErrors).length === 0 && (
        <ProblemNotice error={create.error} />
      )}
      <div className="form-row">
        <TextField label="Name" value={user.name} onChange={set("name")} error={errors["/name"]} required />
        <TextField
          label="Email"
          type="email"
          value={user.email}
          onChange={set("email")}
          error={errors["/email"]}
          required
        />
        <SelectField
          label="Role"
          value={user.role}
          onChange={set("role")}
          options={ROLE_OPTIONS}
          error={errors["/role"]}
        />
        <TextField
          label="Starting password"
          type="password"
          autoComplete="new-password"
          value={user.password}
          onChange={set("password")}
          error={errors["/password"]}
          required
        />
      </div>
      {user.role === "patient" && (
        <PatientPicker
          value={user.patientId ?? ""}
          onChange={set("patientId")}
          error={errors["/patientId"]}
        />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create user"}
        </button>
      </div>
    </form>
  );
}
