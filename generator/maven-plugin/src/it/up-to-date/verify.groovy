// A second build with nothing changed stops at once; -Dcompendium.rebuild builds anyway. List-typed
// <formats> and <editions> are accepted. Each invocation appends to build.log or replaces it, so
// the checks read whichever invocations the log holds.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(basedir, 'site-output/policies/sl-demo/index.html').isFile()
assert new File(basedir, '.site-output.stamp').isFile()
assert log.contains('compendium: site-output is up to date') || log.contains('compendium: no problems; wrote site-output')
assert log =~ /load +1 policies, 0 notes, 0 summaries +[0-9.]+ s/
assert log =~ /html +[0-9]+ files, [0-9]+ changed +[0-9.]+ s/
return true
