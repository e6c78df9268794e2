// compendium:help -Ddetail lists the goals with their descriptions and parameters with their properties.
def log = new File(basedir, 'build.log').getText('UTF-8')
['compendium:build', 'compendium:check', 'compendium:serve', 'compendium:new', 'compendium:help'].each {
    assert log.contains(it) : "help lists ${it}\n${log}"
}
['compendium.content', 'compendium.asOf', 'compendium.formats', 'compendium.rebuild', 'compendium.serveOnce',
 'compendium.kind', 'compendium.id', 'compendium.title'].each {
    assert log.contains("User property: ${it}") : "help -Ddetail shows ${it}\n${log}"
}
assert log.contains('Only validate the content; write nothing')
assert !log.contains('(no description)')
return true
