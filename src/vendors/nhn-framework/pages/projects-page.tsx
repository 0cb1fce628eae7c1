import { Route, Routes } from 'react-router';
import { ProjectsList } from '../projects/projects-list';
import { ProjectDetail } from '../projects/project-detail';
import '../nhn.css';

/** `/c/:id/projects` lists projects; `/c/:id/projects/:projectId/:tab` is one project. */
export default function ProjectsPage() {
  return (
    <Routes>
      <Route path="projects" element={<ProjectsList />} />
      <Route path="projects/:projectId/:tab?" element={<ProjectDetail />} />
    </Routes>
  );
}
