// compendium.skip: the goal says it skipped and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('compendium: skipped (compendium.skip)')
assert !new File(basedir, 'site-output').exists()
return true
