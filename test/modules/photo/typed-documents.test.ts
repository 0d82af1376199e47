import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { photoOperator } from "../../support/photo-factory.ts";
import { graphql } from "../../gql/index.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

// Typed documents from `npm run codegen`: the compiler checks these against schema.graphql.
const CreateProject = graphql(`
  mutation CreateProject($input: CreatePhotoProjectInput!) {
    createPhotoProject(input: $input) { id name type status photographers { id } }
  }
`);
const ProjectWithPhotographers = graphql(`
  query ProjectWithPhotographers($id: UUID!) {
    photoProject(id: $id) { id status photographers { id name projects { id name } } }
  }
`);
const AssignPhotographer = graphql(`
  mutation AssignPhotographer($id: UUID!, $input: AssignPhotoProjectPhotographerInput!) {
    assignPhotoProjectPhotographer(id: $id, input: $input) { id photographers { id } }
  }
`);

test("typed documents: create, assign and read a project with nested relations", async () => {
  const op = await photoOperator(app);
  const ph = await op.photographer();
  const created = await gql(app.url, CreateProject, { input: { name: "Typed", type: "public" } }, op.token);
  const project = created.data!.createPhotoProject;
  expect(project).toMatchObject({ name: "Typed", type: "public", status: "draft", photographers: [] });
  const assigned = await gql(app.url, AssignPhotographer, { id: project.id, input: { photographerId: ph.id } }, op.token);
  expect(assigned.data!.assignPhotoProjectPhotographer.photographers).toEqual([{ id: ph.id }]);
  const read = await gql(app.url, ProjectWithPhotographers, { id: project.id }, op.token);
  expect(read.data!.photoProject.photographers[0]!.projects).toEqual([{ id: project.id, name: "Typed" }]);
});
