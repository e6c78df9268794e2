// A broken content folder fails the build with compiler-style messages and leaves the old output alone.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/policies/2023/bad-date.md:5:9: error: invalid date [2019-02-30] in issued: no such day; expected a real date YYYY-MM-DD')
assert log.contains('[ERROR] content/policies/2023/bad-date.md:10:8: error: broken anchor [#art-9] in link to policies/2023/ok.md')
assert log.contains('compendium: 2 errors, 0 warnings')
assert log.contains('BUILD FAILURE')
def out = new File(basedir, 'site-output')
assert out.list().toList() == ['marker.txt']
assert new File(out, 'marker.txt').getText('UTF-8') == 'previous build — must survive a failed build\n'
assert !basedir.list().any { it.startsWith('.site-output.') }
return true
