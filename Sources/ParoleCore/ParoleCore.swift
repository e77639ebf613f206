// The document model is a module of its own (ParoleModel); `import ParoleCore` brings it
// too, so that a stage written against ParoleCore compiles unchanged.
@_exported import ParoleModel
