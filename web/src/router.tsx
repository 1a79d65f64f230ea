import { createBrowserRouter } from "react-router";
import { ErrorPage } from "./pages/ErrorPage";
import { HomeRedirect } from "./pages/HomeRedirect";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { SignedInLayout } from "./pages/SignedInLayout";

/** Client routes; the server falls back to index.html for all of them. */
export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage />, errorElement: <ErrorPage /> },
  {
    element: <SignedInLayout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
