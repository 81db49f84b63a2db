// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.481792513025) q[0];
ry(pi*-0.495863044224) q[1];
ry(pi*0.097378699502) q[2];
ry(pi*0.521703281511) q[3];
ry(pi*0.148783613888) q[4];
ry(pi*0.466795428719) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502724841992) q[0];
ry(pi*-0.498856754083) q[1];
ry(pi*0.494798141842) q[2];
ry(pi*-0.496325106522) q[3];
ry(pi*-0.495910665821) q[4];
ry(pi*-0.419428256552) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007650311684) q[0];
ry(pi*-0.096483413484) q[1];
ry(pi*0.022170296011) q[2];
ry(pi*-0.151871950325) q[3];
ry(pi*-0.472532559949) q[4];
ry(pi*0.00757285722) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002310989021) q[0];
ry(pi*0.001047624138) q[1];
ry(pi*-0.003106428139) q[2];
ry(pi*0.501158679615) q[3];
ry(pi*0.000411906208) q[4];
ry(pi*0.006577888978) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.039195488783) q[0];
ry(pi*-0.499380553702) q[1];
ry(pi*-0.001950369707) q[2];
ry(pi*0.055970075274) q[3];
ry(pi*0.000347061841) q[4];
ry(pi*-0.003319890226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
