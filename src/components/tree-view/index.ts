import './tree-view.css';

export { TreeView, type TreeViewProps } from './tree-view';
export { visibleNodes, type TreeChildren, type TreeNode, type VisibleNode } from './visible-nodes';
