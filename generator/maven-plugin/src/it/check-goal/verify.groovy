// compendium:check validates the content and writes no output.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('compendium: no problems in ')
assert !new File(basedir, 'site-output').exists()
assert !basedir.list().any { it.startsWith('.site-output') }
return true
