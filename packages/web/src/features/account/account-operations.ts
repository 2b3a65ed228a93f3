import { graphql } from '../../graphql';

/** The signed-in account for the header (null when anonymous); never cached by the server. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      role
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      name
      role
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($email: String!, $password: String!, $name: String!) {
    signUp(email: $email, password: $password, name: $name) {
      id
      name
      role
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
