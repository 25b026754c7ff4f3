// /projects — the signed-in tenant's projects (newest first) and the form that creates one.
import type { Metadata } from "next";
import { NewProjectForm } from "@/components/projects/new-project-form";
import { ProjectsTable } from "@/components/projects/projects-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { listProjects } from "@/lib/projects";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const user = await requireUser();
  const projects = await listProjects(getDb(), user.id);

  return (
    <>
      <PageHeader title="Projects" description="A project groups related tasks. Open one to add, import and schedule its tasks." />

      <Section id="new-project" title="New project">
        <NewProjectForm />
      </Section>

      <Section id="projects" title="Your projects" description={projects.length > 0 ? "Newest first." : undefined}>
        {projects.length === 0 ? (
          <EmptyState title="No projects yet — create one to start adding tasks">
            <p>Give it a name in the form above; it will be listed here, and you can open it to add tasks.</p>
          </EmptyState>
        ) : (
          <ProjectsTable labelledBy="projects-title" projects={projects} />
        )}
      </Section>
    </>
  );
}
