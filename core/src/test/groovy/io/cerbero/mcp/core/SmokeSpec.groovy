package io.cerbero.mcp.core
import spock.lang.Specification
class SmokeSpec extends Specification {
  def 'one plus one'() { expect: 1 + 1 == 2 }
}
